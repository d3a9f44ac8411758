import { isApiError, useCustomerTimeline, type TimelineItem } from '@loket/web/api-client';
import { Button, EmptyState, formatDateTime, intlLocale, Loading, LoadError, Panel } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { ContactItem } from './ContactItem';

function CaseEventText({ item }: { item: TimelineItem }) {
  const { t } = useTranslation();
  const event = item.caseEvent;
  if (!event) return null;
  const status = (value: string | null) => (value ? t(`labels.caseStatus.${value}`, { defaultValue: value }) : '');
  const by = event.by ? ` ${t('timeline.by', { name: event.by.displayName })}` : '';
  const texts: Record<string, string> = {
    opened: t('timeline.opened', { subject: event.subject }),
    status_changed: t('timeline.statusChanged', { subject: event.subject, from: status(event.from), to: status(event.to) }),
    owner_changed: t('timeline.ownerChanged', { subject: event.subject }),
    resolved: t('timeline.resolved', { subject: event.subject }),
    reopened: t('timeline.reopened', { subject: event.subject }),
    forwarded: t('timeline.forwarded', { subject: event.subject }),
    claimed: t('timeline.claimed', { subject: event.subject }),
  };
  return <p className="timeline-item__event">{`${texts[event.type] ?? event.type}${by}.`}</p>;
}

/** "Klantdossier" (R4, R7): everything recorded, newest first, in plain Dutch. */
export function Timeline({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const timeline = useCustomerTimeline(customerId);
  const items = timeline.data?.pages.flatMap((page) => page.items ?? []) ?? [];
  const locale = intlLocale(i18n.language);

  return (
    <Panel title={t('timeline.title')} className="timeline">
      {timeline.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {timeline.isError ? (
        <LoadError offline={isApiError(timeline.error) && timeline.error.status === 0} onRetry={() => void timeline.refetch()} />
      ) : null}
      {timeline.isSuccess && items.length === 0 ? (
        <EmptyState>
          <p>{t('timeline.empty')}</p>
        </EmptyState>
      ) : null}
      {items.length > 0 ? (
        <ol className="timeline__list">
          {items.map((item) => (
            <li key={item.id} className={`timeline-item timeline-item--${item.kind}`}>
              {item.kind === 'contact' && item.contact ? (
                <ContactItem contact={item.contact} />
              ) : (
                <>
                  <p className="contact-item__meta">
                    <strong>{formatDateTime(item.at, locale)}</strong>
                  </p>
                  <CaseEventText item={item} />
                </>
              )}
            </li>
          ))}
        </ol>
      ) : null}
      {timeline.hasNextPage ? (
        <Button variant="secondary" busy={timeline.isFetchingNextPage} onClick={() => void timeline.fetchNextPage()}>
          {timeline.isFetchingNextPage ? t('timeline.loadingMore') : t('timeline.more')}
        </Button>
      ) : null}
    </Panel>
  );
}
