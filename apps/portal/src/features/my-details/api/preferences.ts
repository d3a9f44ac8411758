import type { PortalCustomer, UpdatePreferencesRequest } from '@loket/web/api-client';
import type { PreferencesValues } from '../hooks/usePreferencesSchema';

/** The form's starting values: what we know now, and always at least one phone row. */
export function preferencesFormValues(customer: PortalCustomer): PreferencesValues {
  return {
    preferredChannel: customer.preferredChannel ?? '',
    email: customer.email ?? '',
    phoneNumbers:
      customer.phoneNumbers.length > 0
        ? customer.phoneNumbers.map((phone) => ({ number: phone.display, label: phone.label }))
        : [{ number: '', label: 'mobile' }],
  };
}

/**
 * Only what the tenant changed goes to the API (PATCH), so an untouched field is never
 * rewritten. Returns null when nothing changed.
 */
export function toPreferencesRequest(customer: PortalCustomer, values: PreferencesValues): UpdatePreferencesRequest | null {
  const before = preferencesFormValues(customer);
  const request: UpdatePreferencesRequest = {};
  if (values.preferredChannel !== before.preferredChannel) {
    request.preferredChannel = values.preferredChannel as UpdatePreferencesRequest['preferredChannel'];
  }
  const email = values.email.trim();
  if (email !== before.email) request.email = email === '' ? null : email;

  const phones = values.phoneNumbers
    .map((phone) => ({ number: phone.number.trim(), label: phone.label }))
    .filter((phone) => phone.number !== '');
  const beforePhones = before.phoneNumbers.filter((phone) => phone.number !== '');
  if (JSON.stringify(phones) !== JSON.stringify(beforePhones)) request.phoneNumbers = phones;

  return Object.keys(request).length > 0 ? request : null;
}

/** Maps an API field name ("phoneNumbers[1].number", "phoneNumbers.1.number", "email") to a form field. */
export function formFieldFor(apiField: string): 'preferredChannel' | 'email' | `phoneNumbers.${number}.number` | null {
  if (apiField === 'preferredChannel' || apiField === 'email') return apiField;
  const phone = /^phoneNumbers(?:[.[](\d+)]?)?/.exec(apiField);
  if (phone) return `phoneNumbers.${Number(phone[1] ?? 0)}.number`;
  return null;
}
