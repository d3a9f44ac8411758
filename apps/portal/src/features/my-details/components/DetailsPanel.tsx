import { AddressLines, DescriptionList, Panel, PhoneNumbers } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import type { PortalCustomer } from '@loket/web/api-client';

/** What the corporation knows about the tenant. Internal working notes never appear here. */
export function DetailsPanel({ customer }: { customer: PortalCustomer }) {
  const { t } = useTranslation();
  const unknown = t('myDetails.details.unknown');
  return (
    <Panel title={t('myDetails.details.title')}>
      <DescriptionList
        items={[
          { term: t('myDetails.details.name'), description: customer.fullName },
          { term: t('myDetails.details.customerNumber'), description: customer.customerNumber },
          {
            term: t('myDetails.details.address'),
            description: customer.address ? <AddressLines address={customer.address} /> : unknown,
          },
          { term: t('myDetails.details.email'), description: customer.email ?? unknown },
          {
            term: t('myDetails.details.phone'),
            description: customer.phoneNumbers.length > 0 ? <PhoneNumbers phones={customer.phoneNumbers} /> : unknown,
          },
          {
            term: t('myDetails.details.preferredChannel'),
            description: customer.preferredChannel ? t(`labels.channel.${customer.preferredChannel}`) : unknown,
          },
        ]}
      />
      <p className="hint-text">{t('myDetails.details.somethingWrong')}</p>
    </Panel>
  );
}
