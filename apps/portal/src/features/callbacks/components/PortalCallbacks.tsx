import { isApiError, usePortalCallbacks, type PortalCallback } from '@loket/web/api-client';
import { Loading, LoadError } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PortalCallbackCard } from './PortalCallbackCard';

export const REQUEST_CALLBACK_PATH = '/terugbellen';

const isOpen = (item: PortalCallback) => item.status === 'scheduled' || item.status === 'in_progress';
const time = (iso: string | null) => (iso ? new Date(iso).getTime() : 0);

/** "Terugbelverzoeken" on Mijn vragen: the calls we agreed, the next first; then the calls made. */
export function PortalCallbacks() {
  const { t } = useTranslation();
  const callbacks = usePortalCallbacks();
  const items = [...(callbacks.data ?? [])].sort((a, b) => {
    if (isOpen(a) !== isOpen(b)) return isOpen(a) ? -1 : 1;
    return isOpen(a) ? time(a.dueAt) - time(b.dueAt) : time(b.completedAt ?? b.dueAt) - time(a.completedAt ?? a.dueAt);
  });
  return (
    <section className="portal-callbacks" aria-labelledby="terugbelverzoeken-titel">
      <h2 id="terugbelverzoeken-titel">{t('myCallbacks.title')}</h2>
      {callbacks.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {callbacks.isError ? (
        <LoadError offline={isApiError(callbacks.error) && callbacks.error.status === 0} onRetry={() => void callbacks.refetch()} />
      ) : null}
      {callbacks.isSuccess && items.length === 0 ? <p>{t('myCallbacks.empty')}</p> : null}
      {items.map((item) => (
        <PortalCallbackCard key={item.id} item={item} />
      ))}
      <p>
        <Link to={REQUEST_CALLBACK_PATH}>{t('myCallbacks.requestLink')}</Link>
      </p>
    </section>
  );
}
