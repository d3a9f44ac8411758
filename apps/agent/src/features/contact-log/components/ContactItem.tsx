import { Badge, formatDateTime, intlLocale } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import type { Contact } from '@loket/web/api-client';

/** One contact moment: when, how, who, what was said and agreed. Internal notes only for staff. */
export function ContactItem({ contact, showTopic = true, showInternal = true }: { contact: Contact; showTopic?: boolean; showInternal?: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return (
    <article className="contact-item">
      <p className="contact-item__meta">
        <strong>{formatDateTime(contact.occurredAt, locale)}</strong>
        {' · '}
        {t(`labels.channel.${contact.channel}`)} ({t(`labels.direction.${contact.direction}`).toLocaleLowerCase()})
        {showTopic ? ` · ${contact.topic.name}` : null}
        {' · '}
        {contact.employee ? t('contacts.by', { name: contact.employee.displayName }) : t('contacts.byCustomer')}
      </p>
      <p className="contact-item__summary">{contact.summary}</p>
      <p className="contact-item__outcome">
        <Badge tone={contact.outcome === 'answered' ? 'success' : 'info'}>{t(`labels.outcome.${contact.outcome}`)}</Badge>
        {contact.followUp
          ? ` ${t('contacts.followUp', { channel: t(`labels.channel.${contact.followUp.channel}`).toLocaleLowerCase(), at: formatDateTime(contact.followUp.at, locale) })}`
          : null}
      </p>
      {showInternal && contact.internalNote ? (
        <p className="contact-item__internal">
          <strong>{contact.internalNoteSensitive ? t('contacts.internalSensitive') : t('contacts.internal')}</strong> {contact.internalNote}
        </p>
      ) : null}
    </article>
  );
}
