import { zodResolver } from '@hookform/resolvers/zod';
import { RETENTION_BOUNDS, RETENTION_DEFAULTS } from '@loket/shared/contracts';
import { isApiError, useRetention, useSessionUser, useUpdateRetention, type RetentionRule, type RetentionRules } from '@loket/web/api-client';
import { Alert, Button, Loading, LoadError, TextField, useDocumentTitle, useFocusOnMount, fieldErrorKey } from '@loket/web/ui';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';

export const RETENTION_PATH = '/beheer/bewaartermijnen';
const RULES = Object.keys(RETENTION_DEFAULTS) as RetentionRule[];

function makeSchema(t: TFunction) {
  return z.object(
    Object.fromEntries(
      RULES.map((rule) => {
        const { min, max } = RETENTION_BOUNDS[rule];
        const message = t('retention.errors.bounds', { min, max });
        return [rule, z.coerce.number({ message }).int(message).min(min, message).max(max, message)];
      }),
    ) as Record<RetentionRule, z.ZodNumber>,
  );
}

/** "Bewaartermijnen" (/beheer/bewaartermijnen): how long each kind of record keeps personal data. Admins only. */
export function RetentionPage() {
  const { t } = useTranslation();
  const me = useSessionUser();
  const isAdmin = me.data?.roles.includes('admin') ?? false;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  useDocumentTitle(t('retention.title'), t('app.titleSuffix'));
  return (
    <article className="retention-admin" aria-labelledby="bewaar-titel">
      <h1 id="bewaar-titel" ref={headingRef} tabIndex={-1}>
        {t('retention.title')}
      </h1>
      {isAdmin ? (
        <>
          <p className="sla-admin__lead">{t('retention.intro')}</p>
          <RetentionSection />
        </>
      ) : (
        <Alert tone="info" title={t('retention.noAccess')}>
          <p>
            <Link to="/">{t('slaAdmin.noAccess.back')}</Link>
          </p>
        </Alert>
      )}
    </article>
  );
}

function RetentionSection() {
  const { t } = useTranslation();
  const settings = useRetention();
  if (settings.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (settings.isError) return <LoadError offline={isApiError(settings.error) && settings.error.status === 0} onRetry={() => void settings.refetch()} />;
  return <RetentionForm rules={settings.data} />;
}

function RetentionForm({ rules }: { rules: RetentionRules }) {
  const { t } = useTranslation();
  const schema = useMemo(() => makeSchema(t), [t]);
  const update = useUpdateRetention();
  const [saved, setSaved] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const {
    register, handleSubmit, setError, formState: { errors },
  } = useForm<Record<RetentionRule, number>>({
    resolver: zodResolver(schema) as never,
    defaultValues: Object.fromEntries(RULES.map((r) => [r, rules[r]])) as Record<RetentionRule, number>,
  });

  const onSubmit = handleSubmit((values) => {
    setSaved(false);
    setFailed(null);
    update.mutate(values, {
      onSuccess: () => setSaved(true),
      onError: (error) => {
        if (isApiError(error) && error.status === 400) {
          for (const [field, code] of Object.entries(error.fieldCodes)) if (RULES.includes(field as RetentionRule)) setError(field as RetentionRule, { message: t(fieldErrorKey(code)) });
          setFailed(t('retention.errors.refused'));
        } else setFailed(isApiError(error) && error.status === 0 ? t('app.networkError') : t('app.genericError'));
      },
    });
  });

  const invalid = Object.keys(errors).length > 0;
  return (
    <form className="lk-panel retention-form" onSubmit={onSubmit} noValidate>
      {RULES.map((rule) => (
        <TextField
          key={rule}
          label={t(`retention.rules.${rule}.label`)}
          hint={t('retention.hint', { explanation: t(`retention.rules.${rule}.hint`), min: RETENTION_BOUNDS[rule].min, max: RETENTION_BOUNDS[rule].max, standard: RETENTION_DEFAULTS[rule] })}
          error={errors[rule]?.message}
          inputMode="numeric"
          className="retention-form__field"
          {...register(rule)}
        />
      ))}
      <div aria-live="assertive">
        {invalid || failed ? <Alert tone="error">{failed ?? t('retention.errors.summary')}</Alert> : null}
      </div>
      <div role="status" className="status-message">
        {saved ? <Alert tone="success">{t('retention.saved')}</Alert> : null}
      </div>
      <Button type="submit" busy={update.isPending}>
        {update.isPending ? t('slaAdmin.saving') : t('retention.save')}
      </Button>
    </form>
  );
}
