import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  UseCase,
  APP_CONFIG, Actor, AppConfig, AuditService, ConflictError, NotFoundError, OutboxService, ValidationFailedError, decodeKeysetCursor, decodeOffsetCursor, encodeKeysetCursor, encodeOffsetCursor, isUuid, parseDateTime, returnedRows, type FieldError,
} from '@loket/server/platform';
import { CustomerOverviewSections, CustomersService } from '@loket/server/customers';
import { DirectoryService } from '@loket/server/identity';
import { SlaClockService, SlaDirectory } from '@loket/server/sla';
import { VERA_CHANNEL_CODES, VERA_DIRECTION_CODES } from '@loket/shared/contracts';
import type {
  Case, CaseEventType, CaseStatus, CaseWithContacts, Contact, Location, Page, PersonRef, PortalCase, PortalFile, TimelineItem, Topic,
} from '@loket/shared/contracts';
import type { AskQuestionDto, CreateContactDto, CreateTopicDto, ListCasesQueryDto, ResolveCaseDto, UpdateCaseDto, UpdateTopicDto } from './dto/contact-log.dto';
import { ContactArticleDirectory } from './article-references';
import { confirmationText } from './confirmation';
import { CASE_SELECT, CONTACT_SELECT, CaseRow, ContactRow, toCase, toContact, toPortalContact } from './read-model';

/** How far in the future an occurredAt may lie (clocks differ a little). */
const CLOCK_SKEW_MS = 5 * 60_000;
const DAY_MS = 86_400_000;

interface TopicRow {
  id: string;
  code: string;
  name: string;
  sensitive: boolean;
  active: boolean;
}

@Injectable()
export class ContactLogService implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly customers: CustomersService,
    private readonly directory: DirectoryService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly overview: CustomerOverviewSections,
    private readonly clocks: SlaClockService,
    private readonly articles: ContactArticleDirectory,
    slaDirectory: SlaDirectory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // Policies name topics and calendars name locations: the SLA module reads both through us.
    slaDirectory.register({ topics: (org) => this.topics(org, true), locations: (org) => this.locations(org) });
  }

  private get db() {
    return this.txHost.tx;
  }

  onModuleInit(): void {
    this.overview.register('openCases', async (org, customerId) => this.listCaseRows(org, { customerId, open: true }, 10, 0));
    this.overview.register('recentContacts', async (org, customerId) => {
      const rows: ContactRow[] = await this.db.query(
        `${CONTACT_SELECT} WHERE c.organization_id = $1 AND c.customer_id = $2 ORDER BY c.occurred_at DESC, c.id DESC LIMIT 5`,
        [org, customerId],
      );
      return rows.map(toContact);
    });
  }

  // ---------- topics and locations ----------
  async topics(organizationId: string, includeInactive = false): Promise<Topic[]> {
    const rows: TopicRow[] = await this.db.query(
      `SELECT id, code, name, sensitive, active FROM topics WHERE organization_id = $1 AND ($2 OR active) ORDER BY position, name`,
      [organizationId, includeInactive],
    );
    return rows;
  }

  async createTopic(actor: Actor, dto: CreateTopicDto): Promise<Topic> {
    const rows: TopicRow[] = await this.db.query(
      `INSERT INTO topics (organization_id, code, name, sensitive, position)
       VALUES ($1, $2, $3, $4, (SELECT coalesce(max(position), 0) + 1 FROM topics WHERE organization_id = $1))
       ON CONFLICT (organization_id, code) DO NOTHING RETURNING id, code, name, sensitive, active`,
      [actor.organizationId, dto.code, dto.name.trim(), dto.sensitive ?? false],
    );
    if (!rows[0]) throw new ConflictError(`There is already a topic with code "${dto.code}".`, 'topic-code-taken');
    this.topicCache.delete(actor.organizationId);
    return rows[0];
  }

  async updateTopic(actor: Actor, id: string, dto: UpdateTopicDto): Promise<Topic> {
    if (!isUuid(id)) throw new NotFoundError('Topic');
    const [row] = returnedRows<TopicRow>(
      await this.db.query(
        `UPDATE topics SET name = coalesce($3, name), sensitive = coalesce($4, sensitive), active = coalesce($5, active)
          WHERE id = $1 AND organization_id = $2 RETURNING id, code, name, sensitive, active`,
        [id, actor.organizationId, dto.name?.trim() ?? null, dto.sensitive ?? null, dto.active ?? null],
      ),
    );
    if (!row) throw new NotFoundError('Topic');
    this.topicCache.delete(actor.organizationId);
    return row;
  }

  async locations(organizationId: string): Promise<Location[]> {
    return this.db.query(`SELECT id, code, name FROM locations WHERE organization_id = $1 ORDER BY name`, [organizationId]);
  }

  // ---------- contacts ----------
  /** Logs a contact, opening or updating its case; sends the written confirmation after the commit. */
  async logContact(actor: Actor, dto: CreateContactDto): Promise<Contact> {
    // The confirmation is queued by the outbox after the outermost commit (also when this runs inside another use case).
    const { contact } = await this.writeContact(actor, dto);
    return contact;
  }

  @UseCase()
  private async writeContact(actor: Actor, dto: CreateContactDto): Promise<{ contact: Contact; messageId: string | null }> {
    const org = actor.organizationId;
    const errors: FieldError[] = [];
    const customer = await this.customers.contactInfo(org, dto.customerId);
    if (!customer) throw new NotFoundError('Customer');
    const topic = await this.topicByIdOrCode(org, dto.topic);
    if (!topic) errors.push({ field: 'topic', message: 'is not a topic of this organization (give its id or code)' });
    const now = new Date();
    const nowMs = now.getTime();
    const givenAt = dto.occurredAt ? parseDateTime(dto.occurredAt) : now;
    const followUpAt = dto.followUp ? parseDateTime(dto.followUp.at) : null;
    const maxAge = this.config.CONTACT_MAX_AGE_DAYS;
    const horizon = this.config.CALLBACK_HORIZON_DAYS;
    if (!givenAt) errors.push({ field: 'occurredAt', message: 'is not a real date and time' });
    else if (givenAt.getTime() > nowMs + CLOCK_SKEW_MS) errors.push({ field: 'occurredAt', message: 'must not be in the future' });
    else if (givenAt.getTime() < nowMs - maxAge * DAY_MS) errors.push({ field: 'occurredAt', message: `must lie within the last ${maxAge} days` });
    if (dto.followUp && !followUpAt) errors.push({ field: 'followUp.at', message: 'is not a real date and time' });
    else if (followUpAt && followUpAt.getTime() > nowMs + horizon * DAY_MS) errors.push({ field: 'followUp.at', message: `must lie within ${horizon} days from now` });
    if (!!dto.caseId === !!dto.newCase) errors.push({ field: dto.caseId ? 'newCase' : 'caseId', message: 'give either caseId (an open case) or newCase, not both and not neither' });
    if (dto.channel === 'counter' && dto.outcome !== 'answered' && !dto.followUp) {
      errors.push({ field: 'followUp', message: 'a visitor who could not be helped leaves with a follow-up appointment: say how (channel) and when (at)' });
    }
    else if (followUpAt && givenAt && followUpAt.getTime() < givenAt.getTime() - CLOCK_SKEW_MS) {
      errors.push({ field: 'followUp.at', message: 'must be after the contact' });
    }
    let location: Location | null = null;
    if (dto.locationId) {
      const loc: Location[] = await this.db.query(`SELECT id, code, name FROM locations WHERE id = $1 AND organization_id = $2`, [dto.locationId, org]);
      location = loc[0] ?? null;
      if (!location) errors.push({ field: 'locationId', message: 'is not a location of this organization' });
    }
    if (dto.articleIds?.length) {
      const known = new Set(await this.articles.existing(org, dto.articleIds));
      dto.articleIds.forEach((id, i) => {
        if (!known.has(id)) errors.push({ field: `articleIds[${i}]`, message: 'is not an article of this organization' });
      });
    }
    if (errors.length) throw new ValidationFailedError(errors);
    const t = topic as TopicRow;
    const occurredAt = givenAt as Date;

    const employee = actor.kind === 'staff' ? await this.person(org, actor.userId) : null;
    const answered = dto.outcome === 'answered';
    let caseRow: CaseRow;
    if (dto.caseId) {
      caseRow = await this.lockCase(org, dto.caseId);
      if (caseRow.customer_id !== dto.customerId) throw new NotFoundError('Case', 'This customer has no case with this id.');
      if (caseRow.status === 'closed') throw new ConflictError('This case is closed and takes no new contacts. Open a new case for a new question.', 'case-closed');
      if (caseRow.status === 'resolved') {
        await this.db.query(`UPDATE cases SET status = 'open', resolved_at = NULL, contacts_at_resolution = NULL, answer_summary = NULL, updated_at = $2 WHERE id = $1`, [caseRow.id, now]);
        await this.events(org, caseRow, [{ type: 'reopened', from: 'resolved', to: 'open', by: employee }]);
        await this.clocks.resume(org, caseRow.id, occurredAt);
      } else if (caseRow.status === 'waiting_for_customer' && dto.direction === 'inbound') {
        await this.db.query(`UPDATE cases SET status = 'open', updated_at = $2 WHERE id = $1`, [caseRow.id, now]);
        await this.events(org, caseRow, [{ type: 'status_changed', from: 'waiting_for_customer', to: 'open', by: employee }]);
        await this.clocks.resume(org, caseRow.id, occurredAt);
      }
    } else {
      // The first contact is counted (and, when answered, the case resolved) in the same statement.
      const [created]: CaseRow[] = await this.db.query(
        `INSERT INTO cases (organization_id, customer_id, subject, topic_id, owner_id, opened_at, contact_count, status, answer_summary, contacts_at_resolution, resolved_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 1, CASE WHEN $7 THEN 'resolved' ELSE 'open' END, CASE WHEN $7 THEN $8 END, CASE WHEN $7 THEN 1 END, CASE WHEN $7 THEN $6::timestamptz END, $9)
         RETURNING *`,
        [org, dto.customerId, (dto.newCase as { subject: string }).subject.trim(), t.id, employee?.id ?? null, occurredAt, answered, dto.summary.trim(), now],
      );
      caseRow = created;
      // The response clock starts from the policy of this first contact (a counter visit: that location's hours).
      await this.clocks.start({
        organizationId: org, caseId: created.id, customerId: dto.customerId, channel: dto.channel, topicId: t.id,
        location: location ? { id: location.id, code: location.code } : null, ownerId: employee?.id ?? null, receivedAt: occurredAt,
      });
      if (answered) await this.clocks.stop(org, created.id, occurredAt);
      await this.events(org, caseRow, [
        { type: 'opened', from: null, to: 'open', by: employee, at: occurredAt },
        ...(answered ? [{ type: 'resolved' as const, from: 'open', to: 'resolved', by: employee, at: occurredAt }] : []),
      ]);
    }

    const [contact]: { id: string; created_at: Date }[] = await this.db.query(
      `INSERT INTO contacts (organization_id, case_id, customer_id, channel, direction, occurred_at, topic_id, summary, internal_note, outcome,
                             follow_up, article_ids, location_id, employee_id, employee_name, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id, created_at`,
      [
        org, caseRow.id, dto.customerId, dto.channel, dto.direction, occurredAt, t.id, dto.summary.trim(), dto.internalNote?.trim() || null, dto.outcome,
        dto.followUp ? { channel: dto.followUp.channel, at: new Date(dto.followUp.at).toISOString(), note: dto.followUp.note ?? null } : null,
        dto.articleIds ?? [], dto.locationId ?? null, employee?.id ?? null, employee?.displayName ?? null, now,
      ],
    );
    if (dto.caseId) {
      // One statement: concurrent contacts on the same case each count (the row lock above orders them).
      await this.db.query(
        `UPDATE cases SET contact_count = contact_count + 1, updated_at = $5,
                status = CASE WHEN $2 THEN 'resolved' ELSE status END,
                answer_summary = CASE WHEN $2 THEN $3 ELSE answer_summary END,
                contacts_at_resolution = CASE WHEN $2 THEN contact_count + 1 ELSE contacts_at_resolution END,
                resolved_at = CASE WHEN $2 THEN $4::timestamptz ELSE resolved_at END
          WHERE id = $1`,
        [caseRow.id, answered, dto.summary.trim(), occurredAt, now],
      );
      if (answered) await this.events(org, caseRow, [{ type: 'resolved', from: 'open', to: 'resolved', by: employee, at: occurredAt }]);
      // An answer stops the clock; any word from us to the customer is the first response.
      if (answered) await this.clocks.stop(org, caseRow.id, occurredAt);
      else if (dto.direction === 'outbound' && employee) await this.clocks.firstResponse(org, caseRow.id, occurredAt);
    }

    let messageId: string | null = null;
    let confirmation: Contact['confirmation'] = null;
    if (dto.confirm) {
      const channel = customer.email ? 'email' : 'letter';
      const organizationName = await this.directory.organizationName(org);
      const text = confirmationText({
        medium: channel,
        organizationName,
        customerName: customer.fullName,
        employeeName: employee?.displayName ?? null,
        channel: dto.channel,
        occurredAt: occurredAt.toISOString(),
        topicName: t.name,
        subject: caseRow.subject,
        summary: dto.summary.trim(),
        outcome: dto.outcome,
        followUp: dto.followUp ?? null,
      });
      const message = await this.outbox.enqueue({
        organizationId: org, channel, recipient: customer.email, fromName: organizationName,
        subject: text.subject, body: text.body, referenceType: 'contact', referenceId: contact.id,
      });
      await this.db.query(`UPDATE contacts SET confirmation_channel = $2, confirmation_status = 'queued', confirmation_message_id = $3 WHERE id = $1`, [
        contact.id, channel, message.id,
      ]);
      if (message.status === 'pending') messageId = message.id;
      confirmation = { status: 'queued', channel };
    }
    await this.audit.record({ organizationId: org, actorUserId: actor.userId, action: 'contact.logged', entityType: 'customer', entityId: dto.customerId, details: { contactId: contact.id, caseId: caseRow.id } });
    const internalNote = dto.internalNote?.trim() || null;
    return {
      messageId,
      // What was written, as GET /contacts/{id} would return it (no second read).
      contact: {
        id: contact.id,
        caseId: caseRow.id,
        customerId: dto.customerId,
        channel: dto.channel,
        direction: dto.direction,
        occurredAt: occurredAt.toISOString(),
        topic: { id: t.id, code: t.code, name: t.name },
        summary: dto.summary.trim(),
        internalNote,
        internalNoteSensitive: !!internalNote && t.sensitive,
        outcome: dto.outcome,
        followUp: dto.followUp ? { channel: dto.followUp.channel, at: new Date(dto.followUp.at).toISOString(), note: dto.followUp.note ?? null } : null,
        articleIds: dto.articleIds ?? [],
        location,
        employee,
        vera: { channelCode: VERA_CHANNEL_CODES[dto.channel], directionCode: VERA_DIRECTION_CODES[dto.direction] },
        confirmation,
        createdAt: new Date(contact.created_at).toISOString(),
      },
    };
  }

  async getContact(actor: Actor, id: string): Promise<Contact> {
    if (!isUuid(id)) throw new NotFoundError('Contact');
    const rows: ContactRow[] = await this.db.query(`${CONTACT_SELECT} WHERE c.id = $1 AND c.organization_id = $2`, [id, actor.organizationId]);
    if (!rows[0]) throw new NotFoundError('Contact');
    return toContact(rows[0]);
  }

  // ---------- cases ----------
  async listCases(actor: Actor, q: ListCasesQueryDto): Promise<Page<Case>> {
    const limit = q.limit ?? 50;
    const offset = decodeOffsetCursor(q.cursor);
    const ownerId = q.ownerId === 'me' ? actor.userId : q.ownerId;
    const items = await this.listCaseRows(actor.organizationId, { status: q.status, ownerId, customerId: q.customerId }, limit + 1, offset);
    return { items: items.slice(0, limit), nextCursor: items.length > limit ? encodeOffsetCursor(offset + limit) : null };
  }

  private async listCaseRows(org: string, f: { status?: CaseStatus; ownerId?: string; customerId?: string; open?: boolean }, take: number, offset: number): Promise<Case[]> {
    const rows: CaseRow[] = await this.db.query(
      `${CASE_SELECT}
        WHERE k.organization_id = $1
          AND ($2::text IS NULL OR k.status = $2) AND ($3::uuid IS NULL OR k.owner_id = $3) AND ($4::uuid IS NULL OR k.customer_id = $4)
          AND (NOT $5 OR k.status IN ('open', 'waiting_for_customer'))
        ORDER BY k.updated_at DESC, k.id DESC LIMIT $6 OFFSET $7`,
      [org, f.status ?? null, f.ownerId ?? null, f.customerId ?? null, f.open ?? false, take, offset],
    );
    const owners = await this.directory.people(org, rows.map((r) => r.owner_id));
    return rows.map((r) => toCase(r, owners));
  }

  async getCase(actor: Actor, id: string): Promise<CaseWithContacts> {
    const row = await this.loadCase(actor.organizationId, id);
    // One after the other: inside a transaction (after a change) they share one connection.
    const owners = await this.directory.people(actor.organizationId, [row.owner_id]);
    const contacts: ContactRow[] = await this.db.query(`${CONTACT_SELECT} WHERE c.case_id = $1 AND c.organization_id = $2 ORDER BY c.occurred_at, c.id`, [id, actor.organizationId]);
    return { ...toCase(row, owners), contacts: contacts.map(toContact) };
  }

  @UseCase()
  async updateCase(actor: Actor, id: string, dto: UpdateCaseDto): Promise<CaseWithContacts> {
    const org = actor.organizationId;
    const row = await this.lockCase(org, id);
    const by = (await this.directory.people(org, [actor.userId])).get(actor.userId) ?? null;
    const now = new Date();
    if (dto.ownerId !== undefined && dto.ownerId !== row.owner_id) {
      const owner = dto.ownerId ? await this.directory.customerStaffMember(org, dto.ownerId) : null;
      if (dto.ownerId && !owner) throw new ValidationFailedError([{ field: 'ownerId', message: 'is not a staff member of this organization who works with customers (agent, team lead or admin)' }]);
      await this.db.query(`UPDATE cases SET owner_id = $2, updated_at = $3 WHERE id = $1`, [id, dto.ownerId, now]);
      await this.clocks.setOwner(org, id, dto.ownerId);
      const names = await this.directory.people(org, [row.owner_id]);
      await this.event(org, row, 'owner_changed', row.owner_id ? (names.get(row.owner_id)?.displayName ?? null) : null, owner?.displayName ?? null, by);
    }
    if (dto.status && dto.status !== row.status) {
      if (row.status === 'closed') throw new ConflictError('This case is closed; it cannot change any more.', 'case-closed');
      if (dto.status === 'closed' && row.status !== 'resolved') {
        throw new ConflictError('Only a resolved case can be closed: resolve it first with the answer for the customer.', 'case-not-resolved');
      }
      if (row.status === 'resolved' && dto.status !== 'closed') {
        await this.db.query(`UPDATE cases SET resolved_at = NULL, contacts_at_resolution = NULL, answer_summary = NULL WHERE id = $1`, [id]);
      }
      await this.db.query(`UPDATE cases SET status = $2::varchar, closed_at = CASE WHEN $2::varchar = 'closed' THEN $3 ELSE closed_at END, updated_at = $3 WHERE id = $1`, [id, dto.status, now]);
      await this.event(org, row, row.status === 'resolved' && dto.status !== 'closed' ? 'reopened' : 'status_changed', row.status, dto.status, by);
      // Waiting for the customer stops the clock; coming back (or reopening) starts it again.
      if (dto.status === 'waiting_for_customer') {
        if (row.status === 'resolved') await this.clocks.resume(org, id, now);
        await this.clocks.pause(org, id, now);
      } else if (dto.status === 'open') await this.clocks.resume(org, id, now);
    }
    if (dto.subject && dto.subject.trim() !== row.subject) {
      await this.db.query(`UPDATE cases SET subject = $2, updated_at = $3 WHERE id = $1`, [id, dto.subject.trim(), now]);
    }
    return this.getCase(actor, id);
  }

  @UseCase()
  async resolveCase(actor: Actor, id: string, dto: ResolveCaseDto): Promise<CaseWithContacts> {
    const org = actor.organizationId;
    const row = await this.lockCase(org, id);
    if (row.status === 'closed' || row.status === 'resolved') throw new ConflictError(`This case is already ${row.status}.`, 'case-already-resolved');
    const now = new Date();
    await this.db.query(
      `UPDATE cases SET status = 'resolved', answer_summary = $2, contacts_at_resolution = contact_count, resolved_at = $3, updated_at = $3 WHERE id = $1`,
      [id, dto.answerSummary.trim(), now],
    );
    const by = (await this.directory.people(org, [actor.userId])).get(actor.userId) ?? null;
    await this.event(org, row, 'resolved', row.status, 'resolved', by, now);
    await this.clocks.stop(org, id, now);
    return this.getCase(actor, id);
  }

  /** A contact's customer and case, for other modules (callbacks): null when it is not this organization's. */
  async contactSummary(org: string, id: string): Promise<{ id: string; customerId: string; caseId: string } | null> {
    if (!isUuid(id)) return null;
    const rows: { id: string; customer_id: string; case_id: string }[] = await this.db.query(
      `SELECT id, customer_id, case_id FROM contacts WHERE id = $1 AND organization_id = $2`,
      [id, org],
    );
    const r = rows[0];
    return r ? { id: r.id, customerId: r.customer_id, caseId: r.case_id } : null;
  }

  /** A case's identity for other modules (callbacks): null when it is not this organization's. */
  async caseSummary(org: string, id: string): Promise<{ id: string; customerId: string; subject: string; status: CaseStatus; topicId: string } | null> {
    if (!isUuid(id)) return null;
    const rows: { id: string; customer_id: string; subject: string; status: CaseStatus; topic_id: string }[] = await this.db.query(
      `SELECT id, customer_id, subject, status, topic_id FROM cases WHERE id = $1 AND organization_id = $2`,
      [id, org],
    );
    const r = rows[0];
    return r ? { id: r.id, customerId: r.customer_id, subject: r.subject, status: r.status, topicId: r.topic_id } : null;
  }

  // ---------- the customer file ----------
  async timeline(actor: Actor, customerId: string, limit = 50, cursor?: string): Promise<Page<TimelineItem>> {
    const org = actor.organizationId;
    if (!isUuid(customerId)) throw new NotFoundError('Customer');
    const after = decodeKeysetCursor(cursor);
    const params = [org, customerId, after?.at ?? null, after?.id ?? null, limit + 1];
    // Two reads side by side, each already in time-line order with its details; merged here.
    const [contacts, events] = await Promise.all([
      this.db.query(
        `${CONTACT_SELECT}
          WHERE c.organization_id = $1 AND c.customer_id = $2 AND ($3::timestamptz IS NULL OR (c.occurred_at, c.id) < ($3, $4::uuid))
          ORDER BY c.occurred_at DESC, c.id DESC LIMIT $5`,
        params,
      ) as Promise<ContactRow[]>,
      this.db.query(
        `SELECT e.*, k.subject FROM case_events e JOIN cases k ON k.id = e.case_id
          WHERE e.organization_id = $1 AND e.customer_id = $2 AND ($3::timestamptz IS NULL OR (e.at, e.id) < ($3, $4::uuid))
          ORDER BY e.at DESC, e.id DESC LIMIT $5`,
        params,
      ) as Promise<{ id: string; case_id: string; subject: string; type: CaseEventType; from_value: string | null; to_value: string | null; by_user_id: string | null; by_name: string | null; at: Date }[]>,
    ]);
    // An empty page is either a customer without history or no customer of ours: tell them apart.
    if (contacts.length === 0 && events.length === 0 && !after && !(await this.customers.contactInfo(org, customerId))) throw new NotFoundError('Customer');
    const merged: TimelineItem[] = [
      ...contacts.map((c): TimelineItem => ({ id: c.id, kind: 'contact', at: new Date(c.occurred_at).toISOString(), contact: toContact(c) })),
      ...events.map(
        (e): TimelineItem => ({
          id: e.id,
          kind: 'case_event',
          at: new Date(e.at).toISOString(),
          caseEvent: {
            caseId: e.case_id, subject: e.subject, type: e.type, from: e.from_value, to: e.to_value,
            by: e.by_name ? { id: e.by_user_id ?? '', displayName: e.by_name } : null,
          },
        }),
      ),
    ].sort((x, y) => (x.at === y.at ? (x.id < y.id ? 1 : -1) : x.at < y.at ? 1 : -1));
    const items = merged.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: merged.length > limit && last ? encodeKeysetCursor(new Date(last.at), last.id) : null };
  }

  // ---------- portal: the tenant's own file ----------
  async portalFile(actor: Actor): Promise<PortalFile> {
    const org = actor.organizationId;
    const customerId = actor.customerId as string;
    const [rows, contacts]: [CaseRow[], ContactRow[]] = await Promise.all([
      this.db.query(`${CASE_SELECT} WHERE k.organization_id = $1 AND k.customer_id = $2 ORDER BY k.updated_at DESC, k.id DESC LIMIT 200`, [org, customerId]),
      this.db.query(`${CONTACT_SELECT} WHERE c.organization_id = $1 AND c.customer_id = $2 ORDER BY c.occurred_at, c.id`, [org, customerId]),
    ]);
    const owners = await this.directory.people(org, rows.map((r) => r.owner_id));
    const byCase = new Map<string, ReturnType<typeof toPortalContact>[]>();
    for (const c of contacts) {
      const list = byCase.get(c.case_id) ?? [];
      list.push(toPortalContact(toContact(c)));
      byCase.set(c.case_id, list);
    }
    return { cases: rows.map((r) => toPortalCase(toCase(r, owners), byCase.get(r.id) ?? [])) };
  }

  async portalCase(actor: Actor, id: string): Promise<PortalCase> {
    const file = await this.portalFile(actor);
    const found = file.cases.find((c) => c.id === id);
    if (!found) throw new NotFoundError('Case');
    return found;
  }

  /** A tenant asks a question in the portal: a portal contact that opens a case for the team. */
  async askQuestion(actor: Actor, dto: AskQuestionDto): Promise<PortalCase> {
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
  private async topicByIdOrCode(org: string, idOrCode: string): Promise<TopicRow | null> {
    let cached = this.topicCache.get(org);
    if (!cached || cached.until < Date.now()) {
      cached = { until: Date.now() + 30_000, topics: await this.topics(org) };
      this.topicCache.set(org, cached);
    }
    return cached.topics.find((t) => t.code === idOrCode || t.id === idOrCode) ?? null;
  }


  private async loadCase(org: string, id: string): Promise<CaseRow> {
    if (!isUuid(id)) throw new NotFoundError('Case');
    const rows: CaseRow[] = await this.db.query(`${CASE_SELECT} WHERE k.id = $1 AND k.organization_id = $2`, [id, org]);
    if (!rows[0]) throw new NotFoundError('Case');
    return rows[0];
  }

  private async lockCase(org: string, id: string): Promise<CaseRow> {
    if (!isUuid(id)) throw new NotFoundError('Case');
    const rows: CaseRow[] = await this.db.query(`SELECT * FROM cases WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [id, org]);
    if (!rows[0]) throw new NotFoundError('Case');
    return rows[0];
  }

  private event(org: string, c: CaseRow, type: CaseEventType, from: string | null, to: string | null, by: PersonRef | null, at?: Date): Promise<void> {
    return this.events(org, c, [{ type, from, to, by, at }]);
  }

  private async events(org: string, c: CaseRow, list: { type: CaseEventType; from: string | null; to: string | null; by: PersonRef | null; at?: Date }[]): Promise<void> {
    const now = new Date();
    await this.db.query(
      `INSERT INTO case_events (organization_id, case_id, customer_id, type, from_value, to_value, by_user_id, by_name, at)
       SELECT $1, $2, $3, * FROM unnest($4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::timestamptz[])`,
      [org, c.id, c.customer_id, list.map((e) => e.type), list.map((e) => e.from), list.map((e) => e.to), list.map((e) => e.by?.id ?? null),
        list.map((e) => e.by?.displayName ?? null), list.map((e, i) => new Date((e.at ?? now).getTime() + i))],
    );
  }

  /** Topic and people lookups change rarely: a short per-process memory saves a round trip per contact. */
  private readonly topicCache = new Map<string, { until: number; topics: TopicRow[] }>();
  private readonly personCache = new Map<string, { until: number; person: PersonRef | null }>();

  private async person(org: string, userId: string): Promise<PersonRef | null> {
    const hit = this.personCache.get(userId);
    if (hit && hit.until > Date.now()) return hit.person;
    const person = (await this.directory.people(org, [userId])).get(userId) ?? null;
    if (this.personCache.size > 10_000) this.personCache.clear();
    this.personCache.set(userId, { until: Date.now() + 60_000, person });
    return person;
  }
}


function toPortalCase(c: Case, contacts: PortalCase['contacts']): PortalCase {
  const { ownerId: _o, sla: _s, ...visible } = c;
  return { ...visible, contacts };
}
