import { zodResolver } from '@hookform/resolvers/zod';
import { isApiError, useCancelCallback, type CallbackDetail } from '@loket/web/api-client';
import { Alert, Button, submitOnCtrlEnter, TextField } from '@loket/web/ui';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { REASON_MAX, REASON_MIN } from './RescheduleForm';

/** "Annuleren": only with a reason (e.g. the customer called us and was helped already). */
export function CancelForm({ callback, onDone }: { callback: CallbackDetail; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const cancel = useCancelCallback(callback.id);
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      z.object({
        reason: z
          .string()
          .trim()
          .min(1, t('callbacks.cancel.errors.reasonRequired'))
          .min(REASON_MIN, t('callbacks.cancel.errors.reasonTooShort'))
          .max(REASON_MAX, t('callbacks.cancel.errors.reasonTooLong')),
      }),
    [t],
  );
  const { register, handleSubmit, setError, formState: { errors } } = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { reason: '' },
  });
  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    cancel.mutate(
      { reason: values.reason.trim() },
      {
        onSuccess: () => onDone(t('callbacks.cancel.saved')),
        onError: (error) => {
          if (isApiError(error) && error.fieldCodes['reason']) setError('reason', { message: t('callbacks.cancel.errors.reasonTooShort') });
          else if (isApiError(error) && error.status === 409) setFormError(t('callbacks.errors.closed'));
          else setFormError(isApiError(error) && error.status === 0 ? t('app.networkError') : t('app.genericError'));
        },
      },
    );
  });
  return (
    <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter(onSubmit)} noValidate className="callback-form" aria-labelledby="annuleren-titel">
      <h3 id="annuleren-titel">{t('callbacks.cancel.title')}</h3>
      <TextField label={t('callbacks.cancel.reason')} hint={t('callbacks.cancel.reasonHint')} error={errors.reason?.message} {...register('reason')} />
      <div aria-live="assertive">{formError ? <Alert tone="error">{formError}</Alert> : null}</div>
      <Button type="submit" variant="danger" busy={cancel.isPending}>
        {cancel.isPending ? t('callbacks.saving') : t('callbacks.cancel.submit')}
      </Button>
    </form>
  );
}
