import { zodResolver } from '@hookform/resolvers/zod';
import { CALLBACK_ATTEMPT_OUTCOMES, FORM_RULES, type CallbackAttemptOutcome } from '@loket/shared/contracts';
import { isApiError, useRecordAttempt, type CallbackDetail } from '@loket/web/api-client';
import { Alert, Button, RadioGroup, submitOnCtrlEnter, TextAreaField } from '@loket/web/ui';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';


export const ATTEMPT_NOTE_MAX = FORM_RULES.callbackAttemptNote.max;

/** "Belpoging vastleggen": how the call went. Not reached keeps the callback open. */
export function AttemptForm({ callback, onDone }: { callback: CallbackDetail; onDone: (outcome: CallbackAttemptOutcome) => void }) {
  const { t } = useTranslation();
  const record = useRecordAttempt(callback.id);
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      z.object({
        outcome: z.enum(['', ...CALLBACK_ATTEMPT_OUTCOMES]).refine((value) => value !== '', t('callbacks.attempt.errors.outcomeRequired')),
        note: z.string().max(ATTEMPT_NOTE_MAX, t('callbacks.attempt.errors.noteTooLong')),
      }),
    [t],
  );
  const { register, handleSubmit, reset, formState: { errors } } = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { outcome: '', note: '' },
  });
  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    const { outcome } = values;
    record.mutate(
      { outcome, note: values.note.trim() || null },
      {
        onSuccess: () => {
          reset();
          onDone(outcome);
        },
        onError: (error) =>
          setFormError(
            isApiError(error) && error.status === 409 ? t('callbacks.errors.closed')
            : isApiError(error) && error.status === 0 ? t('app.networkError')
            : t('app.genericError'),
          ),
      },
    );
  });
  return (
    <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter(onSubmit)} noValidate className="callback-form" aria-labelledby="belpoging-titel">
      <h3 id="belpoging-titel">{t('callbacks.attempt.title')}</h3>
      <RadioGroup
        className="callback-form__outcomes"
        legend={t('callbacks.attempt.outcome')}
        options={CALLBACK_ATTEMPT_OUTCOMES.map((value) => ({ value, label: t(`callbacks.outcome.${value}`) }))}
        error={errors.outcome?.message}
        {...register('outcome')}
      />
      <TextAreaField
        label={t('callbacks.attempt.note')}
        hint={t('callbacks.attempt.noteHint')}
        optionalLabel={t('callbacks.optional')}
        error={errors.note?.message}
        rows={2}
        {...register('note')}
      />
      <div aria-live="assertive">{formError ? <Alert tone="error">{formError}</Alert> : null}</div>
      <Button type="submit" variant="secondary" busy={record.isPending}>
        {record.isPending ? t('callbacks.saving') : t('callbacks.attempt.submit')}
      </Button>
    </form>
  );
}
