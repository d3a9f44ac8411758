import { EmptyState, Panel } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import type { Case, Contact, CustomerOverview } from '@loket/web/api-client';
import { OpenCallbacks } from '../../callbacks';
import { CaseList, ContactItem } from '../../contact-log';

/**
 * What is going on (R1): open questions, callbacks (who calls, and when) and recent contacts.
 */
export function OpenItems({ overview }: { overview: CustomerOverview }) {
  const { t } = useTranslation();
  const openCases = overview.openCases as Case[];
  const recentContacts = overview.recentContacts as Contact[];
  const empty = (text: string) => (
    <EmptyState>
      <p>{text}</p>
    </EmptyState>
  );
  return (
    <>
      <Panel title={t('customer.openCases.title')}>
        {openCases.length === 0 ? empty(t('customer.openCases.empty')) : <CaseList cases={openCases} customerId={overview.customer.id} />}
      </Panel>
      <Panel title={t('customer.openCallbacks.title')}>
        {overview.openCallbacks.length === 0 ? empty(t('customer.openCallbacks.empty')) : <OpenCallbacks callbacks={overview.openCallbacks} />}
      </Panel>
      <Panel title={t('customer.recentContacts.title')}>
        {recentContacts.length === 0 ? (
          empty(t('customer.recentContacts.empty'))
        ) : (
          <ol className="timeline__list">
            {recentContacts.map((contact) => (
              <li key={contact.id} className="timeline-item">
                <ContactItem contact={contact} />
              </li>
            ))}
          </ol>
        )}
      </Panel>
    </>
  );
}
