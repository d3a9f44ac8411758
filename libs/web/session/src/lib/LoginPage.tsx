import { zodResolver } from '@hookform/resolvers/zod';
import { EMAIL_SHAPE } from '@loket/shared/contracts';
import { Alert, Button, TextField, fieldErrorKey, useDocumentTitle, useFocusOnMount } from '@loket/web/ui';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { safeNextPath } from './login-path';
import type { ErrorInfo, SessionProps } from './session-backend';

/** Turns a failed login into one plain sentence for the person at the keyboard. */
function useLoginErrorMessage() {
  const { t } = useTranslation();
  return (failure: ErrorInfo): string => {
    if (failure.wrongAccountKind) return t('auth.wrongKind');
    if (failure.status === 401 || failure.status === 403) return t('auth.wrongCredentials');
    if (failure.status === 429) return t('auth.tooManyAttempts');
    if (failure.status === 0) return t('app.networkError');
    if (failure.detail && failure.status !== undefined && failure.status < 500) return failure.detail;
    return t('app.genericError');
  };
}

/**
 * The login page of an app for one kind of account; an account of the other kind is refused.
 * `?verlopen` and `?uitgelogd` explain why the person is here, `?volgende` is where they go next.
 * Texts: `auth.email`, `auth.password`, `auth.submit`, `auth.submitting` come from this library;
 * the app brings `auth.title`, `auth.intro`, `auth.sessionExpired`, `auth.loggedOut`,
 * `auth.wrongKind`, `auth.wrongCredentials`, `auth.tooManyAttempts`, `auth.errors.*`,
 * `app.titleSuffix`, `app.networkError` and `app.genericError`, in its own form of address.
 */
export function LoginPage({ kind, backend }: SessionProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { useLogin } = backend;
  const login = useLogin({ expectedKind: kind });
  const errorMessage = useLoginErrorMessage();
  const [formError, setFormError] = useState<string | null>(null);
  const headingRef = useFocusOnMount<HTMLHeadingElement>(params.has('verlopen') || params.has('uitgelogd'));
  useDocumentTitle(t('auth.title'), t('app.titleSuffix'));

  const schema = useMemo(
    () =>
      z.object({
        email: z
          .string()
          .trim()
          .min(1, t('auth.errors.emailRequired'))
          .regex(EMAIL_SHAPE, t('auth.errors.emailInvalid')),
        password: z.string().min(1, t('auth.errors.passwordRequired')),
      }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const {
    register, handleSubmit, setError, formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '', password: '' } });

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    login.mutate(values, {
      onSuccess: () => navigate(safeNextPath(params.get('volgende')), { replace: true }),
      onError: (error) => {
        const failure = backend.describeError(error);
        if (failure.status === 400) {
          const fields = failure.fieldCodes;
          if (fields['email']) setError('email', { message: t(fieldErrorKey(fields['email'])) });
          if (fields['password']) setError('password', { message: t(fieldErrorKey(fields['password'])) });
          if (fields['email'] || fields['password']) return;
        }
        setFormError(errorMessage(failure));
      },
    });
  });

  return (
    <div className="login">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('auth.title')}
      </h1>
      <p>{t('auth.intro')}</p>
      {params.has('verlopen') && !formError ? <Alert tone="warning">{t('auth.sessionExpired')}</Alert> : null}
      {params.has('uitgelogd') && !formError ? <Alert tone="success">{t('auth.loggedOut')}</Alert> : null}
      <div aria-live="assertive" aria-atomic="true">
        {formError ? <Alert tone="error">{formError}</Alert> : null}
      </div>
      <form onSubmit={onSubmit} noValidate className="login__form">
        <TextField
          label={t('auth.email')}
          type="email"
          autoComplete="username"
          error={errors.email?.message}
          {...register('email')}
        />
        <TextField
          label={t('auth.password')}
          type="password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...register('password')}
        />
        <Button type="submit" busy={login.isPending}>
          {login.isPending ? t('auth.submitting') : t('auth.submit')}
        </Button>
      </form>
    </div>
  );
}
