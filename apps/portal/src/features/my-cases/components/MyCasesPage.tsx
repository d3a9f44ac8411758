import { isApiError, usePortalFile } from '@loket/web/api-client';
import { EmptyState, Loading, LoadError, useDocumentTitle } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PortalCallbacks } from '../../callbacks';
import { PortalCaseCard } from './PortalCaseCard';

/**
 * "Mijn vragen" (R7, R17, R18): the calls we agreed with the tenant ("Terugbelverzoeken"), then their own
 * questions, what was said and agreed, and the answers.
 */
export function MyCasesPage() {
  const { t } = useTranslation();
  const file = usePortalFile();
  useDocumentTitle(t('myCases.title'), t('app.titleSuffix'));
  const cases = [...(file.data?.cases ?? [])].sort((a, b) => b.openedAt.localeCompare(a.openedAt));

  return (
    <>
      <h1>{t('myCases.title')}</h1>
      <p className="lead">
        {t('myCases.intro')} <Link to="/vragen/nieuw">{t('myCases.askLink')}</Link>
      </p>
      <PortalCallbacks />
      {file.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {file.isError ? <LoadError offline={isApiError(file.error) && file.error.status === 0} onRetry={() => void file.refetch()} /> : null}
      {file.isSuccess && cases.length === 0 ? (
        <EmptyState>
          <p>{t('myCases.empty')}</p>
        </EmptyState>
      ) : null}
      <div className="portal-cases">
        {cases.map((item) => (
          <PortalCaseCard key={item.id} item={item} />
        ))}
      </div>
    </>
  );
}
