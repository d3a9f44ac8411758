import { Inject, Injectable } from '@nestjs/common';
import {
  UseCase, ERASED_TEXT, EventLog,
  APP_CONFIG, Actor, AppConfig, AuditService, ConflictError, NotFoundError, OutboxService, ValidationFailedError, type OutboxStatus, decodeKeysetCursor, decodeOffsetCursor, encodeKeysetCursor, encodeOffsetCursor, isUuid, parseDateTime, type FieldError,
} from '@loket/server/platform';
import { CustomersService } from '@loket/server/customers';
import { DirectoryService } from '@loket/server/identity';
import { SlaClockService, type StartClock } from '@loket/server/sla';
import { LocationsService, TeamsService, TopicsService } from '@loket/server/reference-data';
import { VERA_CHANNEL_CODES, VERA_DIRECTION_CODES } from '@loket/shared/contracts';
import type { CaseStatus } from '@loket/shared/contracts';
import type { PersonRefDto } from '@loket/server/platform';
import type { LocationDto, TopicDto } from '@loket/server/reference-data';
import type { CaseDto, CasePageDto, CaseWithContactsDto, ContactDto, PortalCaseDto, PortalFileDto, TimelineItemDto, TimelinePageDto } from './dto/responses.dto';
import type { AskQuestionDto, CreateContactDto, ListCasesQueryDto, ResolveCaseDto, UpdateCaseDto } from './dto/contact-log.dto';
import { ContactArticleDirectory } from './article-references';
import { ContactCallbacks, type AgreedCallback } from './contact-callbacks';
import type { LoggedContactDto } from './dto/logged-contact.dto';
import { AnswerDelivery } from './answers';
import { confirmationText } from './confirmation';
import { CaseWorkSync } from './case-work';
import { ContactLogRepository, type CaseRecord, type CaseRow, type ContactRow } from './contact-log.repository';
import {
  CaseRuleViolation, OPEN_STATUSES, beforeContact, changeStatus, countContact, openCase, resolveCase, type CaseEventStep, type CaseState, type ClockStep,
} from './domain/case-lifecycle';
import { ContactLogEvents } from './integration-events';
import { CONTACT_EVENT_PERSONAL_KEYS, toContactmoment } from './domain/contactmoment';
import type { ContactmomentDto } from './dto/integration-events.dto';

/** The position before every contact of a moment (a keyset cursor's id when nothing was read yet). */
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
import { confirmationMessageIds, toCase, toCaseEvent, toContact, toPortalCase, toPortalContact } from './read-model';

/** How far in the future an occurredAt may lie (clocks differ a little). */
const CLOCK_SKEW_MS = 5 * 60_000;
const DAY_MS = 86_400_000;

const stateOf = (r: CaseRecord): CaseState => ({
  status: r.status, contactCount: r.contact_count, contactsAtResolution: r.contacts_at_resolution, answerSummary: r.answer_summary,
  resolvedAt: r.resolved_at, closedAt: r.closed_at,
});

/** The case rules say no: a 409 with the rule's code. */
function underRules<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CaseRuleViolation) throw new ConflictError(e.detail, e.params);
    throw e;
  }
}

@Injectable()
export class ContactLogService {
  constructor(
    private readonly repository: ContactLogRepository,
    private readonly customers: CustomersService,
    private readonly directory: DirectoryService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clocks: SlaClockService,
    private readonly articles: ContactArticleDirectory,
    private readonly topicList: TopicsService,
    private readonly locationList: LocationsService,
    private readonly teamList: TeamsService,
    private readonly caseWork: CaseWorkSync,
    private readonly answers: AnswerDelivery,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly contactCallbacks: ContactCallbacks,
    private readonly integration: ContactLogEvents,
    private readonly eventLog: EventLog,
  ) {}


  /** The customer's open cases (at most 10, most recently changed first), for the 360° overview. */
  async openCasesOf(org: string, customerId: string): Promise<CaseDto[]> {
    return this.listCaseRows(org, { customerId, statuses: OPEN_STATUSES }, 10, 0);
  }

  /** The customer's five latest contacts, for the 360° overview. */
  async recentContactsOf(org: string, customerId: string): Promise<ContactDto[]> {
    return this.toContacts(org, await this.repository.recentContacts(org, customerId, 5));
  }


  // ---------- contacts ----------
  /**
   * Logs a contact, opening or updating its case, with the callback agreed in it (one transaction:
   * a refused callback saves nothing); the written confirmation is queued after the commit.
   */
  @UseCase()
  async logContact(actor: Actor, dto: CreateContactDto): Promise<LoggedContactDto> {
    const org = actor.organizationId;
    const errors: FieldError[] = [];
    const customer = await this.customers.contactInfo(org, dto.customerId);
    if (!customer) throw new NotFoundError('Customer');
    const topic = await this.topicList.byIdOrCode(org, dto.topic);
    if (!topic) errors.push({ field: 'topic', code: 'not_found_in_organization' });
    const now = new Date();
    const nowMs = now.getTime();
    const givenAt = dto.occurredAt ? parseDateTime(dto.occurredAt) : now;
    const followUpAt = dto.followUp ? parseDateTime(dto.followUp.at) : null;
    const maxAge = this.config.CONTACT_MAX_AGE_DAYS;
    const horizon = this.config.CALLBACK_HORIZON_DAYS;
    if (!givenAt) errors.push({ field: 'occurredAt', code: 'not_a_real_date_time' });
    else if (givenAt.getTime() > nowMs + CLOCK_SKEW_MS) errors.push({ field: 'occurredAt', code: 'in_future' });
    else if (givenAt.getTime() < nowMs - maxAge * DAY_MS) errors.push({ field: 'occurredAt', code: 'too_far_back', params: { days: maxAge } });
    if (dto.followUp && !followUpAt) errors.push({ field: 'followUp.at', code: 'not_a_real_date_time' });
    else if (followUpAt && followUpAt.getTime() > nowMs + horizon * DAY_MS) errors.push({ field: 'followUp.at', code: 'too_far_ahead', params: { days: horizon } });
    if (!!dto.caseId === !!dto.newCase) errors.push({ field: dto.caseId ? 'newCase' : 'caseId', code: dto.caseId ? 'not_both' : 'required', params: { other: dto.caseId ? 'caseId' : 'newCase' } });
    // A callback is what "callback agreed" means; with another outcome it would be a promise nobody sees.
    if (dto.callback && dto.outcome !== 'callback_agreed') errors.push({ field: 'callback', code: 'not_allowed' });
    if (dto.channel === 'counter' && dto.outcome !== 'answered' && !dto.followUp) {
      errors.push({ field: 'followUp', code: 'required' });
    }
    else if (followUpAt && givenAt && followUpAt.getTime() < givenAt.getTime() - CLOCK_SKEW_MS) {
      errors.push({ field: 'followUp.at', code: 'not_after_other', params: { other: 'occurredAt' } });
    }
    let location: LocationDto | null = null;
    if (dto.locationId) {
      location = await this.locationList.location(org, dto.locationId);
      if (!location) errors.push({ field: 'locationId', code: 'not_found_in_organization' });
    }
    if (dto.articleIds?.length) {
      const known = new Set(await this.articles.existing(org, dto.articleIds));
      dto.articleIds.forEach((id, i) => {
        if (!known.has(id)) errors.push({ field: `articleIds[${i}]`, code: 'not_found_in_organization' });
      });
    }
    if (errors.length) throw new ValidationFailedError(errors);
    const t = topic as TopicDto;
    const occurredAt = givenAt as Date;
    const summary = dto.summary.trim();

    const employee = actor.kind === 'staff' ? await this.person(org, actor.userId) : null;
    const answered = dto.outcome === 'answered';
    let caseRow: CaseRecord;
    let counted: { state: CaseState; events: CaseEventStep[]; clock: ClockStep[] } | null = null;
    // Integrations hear of it in this order: the case opened, the contact, the case resolved by it.
    let resolvedBy: CaseState | null = null;
    let causedByContact: CaseEventStep[] = [];
    const relatie = (await this.customers.relaties(org, [dto.customerId])).get(dto.customerId);
    const known = { relatie, soort: { code: t.code, naam: t.name } };
    if (dto.caseId) {
      caseRow = await this.lockCase(org, dto.caseId);
      if (caseRow.customer_id !== dto.customerId) throw new NotFoundError('Case');
      let state = stateOf(caseRow);
      // A resolved case reopens; one waiting for the customer runs again when the customer writes or calls.
      const before = underRules(() => beforeContact(state, dto.direction));
      if (before) {
        await this.repository.saveState(org, caseRow.id, before.state, now);
        // Recorded once the contact is written, naming it: a reopen by a contact is not staff reopening by hand.
        causedByContact = before.events;
        await this.driveClock(org, caseRow.id, before.clock, occurredAt);
        state = before.state;
      }
      counted = countContact(state, { direction: dto.direction, answered, byEmployee: !!employee, summary, at: occurredAt });
    } else {
      // The first contact is counted (and, when answered, the case resolved) as the case is written.
      const opened = openCase({ answered, summary, at: occurredAt });
      // The case is in its owner's team (the worklists' team queue when nobody owns it).
      // A question no employee took in (the portal) waits in the front office's queue.
      const teamId = employee ? await this.directory.teamIdOf(org, employee.id) : await this.teamList.frontOffice(org);
      caseRow = await this.repository.insertCase(
        org,
        { customerId: dto.customerId, subject: (dto.newCase as { subject: string }).subject.trim(), topicId: t.id, ownerId: employee?.id ?? null, teamId, openedAt: occurredAt, state: opened.state },
        now,
      );
      // The response clock starts from the policy of this first contact (a counter visit: that location's hours).
      await this.driveClock(org, caseRow.id, opened.clock, occurredAt, {
        organizationId: org, caseId: caseRow.id, customerId: dto.customerId, channel: dto.channel, topicId: t.id,
        location: location ? { id: location.id, code: location.code } : null, ownerId: employee?.id ?? null, receivedAt: occurredAt,
      });
      await this.events(org, caseRow, opened.events, employee);
      await this.integration.caseOpened(org, caseRow, occurredAt, known);
      if (opened.state.status === 'resolved') resolvedBy = opened.state;
    }

    const followUp = dto.followUp ? { channel: dto.followUp.channel, at: new Date(dto.followUp.at).toISOString(), note: dto.followUp.note ?? null } : null;
    const contact = await this.repository.insertContact(
      org,
      {
        caseId: caseRow.id, customerId: dto.customerId, channel: dto.channel, direction: dto.direction, occurredAt, topicId: t.id, summary,
        internalNote: dto.internalNote?.trim() || null, outcome: dto.outcome, followUp, articleIds: dto.articleIds ?? [], locationId: dto.locationId ?? null,
        employeeId: employee?.id ?? null, employeeName: employee?.displayName ?? null,
      },
      now,
    );
    await this.events(org, caseRow, causedByContact, employee, contact.id);
    await this.integration.contactLogged(
      org,
      { id: contact.id, occurredAt, createdAt: new Date(contact.created_at), channel: dto.channel, direction: dto.direction, summary, outcome: dto.outcome, topicId: t.id },
      caseRow,
      known,
    );
    if (counted) {
      // The case row is locked (lockCase): concurrent contacts on the same case each count, one after the other.
      await this.repository.saveState(org, caseRow.id, counted.state, now);
      await this.events(org, caseRow, counted.events, employee, contact.id);
      // An answer stops the clock; any word from us to the customer is the first response.
      await this.driveClock(org, caseRow.id, counted.clock, occurredAt);
      if (counted.state.status === 'resolved') resolvedBy = counted.state;
    }
    // The case's events name the case's topic (a contact on an existing case may name another one).
    if (resolvedBy) await this.integration.caseResolved(org, caseRow, resolvedBy, occurredAt, caseRow.topic_id === t.id ? known : { relatie });

    // The callback joins this use case's transaction: when it is refused (fields under "callback."), the contact goes too.
    let callback: AgreedCallback | null = null;
    if (dto.callback) {
      callback = await this.contactCallbacks.agree(actor, { customerId: dto.customerId, caseId: caseRow.id, contactId: contact.id }, dto.callback);
    }
    // The worklists: earlier follow-ups are done once staff speak to the customer again; a counter follow-up is owned work (R11).
    if (employee) await this.caseWork.staffContacted(org, caseRow.id, occurredAt);
    if (dto.channel === 'counter' && followUp) {
      await this.caseWork.followUp(org, {
        contactId: contact.id, kase: caseRow, followUp, locationId: dto.locationId ?? null, employeeId: employee?.id ?? null,
        teamId: employee ? await this.directory.teamIdOf(org, employee.id) : null, at: occurredAt,
      });
    }
    await this.caseWork.sync(org, caseRow.id);

    let confirmation: ContactDto['confirmation'] = null;
    if (dto.confirm) {
      const channel = customer.email ? 'email' : 'letter';
      const organization = await this.directory.organizationContact(org);
      const organizationName = organization.name;
      const text = confirmationText({
        medium: channel,
        phone: organization.phone,
        organizationName,
        customerName: customer.fullName,
        employeeName: employee?.displayName ?? null,
        channel: dto.channel,
        occurredAt: occurredAt.toISOString(),
        topicName: t.name,
        subject: caseRow.subject,
        summary,
        outcome: dto.outcome,
        followUp: dto.followUp ?? null,
        callback: callback ? { when: callback.when, caller: callback.assignee?.displayName ?? null } : null,
      });
      // Written in this transaction; the outbox queues its delivery once the outermost use case committed.
      const message = await this.outbox.enqueue({
        organizationId: org, channel, recipient: customer.email, fromName: organizationName,
        subject: text.subject, body: text.body, referenceType: 'contact', referenceId: contact.id,
        customerId: dto.customerId, replyTo: organization.replyAddress,
      });
      await this.repository.setConfirmation(org, contact.id, channel, message.id);
      confirmation = { status: 'queued', channel };
    }
    await this.audit.record({ organizationId: org, actorUserId: actor.userId, action: 'contact.logged', entityType: 'customer', entityId: dto.customerId, details: { contactId: contact.id, caseId: caseRow.id } });
    const internalNote = dto.internalNote?.trim() || null;
    // What was written, as GET /contacts/{id} would return it (no second read).
    return {
      id: contact.id,
      caseId: caseRow.id,
      customerId: dto.customerId,
      channel: dto.channel,
      direction: dto.direction,
      occurredAt: occurredAt.toISOString(),
      topic: { id: t.id, code: t.code, name: t.name },
      summary,
      internalNote,
      internalNoteSensitive: !!internalNote && t.sensitive,
      outcome: dto.outcome,
      followUp,
      articleIds: dto.articleIds ?? [],
      location,
      employee,
      vera: { channelCode: VERA_CHANNEL_CODES[dto.channel], directionCode: VERA_DIRECTION_CODES[dto.direction] },
      confirmation,
      createdAt: new Date(contact.created_at).toISOString(),
      callback,
    };
  }

  async getContact(actor: Actor, id: string): Promise<ContactDto> {
    if (!isUuid(id)) throw new NotFoundError('Contact');
    const row = await this.repository.contact(actor.organizationId, id);
    if (!row) throw new NotFoundError('Contact');
    const [contact] = await this.toContacts(actor.organizationId, [row]);
    return contact;
  }

  // ---------- cases ----------
  async listCases(actor: Actor, q: ListCasesQueryDto): Promise<CasePageDto> {
    const limit = q.limit ?? 50;
    const offset = decodeOffsetCursor(q.cursor);
    const ownerId = q.ownerId === 'me' ? actor.userId : q.ownerId;
    const items = await this.listCaseRows(actor.organizationId, { status: q.status, ownerId, customerId: q.customerId }, limit + 1, offset);
    return { items: items.slice(0, limit), nextCursor: items.length > limit ? encodeOffsetCursor(offset + limit) : null };
  }

  private async listCaseRows(org: string, f: { status?: CaseStatus; statuses?: readonly CaseStatus[]; ownerId?: string; customerId?: string }, take: number, offset: number): Promise<CaseDto[]> {
    return this.toCases(org, await this.repository.listCases(org, f, take, offset));
  }

  async getCase(actor: Actor, id: string): Promise<CaseWithContactsDto> {
    const org = actor.organizationId;
    const row = await this.loadCase(org, id);
    // One after the other: inside a transaction (after a change) they share one connection.
    const [kase] = await this.toCases(org, [row]);
    const contacts = await this.repository.caseContacts(org, id);
    const events = await this.repository.caseEvents(org, id);
    return { ...kase, contacts: await this.toContacts(org, contacts), events: events.map(toCaseEvent) };
  }

  @UseCase()
  async updateCase(actor: Actor, id: string, dto: UpdateCaseDto): Promise<CaseWithContactsDto> {
    const org = actor.organizationId;
    const row = await this.lockCase(org, id);
    const by = (await this.directory.people(org, [actor.userId])).get(actor.userId) ?? null;
    const now = new Date();
    if (dto.ownerId !== undefined && dto.ownerId !== row.owner_id) {
      const owner = dto.ownerId ? await this.directory.customerStaffMember(org, dto.ownerId) : null;
      if (dto.ownerId && !owner) throw new ValidationFailedError([{ field: 'ownerId', code: 'not_found_in_organization' }]);
      // The case moves with its owner to the owner's team; without an owner it stays in its team's queue.
      const teamId = dto.ownerId ? ((await this.directory.teamIdOf(org, dto.ownerId)) ?? row.team_id) : row.team_id;
      await this.repository.setAssignment(org, id, { ownerId: dto.ownerId, teamId }, now);
      await this.clocks.setOwner(org, id, dto.ownerId);
      const names = await this.directory.people(org, [row.owner_id]);
      await this.repository.insertEvents(org, row, [{
        type: 'owner_changed', from: row.owner_id ? (names.get(row.owner_id)?.displayName ?? null) : null, to: owner?.displayName ?? null,
        byUserId: by?.id ?? null, byName: by?.displayName ?? null, at: now,
      }]);
    }
    if (dto.status) {
      const change = underRules(() => changeStatus(stateOf(row), dto.status as CaseStatus, now));
      if (change) {
        await this.repository.saveState(org, id, change.state, now);
        await this.events(org, row, change.events, by);
        // Waiting for the customer stops the clock; coming back (or reopening) starts it again.
        await this.driveClock(org, id, change.clock, now);
        if (change.state.status === 'resolved') await this.integration.caseResolved(org, row, change.state, now);
      }
    }
    if (dto.subject && dto.subject.trim() !== row.subject) {
      await this.repository.setSubject(org, id, dto.subject.trim(), now);
      await this.caseWork.subject(org, id, dto.subject.trim());
    }
    await this.caseWork.sync(org, id);
    return this.getCase(actor, id);
  }

  @UseCase()
  async resolveCase(actor: Actor, id: string, dto: ResolveCaseDto): Promise<CaseWithContactsDto> {
    const org = actor.organizationId;
    const row = await this.lockCase(org, id);
    const now = new Date();
    const answer = dto.answer.trim();
    const send = dto.send ?? true;
    if (send) await this.answers.check(org, answer, dto.articleIds ?? []);
    // A sent answer is a contact on the case: it counts (contacts per question, R6).
    const resolution = underRules(() => resolveCase(stateOf(row), answer, now, send));
    await this.repository.saveState(org, id, resolution.state, now);
    const by = (await this.directory.people(org, [actor.userId])).get(actor.userId) ?? null;
    await this.events(org, row, resolution.events, by);
    await this.driveClock(org, id, resolution.clock, now);
    await this.integration.caseResolved(org, row, resolution.state, now);
    // The answer reaches the customer (answers.ts): an outbound contact, by e-mail or letter.
    if (send) await this.answers.deliver(org, row, answer, by, dto.articleIds ?? [], now);
    await this.caseWork.sync(org, id);
    return this.getCase(actor, id);
  }

  /** A contact's customer and case, for other modules (callbacks): null when it is not this organization's. */
  async contactSummary(org: string, id: string): Promise<{ id: string; customerId: string; caseId: string } | null> {
    if (!isUuid(id)) return null;
    const r = await this.repository.contactSummary(org, id);
    return r ? { id: r.id, customerId: r.customer_id, caseId: r.case_id } : null;
  }

  /** A case's identity for other modules (callbacks): null when it is not this organization's. */
  async caseSummary(org: string, id: string): Promise<{ id: string; customerId: string; subject: string; status: CaseStatus; topicId: string } | null> {
    if (!isUuid(id)) return null;
    const r = await this.repository.caseSummary(org, id);
    return r ? { id: r.id, customerId: r.customer_id, subject: r.subject, status: r.status, topicId: r.topic_id } : null;
  }

  // ---------- integrations: contacts as VERA Contactmomenten ----------
  /**
   * A page of the organization's contacts as VERA Contactmomenten, in the order they were logged,
   * logged at or after `since`, after the cursor (a keyset position this read gave out). The next
   * cursor is always given: the last contact's position, or the one asked with when nothing is new.
   */
  async contactmomenten(org: string, q: { since?: string; cursor?: string; limit: number }): Promise<{ items: ContactmomentDto[]; nextCursor: string }> {
    const after = decodeKeysetCursor(q.cursor);
    const since = q.since ? parseDateTime(q.since) : null;
    if (q.since && !since) throw new ValidationFailedError([{ field: 'since', code: 'not_a_real_date_time' }]);
    const rows = await this.repository.contactmomenten(org, { since, after, limit: q.limit });
    const topics = await this.topicList.byIds(org, rows.map((r) => r.topic_id));
    const relaties = await this.customers.relaties(org, rows.map((r) => r.customer_id));
    const items = rows.map((r) => {
      const topic = topics.get(r.topic_id);
      return toContactmoment({
        id: r.id, occurredAt: r.occurred_at, createdAt: r.created_at, channel: r.channel, direction: r.direction, summary: r.summary, outcome: r.outcome,
        caseId: r.case_id, caseSubject: r.subject, topic: { code: topic?.code ?? '', name: topic?.name ?? '' },
        customer: relaties.get(r.customer_id) ?? { id: r.customer_id, idExtern: null },
      });
    });
    const last = rows.at(-1);
    const nextCursor = last ? encodeKeysetCursor(new Date(last.created_at), last.id) : (q.cursor ?? encodeKeysetCursor(since ?? new Date(0), NIL_UUID));
    return { items, nextCursor };
  }

  // ---------- the customer file ----------
  async timeline(actor: Actor, customerId: string, limit = 50, cursor?: string): Promise<TimelinePageDto> {
    const org = actor.organizationId;
    if (!isUuid(customerId)) throw new NotFoundError('Customer');
    const after = decodeKeysetCursor(cursor);
    const position = after ? { at: after.at, id: after.id } : null;
    // Two reads side by side, each already in time-line order with its details; merged here.
    const [contactRows, events] = await Promise.all([
      this.repository.timelineContacts(org, customerId, position, limit + 1),
      this.repository.timelineEvents(org, customerId, position, limit + 1),
    ]);
    // An empty page is either a customer without history or no customer of ours: tell them apart.
    if (contactRows.length === 0 && events.length === 0 && !after && !(await this.customers.contactInfo(org, customerId))) throw new NotFoundError('Customer');
    const contacts = await this.toContacts(org, contactRows);
    const merged: TimelineItemDto[] = [
      ...contacts.map((c): TimelineItemDto => ({ id: c.id, kind: 'contact', at: c.occurredAt, contact: c })),
      ...events.map(
        (e): TimelineItemDto => ({
          id: e.id,
          kind: 'case_event',
          at: new Date(e.at).toISOString(),
          caseEvent: {
            caseId: e.case_id, subject: e.subject, type: e.type, from: e.from_value, to: e.to_value, note: e.note,
            by: e.by_name ? { id: e.by_user_id ?? '', displayName: e.by_name } : null,
          },
        }),
      ),
    ].sort((x, y) => (x.at === y.at ? (x.id < y.id ? 1 : -1) : x.at < y.at ? 1 : -1));
    const items = merged.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: merged.length > limit && last ? encodeKeysetCursor(new Date(last.at), last.id) : null };
  }

  /** The customer's whole file for the AVG rights (staff view): every case, oldest first, with its contacts. */
  async customerFile(org: string, customerId: string): Promise<CaseWithContactsDto[]> {
    const rows = await this.repository.customerCases(org, customerId);
    const contactRows = await this.repository.customerContacts(org, customerId);
    const cases = await this.toCases(org, rows);
    const contacts = await this.toContacts(org, contactRows);
    return cases.map((k) => ({ ...k, contacts: contacts.filter((c) => c.caseId === k.id), events: [] }));
  }

  /** The ids of the customer's contacts (their confirmations are outbox messages referring to them). */
  customerContactIds(org: string, customerId: string): Promise<string[]> {
    return this.repository.contactIds(org, customerId);
  }

  /**
   * Erasure of the customer's texts: contact summaries, internal notes, follow-up notes, case
   * subjects and answers are replaced. Cases, contacts, their channels, topics, times and outcomes
   * stay: every figure still counts them.
   */
  async eraseCustomerTexts(org: string, customerId: string): Promise<{ cases: number; contacts: number }> {
    const contacts = await this.repository.eraseContacts(org, customerId);
    const cases = await this.repository.eraseCases(org, customerId);
    // The customer's words in the events integrations read (contact.logged, case.opened) go too.
    await this.eventLog.scrubCustomer(org, customerId, CONTACT_EVENT_PERSONAL_KEYS, ERASED_TEXT);
    return { cases, contacts };
  }

  // ---------- portal: the tenant's own file ----------
  async portalFile(actor: Actor): Promise<PortalFileDto> {
    const org = actor.organizationId;
    const customerId = actor.customerId as string;
    const [rows, contactRows] = await Promise.all([
      this.repository.listCases(org, { customerId }, 200, 0),
      this.repository.customerContacts(org, customerId),
    ]);
    const [cases, contacts] = await Promise.all([this.toCases(org, rows), this.toContacts(org, contactRows)]);
    const byCase = new Map<string, ReturnType<typeof toPortalContact>[]>();
    for (const c of contacts) {
      const list = byCase.get(c.caseId) ?? [];
      list.push(toPortalContact(c));
      byCase.set(c.caseId, list);
    }
    return { cases: cases.map((k) => toPortalCase(k, byCase.get(k.id) ?? [])) };
  }

  async portalCase(actor: Actor, id: string): Promise<PortalCaseDto> {
    const file = await this.portalFile(actor);
    const found = file.cases.find((c) => c.id === id);
    if (!found) throw new NotFoundError('Case');
    return found;
  }

  /** A tenant asks a question in the portal: a portal contact that opens a case for the team. */
  async askQuestion(actor: Actor, dto: AskQuestionDto): Promise<PortalCaseDto> {
    const contact = await this.logContact(actor, {
      customerId: actor.customerId as string,
      channel: 'portal',
      direction: 'inbound',
      topic: dto.topic,
      summary: dto.question,
      newCase: { subject: dto.subject },
      outcome: 'forwarded',
    } as CreateContactDto);
    return this.portalCase(actor, contact.caseId);
  }

  // ---------- internals ----------
  /** Cases with their topics, owners (directory), response clocks (SLA module) and customers with their safety markers: one read each for the whole list. */
  private async toCases(org: string, rows: CaseRow[]): Promise<CaseDto[]> {
    if (rows.length === 0) return [];
    const topics = await this.topicList.byIds(org, rows.map((r) => r.topic_id));
    // Side by side (inside a transaction they queue on its one connection).
    const [owners, clocks, teams, customers] = await Promise.all([
      this.directory.people(org, rows.flatMap((r) => [r.owner_id, r.forwarded_by])),
      this.clocks.clocks(org, rows.map((r) => r.id)),
      this.teamList.refs(org, rows.map((r) => r.team_id)),
      this.customers.refs(org, rows.map((r) => r.customer_id)),
    ]);
    return rows.map((r) => toCase(r, { topics, owners, clocks, teams, customers }));
  }

  /**
   * Contacts with their topics, locations and the delivery status of their confirmations (outbox):
   * one read each for the whole list, none for locations or confirmations when no contact has one.
   */
  private async toContacts(org: string, rows: ContactRow[]): Promise<ContactDto[]> {
    if (rows.length === 0) return [];
    const topics = await this.topicList.byIds(org, rows.map((r) => r.topic_id));
    const locations = await this.locationList.byIds(org, rows.map((r) => r.location_id));
    const ids = confirmationMessageIds(rows);
    const outbox = ids.length ? await this.outbox.statuses(org, ids) : new Map<string, OutboxStatus>();
    return rows.map((r) => toContact(r, { topics, locations, outbox }));
  }

  private async loadCase(org: string, id: string): Promise<CaseRow> {
    if (!isUuid(id)) throw new NotFoundError('Case');
    const row = await this.repository.case(org, id);
    if (!row) throw new NotFoundError('Case');
    return row;
  }

  private async lockCase(org: string, id: string): Promise<CaseRecord> {
    if (!isUuid(id)) throw new NotFoundError('Case');
    const row = await this.repository.lockCase(org, id);
    if (!row) throw new NotFoundError('Case');
    return row;
  }

  /** Does what the case rules ask of the response clock, in order; `start` needs what the clock starts from. */
  private async driveClock(org: string, caseId: string, steps: ClockStep[], at: Date, start?: StartClock): Promise<void> {
    for (const step of steps) {
      if (step === 'start') await this.clocks.start(start as StartClock);
      else if (step === 'resume') await this.clocks.resume(org, caseId, at);
      else if (step === 'pause') await this.clocks.pause(org, caseId, at);
      else if (step === 'stop') await this.clocks.stop(org, caseId, at);
      else await this.clocks.firstResponse(org, caseId, at);
    }
  }

  /** Records the events of one change; events of the same moment keep their order (a millisecond apart). */
  /** Records what happened to the case; `contactId`: the contact that made it happen (a reopen, an answer). */
  private async events(org: string, c: CaseRecord, list: CaseEventStep[], by: PersonRefDto | null, contactId: string | null = null): Promise<void> {
    if (list.length === 0) return;
    const now = new Date();
    await this.repository.insertEvents(
      org,
      c,
      list.map((e, i) => ({ type: e.type, from: e.from, to: e.to, byUserId: by?.id ?? null, byName: by?.displayName ?? null, at: new Date((e.at ?? now).getTime() + i), contactId })),
    );
  }

  /** People lookups change rarely: a short per-process memory saves a round trip per contact. */
  private readonly personCache = new Map<string, { until: number; person: PersonRefDto | null }>();

  private async person(org: string, userId: string): Promise<PersonRefDto | null> {
    const hit = this.personCache.get(userId);
    if (hit && hit.until > Date.now()) return hit.person;
    const person = (await this.directory.people(org, [userId])).get(userId) ?? null;
    if (this.personCache.size > 10_000) this.personCache.clear();
    this.personCache.set(userId, { until: Date.now() + 60_000, person });
    return person;
  }
}
