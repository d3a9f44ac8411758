import type { Customer, CustomerSearchHit, Marker } from '@loket/shared/contracts';

export function marker(overrides: Partial<Marker> & Pick<Marker, 'code'>): Marker {
  return {
    id: `m-${overrides.code}-${Math.random().toString(36).slice(2, 8)}`,
    name: overrides.code,
    note: '',
    validFrom: '2024-03-01T09:00:00+01:00',
    validUntil: null,
    active: true,
    createdAt: '2024-03-01T09:00:00+01:00',
    createdBy: null,
    ...overrides,
  };
}

export function customer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 'c-kees',
    customerNumber: '100002',
    kind: 'tenant',
    initials: 'K.',
    firstName: 'Kees',
    namePrefix: 'van den',
    lastName: 'Berg',
    fullName: 'Kees van den Berg',
    birthDate: '1958-03-12',
    ageBand: 'senior',
    email: 'kees@example.nl',
    phoneNumbers: [{ number: '+31623456789', display: '06 23456789', label: 'mobile' }],
    address: { street: 'Lindelaan', houseNumber: 14, houseLetter: null, houseNumberAddition: null, postcode: '5161AB', city: 'Sprang-Capelle' },
    preferredChannel: 'phone',
    language: 'nl',
    interpreterNeeded: false,
    digitalSkill: 'sometimes',
    attitude: null,
    vulnerabilities: [],
    markers: [],
    createdAt: '2020-01-01T00:00:00Z',
    updatedAt: '2020-01-01T00:00:00Z',
    ...overrides,
  };
}

export function hit(overrides: Partial<CustomerSearchHit> = {}): CustomerSearchHit {
  return {
    id: 'c-kees',
    customerNumber: '100002',
    kind: 'tenant',
    fullName: 'Kees van den Berg',
    birthDate: '1958-03-12',
    address: { street: 'Lindelaan', houseNumber: 14, houseLetter: null, houseNumberAddition: null, postcode: '5161AB', city: 'Sprang-Capelle' },
    email: null,
    phone: '06 23456789',
    activeMarkers: [],
    matchedOn: 'postcode',
    ...overrides,
  };
}
