import { Button } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { loginPath } from './login-path';
import type { SessionProps } from './session-backend';

/**
 * Who is logged in, with which corporation, and the way out (to the login page, which says so).
 * Texts: `auth.logout` from this library; `auth.userMenu` (the region's name) from the app.
 */
export function UserArea({ kind, backend }: SessionProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { useSessionUser, useLogout } = backend;
  const me = useSessionUser();
  const logout = useLogout();
  if (!backend.hasSession() || !me.data || me.data.kind !== kind) return null;
  return (
    <section className="user-area" aria-label={t('auth.userMenu')}>
      <p className="user-area__who">
        <span className="user-area__name">{me.data.displayName}</span>
        <span className="user-area__org">{me.data.organization.name}</span>
      </p>
      <Button
        variant="secondary"
        className="user-area__logout"
        busy={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSettled: () => navigate(loginPath({ notice: 'uitgelogd' }), { replace: true }) })}
      >
        {t('auth.logout')}
      </Button>
    </section>
  );
}
