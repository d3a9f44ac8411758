import { Injectable } from '@nestjs/common';
import { UseCase, Actor, type CustomerRefDto, AuditService, EventLog, type RelatieRefDto, ConflictError, NotFoundError, ValidationFailedError, type FieldError, isDateWithinYears, isUuid } from '@loket/server/platform';
import { CustomerRow, toContract, toCustomer, toMarkers } from './customer-read';
import { customerUpdated } from './events/customer-events';
import { CustomersRepository, type NewCustomer } from './customers.repository';
import { customerSearchTokens, fullName, type KeyFields, nameSortKey, normalizePhone, normalizePostcode, todayInAmsterdam, tokenRankKey } from './normalize';
import type { AddressDto, ContractDto, CreateCustomerDto, CreateMarkerDto, CustomerDto, MarkerDto, PhoneNumberInputDto, PortalCustomerDto, PortalMeDto, UpdateCustomerDto, UpdateMarkerDto, UpdatePreferencesDto } from './dto/customer.dto';

/** Column for each simple (non-derived) customer field. */
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
} as const satisfies { [F in keyof UpdateCustomerDto]?: keyof NewCustomer };

/** A customer's record with their contracts: the customers module's part of the 360° picture and of the portal's "me". */
export interface CustomerProfile {
  customer: CustomerDto;
  contracts: ContractDto[];
}

@Injectable()
export class CustomersService {
  constructor(
    private readonly repo: CustomersRepository,
    private readonly audit: AuditService,
    private readonly events: EventLog,
  ) {}

  @UseCase()
  async create(actor: Actor, dto: CreateCustomerDto): Promise<CustomerDto> {
    const errors: FieldError[] = [];
    const phones = normalizePhones(dto.phoneNumbers ?? [], 'phoneNumbers', errors);
    const address = dto.address ? normalizeAddress(dto.address, 'address', errors) : null;
    checkBirthDate(dto.birthDate, errors);
    if (errors.length) throw new ValidationFailedError(errors);

    const number = dto.customerNumber?.toUpperCase() ?? (await this.repo.nextCustomerNumber());
    const id = await this.repo.insert(
      actor.organizationId,
      {
        customer_number: number, kind: dto.kind, initials: dto.initials ?? null, first_name: dto.firstName.trim(), name_prefix: blankToNull(dto.namePrefix),
        last_name: dto.lastName.trim(), birth_date: dto.birthDate ?? null, email: dto.email?.trim().toLowerCase() ?? null,
        street: address?.street ?? null, house_number: address?.houseNumber ?? null, house_letter: address?.houseLetter ?? null,
        house_number_addition: address?.houseNumberAddition ?? null, postcode: address?.postcode ?? null, city: address?.city ?? null,
        preferred_channel: dto.preferredChannel ?? null, language: dto.language ?? 'nl', interpreter_needed: dto.interpreterNeeded ?? false,
        digital_skill: dto.digitalSkill ?? null, attitude: dto.attitude ?? null, vulnerabilities: dto.vulnerabilities ?? [],
      },
      new Date(),
    );
    if (!id) throw new ConflictError('customer-number-taken', { number });
    await this.repo.replacePhones(actor.organizationId, id, phones);
    await this.indexName(
      actor.organizationId, id, { firstName: dto.firstName, namePrefix: dto.namePrefix ?? null, lastName: dto.lastName },
      { street: address?.street ?? null, houseNumber: address?.houseNumber ?? null, postcode: address?.postcode ?? null, email: dto.email?.trim().toLowerCase() ?? null },
    );
    await this.audit.record({ organizationId: actor.organizationId, actorUserId: actor.userId, action: 'customer.created', entityType: 'customer', entityId: id });
    return this.get(actor, id);
  }

  @UseCase()
  async update(actor: Actor, id: string, dto: UpdateCustomerDto): Promise<CustomerDto> {
    const current = await this.lockCustomer(actor.organizationId, id);
    const errors: FieldError[] = [];
    const phones = dto.phoneNumbers ? normalizePhones(dto.phoneNumbers, 'phoneNumbers', errors) : undefined;
    const address = dto.address ? normalizeAddress(dto.address, 'address', errors) : dto.address;
    checkBirthDate(dto.birthDate, errors);
    for (const required of ['kind', 'firstName', 'lastName', 'language', 'interpreterNeeded', 'vulnerabilities'] as const) {
      if (dto[required] === null) errors.push({ field: required, code: 'required' });
    }
    if (errors.length) throw new ValidationFailedError(errors);

    const changes: Record<string, unknown> = {};
    for (const [field, column] of Object.entries(SIMPLE_FIELDS) as [keyof typeof SIMPLE_FIELDS, keyof NewCustomer][]) {
      if (dto[field] !== undefined) changes[column] = field === 'namePrefix' ? blankToNull(dto.namePrefix) : dto[field];
    }
    if (dto.email !== undefined) changes['email'] = dto.email?.trim().toLowerCase() ?? null;
    if (address !== undefined) {
      Object.assign(changes, {
        street: address?.street ?? null,
        house_number: address?.houseNumber ?? null,
        house_letter: address?.houseLetter ?? null,
        house_number_addition: address?.houseNumberAddition ?? null,
        postcode: address?.postcode ?? null,
        city: address?.city ?? null,
      });
    }
    await this.repo.update(actor.organizationId, id, changes as Partial<NewCustomer>, new Date());
    if (phones) await this.repo.replacePhones(actor.organizationId, id, phones);
    if (dto.firstName !== undefined || dto.namePrefix !== undefined || dto.lastName !== undefined || dto.email !== undefined || address !== undefined) {
      await this.indexName(
        actor.organizationId,
        id,
        {
          firstName: dto.firstName ?? current.first_name,
          namePrefix: dto.namePrefix !== undefined ? dto.namePrefix : current.name_prefix,
          lastName: dto.lastName ?? current.last_name,
        },
        {
          street: address !== undefined ? (address?.street ?? null) : current.street,
          houseNumber: address !== undefined ? (address?.houseNumber ?? null) : current.house_number,
          postcode: address !== undefined ? (address?.postcode ?? null) : current.postcode,
          email: dto.email !== undefined ? (dto.email?.trim().toLowerCase() ?? null) : current.email,
        },
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
    await this.publishUpdated(actor, id, Object.keys(dto).filter((k) => (dto as Record<string, unknown>)[k] !== undefined), {
      email: changes['email'] as string | null | undefined, phones: phones?.map((p) => p.e164), preferredChannel: dto.preferredChannel,
    });
    return this.get(actor, id);
  }

  async get(actor: Actor, id: string): Promise<CustomerDto> {
    return toCustomer(await this.loadRow(actor.organizationId, id, false));
  }

  /**
   * The customer with their contracts: the customers module's part of the 360° picture (the
   * overview library adds the other modules' parts). 404 when not this organization's customer.
   */
  async profile(actor: Actor, id: string): Promise<CustomerProfile> {
    const row = await this.loadRow(actor.organizationId, id, true);
    const today = todayInAmsterdam();
    return { customer: toCustomer(row), contracts: (row.contract_rows ?? []).map((k) => toContract(k, today)) };
  }

  @UseCase()
  async addMarker(actor: Actor, customerId: string, dto: CreateMarkerDto): Promise<MarkerDto> {
    await this.lockCustomer(actor.organizationId, customerId);
    const validFrom = dto.validFrom ?? todayInAmsterdam();
    const errors = [...markerDateErrors('validFrom', dto.validFrom), ...markerDateErrors('validUntil', dto.validUntil)];
    if (errors.length) throw new ValidationFailedError(errors);
    if (dto.validUntil && dto.validUntil < validFrom) {
      throw new ValidationFailedError([{ field: 'validUntil', code: 'before_other', params: { other: 'validFrom' } }]);
    }
    const markerId = await this.repo.insertMarker(
      actor.organizationId,
      customerId,
      { code: dto.code, note: dto.note.trim(), valid_from: validFrom, valid_until: dto.validUntil ?? null, created_by: actor.userId },
      new Date(),
    );
    await this.audit.record({
      organizationId: actor.organizationId, actorUserId: actor.userId, action: 'customer.marker_added', entityType: 'customer', entityId: customerId,
      details: { markerId, code: dto.code },
    });
    await this.publishUpdated(actor, customerId, ['markers'], {});
    return this.marker(actor.organizationId, customerId, markerId);
  }

  @UseCase()
  async updateMarker(actor: Actor, customerId: string, markerId: string, dto: UpdateMarkerDto): Promise<MarkerDto> {
    if (!isUuid(customerId) || !isUuid(markerId)) throw new NotFoundError('Marker');
    const current = await this.repo.lockMarker(actor.organizationId, customerId, markerId);
    if (!current) throw new NotFoundError('Marker');
    const errors = markerDateErrors('validUntil', dto.validUntil);
    if (errors.length) throw new ValidationFailedError(errors);
    // Ending a marker sets its last day; yesterday is allowed so one that began today can be withdrawn today.
    if (dto.validUntil && dto.validUntil < dayBefore(current.valid_from)) {
      throw new ValidationFailedError([{ field: 'validUntil', code: 'before_other', params: { other: 'validFrom' } }]);
    }
    if (dto.note === undefined && dto.validUntil === undefined) {
      throw new ValidationFailedError([{ field: 'body', code: 'required' }]);
    }
    await this.repo.updateMarker(actor.organizationId, markerId, dto.note?.trim() ?? null, dto.validUntil !== undefined, dto.validUntil ?? null, new Date());
    await this.audit.record({
      organizationId: actor.organizationId, actorUserId: actor.userId, action: 'customer.marker_updated', entityType: 'customer', entityId: customerId,
      details: { markerId, fields: Object.keys(dto) },
    });
    await this.publishUpdated(actor, customerId, ['markers'], {});
    return this.marker(actor.organizationId, customerId, markerId);
  }

  /** What a confirmation needs: name and where to write. Null when the customer is not this organization's. */
  async contactInfo(organizationId: string, id: string): Promise<{ id: string; fullName: string; email: string | null; preferredChannel: string | null; phone: string | null } | null> {
    if (!isUuid(id)) return null;
    const r = await this.repo.contactInfo(organizationId, id);
    return r ? { id: r.id, fullName: fullName(r.first_name, r.name_prefix, r.last_name), email: r.email, preferredChannel: r.preferred_channel, phone: r.phone } : null;
  }

  /** Name and number of each of these customers that is this organization's (the access-log screens show who was looked at). */
  async summaries(organizationId: string, ids: string[]): Promise<Map<string, { id: string; fullName: string; customerNumber: string }>> {
    const wanted = [...new Set(ids.filter((id) => isUuid(id)))];
    if (wanted.length === 0) return new Map();
    const rows = await this.repo.summaries(organizationId, wanted);
    return new Map(rows.map((r) => [r.id, { id: r.id, fullName: fullName(r.first_name, r.name_prefix, r.last_name), customerNumber: r.customer_number }]));
  }

  /**
   * The name and the address lines a letter to these customers is addressed with (as the postal
   * services want them: "Dorpsstraat 12 A", "1234 AB  UTRECHT"); no lines when no address is known.
   */
  async postalAddresses(organizationId: string, ids: string[]): Promise<Map<string, { id: string; fullName: string; customerNumber: string; lines: string[] }>> {
    const wanted = [...new Set(ids.filter((id) => isUuid(id)))];
    if (wanted.length === 0) return new Map();
    const rows = await this.repo.postalAddresses(organizationId, wanted);
    return new Map(
      rows.map((r) => {
        const house = [r.house_number, r.house_letter, r.house_number_addition ? `-${r.house_number_addition}` : null].filter((x) => x !== null && x !== undefined && x !== '').join('').replace(/^(\d+)([A-Za-z])/, '$1 $2');
        const lines = r.street && r.postcode && r.city ? [`${r.street} ${house}`.trim(), `${r.postcode}  ${r.city.toUpperCase()}`] : [];
        return [r.id, { id: r.id, fullName: fullName(r.first_name, r.name_prefix, r.last_name), customerNumber: r.customer_number, lines }];
      }),
    );
  }

  /**
   * How lists and pages name these customers (those of this organization): name, number and the
   * safety markers in force today. Two queries for any number of ids.
   */
  async refs(organizationId: string, ids: string[], today = todayInAmsterdam()): Promise<Map<string, CustomerRefDto>> {
    const wanted = [...new Set(ids.filter((id) => isUuid(id)))];
    if (wanted.length === 0) return new Map();
    const rows = await this.repo.refs(organizationId, wanted, today);
    return new Map<string, CustomerRefDto>(rows.map((r) => [r.id, {
      id: r.id, fullName: fullName(r.first_name, r.name_prefix, r.last_name), customerNumber: r.customer_number, safetyMarkers: r.safety_markers,
    }]));
  }

  /**
   * The ERP's id (idExtern) of each of these customers of this organization that has one: how
   * integration events and VERA-shaped reads name the relatie to the ERP. One query for any number of ids.
   */
  async externalIds(organizationId: string, ids: string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id) => isUuid(id)))];
    if (wanted.length === 0) return new Map();
    const rows = await this.repo.externalIds(organizationId, wanted);
    return new Map(rows.filter((r) => r.external_id !== null).map((r) => [r.id, r.external_id as string]));
  }

  /** Each customer as the ERP knows them: Loket's id and the ERP's id (null when not linked). */
  async relaties(organizationId: string, ids: string[]): Promise<Map<string, RelatieRefDto>> {
    const external = await this.externalIds(organizationId, ids);
    return new Map([...new Set(ids)].map((id) => [id, { id, idExtern: external.get(id) ?? null }]));
  }

  // ---------- portal: a tenant and their own record only ----------
  async portalMe(actor: Actor): Promise<PortalMeDto> {
    const { customer, contracts } = await this.profile(actor, actor.customerId as string);
    return { customer: toPortalCustomer(customer), contracts };
  }

  @UseCase()
  async updatePreferences(actor: Actor, dto: UpdatePreferencesDto): Promise<PortalMeDto> {
    await this.update(actor, actor.customerId as string, {
      preferredChannel: dto.preferredChannel,
      email: dto.email,
      phoneNumbers: dto.phoneNumbers,
      language: dto.language,
    });
    return this.portalMe(actor);
  }

  // ---------- internals ----------
  /** `customer.updated` for a change made in Loket (staff, or the tenant in the portal), in the changing use case; nothing when the ERP hears of none of it. */
  private async publishUpdated(actor: Actor, id: string, changed: string[], after: Parameters<typeof customerUpdated>[3]): Promise<void> {
    const relatie = (await this.relaties(actor.organizationId, [id])).get(id) as RelatieRefDto;
    const data = customerUpdated(relatie, actor.kind === 'tenant' ? 'huurder' : 'medewerker', changed, after);
    if (!data) return;
    await this.events.publish({ organizationId: actor.organizationId, type: 'customer.updated', customerId: id, subjectId: id, data: { ...data }, at: new Date() });
  }

  private async loadRow(organizationId: string, id: string, withContracts: boolean): Promise<CustomerRow> {
    if (!isUuid(id)) throw new NotFoundError('Customer');
    const row = await this.repo.load(organizationId, id, withContracts);
    if (!row) throw new NotFoundError('Customer');
    return row;
  }

  private async lockCustomer(organizationId: string, id: string): Promise<CustomerRow> {
    if (!isUuid(id)) throw new NotFoundError('Customer');
    const row = await this.repo.lock(organizationId, id);
    if (!row) throw new NotFoundError('Customer');
    return row;
  }

  private async marker(organizationId: string, customerId: string, markerId: string): Promise<MarkerDto> {
    const row = await this.repo.marker(organizationId, customerId, markerId);
    return toMarkers(row ? [row] : [])[0];
  }

  /** The customer's tokens in the search index: name words and key tokens (street + house number, postcode, e-mail). */
  private async indexName(
    organizationId: string, customerId: string, name: { firstName: string; namePrefix: string | null; lastName: string }, keys: KeyFields,
  ): Promise<void> {
    const tokens = customerSearchTokens(name, keys);
    const sortKey = nameSortKey(name.firstName, name.lastName);
    await this.repo.removeNameTokens(organizationId, customerId);
    await this.repo.addNameTokens(organizationId, customerId, tokens.map((t) => ({ token: t.token, rankKey: tokenRankKey(t.weight, sortKey) })));
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

export function toPortalCustomer(c: CustomerDto): PortalCustomerDto {
  const { markers: _m, attitude: _a, vulnerabilities: _v, digitalSkill: _d, ...visible } = c;
  return visible;
}
