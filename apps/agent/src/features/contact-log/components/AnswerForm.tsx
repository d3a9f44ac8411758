import { zodResolver } from '@hookform/resolvers/zod';
import { answerMedium, fillAnswerTemplate, FORM_RULES, maskEmail, openPlaceholders } from '@loket/shared/contracts';
import { formatDutch } from '@loket/shared/dutch-time';
import {
  isApiError, knowledgeBaseApi, letterKeys, queryKeys, useCustomer, useOrganizationSettings, useResolveCase, useSessionUser, type ArticleSearchHit, type CaseWithContacts,
} from '@loket/web/api-client';
import { Alert, Button, TextAreaField, fieldErrorKey } from '@loket/web/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { StandardAnswerPicker } from './StandardAnswerPicker';

/**
 * "Vraag beantwoorden": the answer for the customer, optionally started from a standard answer of
 * the knowledge base (placeholders filled in, then edited), and how it will reach the customer:
 * by e-mail, or as a letter on the print list.
 */
export function AnswerForm({ item, onDone }: { item: CaseWithContacts; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const resolve = useResolveCase(item.id);
  const queryClient = useQueryClient();
  const customer = useCustomer(item.customerId);
  const settings = useOrganizationSettings();
  const me = useSessionUser();
  const [formError, setFormError] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [loadingArticle, setLoadingArticle] = useState<string | null>(null);
  const [pickNote, setPickNote] = useState<string | null>(null);
  const [articleIds, setArticleIds] = useState<string[]>([]);
  const schema = useMemo(
    () =>
      z.object({
        answer: z
          .string()
          .trim()
          .min(1, t('caseView.errors.answerRequired'))
          .min(FORM_RULES.answerSummary.min, t('caseView.errors.answerTooShort'))
          .max(FORM_RULES.answerSummary.max, t('caseView.errors.answerTooLong'))
          .refine((text) => openPlaceholders(text).length === 0, { message: t('fieldErrors.open_placeholder') }),
      }),
    [t],
  );
  const { register, handleSubmit, setError, setValue, getValues, watch, formState: { errors } } = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { answer: '' },
  });
  const open = openPlaceholders(watch('answer') ?? '');

  const insert = async (hit: ArticleSearchHit) => {
    setLoadingArticle(hit.id);
    setPickNote(null);
    try {
      const article = await queryClient.fetchQuery({ queryKey: queryKeys.articles.detail(hit.id), queryFn: ({ signal }) => knowledgeBaseApi.get(hit.id, signal) });
      if (!article.answerTemplate) {
        setPickNote(t('answers.picker.noTemplate', { title: hit.title }));
        return;
      }
      const filled = fillAnswerTemplate(article.answerTemplate, {
        naam: customer.data?.fullName, klantnummer: customer.data?.customerNumber, onderwerp: item.subject, datum: formatDutch(new Date(), 'date'),
        medewerker: me.data?.displayName, organisatie: settings.data?.name, telefoon: settings.data?.phoneDisplay,
      });
      const current = getValues('answer').trim();
      setValue('answer', current ? `${current}\n\n${filled.text}` : filled.text, { shouldDirty: true });
      setArticleIds((ids) => (ids.includes(hit.id) ? ids : [...ids, hit.id]));
      setPicking(false);
    } catch {
      setPickNote(t('app.genericError'));
    } finally {
      setLoadingArticle(null);
    }
  };

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    resolve.mutate(
      { answer: values.answer.trim(), articleIds },
      {
        onSuccess: () => {
          void queryClient.invalidateQueries({ queryKey: letterKeys.all });
          onDone(t('caseView.resolved'));
        },
        onError: (error) => {
          const code = isApiError(error) ? error.fieldCodes['answer'] : undefined;
          if (code) setError('answer', { message: t(fieldErrorKey(code)) });
          else if (isApiError(error) && error.status === 409) setFormError(t('caseView.errors.conflict'));
          else setFormError(t('app.genericError'));
        },
      },
    );
  });

  const medium = customer.data ? answerMedium(customer.data) : null;
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="resolve-form"
      aria-labelledby="beantwoorden-titel"
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void onSubmit();
        }
      }}
    >
      <h3 id="beantwoorden-titel">{t('caseView.resolveTitle')}</h3>
      <div className="button-row">
        <Button variant="secondary" onClick={() => setPicking(true)}>
          {t('answers.insertStandard')}
        </Button>
      </div>
      <div role="status">{pickNote ? <Alert tone="info">{pickNote}</Alert> : null}</div>
      <TextAreaField
        label={t('answers.answerLabel')}
        hint={t('answers.answerHint')}
        error={errors.answer?.message}
        rows={8}
        {...register('answer')}
      />
      {open.length ? <p className="resolve-form__open">{t('answers.openPlaceholders', { list: open.join(', ') })}</p> : null}
      <p className="resolve-form__delivery" data-testid="answer-delivery">
        {medium === 'email' && customer.data?.email
          ? t('answers.deliveryEmail', { address: maskEmail(customer.data.email) })
          : medium === 'letter'
            ? t('answers.deliveryLetter')
            : t('app.loading')}
      </p>
      <div aria-live="assertive">{formError ? <Alert tone="error">{formError}</Alert> : null}</div>
      <Button type="submit" busy={resolve.isPending}>
        {resolve.isPending ? t('caseView.resolving') : medium === 'letter' ? t('answers.sendLetter') : t('answers.sendEmail')}
      </Button>
      {picking ? <StandardAnswerPicker topicId={item.topic.id} onPick={(hit) => void insert(hit)} onClose={() => setPicking(false)} busyId={loadingArticle} /> : null}
    </form>
  );
}
