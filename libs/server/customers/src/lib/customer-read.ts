import { MARKER_NAMES_NL, SAFETY_MARKER_CODES } from '@loket/shared/contracts';
import type { AddressResponseDto, ContractDto, CustomerDto, MarkerDto } from './dto/customer.dto';
import { ageBand, displayPhone, displayPostcode, fullName, todayInAmsterdam } from './normalize';
import type { AddressColumns, ContractJsonRow, CustomerRow, MarkerRow } from './customers.repository';

export type { ContractJsonRow, CustomerRow } from './customers.repository';


export function toAddress(r: AddressColumns): AddressResponseDto | null {
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
export function toMarkers(rows: MarkerRow[], today = todayInAmsterdam()): MarkerDto[] {
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
  const rank = (m: MarkerDto) => (m.active ? 0 : 2) + (SAFETY_MARKER_CODES.includes(m.code) ? 0 : 1);
  return markers.sort((a, b) => rank(a) - rank(b));
}

export function toCustomer(r: CustomerRow): CustomerDto {
  return {
    id: r.id,
    customerNumber: r.customer_number,
    externalId: r.external_id ?? null,
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

export function toContract(k: ContractJsonRow, today = todayInAmsterdam()): ContractDto {
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
      address: toAddress(k.unit) as AddressResponseDto,
      unitType: k.unit.unit_type,
    },
    role: k.role ?? null,
  };
}
