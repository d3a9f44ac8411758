import { zodResolver } from '@hookform/resolvers/zod';
import { FORM_RULES } from '@loket/shared/contracts';
import { isApiError, useCompleteCallback, type CallbackDetail } from '@loket/web/api-client';
import { Alert, Button, submitOnCtrlEnter, TextAreaField } from '@loket/web/ui';
import { forwardRef, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';


export const RESULT_MIN = FORM_RULES.callbackResult.min;
export const RESULT_MAX = FORM_RULES.callbackResult.max;

/**
 * "Afronden": what was said or agreed, in words the customer can read (it becomes a contact on the
 * question), and whether that answered the question. The ref is the result field, so a reached
 * attempt can bring the agent straight here.
 */
export const CompleteForm = forwardRef<HTMLTextAreaElement, { callback: CallbackDetail; onDone: (message: string) => void }>(
  function CompleteForm({ callback, onDone }, resultRef) {
    const { t } = useTranslation();
    const complete = useCompleteCallback(callback.id);
    const [formError, setFormError] = useState<string | null>(null);
    const schema = useMemo(
      () =>
        z.object({
          result: z
            .string()
            .trim()
            .min(1, t('callbacks.complete.errors.resultRequired'))
            .min(RESULT_MIN, t('callbacks.complete.errors.resultTooShort'))
            .max(RESULT_MAX, t('callbacks.complete.errors.resultTooLong')),
          resolved: z.boolean(),
        }),
      [t],
    );
    type Values = z.infer<typeof schema>;
    const { register, handleSubmit, setError, formState: { errors } } = useForm<Values>({
      resolver: zodResolver(schema),
      defaultValues: { result: '', resolved: false },
    });
    const { ref: fieldRef, ...resultField } = register('result');
    const onSubmit = handleSubmit((values) => {
      setFormError(null);
      complete.mutate(
        { result: values.result.trim(), resolved: values.resolved },
        {
          onSuccess: () => onDone(values.resolved ? t('callbacks.complete.savedResolved') : t('callbacks.complete.saved')),
          onError: (error) => {
            if (isApiError(error) && error.fieldCodes['result']) setError('result', { message: t('callbacks.complete.errors.resultTooShort') });
            else if (isApiError(error) && error.status === 409) setFormError(t('callbacks.errors.closed'));
            else setFormError(isApiError(error) && error.status === 0 ? t('app.networkError') : t('app.genericError'));
          },
        },
      );
    });
    return (
      <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter(onSubmit)} noValidate className="callback-form" aria-labelledby="afronden-titel">
        <h3 id="afronden-titel">{t('callbacks.complete.title')}</h3>
        <TextAreaField
          label={t('callbacks.complete.result')}
          hint={t('callbacks.complete.resultHint')}
          error={errors.result?.message}
          rows={3}
          ref={(element) => {
            fieldRef(element);
            if (typeof resultRef === 'function') resultRef(element);
            else if (resultRef) resultRef.current = element;
          }}
          {...resultField}
        />
        <label className="lk-checkbox">
          <input type="checkbox" {...register('resolved')} />
          {t('callbacks.complete.resolved')}
        </label>
        <div aria-live="assertive">{formError ? <Alert tone="error">{formError}</Alert> : null}</div>
        <Button type="submit" busy={complete.isPending}>
          {complete.isPending ? t('callbacks.saving') : t('callbacks.complete.submit')}
        </Button>
      </form>
    );
  },
);
