import { formatDateTime, intlLocale } from '@loket/web/ui';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallbackDetail, PersonRef } from '@loket/web/api-client';
import { useWindowText } from './parts';

interface HistoryEvent {
  key: string;
  at: string;
  text: string;
  detail?: ReactNode;
}

const names = (people: readonly PersonRef[], t: TFunction) =>
  people.length > 0 ? people.map((person) => person.displayName).join(', ') : t('callbacks.history.nobody');

/** What happened, oldest first, in plain Dutch: agreed, attempts, reminders and escalations, moves, the end. */
function historyOf(callback: CallbackDetail, t: TFunction, windowText: ReturnType<typeof useWindowText>): HistoryEvent[] {
  const events: HistoryEvent[] = [];
  events.push({
    key: 'created',
    at: callback.createdAt,
    text: callback.requestedByCustomer
      ? t('callbacks.history.createdByCustomer')
      : callback.createdBy
        ? t('callbacks.history.created', { name: callback.createdBy.displayName })
        : t('callbacks.history.createdUnknown'),
  });
  for (const attempt of callback.attempts) {
    const outcome = t(`callbacks.outcome.${attempt.outcome}`).toLocaleLowerCase();
    events.push({
      key: `attempt-${attempt.id}`,
      at: attempt.at,
      text: attempt.by ? t('callbacks.history.attempt', { name: attempt.by.displayName, outcome }) : t('callbacks.history.attemptUnknown', { outcome }),
      detail: attempt.note ? <p className="callback-history__note">{attempt.note}</p> : undefined,
    });
  }
  callback.escalations.forEach((escalation, index) => {
    events.push({ key: `escalation-${index}`, at: escalation.at, text: t(`callbacks.history.${escalation.kind}`, { names: names(escalation.notified, t) }) });
  });
  callback.reschedules.forEach((move, index) => {
    const from = windowText({ windowStart: move.from.start, dueAt: move.from.end, dayPart: null });
    const to = windowText({ windowStart: move.to.start, dueAt: move.to.end, dayPart: null });
    const name = move.by?.displayName ?? t('callbacks.history.someone');
    events.push({
      key: `reschedule-${index}`,
      at: move.at,
      text:
        move.requestedBy === 'organization'
          ? t('callbacks.history.rescheduledByUs', { name, from, to })
          : t('callbacks.history.rescheduledByCustomer', { name, from, to }),
      detail: <p className="callback-history__note">{t('callbacks.history.reason', { reason: move.reason })}</p>,
    });
  });
  if (callback.status === 'completed') {
    events.push({
      key: 'completed',
      at: callback.completedAt ?? callback.updatedAt,
      text: t('callbacks.history.completed'),
      detail: callback.result ? <p className="callback-history__note">{callback.result}</p> : undefined,
    });
  }
  if (callback.status === 'cancelled') {
    events.push({
      key: 'cancelled',
      at: callback.completedAt ?? callback.updatedAt,
      text: t('callbacks.history.cancelled'),
      detail: callback.result ? <p className="callback-history__note">{callback.result}</p> : undefined,
    });
  }
  return events.sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
}

/** The history of one callback, oldest first. */
export function CallbackHistory({ callback }: { callback: CallbackDetail }) {
  const { t, i18n } = useTranslation();
  const windowText = useWindowText();
  const locale = intlLocale(i18n.language);
  return (
    <ol className="timeline__list callback-history">
      {historyOf(callback, t, windowText).map((event) => (
        <li key={event.key} className="timeline-item">
          <p className="callback-history__when">
            <time dateTime={new Date(event.at).toISOString()}>{formatDateTime(event.at, locale)}</time>
          </p>
          <p className="callback-history__text">{event.text}</p>
          {event.detail}
        </li>
      ))}
    </ol>
  );
}
