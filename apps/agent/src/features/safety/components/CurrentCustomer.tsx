import { SAFETY_MARKER_CODES } from '@loket/shared/contracts';
import type { Customer, CustomerRef } from '@loket/web/api-client';
import { SafetyFlag } from '@loket/web/ui';
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A customer record (the customer page) as rows name it: the safety markers in force, AGR before WAN. */
export function customerRef(customer: Pick<Customer, 'id' | 'fullName' | 'customerNumber' | 'markers'>): CustomerRef {
  const active = customer.markers.filter((m) => m.active).map((m) => m.code);
  return {
    id: customer.id, fullName: customer.fullName, customerNumber: customer.customerNumber,
    safetyMarkers: SAFETY_MARKER_CODES.filter((code) => active.includes(code)),
  };
}

const CurrentCustomerContext = createContext<CustomerRef | null>(null);

/**
 * The customer a part of the screen works for (the contact form and its knowledge panel on the
 * customer page): panels inside name them, with the safety flag, without passing it down by hand.
 */
export function CurrentCustomer({ customer, children }: { customer: CustomerRef | null | undefined; children: ReactNode }) {
  return <CurrentCustomerContext.Provider value={customer ?? null}>{children}</CurrentCustomerContext.Provider>;
}

export function useCurrentCustomer(): CustomerRef | null {
  return useContext(CurrentCustomerContext);
}

/**
 * "Voor Kees van den Berg ⚠ Agressie": whom a panel (the knowledge panel) is opened for, with the
 * safety flag, so a standard answer is never chosen blind to the warning. Nothing outside a customer.
 */
export function CurrentCustomerLine({ className }: { className?: string }) {
  const { t } = useTranslation();
  const customer = useCurrentCustomer();
  if (!customer) return null;
  return (
    <p className={['current-customer', className].filter(Boolean).join(' ')}>
      {t('safety.for')} <strong>{customer.fullName}</strong>
      <SafetyFlag codes={customer.safetyMarkers} />
    </p>
  );
}
