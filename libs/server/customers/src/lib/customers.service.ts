import { Injectable, Optional } from '@nestjs/common';
import { CustomerOverviewSections } from './overview-sections';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { UseCase, Actor, AuditService, ConflictError, NotFoundError, ValidationFailedError, type FieldError, isDateWithinYears, isUuid } from '@loket/server/platform';
import type { Customer, CustomerOverview, Marker, PortalCustomer, PortalMe } from '@loket/shared/contracts';
import { CONTRACTS_JSON_SQL, CUSTOMER_JSON_SQL, CustomerRow, toContract, toCustomer, toMarkers } from './customer-read';
import { customerNameTokens, fullName, nameSortKey, normalizePhone, normalizePostcode, todayInAmsterdam, tokenRankKey } from './normalize';
import type { AddressDto, CreateCustomerDto, CreateMarkerDto, PhoneNumberInputDto, UpdateCustomerDto, UpdateMarkerDto, UpdatePreferencesDto } from './dto/customer.dto';


type Db = TransactionHost<TransactionalAdapterTypeOrm>['tx'];

/** Column name for each simple (non-derived) customer field. */
const SIMPLE_FIELDS = {
  kind: 'kind',
  initials: 'initials',
  firstName: 'first_name',
  namePrefix: 'name_prefix',
  lastName: 'last_name',
  birthDate: 'birth_date',
  preferredChannel: 'preferred_channel',
  language: 'language',
  interpreterNeeded: 'interpreter_needed',
  digitalSkill: 'digital_skill',
  attitude: 'attitude',
  vulnerabilities: 'vulnerabilities',
} as const;

@Injectable()
export class CustomersService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditService,
    @Optional() private readonly sections?: CustomerOverviewSections,
  ) {}

  private get db(): Db {
    return this.txHost.tx;
  }

  @UseCase()
  async create(actor: Actor, dto: CreateCustomerDto): Promise<Customer> {
    const errors: FieldError[] = [];
    const phones = normalizePhones(dto.phoneNumbers ?? [], 'phoneNumbers', errors);
    const address = dto.address ? normalizeAddress(dto.address, 'address', errors) : null;
    checkBirthDate(dto.birthDate, errors);
    if (errors.length) throw new ValidationFailedError(errors);

    const number = dto.customerNumber?.toUpperCase() ?? String((await this.db.query(`SELECT nextval('customer_number_seq') AS n`))[0].n);
    const inserted: { id: string }[] = await this.db.query(
      `INSERT INTO customers (organization_id, customer_number, kind, initials, first_name, name_prefix, last_name, birth_date, email,
                              street, house_number, house_letter, house_number_addition, postcode, city,
                              preferred_channel, language, interpreter_needed, digital_skill, attitude, vulnerabilities, created_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$22)
       ON CONFLICT (organization_id, customer_number) DO NOTHING
       RETURNING id`,
      [
        actor.organizationId, number, dto.kind, dto.initials ?? null, dto.firstName.trim(), blankToNull(dto.namePrefix), dto.lastName.trim(),
        dto.birthDate ?? null, dto.email?.trim().toLowerCase() ?? null,
        address?.street ?? null, address?.houseNumber ?? null, address?.houseLetter ?? null, address?.houseNumberAddition ?? null,
        address?.postcode ?? null, address?.city ?? null,
        dto.preferredChannel ?? null, dto.language ?? 'nl', dto.interpreterNeeded ?? false, dto.digitalSkill ?? null,
        dto.attitude ?? null, dto.vulnerabilities ?? [], new Date(),
      ],
    );
    if (!inserted[0]) throw new ConflictError('customer-number-taken', { number });
    const id = inserted[0].id;
    await this.replacePhones(actor.organizationId, id, phones);
    await this.indexName(actor.organizationId, id, dto.firstName, dto.namePrefix ?? null, dto.lastName);
    await this.audit.record({ organizationId: actor.organizationId, actorUserId: actor.userId, action: 'customer.created', entityType: 'customer', entityId: id });
    return this.get(actor, id);
  }

  @UseCase()
  async update(actor: Actor, id: string, dto: UpdateCustomerDto): Promise<Customer> {
    const current = await this.lockCustomer(actor.organizationId, id);
    const errors: FieldError[] = [];
    const phones = dto.phoneNumbers ? normalizePhones(dto.phoneNumbers, 'phoneNumbers', errors) : undefined;
    const address = dto.address ? normalizeAddress(dto.address, 'address', errors) : dto.address;
    checkBirthDate(dto.birthDate, errors);
    for (const required of ['kind', 'firstName', 'lastName', 'language', 'interpreterNeeded', 'vulnerabilities'] as const) {
      if (dto[required] === null) errors.push({ field: required, code: 'required' });
    }
    if (errors.length) throw new ValidationFailedError(errors);

    const sets: string[] = [];
    const values: unknown[] = [];
    const set = (column: string, value: unknown) => {
      values.push(value);
      sets.push(`${column} = $${values.length}`);
    };
    for (const [field, column] of Object.entries(SIMPLE_FIELDS) as [keyof typeof SIMPLE_FIELDS, string][]) {
      if (dto[field] !== undefined) set(column, field === 'namePrefix' ? blankToNull(dto.namePrefix) : dto[field]);
    }
    if (dto.email !== undefined) set('email', dto.email?.trim().toLowerCase() ?? null);
    if (address !== undefined) {
      set('street', address?.street ?? null);
      set('house_number', address?.houseNumber ?? null);
      set('house_letter', address?.houseLetter ?? null);
      set('house_number_addition', address?.houseNumberAddition ?? null);
      set('postcode', address?.postcode ?? null);
      set('city', address?.city ?? null);
    }
    if (sets.length > 0) {
      values.push(new Date(), id, actor.organizationId);
      await this.db.query(
        `UPDATE customers SET ${sets.join(', ')}, updated_at = $${values.length - 2} WHERE id = $${values.length - 1} AND organization_id = $${values.length}`,
        values,
      );
    }
    if (phones) await this.replacePhones(actor.organizationId, id, phones);
    if (dto.firstName !== undefined || dto.namePrefix !== undefined || dto.lastName !== undefined) {
      await this.indexName(
        actor.organizationId,
        id,
        dto.firstName ?? current.first_name,
        dto.namePrefix !== undefined ? dto.namePrefix : current.name_prefix,
        dto.lastName ?? current.last_name,
      );
    }
    await this.audit.record({
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'customer.updated',
      entityType: 'customer',
      entityId: id,
      // Which fields changed, never their values: the audit log holds no personal data.
      details: { fields: Object.keys(dto).filter((k) => (dto as Record<string, unknown>)[k] !== undefined) },
    });
    return this.get(actor, id);
  }

  async get(actor: Actor, id: string): Promise<Customer> {
    return toCustomer(await this.loadRow(actor.organizationId, id, false));
  }

  /** The 360° picture (R1). Who looked is recorded by the route (@ReadsCustomers), as for every read of customer data. */
  async overview(actor: Actor, id: string): Promise<CustomerOverview> {
    const [row, sections] = await Promise.all([
      this.loadRow(actor.organizationId, id, true),
      this.sections && isUuid(id) ? this.sections.collect(actor.organizationId, id) : Promise.resolve(null),
    ]);
    const today = todayInAmsterdam();
    return {
      customer: toCustomer(row),
      contracts: (row.contract_rows ?? []).map((k) => toContract(k, today)),
      openCases: (sections?.openCases ?? []) as CustomerOverview['openCases'],
      openCallbacks: (sections?.openCallbacks ?? []) as CustomerOverview['openCallbacks'],
      recentContacts: (sections?.recentContacts ?? []) as CustomerOverview['recentContacts'],
    };
  }

  @UseCase()
  async addMarker(actor: Actor, customerId: string, dto: CreateMarkerDto): Promise<Marker> {
    await this.lockCustomer(actor.organizationId, customerId);
    const validFrom = dto.validFrom ?? todayInAmsterdam();
    const errors = [...markerDateErrors('validFrom', dto.validFrom), ...markerDateErrors('validUntil', dto.validUntil)];
    if (errors.length) throw new ValidationFailedError(errors);
    if (dto.validUntil && dto.validUntil < validFrom) {
      throw new ValidationFailedError([{ field: 'validUntil', code: 'before_other', params: { other: 'validFrom' } }]);
    }
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO customer_markers (organization_id, customer_id, code, note, valid_from, valid_until, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
      [actor.organizationId, customerId, dto.code, dto.note.trim(), validFrom, dto.validUntil ?? null, actor.userId, new Date()],
    );
    await this.audit.record({
      organizationId: actor.organizationId, actorUserId: actor.userId, action: 'customer.marker_added', entityType: 'customer', entityId: customerId,
      details: { markerId: rows[0].id, code: dto.code },
    });
    return this.marker(actor.organizationId, customerId, rows[0].id);
  }

  @UseCase()
  async updateMarker(actor: Actor, customerId: string, markerId: string, dto: UpdateMarkerDto): Promise<Marker> {
    if (!isUuid(customerId) || !isUuid(markerId)) throw new NotFoundError('Marker');
    const rows: { valid_from: string }[] = await this.db.query(
      `SELECT valid_from FROM customer_markers WHERE id = $1 AND customer_id = $2 AND organization_id = $3 FOR UPDATE`,
      [markerId, customerId, actor.organizationId],
    );
    if (!rows[0]) throw new NotFoundError('Marker');
    const errors = markerDateErrors('validUntil', dto.validUntil);
    if (errors.length) throw new ValidationFailedError(errors);
    // Ending a marker sets its last day; yesterday is allowed so one that began today can be withdrawn today.
    if (dto.validUntil && dto.validUntil < dayBefore(rows[0].valid_from)) {
      throw new ValidationFailedError([{ field: 'validUntil', code: 'before_other', params: { other: 'validFrom' } }]);
    }
    if (dto.note === undefined && dto.validUntil === undefined) {
      throw new ValidationFailedError([{ field: 'body', code: 'required' }]);
    }
    await this.db.query(
      `UPDATE customer_markers SET note = COALESCE($1, note), valid_until = CASE WHEN $2::boolean THEN $3::date ELSE valid_until END, updated_at = $6
        WHERE id = $4 AND organization_id = $5`,
      [dto.note?.trim() ?? null, dto.validUntil !== undefined, dto.validUntil ?? null, markerId, actor.organizationId, new Date()],
    );
    await this.audit.record({
      organizationId: actor.organizationId, actorUserId: actor.userId, action: 'customer.marker_updated', entityType: 'customer', entityId: customerId,
      details: { markerId, fields: Object.keys(dto) },
    });
    return this.marker(actor.organizationId, customerId, markerId);
  }

  /** What a confirmation needs: name and where to write. Null when the customer is not this organization's. */
  async contactInfo(organizationId: string, id: string): Promise<{ id: string; fullName: string; email: string | null; preferredChannel: string | null; phone: string | null } | null> {
    if (!isUuid(id)) return null;
    const rows: { id: string; first_name: string; name_prefix: string | null; last_name: string; email: string | null; preferred_channel: string | null; phone: string | null }[] =
      await this.db.query(
        `SELECT id, first_name, name_prefix, last_name, email, preferred_channel,
                (SELECT p.e164 FROM customer_phone_numbers p WHERE p.customer_id = c.id ORDER BY p.position LIMIT 1) AS phone
           FROM customers c WHERE id = $1 AND organization_id = $2`,
        [id, organizationId],
      );
    const r = rows[0];
    return r ? { id: r.id, fullName: fullName(r.first_name, r.name_prefix, r.last_name), email: r.email, preferredChannel: r.preferred_channel, phone: r.phone } : null;
  }

  /** Name and number of each of these customers that is this organization's (the access-log screens show who was looked at). */
  async summaries(organizationId: string, ids: string[]): Promise<Map<string, { id: string; fullName: string; customerNumber: string }>> {
    const wanted = [...new Set(ids.filter((id) => isUuid(id)))];
    if (wanted.length === 0) return new Map();
    const rows: { id: string; customer_number: string; first_name: string; name_prefix: string | null; last_name: string }[] = await this.db.query(
      `SELECT id, customer_number, first_name, name_prefix, last_name FROM customers WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
      [organizationId, wanted],
    );
    return new Map(rows.map((r) => [r.id, { id: r.id, fullName: fullName(r.first_name, r.name_prefix, r.last_name), customerNumber: r.customer_number }]));
  }

  // ---------- portal: a tenant and their own record only ----------
  async portalMe(actor: Actor): Promise<PortalMe> {
    const overview = await this.overview(actor, actor.customerId as string);
    return { customer: toPortalCustomer(overview.customer), contracts: overview.contracts };
  }

  @UseCase()
  async updatePreferences(actor: Actor, dto: UpdatePreferencesDto): Promise<PortalMe> {
    await this.update(actor, actor.customerId as string, {
      preferredChannel: dto.preferredChannel,
      email: dto.email,
      phoneNumbers: dto.phoneNumbers,
      language: dto.language,
    });
    return this.portalMe(actor);
  }

  // ---------- internals ----------
  private async loadRow(organizationId: string, id: string, withContracts: boolean): Promise<CustomerRow> {
    if (!isUuid(id)) throw new NotFoundError('Customer');
    const rows: CustomerRow[] = await this.db.query(
      `SELECT ${CUSTOMER_JSON_SQL}${withContracts ? `, ${CONTRACTS_JSON_SQL}` : ''}
         FROM customers c WHERE c.id = $1 AND c.organization_id = $2`,
      [id, organizationId],
    );
    if (!rows[0]) throw new NotFoundError('Customer');
    return rows[0];
  }

  private async lockCustomer(organizationId: string, id: string): Promise<CustomerRow> {
    if (!isUuid(id)) throw new NotFoundError('Customer');
    const rows: CustomerRow[] = await this.db.query(`SELECT * FROM customers WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [id, organizationId]);
    if (!rows[0]) throw new NotFoundError('Customer');
    return rows[0];
  }

  private async marker(organizationId: string, customerId: string, markerId: string): Promise<Marker> {
    const rows = await this.db.query(
      `SELECT id, code, note, valid_from, valid_until, created_at, created_by FROM customer_markers WHERE id = $1 AND customer_id = $2 AND organization_id = $3`,
      [markerId, customerId, organizationId],
    );
    return toMarkers(rows)[0];
  }

  private async replacePhones(organizationId: string, customerId: string, phones: { e164: string; label: string }[]): Promise<void> {
    await this.db.query(`DELETE FROM customer_phone_numbers WHERE customer_id = $1 AND organization_id = $2`, [customerId, organizationId]);
    if (phones.length === 0) return;
    await this.db.query(
      `INSERT INTO customer_phone_numbers (organization_id, customer_id, e164, label, position)
       SELECT $1, $2, e164, label, pos - 1 FROM unnest($3::text[], $4::text[]) WITH ORDINALITY AS p(e164, label, pos)`,
      [organizationId, customerId, phones.map((p) => p.e164), phones.map((p) => p.label)],
    );
  }

  private async indexName(organizationId: string, customerId: string, firstName: string, namePrefix: string | null, lastName: string): Promise<void> {
    const tokens = customerNameTokens(firstName, namePrefix, lastName);
    const sortKey = nameSortKey(firstName, lastName);
    const deleted = await this.db.query(
      `DELETE FROM customer_search_tokens WHERE customer_id = $1 AND organization_id = $2 RETURNING token`,
      [customerId, organizationId],
    );
    // TypeORM answers a DELETE … RETURNING with [rows, count].
    const removed = ((Array.isArray(deleted[0]) ? deleted[0] : deleted) as { token: string }[]).map((r) => r.token);
    if (removed.length) {
      await this.db.query(
        `UPDATE search_token_dictionary SET customer_count = greatest(customer_count - 1, 0) WHERE organization_id = $1 AND token = ANY($2::text[])`,
        [organizationId, removed],
      );
    }
    if (tokens.length === 0) return;
    await this.db.query(
      `INSERT INTO customer_search_tokens (organization_id, token, rank_key, customer_id)
       SELECT $1, token, rank_key, $2 FROM unnest($3::text[], $4::text[]) AS t(token, rank_key) ON CONFLICT DO NOTHING`,
      [organizationId, customerId, tokens.map((t) => t.token), tokens.map((t) => tokenRankKey(t.weight, sortKey))],
    );
    await this.db.query(
      `INSERT INTO search_token_dictionary (organization_id, token, customer_count) SELECT $1, unnest($2::text[]), 1
       ON CONFLICT (organization_id, token) DO UPDATE SET customer_count = search_token_dictionary.customer_count + 1`,
      [organizationId, tokens.map((t) => t.token)],
    );
  }

}

/** A marker is about the years around now: its dates lie within this many years of today. */
const MARKER_YEARS = 10;

function markerDateErrors(field: string, date: string | null | undefined): FieldError[] {
  return date && !isDateWithinYears(date, MARKER_YEARS, todayInAmsterdam()) ? [{ field, code: 'not_within_years', params: { years: MARKER_YEARS } }] : [];
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function blankToNull(v: string | null | undefined): string | null {
  return v && v.trim() ? v.trim() : null;
}

function normalizePhones(input: PhoneNumberInputDto[], field: string, errors: FieldError[]) {
  const out: { e164: string; label: string }[] = [];
  input.forEach((p, i) => {
    const e164 = normalizePhone(p.number);
    if (!e164) errors.push({ field: `${field}[${i}].number`, code: 'not_a_phone_number' });
    else if (!out.some((o) => o.e164 === e164)) out.push({ e164, label: p.label ?? 'mobile' });
  });
  return out;
}

function normalizeAddress(a: AddressDto, field: string, errors: FieldError[]) {
  const postcode = normalizePostcode(a.postcode);
  if (!postcode) errors.push({ field: `${field}.postcode`, code: 'not_a_postcode' });
  return {
    street: a.street.trim(),
    houseNumber: a.houseNumber,
    houseLetter: a.houseLetter ? a.houseLetter.toUpperCase() : null,
    houseNumberAddition: blankToNull(a.houseNumberAddition),
    postcode: postcode ?? '',
    city: a.city.trim(),
  };
}

function checkBirthDate(birthDate: string | null | undefined, errors: FieldError[]): void {
  if (!birthDate) return;
  if (birthDate > todayInAmsterdam()) errors.push({ field: 'birthDate', code: 'in_future' });
  else if (birthDate < '1900-01-01') errors.push({ field: 'birthDate', code: 'before_minimum', params: { min: '1900-01-01' } });
}

export function toPortalCustomer(c: Customer): PortalCustomer {
  const { markers: _m, attitude: _a, vulnerabilities: _v, digitalSkill: _d, ...visible } = c;
  return visible;
}
