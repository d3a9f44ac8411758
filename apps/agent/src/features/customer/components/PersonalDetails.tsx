import { AddressLines, ageBandFor, ageInYears, DescriptionList, formatDate, intlLocale, Panel, PhoneNumbers } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import type { Customer } from '@loket/web/api-client';

export function PersonalDetails({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const unknown = <span className="muted">{t('customer.personal.unknown')}</span>;
  const age = ageInYears(customer.birthDate);
  const band = customer.ageBand ?? ageBandFor(age);
  const birth = formatDate(customer.birthDate, locale);
  // "12 maart 1958 (67 jaar, senior)"
  const ageParts = [age !== null ? t('customer.personal.age', { age }) : null, band ? t(`labels.ageBand.${band}`) : null];
  const ageText = ageParts.filter(Boolean).join(', ');
  const ageSuffix = ageText ? ` (${ageText})` : '';

  return (
    <Panel title={t('customer.personal.title')}>
      <DescriptionList
        items={[
          { term: t('customer.personal.name'), description: customer.fullName },
          ...(customer.initials ? [{ term: t('customer.personal.initials'), description: customer.initials }] : []),
          {
            term: t('customer.personal.birthDate'),
            description: birth ? `${birth}${ageSuffix}` : unknown,
          },
          {
            term: t('customer.personal.phone'),
            description: customer.phoneNumbers.length > 0 ? <PhoneNumbers phones={customer.phoneNumbers} dial /> : unknown,
          },
          {
            term: t('customer.personal.email'),
            description: customer.email ? <a href={`mailto:${customer.email}`}>{customer.email}</a> : unknown,
          },
          {
            term: t('customer.personal.address'),
            description: customer.address ? <AddressLines address={customer.address} /> : unknown,
          },
          { term: t('customer.personal.kind'), description: t(`labels.kind.${customer.kind}`) },
        ]}
      />
    </Panel>
  );
}
