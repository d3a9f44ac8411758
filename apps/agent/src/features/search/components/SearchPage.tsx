import { useDocumentTitle } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { CustomerSearch } from './CustomerSearch';

export function SearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('search.title'), t('app.titleSuffix'));
  return (
    <div className="search-page">
      <h1>{t('search.title')}</h1>
      <CustomerSearch />
    </div>
  );
}
