import { Injectable } from '@nestjs/common';
import { UseCase, type FieldError } from '@loket/server/platform';
import { customerSearchTokens, nameSortKey, tokenRankKey } from '../normalize';
import {
  ExternalRecordsRepository, type ExternalContractColumns, type ExternalContractRow, type ExternalCustomerColumns, type ExternalCustomerRow,
  type ExternalUnitColumns, type ExternalUnitRow, type HistoryRow, type MatchRow,
} from './external-records.repository';
import { decideMatch, diffFields, mainTenantIndex, rounds, type FieldChanges, type MatchCandidate } from './domain/upsert-rules';

/** Who writes: the integration client (or a person) of one organization. */
export interface UpsertActor {
  organizationId: string;
  /** The integration client's id (or the user's). */
  actorId: string | null;
  actorKind: string;
}

export interface ExternalAddress {
  street: string;
  houseNumber: number;
  houseLetter: string | null;
  houseNumberAddition: string | null;
  /** Normalized: "5161AB". */
  postcode: string;
  city: string;
}

/** `*` or absent: any version; a number: only when the record has that version now (If-Match). */
export type IfVersion = number | '*' | undefined;

/** A relatie (natuurlijk persoon) as the ERP keeps it, normalized by the caller (E.164 phones, lower-case e-mail, postcode without space). */
export interface ExternalCustomerInput {
  externalId: string;
  /** The customer number (klantnummer): matched against customers staff made; the number of a new customer when given. */
  customerNumber: string | null;
  initials: string | null;
  firstName: string;
  namePrefix: string | null;
  lastName: string;
  birthDate: string | null;
  email: string | null;
  phones: string[];
  address: ExternalAddress | null;
  /** VERA RELATIEROLSOORT. */
  householdRole: string | null;
  endDate: string | null;
  ifVersion?: IfVersion;
}

export interface ExternalUnitInput {
  externalId: string;
  address: ExternalAddress;
  /** VERA EENHEIDSOORT and EENHEIDDETAILSOORT, and the name the 360° view shows. */
  unitKind: string | null;
  unitDetailKind: string | null;
  unitTypeName: string | null;
  endDate: string | null;
  ifVersion?: IfVersion;
}

export interface ExternalContractInput {
  externalId: string;
  contractNumber: string | null;
  unitExternalId: string;
  /** The tenants by their external ids with their VERA RELATIEROLSOORT (HUU, MDH); at least one. */
  parties: { externalId: string; role: string }[];
  startDate: string;
  endDate: string | null;
  rentCents: number | null;
  ifVersion?: IfVersion;
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/** Why a record was refused: an HTTP status, the problem's code and the fields (internal names: `email`, `unit`, `parties[1]`, …). */
export interface UpsertRejection {
  status: 409 | 410 | 412 | 422;
  code: 'customer-match-conflict' | 'customer-erased' | 'precondition-failed' | 'unknown-reference' | 'concurrent-write';
  errors: FieldError[];
  params?: Record<string, string | number>;
}

export type UpsertResult =
  | { result: UpsertOutcome; id: string; version: number; changes: FieldChanges; linkedOn?: MatchCandidate['field'][] }
  | { result: 'rejected'; rejection: UpsertRejection };

export interface RecordChange {
  version: number;
  action: string;
  changes: FieldChanges;
  changedBy: string | null;
  changedByKind: string;
  changedAt: string;
}

type Item<T> = { input: T; index: number };

const MATCH_FIELD: Record<MatchCandidate['field'], string> = { code: 'customerNumber', email: 'email', phone: 'phones' };

function customerColumns(i: ExternalCustomerInput): ExternalCustomerColumns {
  const a = i.address;
  return {
    external_id: i.externalId, initials: i.initials, first_name: i.firstName, name_prefix: i.namePrefix, last_name: i.lastName, birth_date: i.birthDate,
    email: i.email, street: a?.street ?? null, house_number: a?.houseNumber ?? null, house_letter: a?.houseLetter ?? null,
    house_number_addition: a?.houseNumberAddition ?? null, postcode: a?.postcode ?? null, city: a?.city ?? null,
    household_role: i.householdRole, end_date: i.endDate,
  };
}

/** The fields a customer's history names, from stored columns. */
function customerFields(c: ExternalCustomerColumns, phones: string[]): Record<string, unknown> {
  return {
    externalId: c.external_id, initials: c.initials, firstName: c.first_name, namePrefix: c.name_prefix, lastName: c.last_name, birthDate: c.birth_date,
    email: c.email, phones, street: c.street, houseNumber: c.house_number, houseLetter: c.house_letter, houseNumberAddition: c.house_number_addition,
    postcode: c.postcode, city: c.city, householdRole: c.household_role, endDate: c.end_date,
  };
}

function unitColumns(i: ExternalUnitInput): ExternalUnitColumns {
  const a = i.address;
  return {
    external_id: i.externalId, street: a.street, house_number: a.houseNumber, house_letter: a.houseLetter, house_number_addition: a.houseNumberAddition,
    postcode: a.postcode, city: a.city, unit_type: i.unitTypeName, unit_kind: i.unitKind, unit_detail_kind: i.unitDetailKind, end_date: i.endDate,
  };
}

function unitFields(u: ExternalUnitColumns): Record<string, unknown> {
  return {
    externalId: u.external_id, street: u.street, houseNumber: u.house_number, houseLetter: u.house_letter, houseNumberAddition: u.house_number_addition,
    postcode: u.postcode, city: u.city, unitType: u.unit_type, unitKind: u.unit_kind, unitDetailKind: u.unit_detail_kind, endDate: u.end_date,
  };
}

function contractFields(k: Omit<ExternalContractColumns, 'customer_id' | 'unit_id'>, unitExternalId: string | null, parties: { externalId: string | null; role: string }[]): Record<string, unknown> {
  return {
    externalId: k.external_id, contractNumber: k.contract_number, unit: unitExternalId, parties, startDate: k.start_date, endDate: k.end_date, rentCents: k.rent_cents,
  };
}

function stale(ifVersion: IfVersion, current: number | null): UpsertRejection | null {
  if (ifVersion === undefined || ifVersion === '*' || ifVersion === current) return null;
  return { status: 412, code: 'precondition-failed', errors: [], params: { base: ifVersion, latest: current ?? 0 } };
}

const phoneLabel = (e164: string) => (e164.startsWith('+316') ? 'mobile' : 'home');

/**
 * Upserts keyed by the ERP's id (idExtern), set-based: one call writes any number of records of
 * one kind with a few multi-row statements, and answers per record created, updated, unchanged
 * or rejected (with the reason). The single PUT of the integrations API calls it with one record,
 * the batch load with a chunk. Nothing is deleted: an end date ends a record. Every change is on
 * the record's history (who, when, field: old → new).
 */
@Injectable()
export class ExternalRecordsService {
  constructor(private readonly repo: ExternalRecordsRepository) {}

  // ---------- customers ----------
  @UseCase()
  async upsertCustomers(actor: UpsertActor, inputs: ExternalCustomerInput[], now: Date = new Date()): Promise<UpsertResult[]> {
    const results: UpsertResult[] = new Array(inputs.length);
    for (const round of rounds(inputs.map((input, index) => ({ input, index })), (x) => x.input.externalId)) {
      await this.customersRound(actor, round, results, now);
    }
    return results;
  }

  private async customersRound(actor: UpsertActor, items: Item<ExternalCustomerInput>[], results: UpsertResult[], now: Date): Promise<void> {
    const org = actor.organizationId;
    const known = new Map((await this.repo.lockCustomers(org, { externalIds: items.map((x) => x.input.externalId) })).map((r) => [r.external_id as string, r]));
    const unknown = items.filter((x) => !known.has(x.input.externalId));

    // Relaties Loket does not know by their idExtern: is one of them a customer staff made by hand?
    const candidates = new Map<number, MatchRow[]>();
    const matchable = unknown.filter((x) => x.input.customerNumber || x.input.email || x.input.phones.length);
    if (matchable.length) {
      const rows = await this.repo.matchCandidates(org, matchable.map((x) => ({ idx: x.index, code: x.input.customerNumber, email: x.input.email, phones: x.input.phones })));
      for (const r of rows) candidates.set(r.idx, [...(candidates.get(r.idx) ?? []), r]);
    }
    const decisions = new Map(unknown.map((x) => [x.index, decideMatch((candidates.get(x.index) ?? []).map((r) => ({
      customerId: r.id, customerNumber: r.customer_number, externalId: r.external_id, erased: r.erased, field: r.field,
    })))]));
    const linkIds = [...decisions.values()].flatMap((d) => (d.kind === 'link' ? [d.customerId] : []));
    const linkable = new Map((linkIds.length ? await this.repo.lockCustomers(org, { ids: linkIds }) : []).map((r) => [r.id, r]));

    const creates: Item<ExternalCustomerInput>[] = [];
    const updates: { item: Item<ExternalCustomerInput>; current: ExternalCustomerRow; changes: FieldChanges; action: 'updated' | 'linked'; linkedOn?: MatchCandidate['field'][] }[] = [];
    for (const item of items) {
      const { input, index } = item;
      const next = customerFields(customerColumns(input), input.phones);
      const current = known.get(input.externalId);
      if (current) {
        if (current.erased_at) { results[index] = { result: 'rejected', rejection: erasedRejection(current.customer_number) }; continue; }
        const refused = stale(input.ifVersion, current.version);
        if (refused) { results[index] = { result: 'rejected', rejection: refused }; continue; }
        const changes = diffFields(customerFields(current, current.phones), next);
        if (Object.keys(changes).length === 0) results[index] = { result: 'unchanged', id: current.id, version: current.version, changes: {} };
        else updates.push({ item, current, changes, action: 'updated' });
        continue;
      }
      const refused = stale(input.ifVersion, null);
      if (refused) { results[index] = { result: 'rejected', rejection: refused }; continue; }
      const decision = decisions.get(index) ?? { kind: 'new' as const };
      if (decision.kind === 'conflict') {
        results[index] = { result: 'rejected', rejection: conflictRejection(decision.matches) };
      } else if (decision.kind === 'erased') {
        results[index] = { result: 'rejected', rejection: erasedRejection(decision.customerNumber) };
      } else if (decision.kind === 'link') {
        const target = linkable.get(decision.customerId);
        if (!target || target.external_id !== null) {
          // Another record of this round claimed the same customer first.
          results[index] = { result: 'rejected', rejection: conflictRejection(decision.matchedOn.map((field) => ({ field, customerNumber: target?.customer_number ?? '', externalId: target?.external_id ?? null }))) };
          continue;
        }
        target.external_id = input.externalId;
        updates.push({ item, current: target, changes: diffFields({ ...customerFields(target, target.phones), externalId: null }, next), action: 'linked', linkedOn: decision.matchedOn });
      } else {
        creates.push(item);
      }
    }

    const history: HistoryRow[] = [];
    const phoneOwners: string[] = [];
    const createdWithPhones: string[] = [];
    const phones: { customerId: string; e164: string; label: string; position: number }[] = [];
    const reindex: { id: string; columns: ExternalCustomerColumns }[] = [];
    const record = (type: 'customer', id: string, version: number, action: string, changes: FieldChanges) =>
      history.push({ record_type: type, record_id: id, version, action: action as HistoryRow['action'], changes, changed_by: actor.actorId, changed_by_kind: actor.actorKind, changed_at: now });

    if (creates.length) {
      const inserted = await this.repo.insertCustomers(org, creates.map((x) => ({ ...customerColumns(x.input), customer_number: x.input.customerNumber })), now);
      const byExternal = new Map(inserted.map((r) => [r.external_id, r]));
      for (const { input, index } of creates) {
        const row = byExternal.get(input.externalId);
        if (!row) { results[index] = { result: 'rejected', rejection: { status: 409, code: 'concurrent-write', errors: [{ field: 'customerNumber', code: 'duplicate' }] } }; continue; }
        const changes = diffFields(null, { customerNumber: row.customer_number, ...customerFields(customerColumns(input), input.phones) });
        results[index] = { result: 'created', id: row.id, version: 1, changes };
        record('customer', row.id, 1, 'created', changes);
        input.phones.forEach((e164, position) => phones.push({ customerId: row.id, e164, label: phoneLabel(e164), position }));
        if (input.phones.length) createdWithPhones.push(row.id);
        reindex.push({ id: row.id, columns: customerColumns(input) });
      }
    }
    if (updates.length) {
      const written = new Map((await this.repo.updateCustomers(org, updates.map((u) => ({ ...customerColumns(u.item.input), id: u.current.id })), now)).map((r) => [r.id, r.version]));
      const removeTokens: string[] = [];
      for (const u of updates) {
        const version = written.get(u.current.id) ?? u.current.version + 1;
        results[u.item.index] = { result: 'updated', id: u.current.id, version, changes: u.changes, ...(u.linkedOn ? { linkedOn: u.linkedOn } : {}) };
        record('customer', u.current.id, version, u.action, u.changes);
        if ('phones' in u.changes) {
          phoneOwners.push(u.current.id);
          u.item.input.phones.forEach((e164, position) => phones.push({ customerId: u.current.id, e164, label: phoneLabel(e164), position }));
        }
        if (['firstName', 'namePrefix', 'lastName', 'email', 'street', 'houseNumber', 'postcode'].some((f) => f in u.changes)) {
          removeTokens.push(u.current.id);
          reindex.push({ id: u.current.id, columns: customerColumns(u.item.input) });
        }
      }
      await this.repo.removeTokensOf(org, removeTokens);
    }
    await this.repo.replacePhonesOf(org, [...phoneOwners, ...createdWithPhones], phones);
    await this.repo.addTokens(org, reindex.flatMap(({ id, columns: c }) => {
      const sortKey = nameSortKey(c.first_name, c.last_name);
      return customerSearchTokens(
        { firstName: c.first_name, namePrefix: c.name_prefix, lastName: c.last_name },
        { street: c.street, houseNumber: c.house_number, postcode: c.postcode, email: c.email },
      ).map((t) => ({ customerId: id, token: t.token, rankKey: tokenRankKey(t.weight, sortKey) }));
    }));
    await this.repo.addHistory(org, history);
  }

  // ---------- units ----------
  @UseCase()
  async upsertUnits(actor: UpsertActor, inputs: ExternalUnitInput[], now: Date = new Date()): Promise<UpsertResult[]> {
    const results: UpsertResult[] = new Array(inputs.length);
    for (const round of rounds(inputs.map((input, index) => ({ input, index })), (x) => x.input.externalId)) {
      const org = actor.organizationId;
      const known = new Map<string, ExternalUnitRow>((await this.repo.lockUnits(org, round.map((x) => x.input.externalId))).map((r) => [r.external_id as string, r]));
      const creates: Item<ExternalUnitInput>[] = [];
      const updates: { item: Item<ExternalUnitInput>; current: ExternalUnitRow; changes: FieldChanges }[] = [];
      for (const item of round) {
        const current = known.get(item.input.externalId);
        const refused = stale(item.input.ifVersion, current?.version ?? null);
        if (refused) { results[item.index] = { result: 'rejected', rejection: refused }; continue; }
        if (!current) { creates.push(item); continue; }
        const changes = diffFields(unitFields(current), unitFields(unitColumns(item.input)));
        if (Object.keys(changes).length === 0) results[item.index] = { result: 'unchanged', id: current.id, version: current.version, changes: {} };
        else updates.push({ item, current, changes });
      }
      const history: HistoryRow[] = [];
      const inserted = new Map((await this.repo.insertUnits(org, creates.map((x) => unitColumns(x.input)), now)).map((r) => [r.external_id, r.id]));
      for (const { input, index } of creates) {
        const id = inserted.get(input.externalId);
        if (!id) { results[index] = { result: 'rejected', rejection: { status: 409, code: 'concurrent-write', errors: [] } }; continue; }
        const changes = diffFields(null, unitFields(unitColumns(input)));
        results[index] = { result: 'created', id, version: 1, changes };
        history.push(this.historyRow(actor, 'unit', id, 1, 'created', changes, now));
      }
      const written = new Map((await this.repo.updateUnits(org, updates.map((u) => ({ ...unitColumns(u.item.input), id: u.current.id })), now)).map((r) => [r.id, r.version]));
      for (const u of updates) {
        const version = written.get(u.current.id) ?? u.current.version + 1;
        results[u.item.index] = { result: 'updated', id: u.current.id, version, changes: u.changes };
        history.push(this.historyRow(actor, 'unit', u.current.id, version, 'updated', u.changes, now));
      }
      await this.repo.addHistory(org, history);
    }
    return results;
  }

  // ---------- contracts ----------
  @UseCase()
  async upsertContracts(actor: UpsertActor, inputs: ExternalContractInput[], now: Date = new Date()): Promise<UpsertResult[]> {
    const results: UpsertResult[] = new Array(inputs.length);
    const org = actor.organizationId;
    const refs = await this.repo.idsByExternalId(org, [...new Set(inputs.map((i) => i.unitExternalId))], [...new Set(inputs.flatMap((i) => i.parties.map((p) => p.externalId)))]);
    for (const round of rounds(inputs.map((input, index) => ({ input, index })), (x) => x.input.externalId)) {
      const known = new Map<string, ExternalContractRow>((await this.repo.lockContracts(org, round.map((x) => x.input.externalId))).map((r) => [r.external_id as string, r]));
      type Resolved = { item: Item<ExternalContractInput>; columns: ExternalContractColumns; partyIds: string[]; next: Record<string, unknown> };
      const creates: Resolved[] = [];
      const updates: (Resolved & { current: ExternalContractRow; changes: FieldChanges })[] = [];
      for (const item of round) {
        const { input, index } = item;
        const errors: FieldError[] = [];
        const unitId = refs.units.get(input.unitExternalId);
        if (!unitId) errors.push({ field: 'unit', code: 'not_found_in_organization' });
        const partyIds = input.parties.map((p, i) => {
          const id = refs.customers.get(p.externalId);
          if (!id) errors.push({ field: `parties[${i}]`, code: 'not_found_in_organization' });
          return id ?? '';
        });
        if (errors.length) { results[index] = { result: 'rejected', rejection: { status: 422, code: 'unknown-reference', errors } }; continue; }
        const current = known.get(input.externalId);
        const refused = stale(input.ifVersion, current?.version ?? null);
        if (refused) { results[index] = { result: 'rejected', rejection: refused }; continue; }
        const columns: ExternalContractColumns = {
          external_id: input.externalId, contract_number: input.contractNumber ?? input.externalId.slice(0, 30), customer_id: partyIds[mainTenantIndex(input.parties)],
          unit_id: unitId as string, start_date: input.startDate, end_date: input.endDate, rent_cents: input.rentCents,
        };
        const next = contractFields(columns, input.unitExternalId, input.parties.map((p) => ({ externalId: p.externalId, role: p.role })));
        if (!current) { creates.push({ item, columns, partyIds, next }); continue; }
        const changes = diffFields(contractFields(current, current.unit_external_id, current.parties.map((p) => ({ externalId: p.external_id, role: p.role }))), next);
        if (Object.keys(changes).length === 0) results[index] = { result: 'unchanged', id: current.id, version: current.version, changes: {} };
        else updates.push({ item, columns, partyIds, next, current, changes });
      }
      const history: HistoryRow[] = [];
      const parties: { contractId: string; customerId: string; role: string; position: number }[] = [];
      const partyOwners: string[] = [];
      const inserted = new Map((await this.repo.insertContracts(org, creates.map((c) => c.columns), now)).map((r) => [r.external_id, r.id]));
      for (const c of creates) {
        const id = inserted.get(c.item.input.externalId);
        if (!id) { results[c.item.index] = { result: 'rejected', rejection: { status: 409, code: 'concurrent-write', errors: [] } }; continue; }
        const changes = diffFields(null, c.next);
        results[c.item.index] = { result: 'created', id, version: 1, changes };
        history.push(this.historyRow(actor, 'contract', id, 1, 'created', changes, now));
        partyOwners.push(id);
        c.item.input.parties.forEach((p, position) => parties.push({ contractId: id, customerId: c.partyIds[position], role: p.role, position }));
      }
      const written = new Map((await this.repo.updateContracts(org, updates.map((u) => ({ ...u.columns, id: u.current.id })), now)).map((r) => [r.id, r.version]));
      for (const u of updates) {
        const version = written.get(u.current.id) ?? u.current.version + 1;
        results[u.item.index] = { result: 'updated', id: u.current.id, version, changes: u.changes };
        history.push(this.historyRow(actor, 'contract', u.current.id, version, 'updated', u.changes, now));
        if ('parties' in u.changes) {
          partyOwners.push(u.current.id);
          u.item.input.parties.forEach((p, position) => parties.push({ contractId: u.current.id, customerId: u.partyIds[position], role: p.role, position }));
        }
      }
      await this.repo.replaceParties(org, partyOwners, parties);
      await this.repo.addHistory(org, history);
    }
    return results;
  }

  // ---------- reading ----------
  /** The id and version of this organization's record with this external id, if any. */
  find(organizationId: string, recordType: 'customer' | 'unit' | 'contract', externalId: string): Promise<{ id: string; version: number } | undefined> {
    return this.repo.byExternalId(organizationId, recordType, externalId);
  }

  /** The changes to a record, newest first (`before`: a version, for the next page). */
  async history(organizationId: string, recordType: 'customer' | 'unit' | 'contract', recordId: string, limit = 50, before: number | null = null): Promise<RecordChange[]> {
    const rows = await this.repo.history(organizationId, recordType, recordId, limit, before);
    return rows.map((r) => ({
      version: r.version, action: r.action, changes: r.changes, changedBy: r.changed_by, changedByKind: r.changed_by_kind, changedAt: new Date(r.changed_at).toISOString(),
    }));
  }

  private historyRow(actor: UpsertActor, type: HistoryRow['record_type'], id: string, version: number, action: HistoryRow['action'], changes: FieldChanges, now: Date): HistoryRow {
    return { record_type: type, record_id: id, version, action, changes, changed_by: actor.actorId, changed_by_kind: actor.actorKind, changed_at: now };
  }
}

function erasedRejection(customerNumber: string): UpsertRejection {
  return { status: 410, code: 'customer-erased', errors: [], params: { number: customerNumber } };
}

function conflictRejection(matches: { field: MatchCandidate['field']; customerNumber: string; externalId: string | null }[]): UpsertRejection {
  return {
    status: 409,
    code: 'customer-match-conflict',
    errors: matches.map((m): FieldError => m.externalId
      ? { field: MATCH_FIELD[m.field], code: 'matches_linked_customer', params: { customerNumber: m.customerNumber, externalId: m.externalId } }
      : { field: MATCH_FIELD[m.field], code: 'matches_customer', params: { customerNumber: m.customerNumber } }),
  };
}
