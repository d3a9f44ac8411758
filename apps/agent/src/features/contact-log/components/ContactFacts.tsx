import { SAFETY_MARKER_CODES } from '@loket/shared/contracts';
import type { Case, Customer } from '@loket/web/api-client';
import { AddressLines, SafetyFlag } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';

/** What the agent needs to see of the customer while recording a contact. */
export type ContactFactsCustomer = Pick<Customer, 'fullName' | 'address' | 'preferredChannel' | 'markers'>;

/**
 * The customer's facts beside "Contact vastleggen" (R1, R3): name with the safety warning,
 * address, preferred channel and open questions, so the agent need not scroll away while typing.
 */
export function ContactFacts({ customer, openCases }: { customer: ContactFactsCustomer; openCases: readonly Case[] }) {
  const { t } = useTranslation();
  const safety = customer.markers.filter((m) => m.active && SAFETY_MARKER_CODES.includes(m.code)).map((m) => m.code);
  return (
    <aside className="contact-facts" aria-label={t('contact.facts.title')}>
      <h3 className="contact-facts__name">
        {customer.fullName} <SafetyFlag codes={safety} />
      </h3>
      <dl className="contact-facts__list">
        <dt>{t('contact.facts.address')}</dt>
        <dd>{customer.address ? <AddressLines address={customer.address} /> : t('contact.facts.unknown')}</dd>
        <dt>{t('contact.facts.preferredChannel')}</dt>
        <dd>{customer.preferredChannel ? t(`labels.channel.${customer.preferredChannel}`) : t('contact.facts.unknown')}</dd>
        <dt>{t('contact.facts.openCases', { count: openCases.length })}</dt>
        <dd>
          {openCases.length === 0 ? (
            t('contact.facts.noOpenCases')
          ) : (
            <ul className="contact-facts__cases">
              {openCases.map((item) => (
                <li key={item.id}>
                  {item.subject} <span className="muted">({t(`labels.caseStatus.${item.status}`)})</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </aside>
  );
}
