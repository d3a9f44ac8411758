import { contract, sessionUser } from '@loket/web/testing';
import type { PortalCustomer, PortalMe } from '@loket/web/api-client';

export function sanne(overrides: Partial<PortalCustomer> = {}): PortalCustomer {
  return {
    id: 'c-sanne',
    customerNumber: '100001',
    externalId: null,
    kind: 'tenant',
    initials: 'S.',
    firstName: 'Sanne',
    namePrefix: 'de',
    lastName: 'Vries',
    fullName: 'Sanne de Vries',
    birthDate: '1990-06-01',
    ageBand: 'middle',
    email: 'huurder@linde.demo',
    phoneNumbers: [{ number: '+31612345678', display: '06 12345678', label: 'mobile' }],
    address: { street: 'Lindelaan', houseNumber: 12, houseLetter: 'A', houseNumberAddition: null, postcode: '5161AB', city: 'Sprang-Capelle' },
    preferredChannel: 'portal',
    language: 'nl',
    interpreterNeeded: false,
    createdAt: '2020-01-01T00:00:00Z',
    updatedAt: '2020-01-01T00:00:00Z',
    ...overrides,
  };
}

export function portalMe(customer: PortalCustomer = sanne()): PortalMe {
  return { customer, contracts: [contract()] };
}

export const tenantUser = sessionUser('tenant', { id: 'u-sanne', email: 'huurder@linde.demo', displayName: 'Sanne de Vries', customerId: 'c-sanne' });
