import { isApiError, useCustomerAccessLog } from '@loket/web/api-client';
import { Button, EmptyState, Loading, LoadError, Panel } from '@loket/web/ui';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AccessMoment, employeeAccessPath, useViewLabel } from './parts';

/**
 * "Inzage in dit dossier" on the customer page (administrators): who looked at this customer's data,
 * when and where, newest first. Loaded only on request, because looking is itself on record; the
 * button is a disclosure (its name stays, aria-expanded tells whether the list is shown).
 */
export function CustomerAccessPanel({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const regionId = `inzage-${useId().replace(/:/g, '')}`;
  return (
    <Panel title={t('accessLog.customer.title')} id="inzage">
      <p>{t('accessLog.customer.intro')}</p>
      <Button variant="secondary" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen((value) => !value)}>
        {t('accessLog.customer.toggle')}
      </Button>
      <div id={regionId} hidden={!open}>
        {open ? <CustomerAccessList customerId={customerId} /> : null}
      </div>
    </Panel>
  );
}

function CustomerAccessList({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const viewLabel = useViewLabel();
  const log = useCustomerAccessLog(customerId, true);
  if (log.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (log.isError) return <LoadError offline={isApiError(log.error) && log.error.status === 0} onRetry={() => void log.refetch()} />;
  const items = log.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <EmptyState>
        <p>{t('accessLog.customer.empty')}</p>
      </EmptyState>
    );
  }
  return (
    <>
      <div className="access-log__scroll">
        <table className="lk-table access-log__table">
          <caption className="lk-visually-hidden">{t('accessLog.customer.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('accessLog.when')}</th>
              <th scope="col">{t('accessLog.who')}</th>
              <th scope="col">{t('accessLog.where')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => (
              <tr key={`${item.at}-${index}`}>
                <td>
                  <AccessMoment at={item.at} />
                </td>
                <td>
                  {!item.user ? (
                    t('accessLog.unknownUser')
                  ) : item.view === 'portal' ? (
                    t('accessLog.customer.self', { name: item.user.displayName })
                  ) : (
                    <Link to={employeeAccessPath(item.user.id)}>{item.user.displayName}</Link>
                  )}
                </td>
                <td>{viewLabel(item.view)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {log.hasNextPage ? (
        <Button variant="secondary" busy={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
          {log.isFetchingNextPage ? t('accessLog.loadingMore') : t('accessLog.more')}
        </Button>
      ) : null}
    </>
  );
}
