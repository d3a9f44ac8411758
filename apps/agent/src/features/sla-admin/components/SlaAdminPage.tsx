import { isApiError, useSessionUser, useSlaCalendar, useSlaPolicies, useTopics } from '@loket/web/api-client';
import { Alert, Loading, LoadError, useDocumentTitle, useFocusOnMount, useNow } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CalendarForm } from './CalendarForm';
import { PoliciesForm } from './PoliciesForm';
import { SlaExample, SlaPreviewPanel } from './SlaPreviewPanel';

export const SLA_ADMIN_PATH = '/beheer/reactietermijnen';

function SlaAdmin() {
  const { t } = useTranslation();
  const now = useNow();
  const calendar = useSlaCalendar();
  const policies = useSlaPolicies();
  const topics = useTopics();

  if (calendar.isPending || policies.isPending || topics.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (calendar.isError || policies.isError) {
    const error = calendar.error ?? policies.error;
    return (
      <LoadError
        offline={isApiError(error) && error.status === 0}
        onRetry={() => {
          void calendar.refetch();
          void policies.refetch();
        }}
      />
    );
  }
  return (
    <>
      <SlaExample now={now} />
      <div className="lk-panel">
        <CalendarForm calendar={calendar.data} />
      </div>
      <div className="lk-panel">
        <PoliciesForm policies={policies.data} topics={topics.data ?? []} />
      </div>
      <div className="lk-panel">
        <SlaPreviewPanel topics={topics.data ?? []} now={now} />
      </div>
    </>
  );
}

/**
 * "Openingstijden en reactietermijnen" (/beheer/reactietermijnen): for administrators. Everyone
 * else hears, kindly, that this is not for them.
 */
export function SlaAdminPage() {
  const { t } = useTranslation();
  const me = useSessionUser();
  const isAdmin = me.data?.roles.includes('admin') ?? false;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  useDocumentTitle(t('slaAdmin.title'), t('app.titleSuffix'));

  return (
    <article className="sla-admin" aria-labelledby="beheer-titel">
      <h1 id="beheer-titel" ref={headingRef} tabIndex={-1}>
        {t('slaAdmin.title')}
      </h1>
      {isAdmin ? (
        <>
          <p className="sla-admin__lead">{t('slaAdmin.intro')}</p>
          <SlaAdmin />
        </>
      ) : (
        <Alert tone="info" title={t('slaAdmin.noAccess.title')}>
          <p>{t('slaAdmin.noAccess.text')}</p>
          <p>
            <Link to="/">{t('slaAdmin.noAccess.back')}</Link>
          </p>
        </Alert>
      )}
    </article>
  );
}
