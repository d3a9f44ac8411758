import { hasSession, sessionBackend } from '@loket/web/api-client';
import { LOGIN_PATH, UserArea } from '@loket/web/session';
import { LanguageChoice, SkipLink } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { REQUEST_CALLBACK_PATH } from '../features/callbacks';
import { FAQ_PATH } from '../features/faq';

/** Landmarks every page shares: skip link, banner, navigation, main content, footer. */
export function AppShell() {
  const { t } = useTranslation();
  const location = useLocation();
  const onLoginPage = location.pathname.startsWith(LOGIN_PATH);
  const showNavigation = !onLoginPage && hasSession();

  return (
    <>
      <SkipLink targetId="inhoud">{t('app.skipLink')}</SkipLink>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-brand">
            {t('app.name')}
          </Link>
          <div className="app-header__end">
            {onLoginPage ? null : <UserArea kind="tenant" backend={sessionBackend} />}
            <LanguageChoice />
          </div>
        </div>
        {showNavigation ? (
          <nav className="app-nav" aria-label={t('app.mainNavigation')}>
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('myDetails.title')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/vragen" end>
                  {t('myCases.title')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/vragen/nieuw" end>
                  {t('ask.title')}
                </NavLink>
              </li>
              <li>
                <NavLink to={REQUEST_CALLBACK_PATH} end>
                  {t('requestCallback.title')}
                </NavLink>
              </li>
              <li>
                <NavLink to={FAQ_PATH}>{t('faq.title')}</NavLink>
              </li>
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="inhoud" tabIndex={-1} className={onLoginPage ? 'app-main app-main--narrow' : 'app-main'}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
