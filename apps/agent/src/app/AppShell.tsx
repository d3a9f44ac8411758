import { hasSession, sessionBackend, useSessionUser } from '@loket/web/api-client';
import { LOGIN_PATH, UserArea } from '@loket/web/session';
import { LanguageChoice, SkipLink } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { ACCESS_LOG_PATH } from '../features/access-log';
import { CALLBACKS_PATH } from '../features/callbacks';
import { INTEGRATION_CLIENTS_PATH } from '../features/integration-clients';
import { KB_EDITOR_PATH } from '../features/kb-editor';
import { LETTERS_PATH, ORGANIZATION_SETTINGS_PATH } from '../features/letters';
import { RETENTION_PATH } from '../features/privacy-admin';
import { REPORTS_PATH } from '../features/reports';
import { lastSearchPath, SEARCH_INPUT_ID, useSearchShortcut } from '../features/search';
import { SLA_ADMIN_PATH } from '../features/sla-admin';
import { TEAMS_PATH } from '../features/teams';
import { WORK_PATH } from '../features/worklist';

/**
 * Landmarks every page shares: skip link, banner with who is logged in, the menu, main content.
 * Everyone who works with customers gets "Mijn terugbelverzoeken"; administrators also the
 * management screens.
 */
export function AppShell() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const onLoginPage = location.pathname.startsWith(LOGIN_PATH);
  const me = useSessionUser();
  const staff = !onLoginPage && hasSession() && me.data?.kind === 'staff' ? me.data : null;
  const isAdmin = !!staff?.roles.includes('admin');
  // Knowledge-base editors see no customers, so no callbacks either.
  const handlesCustomers = !!staff?.roles.some((role) => role === 'agent' || role === 'team_lead' || role === 'admin');
  // Team leads and administrators see what employees looked at (the access log).
  const supervises = !!staff?.roles.some((role) => role === 'team_lead' || role === 'admin');
  const editsKnowledge = !!staff?.roles.some((role) => role === 'kb_editor' || role === 'admin');

  useSearchShortcut(() => {
    const input = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement | null;
    if (input) {
      input.focus();
      input.select();
    } else {
      navigate(lastSearchPath());
    }
  }, !onLoginPage && hasSession());

  return (
    <>
      <SkipLink targetId="inhoud">{t('app.skipLink')}</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-brand">
            <span className="app-brand__name">{t('app.name')}</span>
            <span className="app-brand__subtitle">{t('app.subtitle')}</span>
          </Link>
          <div className="app-header__end">
            {onLoginPage ? null : <UserArea kind="staff" backend={sessionBackend} />}
            <LanguageChoice />
          </div>
        </div>
        {handlesCustomers || isAdmin || editsKnowledge ? (
          <nav className="app-nav" aria-label={t('app.mainNavigation')}>
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('nav.search')}
                </NavLink>
              </li>
              {handlesCustomers ? (
                <li>
                  <NavLink to={WORK_PATH}>{t('nav.work')}</NavLink>
                </li>
              ) : null}
              {handlesCustomers ? (
                <li>
                  <NavLink to={CALLBACKS_PATH}>{t('nav.callbacks')}</NavLink>
                </li>
              ) : null}
              {handlesCustomers ? (
                <li>
                  <NavLink to={LETTERS_PATH}>{t('nav.letters')}</NavLink>
                </li>
              ) : null}
              {editsKnowledge ? (
                <li>
                  <NavLink to={KB_EDITOR_PATH}>{t('nav.kbEditor')}</NavLink>
                </li>
              ) : null}
              {supervises ? (
                <li>
                  <NavLink to={TEAMS_PATH}>{t('nav.teams')}</NavLink>
                </li>
              ) : null}
              {supervises ? (
                <li>
                  <NavLink to={ACCESS_LOG_PATH}>{t('nav.accessLog')}</NavLink>
                </li>
              ) : null}
              {supervises ? (
                <li>
                  <NavLink to={REPORTS_PATH}>{t('nav.reports')}</NavLink>
                </li>
              ) : null}
              {isAdmin ? (
                <li>
                  <NavLink to={SLA_ADMIN_PATH}>{t('nav.slaAdmin')}</NavLink>
                </li>
              ) : null}
              {isAdmin ? (
                <li>
                  <NavLink to={RETENTION_PATH}>{t('nav.retention')}</NavLink>
                </li>
              ) : null}
              {isAdmin ? (
                <li>
                  <NavLink to={ORGANIZATION_SETTINGS_PATH}>{t('nav.organizationSettings')}</NavLink>
                </li>
              ) : null}
              {isAdmin ? (
                <li>
                  <NavLink to={INTEGRATION_CLIENTS_PATH}>{t('nav.integrationClients')}</NavLink>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="inhoud" tabIndex={-1} className={onLoginPage ? 'app-main app-main--narrow' : 'app-main'}>
        <Outlet />
      </main>
      {onLoginPage ? null : (
        <footer className="app-footer">
          <p>{t('app.shortcutHint')}</p>
        </footer>
      )}
    </>
  );
}
