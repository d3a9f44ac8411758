import type { CaseHistoryEvent, Contact } from '@loket/web/api-client';
import { formatDateTime, intlLocale } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import { ContactItem } from './ContactItem';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What happened to the question, in words: "Doorgezet naar Technisch beheer door Anouk", with the hand-off note. */
function CaseEventItem({ event }: { event: CaseHistoryEvent }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const by = event.by?.displayName ? ` ${t('timeline.by', { name: event.by.displayName })}` : '';
  // `to` names the team or colleague; an id alone says nothing to a person.
  const to = event.to && !UUID.test(event.to) ? event.to : null;
  const status = (value: string | null) => (value ? t(`labels.caseStatus.${value}`, { defaultValue: value }) : '');
  const texts: Record<string, string> = {
    opened: t('forward.events.opened'),
    status_changed: t('forward.events.statusChanged', { from: status(event.from), to: status(event.to) }),
    owner_changed: t('forward.events.ownerChanged'),
    resolved: t('forward.events.resolved'),
    reopened: t('forward.events.reopened'),
    forwarded: to ? t('forward.events.forwardedTo', { to }) : t('forward.events.forwarded'),
    claimed: t('forward.events.claimed'),
  };
  return (
    <article className="contact-item case-event">
      <p className="contact-item__meta">
        <strong>{formatDateTime(event.at, locale)}</strong>
      </p>
      <p className="timeline-item__event">{`${texts[event.type] ?? event.type}${by}.`}</p>
      {event.note ? (
        <p className="contact-item__internal">
          <strong>{t('forward.events.note')}</strong> {event.note}
        </p>
      ) : null}
    </article>
  );
}

/**
 * The question's time line, oldest first: its contacts and what happened to it (hand-offs with
 * their notes, claims, status changes). Opening is left out: the first contact says as much.
 */
export function CaseTimeline({ contacts, events }: { contacts: readonly Contact[]; events: readonly CaseHistoryEvent[] }) {
  const entries = [
    ...contacts.map((contact) => ({ at: contact.occurredAt, key: `c-${contact.id}`, contact, event: null })),
    ...events.filter((event) => event.type !== 'opened').map((event) => ({ at: event.at, key: `e-${event.id}`, contact: null, event })),
  ].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
  return (
    <ol className="timeline__list">
      {entries.map((entry) => (
        <li key={entry.key} className={`timeline-item timeline-item--${entry.contact ? 'contact' : 'case_event'}`}>
          {entry.contact ? <ContactItem contact={entry.contact} showTopic={false} /> : entry.event ? <CaseEventItem event={entry.event} /> : null}
        </li>
      ))}
    </ol>
  );
}
