import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

/**
 * "Deze pagina bestaat niet", with the way back to the app's start page.
 * Texts: `app.notFoundTitle` from this library; `app.notFoundText`, `app.notFoundLink` and
 * `app.titleSuffix` from the app.
 */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.notFoundTitle'), t('app.titleSuffix'));
  return (
    <>
      <h1>{t('app.notFoundTitle')}</h1>
      <p>{t('app.notFoundText')}</p>
      <Link to="/">{t('app.notFoundLink')}</Link>
    </>
  );
}
