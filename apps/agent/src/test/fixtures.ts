import type { Callback, CallbackDetail, CaseWithContacts, Customer, CustomerSearchHit, Marker, SlaCalendar, SlaPolicies, Team, Topic } from '@loket/web/api-client';

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
    externalId: null,
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

/** GET /sla/calendar of Woonstichting De Linde: Mon–Thu 08:30–17:00, Fri 08:30–12:00, Good Friday open, Liberation Day in lustrum years. */
export function lindeCalendar(overrides: Partial<SlaCalendar> = {}): SlaCalendar {
  return {
    timeZone: 'Europe/Amsterdam',
    openingHours: {
      mon: [['08:30', '17:00']], tue: [['08:30', '17:00']], wed: [['08:30', '17:00']], thu: [['08:30', '17:00']], fri: [['08:30', '12:00']],
      sat: [], sun: [],
    },
    publicHolidays: { country: 'NL', goodFriday: 'open', liberationDay: 'lustrum_years' },
    closingDays: [],
    holidays: [
      { date: '2026-12-25', name: 'Eerste Kerstdag' },
      { date: '2026-12-26', name: 'Tweede Kerstdag' },
      { date: '2027-01-01', name: 'Nieuwjaarsdag' },
    ],
    updatedAt: '2026-11-01T09:00:00+01:00',
    ...overrides,
  };
}

export const topicsFixture: Topic[] = [
  { id: 't-rep', code: 'reparatie', name: 'Reparatie en onderhoud', sensitive: false, active: true },
  { id: 't-ovl', code: 'overlast', name: 'Overlast', sensitive: true, active: true },
];

/** The default targets (ARCHITECTURE.md), with a same-day callback for nuisance reports by phone. */
export function lindePolicies(): SlaPolicies {
  const days = (n: number) => ({ type: 'working_days', days: n }) as const;
  return {
    items: [
      { channel: 'phone', topic: null, firstResponse: days(1), resolution: null },
      { channel: 'email', topic: null, firstResponse: days(1), resolution: days(5) },
      { channel: 'letter', topic: null, firstResponse: null, resolution: days(5) },
      { channel: 'phone', topic: { id: 't-ovl', code: 'overlast', name: 'Overlast' }, firstResponse: { type: 'business_hours', hours: 4 }, resolution: null },
    ],
    updatedAt: '2026-11-01T09:00:00+01:00',
  };
}

/** An open question about a leak, with its response clock. */
export function openCase(overrides: Partial<CaseWithContacts> = {}): CaseWithContacts {
  return {
    id: 'case-1', customerId: 'c-kees', customer: { id: 'c-kees', fullName: 'Kees van den Berg', customerNumber: '100002', safetyMarkers: [] }, subject: 'Lekkage badkamer', topic: { id: 't-rep', code: 'reparatie', name: 'Reparatie en onderhoud' },
    status: 'open', ownerId: 'u1', owner: { id: 'u1', displayName: 'Anouk Klantcontact' }, contactCount: 1, resolvedInFirstContact: null,
    answerSummary: null, firstResponseDueAt: null, dueAt: null, sla: null, openedAt: '2026-12-03T09:00:00+01:00', resolvedAt: null, closedAt: null,
    updatedAt: '2026-12-03T09:00:00+01:00', contacts: [],
    team: null, forwardedBy: null, forwardedAt: null, events: [],
    ...overrides,
  };
}

export const anouk = { id: 'u1', displayName: 'Anouk Klantcontact' };
export const teamlead = { id: 'u2', displayName: 'Tom Teamleider' };

/** Team "Klantcontact": lead Tom, members Anouk and Tom, manager Mira. */
export const klantcontact: Team = {
  id: 'team-kc', name: 'Klantcontact', lead: teamlead, manager: { id: 'u3', displayName: 'Mira Manager' }, members: [anouk, teamlead],
};

/**
 * A callback to Sanne de Vries about a leak, agreed for tomorrow morning (Friday 4 December 2026,
 * 08:30–12:00 in Amsterdam), assigned to Anouk.
 */
export function callbackFixture(overrides: Partial<Callback> = {}): Callback {
  return {
    id: 'cb-1', customerId: 'c-sanne', customerName: 'Sanne de Vries', customer: { id: 'c-sanne', fullName: 'Sanne de Vries', customerNumber: '100001', safetyMarkers: [] }, caseId: 'case-1', caseSubject: 'Lekkage badkamer',
    phoneNumber: '+31612345678', reason: 'Wij bellen over de lekkage onder het bad.', assignee: anouk, team: { id: 'team-kc', name: 'Klantcontact' },
    status: 'scheduled', windowStart: '2026-12-04T07:30:00.000Z', dueAt: '2026-12-04T11:00:00.000Z', dayPart: 'OCH', escalationLevel: 0,
    attemptCount: 0, newExpectationAt: null, result: null, completedAt: null, cancelReason: null, createdBy: anouk, requestedByCustomer: false,
    createdAt: '2026-12-03T08:50:00.000Z', updatedAt: '2026-12-03T08:50:00.000Z',
    ...overrides,
  };
}

export function callbackDetailFixture(overrides: Partial<CallbackDetail> = {}): CallbackDetail {
  return { ...callbackFixture(), attempts: [], escalations: [], reschedules: [], ...overrides };
}
