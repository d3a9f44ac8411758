import { Button } from '@loket/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, PhoneNumber } from '@loket/web/api-client';
import type { ContactFactsCustomer } from './ContactFacts';
import { ContactPanel } from './ContactPanel';

interface ContactSectionProps {
  customerId: string;
  openCases: readonly Case[];
  /** The customer's phone numbers, the preferred one first (for a callback). */
  phoneNumbers?: readonly PhoneNumber[];
  /** The customer's facts, kept in view beside the form. */
  customer?: ContactFactsCustomer;
}

/** The "Contact vastleggen" panel on the customer page: one button opens it, the channel field gets the focus. */
export function ContactSection({ customerId, openCases, phoneNumbers, customer }: ContactSectionProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <section className="lk-panel contact-section" aria-labelledby="contact-vastleggen-titel">
      <div className="lk-panel__header">
        <h2 id="contact-vastleggen-titel">{t('contact.title')}</h2>
        <Button variant={open ? 'subtle' : 'primary'} aria-expanded={open} aria-controls="contact-vastleggen" onClick={() => setOpen((value) => !value)}>
          {open ? t('contact.close') : t('contact.open')}
        </Button>
      </div>
      <div id="contact-vastleggen" hidden={!open}>
        {open ? <ContactPanel customerId={customerId} openCases={openCases} phoneNumbers={phoneNumbers} customer={customer} /> : null}
      </div>
    </section>
  );
}
