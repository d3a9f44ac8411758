import type { NotificationHours } from './sla';
import type { Callback } from './callbacks';
import type {
  AgeBand, Attitude, Channel, ContractStatus, CustomerKind, DigitalSkill, MarkerCode, PhoneLabel,
  SearchMatchKind, StaffRole, Vulnerability,
} from './enums';
import type { Case, Contact } from './contact-log';
import type { FieldErrorCode } from './error-codes';

/** RFC 9457 problem details, as every error of the API is returned. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  correlationId: string;
  /**
   * Per field: a stable `code` (map it to your own text), the API's `message` in the caller's language (Dutch unless
   * Accept-Language ranks `en` above `nl`), and a `suggestion` that would be accepted where there is an obvious one.
   */
  errors?: { field: string; code: FieldErrorCode; message: string; suggestion?: string }[];
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

// ---------- auth ----------
export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  kind: 'staff' | 'tenant';
  roles: StaffRole[];
  organization: { id: string; slug: string; name: string };
  /** Set for tenant accounts: the one customer this account belongs to. */
  customerId: string | null;
  /** When this person hears of missed response targets by e-mail. */
  notificationHours: NotificationHours;
}
export interface LoginResponse {
  accessToken: string;
  expiresAt: string;
  user: SessionUser;
}

// ---------- customers ----------
export interface Address {
  street: string;
  houseNumber: number;
  houseLetter: string | null;
  houseNumberAddition: string | null;
  postcode: string;
  city: string;
}
export interface PhoneNumber {
  /** E.164, e.g. +31612345678 */
  number: string;
  /** National display form, e.g. 06 12345678 */
  display: string;
  label: PhoneLabel;
}
export interface Marker {
  id: string;
  code: MarkerCode;
  /** Dutch name of the VERA code, e.g. "Agressie". */
  name: string;
  note: string;
  validFrom: string;
  validUntil: string | null;
  active: boolean;
  createdAt: string;
  createdBy: string | null;
}
export interface Customer {
  id: string;
  customerNumber: string;
  kind: CustomerKind;
  initials: string | null;
  firstName: string;
  namePrefix: string | null;
  lastName: string;
  /** Display name, e.g. "Jan de Vries". */
  fullName: string;
  birthDate: string | null;
  ageBand: AgeBand | null;
  email: string | null;
  phoneNumbers: PhoneNumber[];
  address: Address | null;
  preferredChannel: Channel | null;
  language: string;
  interpreterNeeded: boolean;
  digitalSkill: DigitalSkill | null;
  attitude: Attitude | null;
  vulnerabilities: Vulnerability[];
  markers: Marker[];
  createdAt: string;
  updatedAt: string;
  /** When the person was erased (AVG): name, contact details and free text are gone, the figures stay. */
  erasedAt?: string | null;
  /** The ERP's id of this relatie (idExtern, "ERP-nummer"); null when only Loket knows the customer. */
  externalId?: string | null;
}
export interface CustomerSearchHit {
  id: string;
  customerNumber: string;
  kind: CustomerKind;
  fullName: string;
  birthDate: string | null;
  address: Address | null;
  email: string | null;
  phone: string | null;
  /** Codes of the markers in force today. */
  activeMarkers: MarkerCode[];
  matchedOn: SearchMatchKind;
}

export interface Unit {
  id: string;
  externalId: string | null;
  address: Address;
  /** e.g. "Eengezinswoning", "Appartement" */
  unitType: string | null;
}
export interface Contract {
  id: string;
  externalId: string | null;
  contractNumber: string;
  status: ContractStatus;
  startDate: string;
  endDate: string | null;
  /** Monthly rent in euro cents. */
  rentCents: number | null;
  unit: Unit;
  /** This customer's role on the contract (VERA RELATIEROLSOORT: HUU huurder, MDH medehuurder). */
  role?: string | null;
}
/** The 360° picture of a customer (R1). */
export interface CustomerOverview {
  customer: Customer;
  contracts: Contract[];
  openCases: Case[];
  /** Callbacks still to make: who calls, and when. */
  openCallbacks: Callback[];
  recentContacts: Contact[];
}

// ---------- portal ----------
/**
 * What a tenant sees of their own record. Markers and the service segments (attitude,
 * vulnerabilities, digital skill) are staff working notes and never reach the portal.
 */
export type PortalCustomer = Omit<Customer, 'markers' | 'attitude' | 'vulnerabilities' | 'digitalSkill'>;
export interface PortalMe {
  customer: PortalCustomer;
  contracts: Contract[];
}

// ---------- ops ----------
