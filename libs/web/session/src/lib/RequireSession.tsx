import { Loading, LoadError } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { LOGIN_PATH, loginPath } from './login-path';
import type { SessionProps } from './session-backend';

/**
 * Guards the pages of an app for one kind of account: no session → the login page, then back
 * here; an account of the other kind → forgotten and to the login page.
 * Texts: `app.loading` and those of `LoadError`.
 */
export function RequireSession({ kind, backend }: SessionProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const { useSessionUser } = backend;
  const me = useSessionUser();
  const toLogin = loginPath({ returnTo: location.pathname + location.search });

  if (!backend.hasSession()) return <Navigate to={toLogin} replace />;
  if (me.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (me.isError) {
    const { status } = backend.describeError(me.error);
    if (status === 401) return <Navigate to={toLogin} replace />;
    return <LoadError offline={status === 0} onRetry={() => void me.refetch()} />;
  }
  if (me.data.kind !== kind) {
    backend.clearSession();
    return <Navigate to={LOGIN_PATH} replace />;
  }
  return <Outlet />;
}
