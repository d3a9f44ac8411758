import { MARKER_NAMES_NL, SAFETY_MARKER_CODES, type Address, type Contract, type Customer, type Marker, type MarkerCode } from '@loket/shared/contracts';
import { ageBand, displayPhone, displayPostcode, fullName, todayInAmsterdam } from './normalize';

/** The columns and sub-selects that make one customer, in one round trip. `c` is the customers row. */
export const CUSTOMER_JSON_SQL = `
  c.*,
  COALESCE((SELECT json_agg(json_build_object('e164', p.e164, 'label', p.label) ORDER BY p.position)
              FROM customer_phone_numbers p WHERE p.customer_id = c.id), '[]') AS phones,
  COALESCE((SELECT json_agg(json_build_object('id', m.id, 'code', m.code, 'note', m.note, 'valid_from', m.valid_from,
                    'valid_until', m.valid_until, 'created_at', m.created_at, 'created_by', m.created_by) ORDER BY m.valid_from DESC, m.created_at DESC)
              FROM customer_markers m WHERE m.customer_id = c.id), '[]') AS marker_rows`;

export const CONTRACTS_JSON_SQL = `
  COALESCE((SELECT json_agg(json_build_object('id', k.id, 'external_id', k.external_id, 'contract_number', k.contract_number,
                    'start_date', k.start_date, 'end_date', k.end_date, 'rent_cents', k.rent_cents,
                    'unit', json_build_object('id', u.id, 'external_id', u.external_id, 'street', u.street, 'house_number', u.house_number,
                      'house_letter', u.house_letter, 'house_number_addition', u.house_number_addition, 'postcode', u.postcode,
                      'city', u.city, 'unit_type', u.unit_type)) ORDER BY k.start_date DESC)
              FROM contracts k JOIN units u ON u.id = k.unit_id WHERE k.customer_id = c.id), '[]') AS contract_rows`;

export interface CustomerRow {
  id: string;
  customer_number: string;
  kind: Customer['kind'];
  initials: string | null;
  first_name: string;
  name_prefix: string | null;
  last_name: string;
  birth_date: string | null;
  email: string | null;
  street: string | null;
  house_number: number | null;
  house_letter: string | null;
  house_number_addition: string | null;
  postcode: string | null;
  city: string | null;
  preferred_channel: Customer['preferredChannel'];
  language: string;
  interpreter_needed: boolean;
  digital_skill: Customer['digitalSkill'];
  attitude: Customer['attitude'];
  vulnerabilities: Customer['vulnerabilities'];
  created_at: Date;
  updated_at: Date;
  erased_at?: Date | null;
  phones?: { e164: string; label: Customer['phoneNumbers'][number]['label'] }[];
  marker_rows?: { id: string; code: MarkerCode; note: string; valid_from: string; valid_until: string | null; created_at: string; created_by: string | null }[];
  contract_rows?: ContractJsonRow[];
}

interface AddressColumns {
  street: string | null;
  house_number: number | null;
  house_letter: string | null;
  house_number_addition: string | null;
  postcode: string | null;
  city: string | null;
}

export interface ContractJsonRow {
  id: string;
  external_id: string | null;
  contract_number: string;
  start_date: string;
  end_date: string | null;
  rent_cents: number | null;
  unit: AddressColumns & { id: string; external_id: string | null; unit_type: string | null };
}

export function toAddress(r: AddressColumns): Address | null {
  if (!r.street || r.house_number == null || !r.postcode || !r.city) return null;
  return {
    street: r.street,
    houseNumber: r.house_number,
    houseLetter: r.house_letter,
    houseNumberAddition: r.house_number_addition,
    postcode: displayPostcode(r.postcode),
    city: r.city,
  };
}

/** Markers in force today first, safety markers (AGR, WAN) at the very top. */
export function toMarkers(rows: NonNullable<CustomerRow['marker_rows']>, today = todayInAmsterdam()): Marker[] {
  const markers = rows.map((m) => ({
    id: m.id,
    code: m.code,
    name: MARKER_NAMES_NL[m.code],
    note: m.note,
    validFrom: m.valid_from,
    validUntil: m.valid_until,
    active: m.valid_from <= today && (m.valid_until === null || m.valid_until >= today),
    createdAt: new Date(m.created_at).toISOString(),
    createdBy: m.created_by,
  }));
  const rank = (m: Marker) => (m.active ? 0 : 2) + (SAFETY_MARKER_CODES.includes(m.code) ? 0 : 1);
  return markers.sort((a, b) => rank(a) - rank(b));
}

export function toCustomer(r: CustomerRow): Customer {
  return {
    id: r.id,
    customerNumber: r.customer_number,
    kind: r.kind,
    initials: r.initials,
    firstName: r.first_name,
    namePrefix: r.name_prefix,
    lastName: r.last_name,
    fullName: fullName(r.first_name, r.name_prefix, r.last_name),
    birthDate: r.birth_date,
    ageBand: ageBand(r.birth_date),
    email: r.email,
    phoneNumbers: (r.phones ?? []).map((p) => ({ number: p.e164, display: displayPhone(p.e164), label: p.label })),
    address: toAddress(r),
    preferredChannel: r.preferred_channel,
    language: r.language,
    interpreterNeeded: r.interpreter_needed,
    digitalSkill: r.digital_skill,
    attitude: r.attitude,
    vulnerabilities: r.vulnerabilities,
    markers: toMarkers(r.marker_rows ?? []),
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
    erasedAt: r.erased_at ? new Date(r.erased_at).toISOString() : null,
  };
}

export function toContract(k: ContractJsonRow, today = todayInAmsterdam()): Contract {
  return {
    id: k.id,
    externalId: k.external_id,
    contractNumber: k.contract_number,
    status: k.start_date > today ? 'future' : k.end_date !== null && k.end_date < today ? 'ended' : 'active',
    startDate: k.start_date,
    endDate: k.end_date,
    rentCents: k.rent_cents,
    unit: {
      id: k.unit.id,
      externalId: k.unit.external_id,
      address: toAddress(k.unit) as Address,
      unitType: k.unit.unit_type,
    },
  };
}
