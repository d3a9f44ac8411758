import { zodResolver } from '@hookform/resolvers/zod';
import { FORM_RULES } from '@loket/shared/contracts';
import { isApiError, useRescheduleCallback, type CallbackDetail } from '@loket/web/api-client';
import { Alert, Button, RadioGroup, submitOnCtrlEnter, TextField, useNow, type WindowSuggestion } from '@loket/web/ui';
import { useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { checkWindow, emptyWindow, toWindowInput, windowProblems, windowValuesSchema } from '../hooks/window-values';
import { CallbackWindowFields } from './CallbackWindowFields';
import { useWindowText } from './parts';

export const REASON_MIN = FORM_RULES.callbackReason.min;
export const REASON_MAX = FORM_RULES.callbackReason.max;

/**
 * "Verzetten": a new window, why, and who asked. When we move it, the customer is told in writing
 * (the form says so). A refused moment comes back with the next possible one as "Gebruik …".
 */
export function RescheduleForm({ callback, onDone }: { callback: CallbackDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const now = useNow();
  const windowText = useWindowText();
  const reschedule = useRescheduleCallback(callback.id);
  const [formError, setFormError] = useState<string | null>(null);
  const [suggestion, setSuggestion] = useState<WindowSuggestion | null>(null);
  const schema = useMemo(
    () =>
      z
        .object({
          window: windowValuesSchema,
          reason: z
            .string()
            .trim()
            .min(1, t('callbacks.reschedule.errors.reasonRequired'))
            .min(REASON_MIN, t('callbacks.reschedule.errors.reasonTooShort'))
            .max(REASON_MAX, t('callbacks.reschedule.errors.reasonTooLong')),
          requestedBy: z.enum(['', 'customer', 'organization']).refine((value) => value !== '', t('callbacks.reschedule.errors.requestedByRequired')),
        })
        .superRefine((values, ctx) => checkWindow(values.window, ctx, ['window'], t, now)),
    [t, now],
  );
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { window: emptyWindow('dayPart'), reason: '', requestedBy: '' },
  });
  const { register, handleSubmit, setError, watch, formState: { errors } } = form;
  const requestedBy = watch('requestedBy');

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    setSuggestion(null);
    const requester = values.requestedBy;
    reschedule.mutate(
      { ...toWindowInput(values.window), reason: values.reason.trim(), requestedBy: requester },
      {
        onSuccess: (updated) => {
          const when = windowText(updated);
          onDone(requester === 'organization' ? t('callbacks.reschedule.savedInformed', { window: when }) : t('callbacks.reschedule.saved', { window: when }));
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409) {
            setFormError(t('callbacks.errors.closed'));
            return;
          }
          const problems = isApiError(error) ? error.fieldProblems : [];
          const window = windowProblems(problems, t);
          let placed = false;
          for (const [field, message] of Object.entries(window.messages)) {
            setError(`window.${field as 'at' | 'date' | 'dayPart' | 'kind'}`, { message }, { shouldFocus: !placed });
            placed = true;
          }
          if (problems.some((problem) => problem.field === 'reason')) {
            setError('reason', { message: t('callbacks.reschedule.errors.reasonTooShort') });
            placed = true;
          }
          setSuggestion(window.suggestion);
          if (!placed) setFormError(isApiError(error) && error.status === 0 ? t('app.networkError') : t('app.genericError'));
        },
      },
    );
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter(onSubmit)} noValidate className="callback-form" aria-labelledby="verzetten-titel">
        <h3 id="verzetten-titel">{t('callbacks.reschedule.title')}</h3>
        <CallbackWindowFields
          name="window"
          legend={t('callbacks.reschedule.window')}
          suggestion={suggestion}
          onSuggestionUsed={() => setSuggestion(null)}
          now={now}
        />
        <TextField label={t('callbacks.reschedule.reason')} hint={t('callbacks.reschedule.reasonHint')} error={errors.reason?.message} {...register('reason')} />
        <RadioGroup
          legend={t('callbacks.reschedule.requestedBy')}
          hint={t('callbacks.reschedule.requestedByHint')}
          options={[
            { value: 'customer', label: t('callbacks.reschedule.byCustomer') },
            { value: 'organization', label: t('callbacks.reschedule.byUs') },
          ]}
          error={errors.requestedBy?.message}
          {...register('requestedBy')}
        />
        {requestedBy === 'organization' ? (
          <Alert tone="info">
            <p>{t('callbacks.reschedule.informed')}</p>
          </Alert>
        ) : null}
        <div aria-live="assertive">{formError ? <Alert tone="error">{formError}</Alert> : null}</div>
        <Button type="submit" variant="secondary" busy={reschedule.isPending}>
          {reschedule.isPending ? t('callbacks.saving') : t('callbacks.reschedule.submit')}
        </Button>
      </form>
    </FormProvider>
  );
}
