import { type FieldError } from '@loket/server/platform';
import {
  normalizePhone, normalizePostcode, type ExternalAddress, type ExternalContractInput, type ExternalCustomerInput, type ExternalUnitInput, type FieldChanges,
  type IfVersion, type UpsertRejection,
} from '@loket/server/customers';
import { veraNaam, type VeraCode } from '@loket/shared/contracts';
import type { AdresDto, EenheidUpsertDto, FieldChangeDto, HuurovereenkomstUpsertDto, RelatieUpsertDto } from './erp.dto';

/** The three kinds of record an ERP upserts, by the word in their path and on a batch line. */
export type RecordKind = 'customer' | 'unit' | 'contract';
export const RECORD_KINDS: readonly RecordKind[] = ['customer', 'unit', 'contract'];

/** The scope a client needs to write each kind. */
export const WRITE_SCOPE = { customer: 'relaties.write', unit: 'vastgoed.write', contract: 'overeenkomsten.write' } as const satisfies Record<RecordKind, string>;

/** An idExtern: the ERP's key, 1–64 printable characters without a slash. */
export const ID_EXTERN = /^[^\s/\\?#%\u0000-\u001f]{1,64}$/;

/** Loket's field names (of the customers module) → VERA's. */
const VERA_FIELDS: Record<RecordKind, Record<string, string>> = {
  customer: {
    externalId: 'idExtern', customerNumber: 'code', initials: 'voorletters', firstName: 'voornaam', namePrefix: 'tussenvoegsels', lastName: 'achternaam',
    birthDate: 'geboortedatum', email: 'emailadres', phones: 'telefoonnummers', street: 'adres.straatnaam', houseNumber: 'adres.huisnummer',
    houseLetter: 'adres.huisletter', houseNumberAddition: 'adres.huisnummerToevoeging', postcode: 'adres.postcode', city: 'adres.woonplaats',
    householdRole: 'rol', endDate: 'einddatum',
  },
  unit: {
    externalId: 'idExtern', unitKind: 'soort', unitDetailKind: 'detailSoort', unitType: 'naam', street: 'adres.straatnaam', houseNumber: 'adres.huisnummer',
    houseLetter: 'adres.huisletter', houseNumberAddition: 'adres.huisnummerToevoeging', postcode: 'adres.postcode', city: 'adres.woonplaats', endDate: 'einddatum',
  },
  contract: {
    externalId: 'idExtern', contractNumber: 'code', unit: 'eenheid.idExtern', parties: 'relaties', startDate: 'begindatum', endDate: 'einddatum', rentCents: 'brutohuur',
  },
};

export function veraField(kind: RecordKind, field: string): string {
  const m = /^parties\[(\d+)\]$/.exec(field);
  if (m) return `relaties[${m[1]}].idExtern`;
  if (field === 'unit') return 'eenheid.idExtern';
  return VERA_FIELDS[kind][field] ?? field;
}

const euro = (cents: unknown) => (typeof cents === 'number' ? cents / 100 : cents);
const veraValue = (kind: RecordKind, field: string, value: unknown): unknown => {
  if (kind === 'contract' && field === 'rentCents') return euro(value);
  if (kind === 'contract' && field === 'parties' && Array.isArray(value)) return value.map((p: { externalId: string; role: string }) => ({ idExtern: p.externalId, rol: p.role }));
  return value;
};

/** A record's changes as the API shows them: VERA's field names, euro for rent. */
export function veraChanges(kind: RecordKind, changes: FieldChanges): FieldChangeDto[] {
  return Object.entries(changes).map(([field, [old, now]]) => ({ veld: veraField(kind, field), oud: veraValue(kind, field, old), nieuw: veraValue(kind, field, now) }));
}

/** A rejection's fields in VERA's names, under `prefix` (`data.` on a batch line). */
export function veraRejection(kind: RecordKind, r: UpsertRejection, prefix = ''): UpsertRejection {
  return { ...r, errors: r.errors.map((e) => ({ ...e, field: `${prefix}${veraField(kind, e.field)}` })) };
}

function address(a: AdresDto, field: string, errors: FieldError[]): ExternalAddress {
  const postcode = normalizePostcode(a.postcode);
  if (!postcode) errors.push({ field: `${field}.postcode`, code: 'not_a_postcode' });
  const blank = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);
  return {
    street: a.straatnaam.trim(), houseNumber: a.huisnummer, houseLetter: a.huisletter ? a.huisletter.toUpperCase() : null,
    houseNumberAddition: blank(a.huisnummerToevoeging), postcode: postcode ?? '', city: a.woonplaats.trim(),
  };
}

const blankToNull = (v: string | null | undefined) => (v && v.trim() ? v.trim() : null);

function endNotBefore(start: string | null | undefined, end: string | null | undefined, startField: string, prefix: string, errors: FieldError[]): void {
  if (start && end && end < start) errors.push({ field: `${prefix}einddatum`, code: 'before_other', params: { other: startField } });
}

export type Mapped<T> = { input: T; errors: [] } | { input: undefined; errors: FieldError[] };
const done = <T>(input: T, errors: FieldError[]): Mapped<T> => (errors.length ? { input: undefined, errors } : { input, errors: [] });

/** A relatie (validated DTO) as the customers module's input: phones in E.164, postcode normalized, e-mail lower case. */
export function toCustomerInput(idExtern: string, d: RelatieUpsertDto, ifVersion: IfVersion, prefix = ''): Mapped<ExternalCustomerInput> {
  const errors: FieldError[] = [];
  const phones: string[] = [];
  (d.telefoonnummers ?? []).forEach((n, i) => {
    const e164 = normalizePhone(n);
    if (!e164) errors.push({ field: `${prefix}telefoonnummers[${i}]`, code: 'not_a_phone_number' });
    else if (!phones.includes(e164)) phones.push(e164);
  });
  const adres = d.adres ? address(d.adres, `${prefix}adres`, errors) : null;
  return done({
    externalId: idExtern, customerNumber: blankToNull(d.code)?.toUpperCase() ?? null, initials: blankToNull(d.voorletters), firstName: d.voornaam.trim(),
    namePrefix: blankToNull(d.tussenvoegsels), lastName: d.achternaam.trim(), birthDate: d.geboortedatum ?? null, email: d.emailadres?.trim().toLowerCase() ?? null,
    phones, address: adres, householdRole: d.rol ?? null, endDate: d.einddatum ?? null, ifVersion,
  }, errors);
}

export function toUnitInput(idExtern: string, d: EenheidUpsertDto, ifVersion: IfVersion, prefix = ''): Mapped<ExternalUnitInput> {
  const errors: FieldError[] = [];
  const adres = address(d.adres, `${prefix}adres`, errors);
  const name = d.detailSoort ? veraNaam('EENHEIDDETAILSOORT', d.detailSoort) : veraNaam('EENHEIDSOORT', d.soort);
  return done({
    externalId: idExtern, address: adres, unitKind: d.soort, unitDetailKind: d.detailSoort ?? null, unitTypeName: name.slice(0, 60), endDate: d.einddatum ?? null, ifVersion,
  }, errors);
}

export function toContractInput(idExtern: string, d: HuurovereenkomstUpsertDto, ifVersion: IfVersion, prefix = ''): Mapped<ExternalContractInput> {
  const errors: FieldError[] = [];
  endNotBefore(d.begindatum, d.einddatum, 'begindatum', prefix, errors);
  const seen = new Map<string, number>();
  d.relaties.forEach((r, i) => {
    if (seen.has(r.idExtern)) errors.push({ field: `${prefix}relaties[${i}].idExtern`, code: 'duplicate', params: { other: `relaties[${seen.get(r.idExtern)}]` } });
    seen.set(r.idExtern, i);
  });
  return done({
    externalId: idExtern, contractNumber: blankToNull(d.code), unitExternalId: d.eenheid.idExtern,
    parties: d.relaties.map((r) => ({ externalId: r.idExtern, role: r.rol as VeraCode<'RELATIEROLSOORT'> })), startDate: d.begindatum, endDate: d.einddatum ?? null,
    rentCents: d.brutohuur === undefined || d.brutohuur === null ? null : Math.round(d.brutohuur * 100), ifVersion,
  }, errors);
}
