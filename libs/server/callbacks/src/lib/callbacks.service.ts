import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  UseCase,
  APP_CONFIG, Actor, AppConfig, AuditService, ConflictError, NotFoundError, OutboxService, ValidationFailedError, decodeOffsetCursor, encodeOffsetCursor, returnedRows, type FieldError, isUuid,
} from '@loket/server/platform';
import { CustomersService } from '@loket/server/customers';
import { ContactLogService } from '@loket/server/contact-log';
import { DirectoryService } from '@loket/server/identity';
import { TeamsService, TopicsService } from '@loket/server/reference-data';
import { SlaSettingsService, computeDues, policyFor } from '@loket/server/sla';
import { addBusinessMinutes, endOfNthWorkingDay, subtractBusinessMinutes, type CalendarSettings } from '@loket/shared/business-calendar';
import type {
  Callback, CallbackDetail, CallbackSettings, CallbackStatus, CallbackWindowInput, CompleteCallbackRequest, CreateCallbackRequest, DayPart, Page,
  PersonRef, PortalCallback, PortalCallbackRequest, RecordAttemptRequest, RescheduleCallbackRequest, TeamRef,
} from '@loket/shared/contracts';
import { StageScheduler } from './stages';
import { customerText, describeWindow } from './texts';
import { resolveWindow, type Window } from './window';

export const DEFAULT_CALLBACK_SETTINGS: CallbackSettings = { maxAttempts: 3, reminderMinutes: 60, level2Minutes: 240 };

/** The read model: a callback with the names around it (customer, case, people, team). */
const SELECT = `
  SELECT b.*, trim(concat_ws(' ', c.first_name, c.name_prefix, c.last_name)) AS customer_name, k.subject AS case_subject,
         a.display_name AS assignee_name, t.name AS team_name, cr.display_name AS created_by_name
    FROM callbacks b
    JOIN customers c ON c.id = b.customer_id
    JOIN cases k ON k.id = b.case_id
    LEFT JOIN users a ON a.id = b.assignee_id
    LEFT JOIN teams t ON t.id = b.team_id
    LEFT JOIN users cr ON cr.id = b.created_by`;

interface Row {
  id: string;
  organization_id: string;
  customer_id: string;
  customer_name: string;
  case_id: string;
  case_subject: string;
  contact_id: string | null;
  phone_number: string;
  reason: string;
  assignee_id: string | null;
  assignee_name: string | null;
  team_id: string | null;
  team_name: string | null;
  status: CallbackStatus;
  window_start: Date;
  due_at: Date;
  day_part: DayPart | null;
  escalation_level: number;
  attempt_count: number;
  new_expectation_at: Date | null;
  result: string | null;
  completed_at: Date | null;
  created_by: string | null;
  created_by_name: string | null;
  requested_by_customer: boolean;
  moved_by_organization: boolean;
  invited_at: Date | null;
  cancel_reason: string | null;
  created_at: Date;
  updated_at: Date;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function toCallback(r: Row): Callback {
  return {
    id: r.id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    caseId: r.case_id,
    caseSubject: r.case_subject,
    phoneNumber: r.phone_number,
    reason: r.reason,
    assignee: r.assignee_id ? { id: r.assignee_id, displayName: r.assignee_name ?? '' } : null,
    team: r.team_id ? { id: r.team_id, name: r.team_name ?? '' } : null,
    status: r.status,
    windowStart: new Date(r.window_start).toISOString(),
    dueAt: new Date(r.due_at).toISOString(),
    dayPart: r.day_part,
    escalationLevel: r.escalation_level as 0 | 1 | 2,
    attemptCount: r.attempt_count,
    newExpectationAt: iso(r.new_expectation_at),
    result: r.result,
    completedAt: iso(r.completed_at),
    createdBy: r.created_by ? { id: r.created_by, displayName: r.created_by_name ?? '' } : null,
    requestedByCustomer: r.requested_by_customer,
    cancelReason: r.cancel_reason,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** Phone numbers as people type them: digits, spaces, dashes, a leading +. */
const PHONE = /^\+?[0-9][0-9 ()-]{5,18}[0-9]$/;

@Injectable()
export class CallbacksService {
  private readonly settingsCache = new Map<string, { until: number; settings: CallbackSettings }>();

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly customers: CustomersService,
    private readonly contactLog: ContactLogService,
    private readonly directory: DirectoryService,
    private readonly teamList: TeamsService,
    private readonly topicList: TopicsService,
    private readonly sla: SlaSettingsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly stages: StageScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get db() {
    return this.txHost.tx;
  }

  /** The customer's open callbacks, for the 360° overview. */
  async openCallbacksOf(org: string, customerId: string): Promise<Callback[]> {
    const rows: Row[] = await this.db.query(`${SELECT} WHERE b.organization_id = $1 AND b.customer_id = $2 AND b.status IN ('scheduled', 'in_progress') ORDER BY b.due_at LIMIT 20`, [org, customerId]);
    return rows.map(toCallback);
  }

  // ---------- settings ----------
  async settings(org: string): Promise<CallbackSettings> {
    const hit = this.settingsCache.get(org);
    if (hit && hit.until > Date.now()) return hit.settings;
    const rows: { max_attempts: number; reminder_minutes: number; level2_minutes: number }[] = await this.db.query(
      `SELECT max_attempts, reminder_minutes, level2_minutes FROM callback_settings WHERE organization_id = $1`,
      [org],
    );
    const settings = rows[0] ? { maxAttempts: rows[0].max_attempts, reminderMinutes: rows[0].reminder_minutes, level2Minutes: rows[0].level2_minutes } : DEFAULT_CALLBACK_SETTINGS;
    this.settingsCache.set(org, { until: Date.now() + 10_000, settings });
    return settings;
  }

  async putSettings(actor: Actor, s: CallbackSettings): Promise<CallbackSettings> {
    await this.db.query(
      `INSERT INTO callback_settings (organization_id, max_attempts, reminder_minutes, level2_minutes) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organization_id) DO UPDATE SET max_attempts = EXCLUDED.max_attempts, reminder_minutes = EXCLUDED.reminder_minutes, level2_minutes = EXCLUDED.level2_minutes`,
      [actor.organizationId, s.maxAttempts, s.reminderMinutes, s.level2Minutes],
    );
    this.settingsCache.delete(actor.organizationId);
    await this.audit.record({ organizationId: actor.organizationId, actorUserId: actor.userId, action: 'callbacks.settings_changed', entityType: 'organization', entityId: actor.organizationId, details: { ...s } });
    return this.settings(actor.organizationId);
  }

  // ---------- create ----------
  async create(actor: Actor, dto: CreateCallbackRequest): Promise<CallbackDetail> {
    const { id, messageIds } = await this.write(actor, dto, false);
    for (const m of messageIds) await this.outbox.dispatch(m);
    return this.get(actor, id);
  }

  @UseCase()
  private async write(actor: Actor, dto: CreateCallbackRequest, requestedByCustomer: boolean): Promise<{ id: string; messageIds: string[] }> {
    const org = actor.organizationId;
    const errors: FieldError[] = [];
    const customer = await this.customers.contactInfo(org, dto.customerId);
    if (!customer) throw new NotFoundError('Customer');
    const kase = await this.contactLog.caseSummary(org, dto.caseId);
    if (!kase || kase.customerId !== dto.customerId) throw new NotFoundError('Case');
    if (kase.status === 'closed') throw new ConflictError('case-closed.new-question');
    const phone = (dto.phoneNumber ?? customer.phone ?? '').trim();
    if (!phone) errors.push({ field: 'phoneNumber', code: 'required' });
    else if (!PHONE.test(phone)) errors.push({ field: 'phoneNumber', code: 'not_a_phone_number' });
    if (dto.contactId) {
      const contact = await this.contactLog.contactSummary(org, dto.contactId);
      if (!contact || contact.customerId !== dto.customerId) errors.push({ field: 'contactId', code: 'not_found_in_organization' });
    }
    let assigneeId: string | null = null;
    let teamId: string | null = null;
    if (dto.assigneeId && dto.teamId) errors.push({ field: 'teamId', code: 'not_both', params: { other: 'assigneeId' } });
    else if (dto.assigneeId) {
      if (!(await this.directory.customerStaffMember(org, dto.assigneeId))) {
        errors.push({ field: 'assigneeId', code: 'not_found_in_organization' });
      }
      assigneeId = dto.assigneeId;
    } else if (dto.teamId) {
      if (!(await this.teamList.exists(org, dto.teamId))) errors.push({ field: 'teamId', code: 'not_found_in_organization' });
      teamId = dto.teamId;
    } else if (actor.kind === 'staff') assigneeId = actor.userId;
    else teamId = (await this.teamList.teams(org))[0]?.id ?? null;
    if (assigneeId && !teamId) teamId = (await this.teamList.teamOf(org, assigneeId))?.id ?? null;
    const { calendar, policies } = await this.sla.settings(org);
    const now = new Date();
    const window = resolveWindow(calendar, dto, now, () => this.defaultDue(calendar, policies, now), this.config.CALLBACK_HORIZON_DAYS);
    if (Array.isArray(window)) errors.push(...window);
    if (errors.length) throw new ValidationFailedError(errors, 'validation-failed.callback-not-saved');
    const w = window as Window;
    const settings = await this.settings(org);
    const moments = this.moments(calendar, settings, w, now);
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO callbacks (organization_id, customer_id, case_id, contact_id, phone_number, reason, assignee_id, team_id, window_start, due_at, day_part,
                              reminder_at, level2_at, reminded_at, created_by, requested_by_customer, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17) RETURNING id`,
      [org, dto.customerId, dto.caseId, dto.contactId ?? null, phone, dto.reason.trim(), assigneeId, teamId, w.start, w.due, w.dayPart,
        moments.reminderAt, moments.level2At, moments.reminderAt ? null : now, actor.kind === 'staff' ? actor.userId : null, requestedByCustomer, now],
    );
    await this.stages.schedule([moments.reminderAt, w.due, moments.level2At]);
    const messageIds: string[] = [];
    if (dto.confirm !== false) {
      const caller = assigneeId ? (await this.directory.people(org, [assigneeId])).get(assigneeId)?.displayName ?? null : null;
      const m = await this.tellCustomer(org, customer, 'confirmed', row.id, { window: w, caller, reason: dto.reason.trim(), phone, calendar });
      if (m) messageIds.push(m);
    }
    await this.audit.record({ organizationId: org, actorUserId: actor.userId, action: 'callback.created', entityType: 'customer', entityId: dto.customerId, details: { callbackId: row.id, caseId: dto.caseId } });
    return { id: row.id, messageIds };
  }

  /** The phone policy's first-response due moment (the callback promise), else the end of the next working day. */
  private defaultDue(calendar: CalendarSettings, policies: Parameters<typeof policyFor>[0], now: Date): Date {
    const found = policyFor(policies, 'phone', null);
    const due = found?.policy.firstResponse ? computeDues(calendar, { firstResponse: found.policy.firstResponse, resolution: null }, now).firstResponseDueAt : null;
    return due ?? endOfNthWorkingDay(calendar, now, 1);
  }

  private moments(calendar: CalendarSettings, s: CallbackSettings, w: Window, now: Date): { reminderAt: Date | null; level2At: Date } {
    const reminder = s.reminderMinutes > 0 ? subtractBusinessMinutes(calendar, w.due, s.reminderMinutes) : null;
    // A reminder that would already be due tells nobody anything new: skipped.
    const reminderAt = reminder && reminder.getTime() > now.getTime() + 60_000 ? reminder : null;
    return { reminderAt, level2At: addBusinessMinutes(calendar, w.due, Math.max(1, s.level2Minutes)) };
  }

  // ---------- read ----------
  async list(actor: Actor, q: { assignee?: 'me' | 'team' | 'all'; status?: string; escalated?: boolean; customerId?: string; limit?: number; cursor?: string }): Promise<Page<Callback>> {
    const org = actor.organizationId;
    const limit = q.limit ?? 50;
    const offset = decodeOffsetCursor(q.cursor);
    const team = q.assignee === 'team' ? await this.teamList.teamOf(org, actor.userId) : null;
    if (q.assignee === 'team' && !team) return { items: [], nextCursor: null };
    const statuses = !q.status || q.status === 'open' ? ['scheduled', 'in_progress'] : [q.status];
    const rows: Row[] = await this.db.query(
      `${SELECT}
        WHERE b.organization_id = $1 AND b.status = ANY($2::text[])
          AND ($3::uuid IS NULL OR b.assignee_id = $3)
          AND ($4::uuid IS NULL OR (b.team_id = $4 AND (b.assignee_id IS NULL OR b.escalation_level >= 1)))
          AND (NOT $5 OR b.escalation_level >= 1)
          AND ($6::uuid IS NULL OR b.customer_id = $6)
        ORDER BY b.due_at, b.id LIMIT $7 OFFSET $8`,
      [org, statuses, q.assignee === 'me' ? actor.userId : null, team?.id ?? null, q.escalated ?? false, q.customerId ?? null, limit + 1, offset],
    );
    return { items: rows.slice(0, limit).map(toCallback), nextCursor: rows.length > limit ? encodeOffsetCursor(offset + limit) : null };
  }

  async get(actor: Actor, id: string): Promise<CallbackDetail> {
    const row = await this.load(actor.organizationId, id);
    // One after the other: inside a transaction they share one connection.
    const [attempts, escalations, reschedules] = await sequential([
      () => this.db.query(`SELECT id, outcome, note, by_user_id, by_name, at FROM callback_attempts WHERE callback_id = $1 ORDER BY at, id`, [id]) as Promise<{ id: string; outcome: RecordAttemptRequest['outcome']; note: string | null; by_user_id: string | null; by_name: string | null; at: Date }[]>,
      () => this.db.query(`SELECT level, kind, at, notified FROM callback_escalations WHERE callback_id = $1 ORDER BY at, level`, [id]) as Promise<{ level: number; kind: 'reminder' | 'level_1' | 'level_2'; at: Date; notified: PersonRef[] }[]>,
      () => this.db.query(`SELECT * FROM callback_reschedules WHERE callback_id = $1 ORDER BY at, id`, [id]) as Promise<{ from_start: Date; from_end: Date; to_start: Date; to_end: Date; reason: string; requested_by: 'customer' | 'organization'; by_user_id: string | null; by_name: string | null; at: Date }[]>,
    ]);
    return {
      ...toCallback(row),
      attempts: attempts.map((a) => ({ id: a.id, outcome: a.outcome, note: a.note, by: a.by_user_id ? { id: a.by_user_id, displayName: a.by_name ?? '' } : null, at: new Date(a.at).toISOString() })),
      escalations: escalations.map((e) => ({ level: e.level as 0 | 1 | 2, kind: e.kind, at: new Date(e.at).toISOString(), notified: e.notified })),
      reschedules: reschedules.map((r) => ({
        from: { start: new Date(r.from_start).toISOString(), end: new Date(r.from_end).toISOString() },
        to: { start: new Date(r.to_start).toISOString(), end: new Date(r.to_end).toISOString() },
        reason: r.reason, requestedBy: r.requested_by, by: r.by_user_id ? { id: r.by_user_id, displayName: r.by_name ?? '' } : null, at: new Date(r.at).toISOString(),
      })),
    };
  }

  // ---------- working the queue ----------
  @UseCase()
  async claim(actor: Actor, id: string): Promise<CallbackDetail> {
    const row = await this.lockOpen(actor.organizationId, id);
    if (row.assignee_id === actor.userId) return this.get(actor, id);
    if (row.assignee_id && row.escalation_level < 1) throw new ConflictError('callback-taken');
    const team = await this.teamList.teamOf(actor.organizationId, actor.userId);
    await this.db.query(`UPDATE callbacks SET assignee_id = $2, team_id = coalesce($3, team_id), updated_at = $4 WHERE id = $1`, [id, actor.userId, team?.id ?? null, new Date()]);
    return this.get(actor, id);
  }

  async recordAttempt(actor: Actor, id: string, dto: RecordAttemptRequest): Promise<CallbackDetail> {
    const messageIds = await this.writeAttempt(actor, id, dto);
    for (const m of messageIds) await this.outbox.dispatch(m);
    return this.get(actor, id);
  }

  @UseCase()
  private async writeAttempt(actor: Actor, id: string, dto: RecordAttemptRequest): Promise<string[]> {
    const org = actor.organizationId;
    const row = await this.lockOpen(org, id);
    const by = await this.me(actor);
    const now = new Date();
    await this.db.query(`INSERT INTO callback_attempts (organization_id, callback_id, outcome, note, by_user_id, by_name, at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      org, id, dto.outcome, dto.note?.trim() || null, by?.id ?? null, by?.displayName ?? null, now,
    ]);
    const [updated]: { attempt_count: number }[] = returnedRows(await this.db.query(
      `UPDATE callbacks SET attempt_count = attempt_count + CASE WHEN $2 THEN 0 ELSE 1 END,
              status = CASE WHEN $2 THEN 'in_progress' ELSE status END, updated_at = $3
        WHERE id = $1 RETURNING attempt_count`,
      [id, dto.outcome === 'reached', now],
    ));
    const settings = await this.settings(org);
    // After the last attempt we may make, the customer hears how to reach us (once per callback).
    if (dto.outcome !== 'reached' && updated.attempt_count >= settings.maxAttempts && !row.invited_at) {
      await this.db.query(`UPDATE callbacks SET invited_at = $2 WHERE id = $1`, [id, now]);
      const customer = await this.customers.contactInfo(org, row.customer_id);
      const { calendar } = await this.sla.settings(org);
      const m = customer ? await this.tellCustomer(org, customer, 'not_reached', id, { window: this.windowOf(row), caller: by?.displayName ?? null, reason: row.reason, phone: row.phone_number, calendar }) : null;
      return m ? [m] : [];
    }
    return [];
  }

  async complete(actor: Actor, id: string, dto: CompleteCallbackRequest): Promise<CallbackDetail> {
    await this.writeComplete(actor, id, dto);
    return this.get(actor, id);
  }

  @UseCase()
  private async writeComplete(actor: Actor, id: string, dto: CompleteCallbackRequest): Promise<void> {
    const org = actor.organizationId;
    const row = await this.lockOpen(org, id);
    const kase = await this.contactLog.caseSummary(org, row.case_id);
    // The call itself is a contact on the case: the time line and the case's figures see it.
    if (kase && kase.status !== 'closed') {
      await this.contactLog.logContact(actor, {
        customerId: row.customer_id, caseId: row.case_id, channel: 'phone', direction: 'outbound', topic: kase.topicId,
        summary: dto.result.trim(), outcome: dto.resolved ? 'answered' : 'forwarded',
      } as Parameters<ContactLogService['logContact']>[1]);
    }
    await this.db.query(`UPDATE callbacks SET status = 'completed', result = $2, completed_at = $4, completed_by = $3, updated_at = $4 WHERE id = $1`, [id, dto.result.trim(), actor.userId, new Date()]);
    await this.audit.record({ organizationId: org, actorUserId: actor.userId, action: 'callback.completed', entityType: 'customer', entityId: row.customer_id, details: { callbackId: id } });
  }

  @UseCase()
  async cancel(actor: Actor, id: string, reason: string): Promise<CallbackDetail> {
    const row = await this.lockOpen(actor.organizationId, id);
    await this.db.query(`UPDATE callbacks SET status = 'cancelled', cancel_reason = $2, updated_at = $3 WHERE id = $1`, [id, reason.trim(), new Date()]);
    await this.audit.record({ organizationId: actor.organizationId, actorUserId: actor.userId, action: 'callback.cancelled', entityType: 'customer', entityId: row.customer_id, details: { callbackId: id, reason } });
    return this.get(actor, id);
  }

  async reschedule(actor: Actor, id: string, dto: RescheduleCallbackRequest): Promise<CallbackDetail> {
    const messageIds = await this.writeReschedule(actor, id, dto);
    for (const m of messageIds) await this.outbox.dispatch(m);
    return this.get(actor, id);
  }

  /** A new agreement: old and new window and the reason are kept; escalation starts over for the new window. */
  @UseCase()
  private async writeReschedule(actor: Actor, id: string, dto: RescheduleCallbackRequest): Promise<string[]> {
    const org = actor.organizationId;
    const row = await this.lockOpen(org, id);
    const { calendar, policies } = await this.sla.settings(org);
    const now = new Date();
    const window = resolveWindow(calendar, dto as CallbackWindowInput, now, () => this.defaultDue(calendar, policies, now), this.config.CALLBACK_HORIZON_DAYS);
    if (Array.isArray(window)) throw new ValidationFailedError(window, 'validation-failed.callback-not-moved');
    const settings = await this.settings(org);
    const moments = this.moments(calendar, settings, window, now);
    const by = await this.me(actor);
    await this.db.query(
      `INSERT INTO callback_reschedules (organization_id, callback_id, from_start, from_end, to_start, to_end, reason, requested_by, by_user_id, by_name, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [org, id, row.window_start, row.due_at, window.start, window.due, dto.reason.trim(), dto.requestedBy, by?.id ?? null, by?.displayName ?? null, now],
    );
    await this.db.query(
      `UPDATE callbacks SET window_start = $2, due_at = $3, day_part = $4, reminder_at = $5, level2_at = $6, reminded_at = $7,
              escalated1_at = NULL, escalated2_at = NULL, escalation_level = 0, new_expectation_at = NULL,
              moved_by_organization = moved_by_organization OR $8, updated_at = $9
        WHERE id = $1`,
      [id, window.start, window.due, window.dayPart, moments.reminderAt, moments.level2At, moments.reminderAt ? null : now, dto.requestedBy === 'organization', now],
    );
    await this.stages.schedule([moments.reminderAt, window.due, moments.level2At]);
    // When we move it, the customer is told in writing; when they asked for it themselves, they know.
    if (dto.requestedBy === 'organization') {
      const customer = await this.customers.contactInfo(org, row.customer_id);
      const caller = row.assignee_name;
      const m = customer ? await this.tellCustomer(org, customer, 'moved', id, { window, caller, reason: row.reason, phone: row.phone_number, calendar }) : null;
      return m ? [m] : [];
    }
    return [];
  }

  // ---------- portal ----------
  async portalList(actor: Actor): Promise<{ items: PortalCallback[] }> {
    const rows: Row[] = await this.db.query(`${SELECT} WHERE b.organization_id = $1 AND b.customer_id = $2 ORDER BY b.due_at DESC LIMIT 100`, [actor.organizationId, actor.customerId]);
    return { items: rows.map(toPortalCallback) };
  }

  /** A tenant asks to be called back: a portal contact opens a case for it, the team's queue gets the callback. */
  async portalRequest(actor: Actor, dto: PortalCallbackRequest): Promise<PortalCallback> {
    const org = actor.organizationId;
    const { calendar } = await this.sla.settings(org);
    const check = resolveWindow(calendar, dto, new Date(), () => new Date(), this.config.CALLBACK_HORIZON_DAYS);
    if (Array.isArray(check)) throw new ValidationFailedError(check, 'validation-failed.choose-another-moment');
    const { id, messageIds } = await this.writePortalRequest(actor, dto);
    for (const m of messageIds) await this.outbox.dispatch(m);
    const row = await this.load(org, id);
    return toPortalCallback(row);
  }

  @UseCase()
  private async writePortalRequest(actor: Actor, dto: PortalCallbackRequest): Promise<{ id: string; messageIds: string[] }> {
    const topics = await this.topicList.topics(actor.organizationId);
    const topic = topics.find((t) => t.code === 'overig') ?? topics[0];
    if (!topic) throw new ConflictError('no-topics');
    const portalCase = await this.contactLog.askQuestion(actor, { topic: topic.id, subject: 'Terugbelverzoek', question: dto.reason } as Parameters<ContactLogService['askQuestion']>[1]);
    return this.write(actor, { customerId: actor.customerId as string, caseId: portalCase.id, reason: dto.reason, date: dto.date, dayPart: dto.dayPart, phoneNumber: dto.phoneNumber }, true);
  }

  // ---------- internals ----------
  private windowOf(r: Row): Window {
    return { start: new Date(r.window_start), due: new Date(r.due_at), dayPart: r.day_part };
  }

  private async me(actor: Actor): Promise<PersonRef | null> {
    return actor.kind === 'staff' ? ((await this.directory.people(actor.organizationId, [actor.userId])).get(actor.userId) ?? null) : null;
  }

  private async load(org: string, id: string): Promise<Row> {
    if (!isUuid(id)) throw new NotFoundError('Callback');
    const rows: Row[] = await this.db.query(`${SELECT} WHERE b.id = $1 AND b.organization_id = $2`, [id, org]);
    if (!rows[0]) throw new NotFoundError('Callback');
    return rows[0];
  }

  /** Locks an open callback of this organization; a finished one cannot change (409). */
  private async lockOpen(org: string, id: string): Promise<Row> {
    if (!isUuid(id)) throw new NotFoundError('Callback');
    const locked: { status: CallbackStatus }[] = await this.db.query(`SELECT status FROM callbacks WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [id, org]);
    if (!locked[0]) throw new NotFoundError('Callback');
    if (locked[0].status === 'completed' || locked[0].status === 'cancelled') {
      throw new ConflictError('callback-final', { status: locked[0].status }, `callback-${locked[0].status}`);
    }
    return this.load(org, id);
  }

  /** Writes the customer's letter or e-mail to the outbox; returns the message id to dispatch after commit (null for letters). */
  async tellCustomer(
    org: string,
    customer: { id: string; fullName: string; email: string | null },
    kind: Parameters<typeof customerText>[0]['kind'],
    callbackId: string,
    about: { window: Window; caller: string | null; reason: string; phone: string; calendar: CalendarSettings; newExpectation?: Date },
  ): Promise<string | null> {
    const organizationName = await this.directory.organizationName(org);
    const medium = customer.email ? 'email' : 'letter';
    const text = customerText({
      kind, medium, organizationName, customerName: customer.fullName, caller: about.caller, reason: about.reason, phone: about.phone,
      window: describeWindow(about.window), newExpectation: about.newExpectation ?? null,
    });
    const m = await this.outbox.enqueue({
      organizationId: org, channel: medium, recipient: customer.email, fromName: organizationName, subject: text.subject, body: text.body,
      referenceType: `callback_${kind}`, referenceId: callbackId,
    });
    return m.status === 'pending' ? m.id : null;
  }
}

async function sequential<A, B, C>(fns: [() => Promise<A>, () => Promise<B>, () => Promise<C>]): Promise<[A, B, C]> {
  const a = await fns[0]();
  const b = await fns[1]();
  const c = await fns[2]();
  return [a, b, c];
}

function toPortalCallback(r: Row): PortalCallback {
  return {
    id: r.id, reason: r.reason, phoneNumber: r.phone_number, status: r.status, windowStart: new Date(r.window_start).toISOString(), dueAt: new Date(r.due_at).toISOString(),
    dayPart: r.day_part, caller: r.assignee_name ?? r.team_name ?? null, newExpectationAt: iso(r.new_expectation_at), completedAt: iso(r.completed_at), result: r.result,
  };
}

export type { TeamRef };
