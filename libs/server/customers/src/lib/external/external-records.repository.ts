import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { ContractEntity, CustomerEntity, RecordHistoryEntity, UnitEntity } from '../entities';

type C = Columns<CustomerEntity>;
type U = Columns<UnitEntity>;
type K = Columns<ContractEntity>;
type H = Columns<RecordHistoryEntity>;

/** The ERP-kept fields of a customer, as stored. */
export type ExternalCustomerColumns = Pick<C, 'external_id' | 'initials' | 'first_name' | 'name_prefix' | 'last_name' | 'birth_date' | 'email'
  | 'street' | 'house_number' | 'house_letter' | 'house_number_addition' | 'postcode' | 'city' | 'household_role' | 'end_date'>;
export type ExternalCustomerRow = ExternalCustomerColumns & Pick<C, 'id' | 'customer_number' | 'version' | 'erased_at' | 'kind'> & { phones: string[] };
export type NewExternalCustomer = ExternalCustomerColumns & { customer_number: string | null };

export type ExternalUnitColumns = Pick<U, 'external_id' | 'street' | 'house_number' | 'house_letter' | 'house_number_addition' | 'postcode' | 'city'
  | 'unit_type' | 'unit_kind' | 'unit_detail_kind' | 'end_date'>;
export type ExternalUnitRow = ExternalUnitColumns & Pick<U, 'id' | 'version'>;

export type ExternalContractColumns = Pick<K, 'external_id' | 'contract_number' | 'customer_id' | 'unit_id' | 'start_date' | 'end_date' | 'rent_cents'>;
export type ExternalContractRow = ExternalContractColumns & Pick<K, 'id' | 'version'> & {
  unit_external_id: string | null;
  parties: { external_id: string | null; role: string }[];
};

export type MatchRow = { idx: number; id: string; customer_number: string; external_id: string | null; erased: boolean; field: 'code' | 'email' | 'phone' };
export type HistoryRow = Pick<H, 'record_type' | 'record_id' | 'version' | 'action' | 'changes' | 'changed_by' | 'changed_by_kind' | 'changed_at'>;

const CUSTOMER_COLUMNS = ['external_id', 'initials', 'first_name', 'name_prefix', 'last_name', 'birth_date', 'email', 'street', 'house_number',
  'house_letter', 'house_number_addition', 'postcode', 'city', 'household_role', 'end_date'] as const satisfies readonly (keyof ExternalCustomerColumns)[];
const CUSTOMER_TYPES: Record<(typeof CUSTOMER_COLUMNS)[number], string> = {
  external_id: 'text', initials: 'text', first_name: 'text', name_prefix: 'text', last_name: 'text', birth_date: 'date', email: 'text', street: 'text',
  house_number: 'int', house_letter: 'text', house_number_addition: 'text', postcode: 'text', city: 'text', household_role: 'text', end_date: 'date',
};
const UNIT_COLUMNS = ['external_id', 'street', 'house_number', 'house_letter', 'house_number_addition', 'postcode', 'city', 'unit_type', 'unit_kind',
  'unit_detail_kind', 'end_date'] as const satisfies readonly (keyof ExternalUnitColumns)[];
const UNIT_TYPES: Record<(typeof UNIT_COLUMNS)[number], string> = {
  external_id: 'text', street: 'text', house_number: 'int', house_letter: 'text', house_number_addition: 'text', postcode: 'text', city: 'text',
  unit_type: 'text', unit_kind: 'text', unit_detail_kind: 'text', end_date: 'date',
};
const CONTRACT_COLUMNS = ['external_id', 'contract_number', 'customer_id', 'unit_id', 'start_date', 'end_date', 'rent_cents'] as const satisfies readonly (keyof ExternalContractColumns)[];
const CONTRACT_TYPES: Record<(typeof CONTRACT_COLUMNS)[number], string> = {
  external_id: 'text', contract_number: 'text', customer_id: 'uuid', unit_id: 'uuid', start_date: 'date', end_date: 'date', rent_cents: 'int',
};

/** `unnest($2::text[], $3::date[], …) AS u(a, b, …)` for these columns, starting at parameter `first`. */
function unnestOf(columns: readonly string[], types: Record<string, string>, first: number, alias = 'u'): string {
  return `unnest(${columns.map((c, i) => `$${first + i}::${types[c]}[]`).join(', ')}) AS ${alias}(${columns.join(', ')})`;
}
function arraysOf<T extends object>(rows: T[], columns: readonly (keyof T)[]): unknown[][] {
  return columns.map((c) => rows.map((r) => r[c] ?? null));
}

/**
 * All SQL of the upserts keyed by the ERP's id (customers, units, contracts, their parties and
 * history): set-based, one statement for any number of records of one kind.
 */
@Injectable()
export class ExternalRecordsRepository extends SqlRepository {
  // ---------- customers ----------
  /** The customers with these external ids or ids, with their phone numbers, locked for this transaction. */
  lockCustomers(organizationId: string, by: { externalIds?: string[]; ids?: string[] }): Promise<ExternalCustomerRow[]> {
    return this.rows<ExternalCustomerRow>(
      `SELECT c.id, c.customer_number, c.version, c.erased_at, c.kind, ${CUSTOMER_COLUMNS.map((col) => `c.${col}`).join(', ')},
              ARRAY(SELECT p.e164 FROM customer_phone_numbers p WHERE p.customer_id = c.id ORDER BY p.position) AS phones
         FROM customers c
        WHERE c.organization_id = $1 AND (c.external_id = ANY($2::text[]) OR c.id = ANY($3::uuid[]))
        ORDER BY c.id
          FOR UPDATE OF c`,
      [organizationId, by.externalIds ?? [], by.ids ?? []],
    );
  }

  /** Customers that match an incoming relatie on customer number, e-mail address or a phone number (`idx` is the input's index). */
  matchCandidates(organizationId: string, inputs: { idx: number; code: string | null; email: string | null; phones: string[] }[]): Promise<MatchRow[]> {
    const phones = inputs.flatMap((i) => i.phones.map((e164) => ({ idx: i.idx, e164 })));
    return this.rows<MatchRow>(
      `WITH i AS (SELECT * FROM unnest($2::int[], $3::text[], $4::text[]) AS i(idx, code, email)),
            p AS (SELECT * FROM unnest($5::int[], $6::text[]) AS p(idx, e164))
       SELECT i.idx, c.id, c.customer_number, c.external_id, c.erased_at IS NOT NULL AS erased, 'code' AS field
         FROM i JOIN customers c ON c.organization_id = $1 AND c.customer_number = i.code
       UNION ALL
       SELECT i.idx, c.id, c.customer_number, c.external_id, c.erased_at IS NOT NULL, 'email'
         FROM i JOIN customers c ON c.organization_id = $1 AND c.email = i.email
       UNION ALL
       SELECT p.idx, c.id, c.customer_number, c.external_id, c.erased_at IS NOT NULL, 'phone'
         FROM p JOIN customer_phone_numbers n ON n.organization_id = $1 AND n.e164 = p.e164 JOIN customers c ON c.id = n.customer_id
        ORDER BY 1, 6, 3`,
      [organizationId, inputs.map((i) => i.idx), inputs.map((i) => i.code), inputs.map((i) => i.email), phones.map((p) => p.idx), phones.map((p) => p.e164)],
    );
  }

  /** New customers (kind tenant); a number of their own or the next from the sequence. Returns the external ids written (a clash writes nothing for that row). */
  async insertCustomers(organizationId: string, rows: NewExternalCustomer[], now: Date): Promise<{ id: string; external_id: string; customer_number: string }[]> {
    if (rows.length === 0) return [];
    const columns = ['customer_number', ...CUSTOMER_COLUMNS] as const;
    return this.rows(
      `INSERT INTO customers (organization_id, customer_number, kind, ${CUSTOMER_COLUMNS.join(', ')}, created_at, updated_at)
       SELECT $1, COALESCE(u.customer_number, nextval('customer_number_seq')::text), 'tenant', ${CUSTOMER_COLUMNS.map((c) => `u.${c}`).join(', ')}, $2, $2
         FROM ${unnestOf(columns, { ...CUSTOMER_TYPES, customer_number: 'text' }, 3)}
       ON CONFLICT DO NOTHING
       RETURNING id, external_id, customer_number`,
      [organizationId, now, ...arraysOf(rows, columns)],
    );
  }

  /** Sets the ERP-kept fields of these customers (all of them) and raises their versions. */
  async updateCustomers(organizationId: string, rows: (ExternalCustomerColumns & { id: string })[], now: Date): Promise<{ id: string; version: number }[]> {
    if (rows.length === 0) return [];
    const columns = ['id', ...CUSTOMER_COLUMNS] as const;
    return this.rows(
      `UPDATE customers c SET ${CUSTOMER_COLUMNS.map((col) => `${col} = u.${col}`).join(', ')}, version = c.version + 1, updated_at = $2
         FROM ${unnestOf(columns, { ...CUSTOMER_TYPES, id: 'uuid' }, 3)}
        WHERE c.id = u.id AND c.organization_id = $1
       RETURNING c.id, c.version`,
      [organizationId, now, ...arraysOf(rows, columns)],
    );
  }

  /** Replaces the phone numbers of these customers (E.164, in order). */
  async replacePhonesOf(organizationId: string, customerIds: string[], phones: { customerId: string; e164: string; label: string; position: number }[]): Promise<void> {
    if (customerIds.length === 0) return;
    await this.run(`DELETE FROM customer_phone_numbers WHERE organization_id = $1 AND customer_id = ANY($2::uuid[])`, [organizationId, customerIds]);
    if (phones.length === 0) return;
    await this.run(
      `INSERT INTO customer_phone_numbers (organization_id, customer_id, e164, label, position)
       SELECT $1, customer_id, e164, label, position FROM unnest($2::uuid[], $3::text[], $4::text[], $5::int[]) AS p(customer_id, e164, label, position)`,
      [organizationId, phones.map((p) => p.customerId), phones.map((p) => p.e164), phones.map((p) => p.label), phones.map((p) => p.position)],
    );
  }

  /** Removes the name-index tokens of these customers and lowers the dictionary's counts. */
  async removeTokensOf(organizationId: string, customerIds: string[]): Promise<void> {
    if (customerIds.length === 0) return;
    await this.run(
      `WITH gone AS (DELETE FROM customer_search_tokens WHERE organization_id = $1 AND customer_id = ANY($2::uuid[]) RETURNING token),
            n AS (SELECT token, count(*)::int AS n FROM gone GROUP BY token)
       UPDATE search_token_dictionary d SET customer_count = greatest(d.customer_count - n.n, 0)
         FROM n WHERE d.organization_id = $1 AND d.token = n.token`,
      [organizationId, customerIds],
    );
  }

  /** Adds name-index tokens and counts them in the dictionary. */
  async addTokens(organizationId: string, tokens: { customerId: string; token: string; rankKey: string }[]): Promise<void> {
    if (tokens.length === 0) return;
    await this.run(
      `WITH added AS (
         INSERT INTO customer_search_tokens (organization_id, token, rank_key, customer_id)
         SELECT $1, token, rank_key, customer_id FROM unnest($2::text[], $3::text[], $4::uuid[]) AS t(token, rank_key, customer_id)
         ON CONFLICT DO NOTHING RETURNING token)
       INSERT INTO search_token_dictionary (organization_id, token, customer_count)
       SELECT $1, token, count(*)::int FROM added GROUP BY token
       ON CONFLICT (organization_id, token) DO UPDATE SET customer_count = search_token_dictionary.customer_count + excluded.customer_count`,
      [organizationId, tokens.map((t) => t.token), tokens.map((t) => t.rankKey), tokens.map((t) => t.customerId)],
    );
  }

  // ---------- units ----------
  lockUnits(organizationId: string, externalIds: string[]): Promise<ExternalUnitRow[]> {
    return this.rows<ExternalUnitRow>(
      `SELECT id, version, ${UNIT_COLUMNS.join(', ')} FROM units WHERE organization_id = $1 AND external_id = ANY($2::text[]) ORDER BY id FOR UPDATE`,
      [organizationId, externalIds],
    );
  }

  async insertUnits(organizationId: string, rows: ExternalUnitColumns[], now: Date): Promise<{ id: string; external_id: string }[]> {
    if (rows.length === 0) return [];
    return this.rows(
      `INSERT INTO units (organization_id, ${UNIT_COLUMNS.join(', ')}, created_at, updated_at)
       SELECT $1, ${UNIT_COLUMNS.map((c) => `u.${c}`).join(', ')}, $2, $2 FROM ${unnestOf(UNIT_COLUMNS, UNIT_TYPES, 3)}
       ON CONFLICT DO NOTHING RETURNING id, external_id`,
      [organizationId, now, ...arraysOf(rows, UNIT_COLUMNS)],
    );
  }

  async updateUnits(organizationId: string, rows: (ExternalUnitColumns & { id: string })[], now: Date): Promise<{ id: string; version: number }[]> {
    if (rows.length === 0) return [];
    const columns = ['id', ...UNIT_COLUMNS] as const;
    return this.rows(
      `UPDATE units x SET ${UNIT_COLUMNS.map((col) => `${col} = u.${col}`).join(', ')}, version = x.version + 1, updated_at = $2
         FROM ${unnestOf(columns, { ...UNIT_TYPES, id: 'uuid' }, 3)}
        WHERE x.id = u.id AND x.organization_id = $1 RETURNING x.id, x.version`,
      [organizationId, now, ...arraysOf(rows, columns)],
    );
  }

  // ---------- contracts ----------
  /** Ids of the units and customers with these external ids (the references of contracts). */
  async idsByExternalId(organizationId: string, unitIds: string[], customerIds: string[]): Promise<{ units: Map<string, string>; customers: Map<string, string> }> {
    const rows = await this.rows<{ kind: 'unit' | 'customer'; id: string; external_id: string }>(
      `SELECT 'unit' AS kind, id, external_id FROM units WHERE organization_id = $1 AND external_id = ANY($2::text[])
       UNION ALL
       SELECT 'customer', id, external_id FROM customers WHERE organization_id = $1 AND external_id = ANY($3::text[])`,
      [organizationId, unitIds, customerIds],
    );
    const units = new Map<string, string>();
    const customers = new Map<string, string>();
    for (const r of rows) (r.kind === 'unit' ? units : customers).set(r.external_id, r.id);
    return { units, customers };
  }

  lockContracts(organizationId: string, externalIds: string[]): Promise<ExternalContractRow[]> {
    return this.rows<ExternalContractRow>(
      `SELECT k.id, k.version, ${CONTRACT_COLUMNS.map((c) => `k.${c}`).join(', ')},
              (SELECT u.external_id FROM units u WHERE u.id = k.unit_id) AS unit_external_id,
              COALESCE((SELECT json_agg(json_build_object('external_id', c.external_id, 'role', p.role) ORDER BY p.position)
                          FROM contract_parties p JOIN customers c ON c.id = p.customer_id WHERE p.contract_id = k.id), '[]') AS parties
         FROM contracts k
        WHERE k.organization_id = $1 AND k.external_id = ANY($2::text[])
        ORDER BY k.id
          FOR UPDATE OF k`,
      [organizationId, externalIds],
    );
  }

  async insertContracts(organizationId: string, rows: ExternalContractColumns[], now: Date): Promise<{ id: string; external_id: string }[]> {
    if (rows.length === 0) return [];
    return this.rows(
      `INSERT INTO contracts (organization_id, ${CONTRACT_COLUMNS.join(', ')}, created_at, updated_at)
       SELECT $1, ${CONTRACT_COLUMNS.map((c) => `u.${c}`).join(', ')}, $2, $2 FROM ${unnestOf(CONTRACT_COLUMNS, CONTRACT_TYPES, 3)}
       ON CONFLICT DO NOTHING RETURNING id, external_id`,
      [organizationId, now, ...arraysOf(rows, CONTRACT_COLUMNS)],
    );
  }

  async updateContracts(organizationId: string, rows: (ExternalContractColumns & { id: string })[], now: Date): Promise<{ id: string; version: number }[]> {
    if (rows.length === 0) return [];
    const columns = ['id', ...CONTRACT_COLUMNS] as const;
    return this.rows(
      `UPDATE contracts x SET ${CONTRACT_COLUMNS.map((col) => `${col} = u.${col}`).join(', ')}, version = x.version + 1, updated_at = $2
         FROM ${unnestOf(columns, { ...CONTRACT_TYPES, id: 'uuid' }, 3)}
        WHERE x.id = u.id AND x.organization_id = $1 RETURNING x.id, x.version`,
      [organizationId, now, ...arraysOf(rows, columns)],
    );
  }

  async replaceParties(organizationId: string, contractIds: string[], parties: { contractId: string; customerId: string; role: string; position: number }[]): Promise<void> {
    if (contractIds.length === 0) return;
    await this.run(`DELETE FROM contract_parties WHERE organization_id = $1 AND contract_id = ANY($2::uuid[])`, [organizationId, contractIds]);
    if (parties.length === 0) return;
    await this.run(
      `INSERT INTO contract_parties (organization_id, contract_id, customer_id, role, position)
       SELECT $1, contract_id, customer_id, role, position FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::int[]) AS p(contract_id, customer_id, role, position)`,
      [organizationId, parties.map((p) => p.contractId), parties.map((p) => p.customerId), parties.map((p) => p.role), parties.map((p) => p.position)],
    );
  }

  // ---------- history ----------
  async addHistory(organizationId: string, rows: HistoryRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.run(
      `INSERT INTO record_history (organization_id, record_type, record_id, version, action, changes, changed_by, changed_by_kind, changed_at)
       SELECT $1, record_type, record_id, version, action, changes::jsonb, changed_by, changed_by_kind, changed_at
         FROM unnest($2::text[], $3::uuid[], $4::int[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::timestamptz[])
           AS h(record_type, record_id, version, action, changes, changed_by, changed_by_kind, changed_at)`,
      [
        organizationId, rows.map((r) => r.record_type), rows.map((r) => r.record_id), rows.map((r) => r.version), rows.map((r) => r.action),
        rows.map((r) => JSON.stringify(r.changes)), rows.map((r) => r.changed_by), rows.map((r) => r.changed_by_kind), rows.map((r) => r.changed_at),
      ],
    );
  }

  /** The history of one record, newest first. */
  history(organizationId: string, recordType: string, recordId: string, limit: number, beforeVersion: number | null): Promise<HistoryRow[]> {
    return this.rows<HistoryRow>(
      `SELECT record_type, record_id, version, action, changes, changed_by, changed_by_kind, changed_at FROM record_history
        WHERE organization_id = $1 AND record_type = $2 AND record_id = $3 AND ($4::int IS NULL OR version < $4)
        ORDER BY version DESC, changed_at DESC LIMIT $5`,
      [organizationId, recordType, recordId, beforeVersion, limit],
    );
  }

  /** The id and version of a record by its external id (null when this organization has none). */
  async byExternalId(organizationId: string, recordType: 'customer' | 'unit' | 'contract', externalId: string): Promise<{ id: string; version: number } | undefined> {
    const table = { customer: 'customers', unit: 'units', contract: 'contracts' }[recordType];
    return this.one(`SELECT id, version FROM ${table} WHERE organization_id = $1 AND external_id = $2`, [organizationId, externalId]);
  }
}
