import type { CallbackStatus } from '@loket/shared/contracts';
import { Alert, Badge, DescriptionList, formatCallbackWindow, formatDateTime, formatPhoneNumber, intlLocale, useNow, type Tone } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import type { PortalCallback } from '@loket/web/api-client';

const TONES: Record<CallbackStatus, Tone> = { scheduled: 'info', in_progress: 'info', completed: 'success', cancelled: 'neutral' };

/**
 * One callback as the tenant sees it: when we call, who calls, about what and on which number;
 * after a delay the new moment to expect us; once done, what was discussed.
 */
export function PortalCallbackCard({ item }: { item: PortalCallback }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const locale = intlLocale(i18n.language);
  const headingId = `terugbellen-${item.id}`;
  const open = item.status === 'scheduled' || item.status === 'in_progress';
  const when = formatCallbackWindow(item, { now, t, language: i18n.language }) ?? '';
  // Past the agreed window: say so, and keep the agreed window below for reference.
  const late = open && new Date(item.dueAt).getTime() <= now.getTime();
  const title =
    item.status === 'completed' ? t('myCallbacks.titleCompleted')
    : item.status === 'cancelled' ? t('myCallbacks.titleCancelled')
    : item.newExpectationAt ? t('myCallbacks.titleDelayed')
    : late ? t('myCallbacks.titleLate')
    : t('myCallbacks.titleOpen', { when });
  return (
    <article className="lk-panel portal-callback" aria-labelledby={headingId}>
      <div className="lk-panel__header">
        <h3 id={headingId}>{title}</h3>
        <Badge tone={TONES[item.status]}>{t(`myCallbacks.status.${item.status}`)}</Badge>
      </div>
      {open && item.newExpectationAt ? (
        <Alert tone="warning" title={t('myCallbacks.delayTitle')}>
          <p>{t('myCallbacks.delay', { at: formatDateTime(item.newExpectationAt, locale) })}</p>
        </Alert>
      ) : null}
      <DescriptionList
        items={[
          { key: 'reason', term: t('myCallbacks.reason'), description: item.reason },
          ...(late || item.newExpectationAt ? [{ key: 'agreed', term: t('myCallbacks.agreed'), description: when }] : []),
          ...(open
            ? [
                { key: 'caller', term: t('myCallbacks.caller'), description: item.caller ?? t('myCallbacks.callerUnknown') },
                { key: 'phone', term: t('myCallbacks.phone'), description: formatPhoneNumber(item.phoneNumber) },
              ]
            : []),
          ...(item.status === 'completed' && item.completedAt
            ? [{ key: 'completed', term: t('myCallbacks.calledOn'), description: formatDateTime(item.completedAt, locale) }]
            : []),
          ...(item.status === 'completed' && item.result ? [{ key: 'result', term: t('myCallbacks.result'), description: item.result }] : []),
        ]}
      />
    </article>
  );
}
