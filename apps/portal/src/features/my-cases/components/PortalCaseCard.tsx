import type { CaseStatus } from '@loket/shared/contracts';
import { Badge, formatDate, formatDateTime, intlLocale, type Tone } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import type { PortalCase, PortalContact } from '@loket/web/api-client';

const TONES: Record<CaseStatus, Tone> = { open: 'info', waiting_for_customer: 'warning', resolved: 'success', closed: 'neutral' };

function ContactLine({ contact }: { contact: PortalContact }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const who = contact.employee ? t('myCases.withEmployee', { name: contact.employee.displayName }) : t('myCases.viaPortal');
  return (
    <li className="portal-contact">
      <p className="portal-contact__meta">
        <strong>{formatDateTime(contact.occurredAt, locale)}</strong> · {t(`myCases.channel.${contact.channel}`)} · {who}
      </p>
      <p className="portal-contact__summary">{contact.summary}</p>
      {contact.direction === 'outbound' && contact.outcome === 'answered' && (contact.channel === 'email' || contact.channel === 'letter') ? (
        <p className="portal-contact__sent">{t(`answers.sent.${contact.channel}`)}</p>
      ) : null}
      {contact.followUp ? (
        <p className="portal-contact__follow-up">
          {t('myCases.followUp', {
            channel: t(`myCases.channel.${contact.followUp.channel}`).toLocaleLowerCase(),
            at: formatDateTime(contact.followUp.at, locale),
          })}
        </p>
      ) : null}
    </li>
  );
}

/** One of the tenant's questions: status, what happened (when, how, with whom) and the answer. */
export function PortalCaseCard({ item, headingLevel = 2 }: { item: PortalCase; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `vraag-${item.id}`;
  const contacts = [...item.contacts].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  return (
    <article className="lk-panel portal-case" aria-labelledby={headingId}>
      <div className="lk-panel__header">
        <Heading id={headingId}>{item.subject}</Heading>
        <Badge tone={TONES[item.status]}>{t(`myCases.status.${item.status}`)}</Badge>
      </div>
      <p className="portal-case__meta">
        {t('myCases.askedOn', { date: formatDate(item.openedAt, locale) })} · {t('myCases.topic', { topic: item.topic.name })}
        {item.owner ? ` · ${t('myCases.owner', { name: item.owner.displayName })}` : null}
      </p>
      {item.status === 'open' && (item.dueAt || item.firstResponseDueAt) ? (
        <p className="portal-case__expect">
          {item.dueAt
            ? t('myCases.expectAnswer', { at: formatDateTime(item.dueAt, locale) })
            : t('myCases.expectResponse', { at: formatDateTime(item.firstResponseDueAt, locale) })}
        </p>
      ) : null}
      {item.answerSummary && (item.status === 'resolved' || item.status === 'closed') ? (
        <div className="portal-case__answer">
          <h3>{t('myCases.answer')}</h3>
          <p>{item.answerSummary}</p>
        </div>
      ) : null}
      {contacts.length > 0 ? (
        <>
          <h3 className="portal-case__contacts-title">{t('myCases.contacts')}</h3>
          <ol className="portal-contacts">
            {contacts.map((contact) => (
              <ContactLine key={contact.id} contact={contact} />
            ))}
          </ol>
        </>
      ) : null}
    </article>
  );
}
