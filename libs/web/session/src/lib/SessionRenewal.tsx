import { zodResolver } from '@hookform/resolvers/zod';
import { EMAIL_SHAPE } from '@loket/shared/contracts';
import { Alert, Button, Dialog, TextField } from '@loket/web/ui';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { SessionProps } from './session-backend';

/**
 * Logging in again in place (mounted once per app by `createSessionApp`): when the session runs
 * out while the person works, the request that found out waits, this dialog asks for the password,
 * and the request is sent again. The page stays as it was, so a form keeps what was typed and its
 * save completes. "Naar de inlogpagina" gives up (the usual expiry: the login page).
 */
export function SessionRenewal({ kind, backend }: SessionProps) {
  const [waiting, setWaiting] = useState<((renewed: boolean) => void) | null>(null);
  useEffect(() => {
    backend.onSessionExpired?.(() => new Promise<boolean>((resolve) => setWaiting(() => resolve)));
  }, [backend]);
  if (!waiting || !backend.useRenewSession) return null;
  const done = (renewed: boolean) => {
    setWaiting(null);
    waiting(renewed);
  };
  return <RenewDialog kind={kind} backend={backend} onDone={done} />;
}

function RenewDialog({ kind, backend, onDone }: SessionProps & { onDone: (renewed: boolean) => void }) {
  const { t } = useTranslation();
  const renew = (backend.useRenewSession as NonNullable<typeof backend.useRenewSession>)({ expectedKind: kind });
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(
    () =>
      z.object({
        email: z.string().trim().min(1, t('auth.errors.emailRequired')).regex(EMAIL_SHAPE, t('auth.errors.emailInvalid')),
        password: z.string().min(1, t('auth.errors.passwordRequired')),
      }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const { register, handleSubmit, formState: { errors } } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '', password: '' } });

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    renew.mutate(values, {
      onSuccess: () => onDone(true),
      onError: (error) => {
        const failure = backend.describeError(error);
        setFormError(
          failure.otherUser ? t('auth.renew.otherUser')
          : failure.wrongAccountKind ? t('auth.wrongKind')
          : failure.status === 401 || failure.status === 403 || failure.status === 400 ? t('auth.wrongCredentials')
          : failure.status === 429 ? t('auth.tooManyAttempts')
          : failure.status === 0 ? t('app.networkError')
          : t('app.genericError'),
        );
      },
    });
  });

  return (
    <Dialog title={t('auth.renew.title')} onClose={() => onDone(false)} className="session-renewal">
      <p>{t('auth.renew.intro')}</p>
      <div aria-live="assertive" aria-atomic="true">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
      </div>
      <form onSubmit={(event) => { event.stopPropagation(); void onSubmit(event); }} noValidate className="login__form">
        <TextField label={t('auth.email')} type="email" autoComplete="username" error={errors.email?.message} {...register('email')} />
        <TextField label={t('auth.password')} type="password" autoComplete="current-password" error={errors.password?.message} {...register('password')} />
        <div className="button-row">
          <Button type="submit" busy={renew.isPending}>
            {renew.isPending ? t('auth.submitting') : t('auth.renew.submit')}
          </Button>
          <Button variant="subtle" onClick={() => onDone(false)}>
            {t('auth.renew.cancel')}
          </Button>
        </div>
        <p className="muted">{t('auth.renew.cancelHint')}</p>
      </form>
    </Dialog>
  );
}
