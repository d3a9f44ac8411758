import { isApiError, useOrganizationSettings, useSessionUser, useUpdateOrganizationSettings, type OrganizationSettings } from '@loket/web/api-client';
import { Alert, Button, fieldErrorKey, Loading, LoadError, TextField, useDocumentTitle, useFocusOnMount } from '@loket/web/ui';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export const ORGANIZATION_SETTINGS_PATH = '/beheer/organisatie';

/** "Contactgegevens" (admins): the phone number and monitored reply address every letter and mail to customers states. */
export function OrganizationSettingsPage() {
  const { t } = useTranslation();
  const me = useSessionUser();
  const isAdmin = me.data?.roles.includes('admin') ?? false;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const settings = useOrganizationSettings();
  useDocumentTitle(t('organizationSettings.title'), t('app.titleSuffix'));
  return (
    <article aria-labelledby="organisatie-titel">
      <h1 id="organisatie-titel" ref={headingRef} tabIndex={-1}>
        {t('organizationSettings.title')}
      </h1>
      {!isAdmin ? (
        <Alert tone="info" title={t('organizationSettings.noAccess')}>
          <p>
            <Link to="/">{t('slaAdmin.noAccess.back')}</Link>
          </p>
        </Alert>
      ) : settings.isPending ? (
        <Loading>{t('app.loading')}</Loading>
      ) : settings.isError ? (
        <LoadError offline={isApiError(settings.error) && settings.error.status === 0} onRetry={() => void settings.refetch()} />
      ) : (
        <>
          <p className="sla-admin__lead">{t('organizationSettings.intro', { name: settings.data.name })}</p>
          <SettingsForm settings={settings.data} />
        </>
      )}
    </article>
  );
}

function SettingsForm({ settings }: { settings: OrganizationSettings }) {
  const { t } = useTranslation();
  const update = useUpdateOrganizationSettings();
  const [saved, setSaved] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState: { errors } } = useForm<{ phone: string; replyAddress: string }>({
    defaultValues: { phone: settings.phoneDisplay ?? '', replyAddress: settings.replyAddress ?? '' },
  });
  const onSubmit = handleSubmit((values) => {
    setSaved(false);
    setFailed(null);
    update.mutate(
      { phone: values.phone.trim() || null, replyAddress: values.replyAddress.trim() || null },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          if (isApiError(error) && error.status === 400) {
            for (const [field, code] of Object.entries(error.fieldCodes)) {
              if (field === 'phone' || field === 'replyAddress') setError(field, { message: t(fieldErrorKey(code)) });
            }
          } else setFailed(isApiError(error) && error.status === 0 ? t('app.networkError') : t('app.genericError'));
        },
      },
    );
  });
  return (
    <form className="lk-panel" onSubmit={onSubmit} noValidate>
      <TextField label={t('organizationSettings.phone')} hint={t('organizationSettings.phoneHint')} error={errors.phone?.message} inputMode="tel" autoComplete="off" {...register('phone')} />
      <TextField
        label={t('organizationSettings.replyAddress')}
        hint={t('organizationSettings.replyAddressHint')}
        error={errors.replyAddress?.message}
        type="email"
        autoComplete="off"
        {...register('replyAddress')}
      />
      <div aria-live="assertive">{failed ? <Alert tone="error">{failed}</Alert> : null}</div>
      <div role="status" className="status-message">
        {saved ? <Alert tone="success">{t('organizationSettings.saved')}</Alert> : null}
      </div>
      <Button type="submit" busy={update.isPending}>
        {update.isPending ? t('slaAdmin.saving') : t('organizationSettings.save')}
      </Button>
    </form>
  );
}
