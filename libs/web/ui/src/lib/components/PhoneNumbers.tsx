import { useTranslation } from 'react-i18next';
import type { PhoneNumber } from '@loket/web/api-types';

/**
 * Phone numbers, one a line with their kind: "06 12345678 (mobiel)". With `dial`, each number
 * is a tel: link. Texts: `labels.phoneLabel.*` from the app.
 */
export function PhoneNumbers({ phones, dial = false }: { phones: readonly PhoneNumber[]; dial?: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list">
      {phones.map((phone) => (
        <li key={phone.number}>
          {dial ? <a href={`tel:${phone.number}`}>{phone.display}</a> : phone.display} ({t(`labels.phoneLabel.${phone.label}`).toLowerCase()})
        </li>
      ))}
    </ul>
  );
}
