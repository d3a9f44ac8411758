import { isApiError, usePortalMe, useSessionUser } from '@loket/web/api-client';
import { ContractsList, Loading, LoadError, Panel, useDocumentTitle } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { DetailsPanel } from './DetailsPanel';
import { DownloadDataPanel } from './DownloadDataPanel';
import { PreferencesForm } from './PreferencesForm';

/** "Mijn gegevens": own details, contact preferences and rental contract(s) (R17). */
export function MyDetailsPage() {
  const { t } = useTranslation();
  const me = usePortalMe();
  const session = useSessionUser();
  useDocumentTitle(t('myDetails.title'), t('app.titleSuffix'));

  return (
    <>
      <h1>{t('myDetails.title')}</h1>
      {me.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {me.isError ? <LoadError offline={isApiError(me.error) && me.error.status === 0} onRetry={() => void me.refetch()} /> : null}
      {me.data ? (
        <>
          <p className="lead">
            {t('myDetails.welcome', { name: me.data.customer.firstName })}{' '}
            {session.data ? t('myDetails.intro', { organization: session.data.organization.name }) : null}
          </p>
          <div className="details-grid">
            <div>
              <DetailsPanel customer={me.data.customer} />
              <ContractsList contracts={me.data.contracts} />
            </div>
            <Panel title={t('myDetails.preferences.title')}>
              <p>{t('myDetails.preferences.intro')}</p>
              <PreferencesForm key={me.data.customer.id} customer={me.data.customer} />
            </Panel>
          </div>
          <DownloadDataPanel />
        </>
      ) : null}
    </>
  );
}
