import { zodResolver } from '@hookform/resolvers/zod';
import { isApiError, useArticleSynonyms, useUpdateArticleSynonyms } from '@loket/web/api-client';
import { Alert, Button, Loading, LoadError, TextAreaField } from '@loket/web/ui';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formatSynonyms, linesWithOneWord, MAX_SYNONYM_GROUPS, parseSynonyms } from '../hooks/synonyms-form';

function makeSchema(t: TFunction) {
  return z.object({
    text: z.string().superRefine((text, ctx) => {
      const lines = linesWithOneWord(text);
      if (lines.length > 0) {
        ctx.addIssue({ code: 'custom', message: t('kbEditor.synonyms.errors.oneWord', { count: lines.length, lines: lines.join(', ') }) });
      } else if (parseSynonyms(text).length > MAX_SYNONYM_GROUPS) {
        ctx.addIssue({ code: 'custom', message: t('kbEditor.synonyms.errors.tooMany', { max: MAX_SYNONYM_GROUPS }) });
      }
    }),
  });
}

type SynonymValues = z.infer<ReturnType<typeof makeSchema>>;

/** "Woorden die hetzelfde betekenen": a search for one word of a group also finds the others (GET/PUT /articles/synonyms). */
export function SynonymsForm() {
  const { t } = useTranslation();
  const synonyms = useArticleSynonyms();
  return (
    <section className="lk-panel" aria-labelledby="synoniemen">
      <div className="lk-panel__header">
        <h2 id="synoniemen">{t('kbEditor.synonyms.title')}</h2>
      </div>
      <p className="muted">{t('kbEditor.synonyms.intro')}</p>
      {synonyms.isPending ? (
        <Loading>{t('app.loading')}</Loading>
      ) : synonyms.isError ? (
        <LoadError offline={isApiError(synonyms.error) && synonyms.error.status === 0} onRetry={() => void synonyms.refetch()} />
      ) : (
        <SynonymsEditor groups={synonyms.data.groups} />
      )}
    </section>
  );
}

function SynonymsEditor({ groups }: { groups: string[][] }) {
  const { t } = useTranslation();
  const schema = useMemo(() => makeSchema(t), [t]);
  const update = useUpdateArticleSynonyms();
  const [saved, setSaved] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const {
    register, handleSubmit, reset, formState: { errors },
  } = useForm<SynonymValues>({ resolver: zodResolver(schema), defaultValues: { text: formatSynonyms(groups) } });

  const onSubmit = handleSubmit((values) => {
    setSaved(null);
    setFailed(null);
    update.mutate(
      { groups: parseSynonyms(values.text) },
      {
        onSuccess: (next) => {
          // What the server keeps (lower case, doubles and one-word groups left out) is what the form shows now.
          reset({ text: formatSynonyms(next.groups) });
          setSaved(t('kbEditor.synonyms.saved', { count: next.groups.length }));
        },
        onError: (error) =>
          setFailed(
            isApiError(error) && error.status === 0
              ? t('app.networkError')
              : isApiError(error) && error.status === 400
                ? t('kbEditor.synonyms.errors.refused')
                : t('app.genericError'),
          ),
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="synoniemen" className="kb-editor__synonyms">
      <TextAreaField
        label={t('kbEditor.synonyms.label')}
        hint={t('kbEditor.synonyms.hint')}
        error={errors.text?.message}
        rows={8}
        spellCheck={false}
        {...register('text', { onChange: () => setSaved(null) })}
      />
      <div aria-live="assertive">{failed ? <Alert tone="error">{failed}</Alert> : null}</div>
      <div role="status" className="status-message">
        {saved ? <Alert tone="success">{saved}</Alert> : null}
      </div>
      <Button type="submit" busy={update.isPending}>
        {update.isPending ? t('kbEditor.saving') : t('kbEditor.synonyms.save')}
      </Button>
    </form>
  );
}
