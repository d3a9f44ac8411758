import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import { SAFETY_MARKER_CODES, type MarkerCode } from '@loket/shared/contracts';
import type { ContractEntity, CustomerEntity, CustomerMarkerEntity, CustomerPhoneNumberEntity, UnitEntity } from './entities';

/** The columns and sub-selects that make one customer, in one round trip. `c` is the customers row. */
const CUSTOMER_JSON_SQL = `
  c.*,
  COALESCE((SELECT json_agg(json_build_object('e164', p.e164, 'label', p.label) ORDER BY p.position)
              FROM customer_phone_numbers p WHERE p.customer_id = c.id), '[]') AS phones,
  COALESCE((SELECT json_agg(json_build_object('id', m.id, 'code', m.code, 'note', m.note, 'valid_from', m.valid_from,
                    'valid_until', m.valid_until, 'created_at', m.created_at, 'created_by', m.created_by) ORDER BY m.valid_from DESC, m.created_at DESC)
              FROM customer_markers m WHERE m.customer_id = c.id), '[]') AS marker_rows`;

const CONTRACTS_JSON_SQL = `
  COALESCE((SELECT json_agg(json_build_object('id', k.id, 'external_id', k.external_id, 'contract_number', k.contract_number,
                    'start_date', k.start_date, 'end_date', k.end_date, 'rent_cents', k.rent_cents, 'role', kp.role,
                    'unit', json_build_object('id', u.id, 'external_id', u.external_id, 'street', u.street, 'house_number', u.house_number,
                      'house_letter', u.house_letter, 'house_number_addition', u.house_number_addition, 'postcode', u.postcode,
                      'city', u.city, 'unit_type', u.unit_type)) ORDER BY k.start_date DESC)
              FROM contracts k JOIN units u ON u.id = k.unit_id
                   LEFT JOIN contract_parties kp ON kp.contract_id = k.id AND kp.customer_id = c.id
             WHERE k.id IN (SELECT k2.id FROM contracts k2 WHERE k2.customer_id = c.id
                            UNION SELECT p.contract_id FROM contract_parties p WHERE p.customer_id = c.id)), '[]') AS contract_rows`;

type CustomerColumns = Columns<CustomerEntity>;

/** A marker as the customer's JSON sub-select returns it (times as JSON strings). */
export type MarkerRow = Pick<Columns<CustomerMarkerEntity>, 'id' | 'code' | 'note' | 'valid_from' | 'valid_until' | 'created_by'> & { created_at: string | Date };

/** The address columns a customer and a unit share. */
export type AddressColumns = Pick<CustomerColumns, 'street' | 'house_number' | 'house_letter' | 'house_number_addition' | 'postcode' | 'city'>;

export type ContractJsonRow = Pick<Columns<ContractEntity>, 'id' | 'external_id' | 'contract_number' | 'start_date' | 'end_date' | 'rent_cents'> & {
  /** The customer's role on the contract (contract_parties), when recorded. */
  role?: string | null;
  unit: AddressColumns & Pick<Columns<UnitEntity>, 'id' | 'external_id' | 'unit_type'>;
};

/** One customer row (`c.*`) with, when asked, its phone numbers, markers and contracts. */
export type CustomerRow = Omit<CustomerColumns, 'organization_id' | 'phone_numbers' | 'markers'> & {
  phones?: Pick<Columns<CustomerPhoneNumberEntity>, 'e164' | 'label'>[];
  marker_rows?: MarkerRow[];
  contract_rows?: ContractJsonRow[];
};

export type ContactInfoRow = Pick<CustomerColumns, 'id' | 'first_name' | 'name_prefix' | 'last_name' | 'email' | 'preferred_channel'> & { phone: string | null };
export type SummaryRow = Pick<CustomerColumns, 'id' | 'customer_number' | 'first_name' | 'name_prefix' | 'last_name'>;

/** The columns a customer is written with (create). */
export type NewCustomer = Omit<CustomerColumns, 'id' | 'organization_id' | 'phone_numbers' | 'markers' | 'created_at' | 'updated_at' | 'erased_at'
  | 'external_id' | 'household_role' | 'end_date' | 'version'>;

/** All SQL of the customers module's records: customers, phone numbers, markers, name index, contracts (read). */
@Injectable()
export class CustomersRepository extends SqlRepository {
  async nextCustomerNumber(): Promise<string> {
    const row = await this.one<{ n: string }>(`SELECT nextval('customer_number_seq') AS n`);
    return String(row?.n);
  }

  /** The new customer's id, or undefined when the number is taken in this organization. */
  async insert(organizationId: string, c: NewCustomer, now: Date): Promise<string | undefined> {
    const row = await this.one<{ id: string }>(
      `INSERT INTO customers (organization_id, customer_number, kind, initials, first_name, name_prefix, last_name, birth_date, email,
                              street, house_number, house_letter, house_number_addition, postcode, city,
                              preferred_channel, language, interpreter_needed, digital_skill, attitude, vulnerabilities, created_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$22)
       ON CONFLICT (organization_id, customer_number) DO NOTHING
       RETURNING id`,
      [
        organizationId, c.customer_number, c.kind, c.initials, c.first_name, c.name_prefix, c.last_name, c.birth_date, c.email,
        c.street, c.house_number, c.house_letter, c.house_number_addition, c.postcode, c.city,
        c.preferred_channel, c.language, c.interpreter_needed, c.digital_skill, c.attitude, c.vulnerabilities, now,
      ],
    );
    return row?.id;
  }

  /** Sets the given columns (snake_case names from the service's fixed list) and updated_at. */
  async update(organizationId: string, id: string, changes: Partial<NewCustomer>, now: Date): Promise<void> {
    const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return;
    const sets = entries.map(([column], i) => `${column} = $${i + 1}`);
    const values: unknown[] = entries.map(([, v]) => v);
    values.push(now, id, organizationId);
    await this.run(
      `UPDATE customers SET ${sets.join(', ')}, version = version + 1, updated_at = $${values.length - 2} WHERE id = $${values.length - 1} AND organization_id = $${values.length}`,
      values,
    );
  }

  /** The customer with phones and markers (and contracts when asked). */
  load(organizationId: string, id: string, withContracts: boolean): Promise<CustomerRow | undefined> {
    return this.one<CustomerRow>(
      `SELECT ${CUSTOMER_JSON_SQL}${withContracts ? `, ${CONTRACTS_JSON_SQL}` : ''}
         FROM customers c WHERE c.id = $1 AND c.organization_id = $2`,
      [id, organizationId],
    );
  }

  /** The customer's own row, locked for this transaction. */
  lock(organizationId: string, id: string): Promise<CustomerRow | undefined> {
    return this.one<CustomerRow>(`SELECT * FROM customers WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [id, organizationId]);
  }

  contactInfo(organizationId: string, id: string): Promise<ContactInfoRow | undefined> {
    return this.one<ContactInfoRow>(
      `SELECT id, first_name, name_prefix, last_name, email, preferred_channel,
              (SELECT p.e164 FROM customer_phone_numbers p WHERE p.customer_id = c.id ORDER BY p.position LIMIT 1) AS phone
         FROM customers c WHERE id = $1 AND organization_id = $2`,
      [id, organizationId],
    );
  }

  /** The ERP's id of each of these customers (null when not linked). */
  externalIds(organizationId: string, ids: string[]): Promise<Pick<CustomerColumns, 'id' | 'external_id'>[]> {
    return this.rows(`SELECT id, external_id FROM customers WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, ids]);
  }

  summaries(organizationId: string, ids: string[]): Promise<SummaryRow[]> {
    return this.rows<SummaryRow>(
      `SELECT id, customer_number, first_name, name_prefix, last_name FROM customers WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
      [organizationId, ids],
    );
  }

  /** Name and address of these customers (letters are addressed with them). */
  postalAddresses(organizationId: string, ids: string[]): Promise<(SummaryRow & AddressColumns)[]> {
    return this.rows(
      `SELECT id, customer_number, first_name, name_prefix, last_name, street, house_number, house_letter, house_number_addition, postcode, city
         FROM customers WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
      [organizationId, ids],
    );
  }

  /** The safety markers (AGR, WAN) in force on `today` of these customers. */
  /** Names of these customers with their safety markers in force on `today`: one round trip for a list page. */
  refs(organizationId: string, ids: string[], today: string): Promise<(SummaryRow & { safety_markers: MarkerCode[] })[]> {
    return this.rows(
      `SELECT c.id, c.customer_number, c.first_name, c.name_prefix, c.last_name,
              ARRAY(SELECT m.code FROM customer_markers m
                     WHERE m.organization_id = c.organization_id AND m.customer_id = c.id AND m.code = ANY($3::text[])
                       AND m.valid_from <= $4::date AND (m.valid_until IS NULL OR m.valid_until >= $4::date)
                     ORDER BY m.code) AS safety_markers
         FROM customers c WHERE c.organization_id = $1 AND c.id = ANY($2::uuid[])`,
      [organizationId, ids, SAFETY_MARKER_CODES, today],
    );
  }

  identify(organizationId: string, id: string, lock: boolean): Promise<Pick<CustomerColumns, 'customer_number' | 'erased_at'> | undefined> {
    return this.one(
      `SELECT customer_number, erased_at FROM customers WHERE id = $1 AND organization_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [id, organizationId],
    );
  }

  // ---------- phone numbers ----------
  async replacePhones(organizationId: string, customerId: string, phones: { e164: string; label: string }[]): Promise<void> {
    await this.deletePhones(organizationId, customerId);
    if (phones.length === 0) return;
    await this.run(
      `INSERT INTO customer_phone_numbers (organization_id, customer_id, e164, label, position)
       SELECT $1, $2, e164, label, pos - 1 FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS p(e164, label, pos)`,
      [organizationId, customerId, phones.map((p) => p.e164), phones.map((p) => p.label)],
    );
  }

  async deletePhones(organizationId: string, customerId: string): Promise<void> {
    await this.run(`DELETE FROM customer_phone_numbers WHERE customer_id = $1 AND organization_id = $2`, [customerId, organizationId]);
  }

  // ---------- markers ----------
  async insertMarker(
    organizationId: string,
    customerId: string,
    m: Pick<MarkerRow, 'code' | 'note' | 'valid_from' | 'valid_until' | 'created_by'>,
    now: Date,
  ): Promise<string> {
    const row = await this.one<{ id: string }>(
      `INSERT INTO customer_markers (organization_id, customer_id, code, note, valid_from, valid_until, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
      [organizationId, customerId, m.code, m.note, m.valid_from, m.valid_until, m.created_by, now],
    );
    return (row as { id: string }).id;
  }

  lockMarker(organizationId: string, customerId: string, markerId: string): Promise<Pick<MarkerRow, 'valid_from'> | undefined> {
    return this.one(`SELECT valid_from FROM customer_markers WHERE id = $1 AND customer_id = $2 AND organization_id = $3 FOR UPDATE`, [
      markerId, customerId, organizationId,
    ]);
  }

  /** A null note keeps the note; `setValidUntil` says whether valid_until changes (to `validUntil`, which may be null). */
  async updateMarker(organizationId: string, markerId: string, note: string | null, setValidUntil: boolean, validUntil: string | null, now: Date): Promise<void> {
    await this.run(
      `UPDATE customer_markers SET note = COALESCE($1, note), valid_until = CASE WHEN $2::boolean THEN $3::date ELSE valid_until END, updated_at = $6
        WHERE id = $4 AND organization_id = $5`,
      [note, setValidUntil, validUntil, markerId, organizationId, now],
    );
  }

  marker(organizationId: string, customerId: string, markerId: string): Promise<MarkerRow | undefined> {
    return this.one<MarkerRow>(
      `SELECT id, code, note, valid_from, valid_until, created_at, created_by FROM customer_markers WHERE id = $1 AND customer_id = $2 AND organization_id = $3`,
      [markerId, customerId, organizationId],
    );
  }

  // ---------- the name index ----------
  /** Removes the customer's name tokens and lowers their dictionary counts; returns the tokens removed. */
  async removeNameTokens(organizationId: string, customerId: string): Promise<string[]> {
    const removed = (
      await this.rows<{ token: string }>(`DELETE FROM customer_search_tokens WHERE customer_id = $1 AND organization_id = $2 RETURNING token`, [
        customerId, organizationId,
      ])
    ).map((r) => r.token);
    if (removed.length) {
      await this.run(
        `UPDATE search_token_dictionary SET customer_count = greatest(customer_count - 1, 0) WHERE organization_id = $1 AND token = ANY($2::text[])`,
        [organizationId, removed],
      );
    }
    return removed;
  }

  async addNameTokens(organizationId: string, customerId: string, tokens: { token: string; rankKey: string }[]): Promise<void> {
    if (tokens.length === 0) return;
    await this.run(
      `INSERT INTO customer_search_tokens (organization_id, token, rank_key, customer_id)
       SELECT $1, token, rank_key, $2 FROM unnest($3::text[], $4::text[]) AS t(token, rank_key) ON CONFLICT DO NOTHING`,
      [organizationId, customerId, tokens.map((t) => t.token), tokens.map((t) => t.rankKey)],
    );
    await this.run(
      `INSERT INTO search_token_dictionary (organization_id, token, customer_count) SELECT $1, unnest($2::text[]), 1
       ON CONFLICT (organization_id, token) DO UPDATE SET customer_count = search_token_dictionary.customer_count + 1`,
      [organizationId, tokens.map((t) => t.token)],
    );
  }

  /** A word no one carries any more is not kept: the dictionary lists names. */
  async dropUnusedWords(organizationId: string, tokens: string[]): Promise<void> {
    if (tokens.length === 0) return;
    await this.run(`DELETE FROM search_token_dictionary WHERE organization_id = $1 AND token = ANY($2::text[]) AND customer_count = 0`, [organizationId, tokens]);
  }

  // ---------- erasure ----------
  async erasePerson(organizationId: string, customerId: string, names: { first: string; last: string }, now: Date): Promise<void> {
    await this.run(
      `UPDATE customers SET initials = NULL, first_name = $3, name_prefix = NULL, last_name = $4, birth_date = NULL, email = NULL,
              street = NULL, house_number = NULL, house_letter = NULL, house_number_addition = NULL, postcode = NULL, city = NULL,
              digital_skill = NULL, attitude = NULL, vulnerabilities = '{}', interpreter_needed = false,
              erased_at = COALESCE(erased_at, $5), updated_at = $5, version = version + 1
        WHERE id = $1 AND organization_id = $2`,
      [customerId, organizationId, names.first, names.last, now],
    );
  }

  async eraseMarkerNotes(organizationId: string, customerId: string, text: string, now: Date): Promise<void> {
    await this.run(`UPDATE customer_markers SET note = $3, updated_at = $4 WHERE customer_id = $1 AND organization_id = $2 AND note <> $3`, [
      customerId, organizationId, text, now,
    ]);
  }

  /** Erasure keeps which fields changed when, and drops the values. */
  async eraseHistoryValues(organizationId: string, customerId: string): Promise<void> {
    await this.run(
      `UPDATE record_history SET changes = (SELECT COALESCE(jsonb_object_agg(key, '[null, null]'::jsonb), '{}') FROM jsonb_object_keys(changes) AS key)
        WHERE organization_id = $1 AND record_type = 'customer' AND record_id = $2`,
      [organizationId, customerId],
    );
  }
}
