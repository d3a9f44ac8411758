import { zodResolver } from '@hookform/resolvers/zod';
import { PHONE_LABELS, type Channel } from '@loket/shared/contracts';
import { isApiError, useUpdatePreferences, type PortalCustomer } from '@loket/web/api-client';
import { Alert, Button, RadioGroup, SelectField, TextField, fieldErrorKey } from '@loket/web/ui';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formFieldFor, preferencesFormValues, toPreferencesRequest } from '../api/preferences';
import { usePreferencesSchema, type PreferencesValues } from '../hooks/usePreferencesSchema';

/**
 * The channels a tenant can choose from; a channel set by the corporation stays visible. WhatsApp
 * and SMS are not offered: Loket cannot send either yet, so a tenant choosing one would hear nothing.
 */
const OFFERED: Channel[] = ['portal', 'email', 'phone', 'letter', 'counter'];
const MAX_PHONES = 5;

export function PreferencesForm({ customer }: { customer: PortalCustomer }) {
  const { t } = useTranslation();
  const schema = usePreferencesSchema();
  const update = useUpdatePreferences();
  const [message, setMessage] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register, control, handleSubmit, reset, setError, formState: { errors },
  } = useForm<PreferencesValues>({ resolver: zodResolver(schema), defaultValues: preferencesFormValues(customer) });
  const phones = useFieldArray({ control, name: 'phoneNumbers' });

  const channels = customer.preferredChannel && !OFFERED.includes(customer.preferredChannel) ? [...OFFERED, customer.preferredChannel] : OFFERED;

  const onSubmit = handleSubmit((values) => {
    setMessage(null);
    setFormError(null);
    const request = toPreferencesRequest(customer, values);
    if (!request) {
      setMessage(t('myDetails.preferences.nothingChanged'));
      return;
    }
    update.mutate(request, {
      onSuccess: (me) => {
        reset(preferencesFormValues(me.customer));
        setMessage(t('myDetails.preferences.saved'));
      },
      onError: (error) => {
        let placed = false;
        for (const problem of isApiError(error) ? error.fieldProblems : []) {
          const field = formFieldFor(problem.field);
          if (field) {
            setError(field, { message: t(fieldErrorKey(problem.code)) });
            placed = true;
          }
        }
        if (!placed) setFormError(isApiError(error) && error.status === 0 ? t('app.networkError') : t('app.genericError'));
      },
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="preferences-form">
      <RadioGroup
        legend={t('myDetails.preferences.channel')}
        options={channels.map((channel) => ({ value: channel, label: t(`labels.channel.${channel}`) }))}
        error={errors.preferredChannel?.message}
        {...register('preferredChannel')}
      />
      <TextField
        type="email"
        autoComplete="email"
        label={t('myDetails.preferences.email')}
        hint={t('myDetails.preferences.emailHint')}
        optionalLabel={t('myDetails.preferences.optional')}
        error={errors.email?.message}
        {...register('email')}
      />
      <fieldset className="lk-fieldset">
        <legend className="lk-fieldset__legend">{t('myDetails.preferences.phones')}</legend>
        {phones.fields.map((field, index) => (
          <div key={field.id} className="phone-row">
            <TextField
              type="tel"
              autoComplete={index === 0 ? 'tel' : 'off'}
              label={t('myDetails.preferences.phone', { n: index + 1 })}
              hint={index === 0 ? t('myDetails.preferences.phoneHint') : undefined}
              error={errors.phoneNumbers?.[index]?.number?.message}
              {...register(`phoneNumbers.${index}.number`)}
            />
            <SelectField
              label={t('myDetails.preferences.phoneLabel', { n: index + 1 })}
              options={PHONE_LABELS.map((label) => ({ value: label, label: t(`labels.phoneLabel.${label}`) }))}
              {...register(`phoneNumbers.${index}.label`)}
            />
            {phones.fields.length > 1 ? (
              <Button variant="subtle" className="phone-row__remove" onClick={() => phones.remove(index)}>
                {t('myDetails.preferences.removePhone', { n: index + 1 })}
              </Button>
            ) : null}
          </div>
        ))}
        {phones.fields.length < MAX_PHONES ? (
          <Button variant="secondary" onClick={() => phones.append({ number: '', label: 'mobile' })}>
            {t('myDetails.preferences.addPhone')}
          </Button>
        ) : null}
      </fieldset>
      <div aria-live="assertive">{formError ? <Alert tone="error">{formError}</Alert> : null}</div>
      <p role="status" className="status-message">
        {message}
      </p>
      <Button type="submit" busy={update.isPending}>
        {update.isPending ? t('myDetails.preferences.submitting') : t('myDetails.preferences.submit')}
      </Button>
    </form>
  );
}
