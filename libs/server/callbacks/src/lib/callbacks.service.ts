import { Inject, Injectable } from '@nestjs/common';
import {
  UseCase, afterCommit, EventLog, type CustomerRefDto, type EventTeamDto, type RelatieRefDto,
  APP_CONFIG, Actor, AppConfig, AuditService, ConflictError, NotFoundError, OutboxService, ValidationFailedError, decodeOffsetCursor, encodeOffsetCursor, type FieldError, isUuid,
} from '@loket/server/platform';
import { CustomersService } from '@loket/server/customers';
import { CaseSubjects, ContactCallbacks, ContactLogService, type AgreedCallback, type ContactCallbackInput } from '@loket/server/contact-log';
import { DirectoryService } from '@loket/server/identity';
import { TeamsService, TopicsService } from '@loket/server/reference-data';
import { SlaSettingsService, computeDues, policyFor } from '@loket/server/sla';
import { endOfNthWorkingDay, type CalendarSettings } from '@loket/shared/business-calendar';
import type { PersonRefDto } from '@loket/server/platform';
import type { CallbackWindowInput } from '@loket/shared/contracts';
import type { CallbackSettingsDto, CompleteCallbackDto, CreateCallbackDto, PortalCallbackRequestDto, RecordAttemptDto, RescheduleCallbackDto } from './callbacks.dto';
import type { CallbackDetailDto, CallbackDto, CallbackPageDto, PortalCallbackDto, PortalCallbackListDto, PortalCallbackMomentsDto } from './callbacks.responses.dto';
import { CallbacksRepository, type CallbackRow } from './callbacks.repository';
import { attemptEffect, inviteCustomer, openDayParts, resolveWindow, scheduleMoments, type Window } from './domain/schedule';
import { CallbackWorkSync } from './callback-work';
import { StageScheduler } from './stages';
import { customerText, describeWindow } from './texts';
import { callbackCompleted, callbackCreated } from './integration-events';

/** How far ahead the portal's picker offers moments (calendar days, today included). */
const PORTAL_PICKER_DAYS = 14;

export const DEFAULT_CALLBACK_SETTINGS: CallbackSettingsDto = { maxAttempts: 3, reminderMinutes: 60, level2Minutes: 240 };

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** The names around a callback, from the modules that own them (customers, contact-log, identity). */
interface Names {
  customers: Map<string, CustomerRefDto>;
  cases: Map<string, string>;
  people: Map<string, PersonRefDto>;
  teams: Map<string, string>;
}

function toCallback(r: CallbackRow, n: Names): CallbackDto {
  return {
    id: r.id,
    customerId: r.customer_id,
    customerName: n.customers.get(r.customer_id)?.fullName ?? '',
    customer: n.customers.get(r.customer_id) ?? { id: r.customer_id, fullName: '', customerNumber: '', safetyMarkers: [] },
    caseId: r.case_id,
    caseSubject: n.cases.get(r.case_id) ?? '',
    phoneNumber: r.phone_number,
    reason: r.reason,
    assignee: r.assignee_id ? { id: r.assignee_id, displayName: n.people.get(r.assignee_id)?.displayName ?? '' } : null,
    team: r.team_id ? { id: r.team_id, name: n.teams.get(r.team_id) ?? '' } : null,
    status: r.status,
    windowStart: new Date(r.window_start).toISOString(),
    dueAt: new Date(r.due_at).toISOString(),
    dayPart: r.day_part,
    escalationLevel: r.escalation_level as 0 | 1 | 2,
    attemptCount: r.attempt_count,
    newExpectationAt: iso(r.new_expectation_at),
    result: r.result,
    completedAt: iso(r.completed_at),
    createdBy: r.created_by ? { id: r.created_by, displayName: n.people.get(r.created_by)?.displayName ?? '' } : null,
    requestedByCustomer: r.requested_by_customer,
    cancelReason: r.cancel_reason,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

function toPortalCallback(r: CallbackRow, n: Pick<Names, 'people' | 'teams'>): PortalCallbackDto {
  const caller = (r.assignee_id ? n.people.get(r.assignee_id)?.displayName : undefined) ?? (r.team_id ? n.teams.get(r.team_id) : undefined) ?? null;
  return {
    id: r.id, reason: r.reason, phoneNumber: r.phone_number, status: r.status, windowStart: new Date(r.window_start).toISOString(), dueAt: new Date(r.due_at).toISOString(),
    dayPart: r.day_part, caller, newExpectationAt: iso(r.new_expectation_at), completedAt: iso(r.completed_at), result: r.result,
  };
}

/** Phone numbers as people type them: digits, spaces, dashes, a leading +. */
const PHONE = /^\+?[0-9][0-9 ()-]{5,18}[0-9]$/;

@Injectable()
export class CallbacksService {
  private readonly settingsCache = new Map<string, { until: number; settings: CallbackSettingsDto }>();

  constructor(
    private readonly repository: CallbacksRepository,
    private readonly customers: CustomersService,
    private readonly contactLog: ContactLogService,
    private readonly caseSubjects: CaseSubjects,
    private readonly directory: DirectoryService,
    private readonly teamList: TeamsService,
    private readonly topicList: TopicsService,
    private readonly sla: SlaSettingsService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly stages: StageScheduler,
    private readonly work: CallbackWorkSync,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventLog,
    contactCallbacks: ContactCallbacks,
  ) {
    // A contact may agree its callback in the same command: the contact log writes it through us, in its transaction.
    contactCallbacks.register((actor, at, callback) => this.agreeInContact(actor, at, callback));
  }

  /** The customer's open callbacks, soonest first (the 360° overview's section). */
  async openCallbacksOf(org: string, customerId: string): Promise<CallbackDto[]> {
    return this.views(org, await this.repository.ofCustomer(org, customerId, 'open', 20));
  }

  // ---------- settings ----------
  async settings(org: string): Promise<CallbackSettingsDto> {
    const hit = this.settingsCache.get(org);
    if (hit && hit.until > Date.now()) return hit.settings;
    const settings = await this.storedSettings(org);
    this.settingsCache.set(org, { until: Date.now() + 10_000, settings });
    return settings;
  }

  @UseCase()
  async putSettings(actor: Actor, s: CallbackSettingsDto): Promise<CallbackSettingsDto> {
    await this.repository.putSettings(actor.organizationId, s);
    await afterCommit(() => this.settingsCache.delete(actor.organizationId));
    await this.audit.record({ organizationId: actor.organizationId, actorUserId: actor.userId, action: 'callbacks.settings_changed', entityType: 'organization', entityId: actor.organizationId, details: { ...s } });
    return this.storedSettings(actor.organizationId);
  }

  private async storedSettings(org: string): Promise<CallbackSettingsDto> {
    const row = await this.repository.settings(org);
    return row ? { maxAttempts: row.max_attempts, reminderMinutes: row.reminder_minutes, level2Minutes: row.level2_minutes } : DEFAULT_CALLBACK_SETTINGS;
  }

  // ---------- create ----------
  @UseCase()
  async create(actor: Actor, dto: CreateCallbackDto): Promise<CallbackDetailDto> {
    const id = await this.write(actor, dto, false);
    return this.get(actor, id);
  }

  /**
   * The callback agreed in a contact (`POST /contacts {…, callback}`), inside the contact's use case.
   * The contact's confirmation names it, so it sends none of its own.
   */
  private async agreeInContact(actor: Actor, at: { customerId: string; caseId: string; contactId: string }, callback: ContactCallbackInput): Promise<AgreedCallback> {
    const id = await this.write(actor, { ...callback, ...at, confirm: false }, false);
    const row = await this.load(actor.organizationId, id);
    const { people, teams } = await this.staffNames(actor.organizationId, [row]);
    return {
      id,
      windowStart: new Date(row.window_start).toISOString(),
      dueAt: new Date(row.due_at).toISOString(),
      dayPart: row.day_part,
      assignee: row.assignee_id ? { id: row.assignee_id, displayName: people.get(row.assignee_id)?.displayName ?? '' } : null,
      team: row.team_id ? { id: row.team_id, name: teams.get(row.team_id) ?? '' } : null,
      when: describeWindow(this.windowOf(row)),
    };
  }

  private async write(actor: Actor, dto: CreateCallbackDto, requestedByCustomer: boolean): Promise<string> {
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
    else teamId = await this.teamList.frontOffice(org);
    if (assigneeId && !teamId) teamId = (await this.teamList.teamOf(org, assigneeId))?.id ?? null;
    const { calendar, policies } = await this.sla.settings(org);
    const now = new Date();
    const window = resolveWindow(calendar, dto, now, () => this.defaultDue(calendar, policies, now), this.config.CALLBACK_HORIZON_DAYS);
    if (Array.isArray(window)) errors.push(...window);
    if (errors.length) throw new ValidationFailedError(errors, 'validation-failed.callback-not-saved');
    const w = window as Window;
    const moments = scheduleMoments(calendar, await this.settings(org), w, now);
    const id = await this.repository.insert({
      organizationId: org, customerId: dto.customerId, caseId: dto.caseId, contactId: dto.contactId ?? null, phoneNumber: phone, reason: dto.reason.trim(),
      assigneeId, teamId, windowStart: w.start, dueAt: w.due, dayPart: w.dayPart, reminderAt: moments.reminderAt, level2At: moments.level2At,
      remindedAt: moments.reminderAt ? null : now, createdBy: actor.kind === 'staff' ? actor.userId : null, requestedByCustomer, at: now,
    });
    await this.stages.schedule([moments.reminderAt, moments.level1At, moments.level2At]);
    const written = await this.load(org, id);
    const about = await this.eventRefs(org, written);
    await this.events.publish({ organizationId: org, type: 'callback.created', customerId: dto.customerId, subjectId: id, data: { ...callbackCreated(written, about.relatie, about.team) }, at: now });
    if (dto.confirm !== false) {
      const caller = assigneeId ? (await this.directory.people(org, [assigneeId])).get(assigneeId)?.displayName ?? null : null;
      await this.tellCustomer(org, customer, 'confirmed', id, { window: w, caller, reason: dto.reason.trim(), phone, calendar });
    }
    await this.audit.record({ organizationId: org, actorUserId: actor.userId, action: 'callback.created', entityType: 'customer', entityId: dto.customerId, details: { callbackId: id, caseId: dto.caseId } });
    await this.work.sync(org, id);
    return id;
  }

  /** The phone policy's first-response due moment (the callback promise), else the end of the next working day. */
  private defaultDue(calendar: CalendarSettings, policies: Parameters<typeof policyFor>[0], now: Date): Date {
    const found = policyFor(policies, 'phone', null);
    const due = found?.policy.firstResponse ? computeDues(calendar, { firstResponse: found.policy.firstResponse, resolution: null }, now).firstResponseDueAt : null;
    return due ?? endOfNthWorkingDay(calendar, now, 1);
  }

  // ---------- read ----------
  async list(actor: Actor, q: { assignee?: 'me' | 'team' | 'all'; status?: string; escalated?: boolean; customerId?: string; limit?: number; cursor?: string }): Promise<CallbackPageDto> {
    const org = actor.organizationId;
    const limit = q.limit ?? 50;
    const offset = decodeOffsetCursor(q.cursor);
    const team = q.assignee === 'team' ? await this.teamList.teamOf(org, actor.userId) : null;
    if (q.assignee === 'team' && !team) return { items: [], nextCursor: null };
    const statuses = !q.status || q.status === 'open' ? ['scheduled', 'in_progress'] : [q.status];
    const rows = await this.repository.list(
      org,
      { statuses, assigneeId: q.assignee === 'me' ? actor.userId : null, teamId: team?.id ?? null, escalated: q.escalated ?? false, customerId: q.customerId ?? null },
      limit + 1, offset,
    );
    return { items: await this.views(org, rows.slice(0, limit)), nextCursor: rows.length > limit ? encodeOffsetCursor(offset + limit) : null };
  }

  async get(actor: Actor, id: string): Promise<CallbackDetailDto> {
    const org = actor.organizationId;
    const row = await this.load(org, id);
    // One after the other: inside a transaction they share one connection.
    const attempts = await this.repository.attempts(org, id);
    const escalations = await this.repository.escalations(org, id);
    const reschedules = await this.repository.reschedules(org, id);
    const [callback] = await this.views(org, [row]);
    return {
      ...callback,
      attempts: attempts.map((a) => ({ id: a.id, outcome: a.outcome, note: a.note, by: a.by_user_id ? { id: a.by_user_id, displayName: a.by_name ?? '' } : null, at: new Date(a.at).toISOString() })),
      escalations: escalations.map((e) => ({ level: e.level as 0 | 1 | 2, kind: e.kind, at: new Date(e.at).toISOString(), notified: e.notified })),
      reschedules: reschedules.map((r) => ({
        from: { start: new Date(r.from_start).toISOString(), end: new Date(r.from_end).toISOString() },
        to: { start: new Date(r.to_start).toISOString(), end: new Date(r.to_end).toISOString() },
        reason: r.reason, requestedBy: r.requested_by, by: r.by_user_id ? { id: r.by_user_id, displayName: r.by_name ?? '' } : null, at: new Date(r.at).toISOString(),
      })),
    };
  }

  /** Callbacks with the names around them, asked of the modules that own them: one batch each, one after the other (one connection in a transaction). */
  private async views(org: string, rows: CallbackRow[]): Promise<CallbackDto[]> {
    if (rows.length === 0) return [];
    // Names, numbers and the safety markers in force (R3): staff see the warning wherever the callback shows.
    const customers = await this.customers.refs(org, rows.map((r) => r.customer_id));
    const cases = await this.caseSubjects.of(org, rows.map((r) => r.case_id));
    const names = { customers, cases, ...(await this.staffNames(org, rows)) };
    return rows.map((r) => toCallback(r, names));
  }

  private async staffNames(org: string, rows: CallbackRow[]): Promise<Pick<Names, 'people' | 'teams'>> {
    const people = await this.directory.people(org, rows.flatMap((r) => [r.assignee_id, r.created_by]));
    // Only the teams the rows name, in one read (none when no row has a team).
    const teams = new Map([...(await this.teamList.refs(org, rows.map((r) => r.team_id)))].map(([id, t]) => [id, t.name]));
    return { people, teams };
  }

  // ---------- working the queue ----------
  @UseCase()
  async claim(actor: Actor, id: string): Promise<CallbackDetailDto> {
    const row = await this.lockOpen(actor.organizationId, id);
    if (row.assignee_id === actor.userId) return this.get(actor, id);
    if (row.assignee_id && row.escalation_level < 1) throw new ConflictError('callback-taken');
    const team = await this.teamList.teamOf(actor.organizationId, actor.userId);
    await this.repository.assign(actor.organizationId, id, actor.userId, team?.id ?? null, new Date());
    await this.work.sync(actor.organizationId, id);
    return this.get(actor, id);
  }

  @UseCase()
  async recordAttempt(actor: Actor, id: string, dto: RecordAttemptDto): Promise<CallbackDetailDto> {
    const org = actor.organizationId;
    const row = await this.lockOpen(org, id);
    const by = await this.me(actor);
    const now = new Date();
    await this.repository.addAttempt(org, id, { outcome: dto.outcome, note: dto.note?.trim() || null, byUserId: by?.id ?? null, byName: by?.displayName ?? null, at: now });
    const effect = attemptEffect(dto.outcome);
    const attemptCount = await this.repository.countAttempt(org, id, effect.counts, effect.status, now);
    const settings = await this.settings(org);
    if (inviteCustomer(dto.outcome, attemptCount, settings.maxAttempts, !!row.invited_at)) {
      await this.repository.markInvited(org, id, now);
      const customer = await this.customers.contactInfo(org, row.customer_id);
      const { calendar } = await this.sla.settings(org);
      if (customer) await this.tellCustomer(org, customer, 'not_reached', id, { window: this.windowOf(row), caller: by?.displayName ?? null, reason: row.reason, phone: row.phone_number, calendar });
    }
    await this.work.sync(org, id);
    return this.get(actor, id);
  }

  /** The call is made: it is logged as a contact on the case (its confirmation, if any, is sent once this use case committed). */
  @UseCase()
  async complete(actor: Actor, id: string, dto: CompleteCallbackDto): Promise<CallbackDetailDto> {
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
    const completedAt = new Date();
    await this.repository.complete(org, id, dto.result.trim(), actor.userId, completedAt);
    const about = await this.eventRefs(org, row);
    await this.events.publish({
      organizationId: org, type: 'callback.completed', customerId: row.customer_id, subjectId: id, at: completedAt,
      data: { ...callbackCompleted(row, about.relatie, about.team, !!dto.resolved, completedAt) },
    });
    await this.audit.record({ organizationId: org, actorUserId: actor.userId, action: 'callback.completed', entityType: 'customer', entityId: row.customer_id, details: { callbackId: id } });
    await this.work.sync(org, id);
    return this.get(actor, id);
  }

  @UseCase()
  async cancel(actor: Actor, id: string, reason: string): Promise<CallbackDetailDto> {
    const row = await this.lockOpen(actor.organizationId, id);
    await this.repository.cancel(actor.organizationId, id, reason.trim(), new Date());
    await this.audit.record({ organizationId: actor.organizationId, actorUserId: actor.userId, action: 'callback.cancelled', entityType: 'customer', entityId: row.customer_id, details: { callbackId: id, reason } });
    await this.work.sync(actor.organizationId, id);
    return this.get(actor, id);
  }

  /** A new agreement: old and new window and the reason are kept; escalation starts over for the new window. */
  @UseCase()
  async reschedule(actor: Actor, id: string, dto: RescheduleCallbackDto): Promise<CallbackDetailDto> {
    const org = actor.organizationId;
    const row = await this.lockOpen(org, id);
    const { calendar, policies } = await this.sla.settings(org);
    const now = new Date();
    const window = resolveWindow(calendar, dto as CallbackWindowInput, now, () => this.defaultDue(calendar, policies, now), this.config.CALLBACK_HORIZON_DAYS);
    if (Array.isArray(window)) throw new ValidationFailedError(window, 'validation-failed.callback-not-moved');
    const moments = scheduleMoments(calendar, await this.settings(org), window, now);
    const by = await this.me(actor);
    await this.repository.addReschedule(org, id, {
      fromStart: row.window_start, fromEnd: row.due_at, toStart: window.start, toEnd: window.due, reason: dto.reason.trim(), requestedBy: dto.requestedBy,
      byUserId: by?.id ?? null, byName: by?.displayName ?? null, at: now,
    });
    await this.repository.move(org, id, {
      windowStart: window.start, dueAt: window.due, dayPart: window.dayPart, reminderAt: moments.reminderAt, level2At: moments.level2At,
      remindedAt: moments.reminderAt ? null : now, byOrganization: dto.requestedBy === 'organization', at: now,
    });
    await this.stages.schedule([moments.reminderAt, moments.level1At, moments.level2At]);
    // When we move it, the customer is told in writing; when they asked for it themselves, they know.
    if (dto.requestedBy === 'organization') {
      const customer = await this.customers.contactInfo(org, row.customer_id);
      const caller = row.assignee_id ? (await this.directory.people(org, [row.assignee_id])).get(row.assignee_id)?.displayName ?? null : null;
      if (customer) await this.tellCustomer(org, customer, 'moved', id, { window, caller, reason: row.reason, phone: row.phone_number, calendar });
    }
    await this.work.sync(org, id);
    return this.get(actor, id);
  }

  // ---------- portal ----------
  async portalList(actor: Actor): Promise<PortalCallbackListDto> {
    const org = actor.organizationId;
    const rows = await this.repository.ofCustomer(org, actor.customerId as string, 'all', 100);
    const names = rows.length ? await this.staffNames(org, rows) : { people: new Map(), teams: new Map() };
    return { items: rows.map((r) => toPortalCallback(r, names)) };
  }

  /** The open day parts of the coming two weeks (within the horizon), by day. */
  async portalMoments(actor: Actor): Promise<PortalCallbackMomentsDto> {
    const { calendar } = await this.sla.settings(actor.organizationId);
    const days = new Map<string, PortalCallbackMomentsDto['days'][number]>();
    for (const p of openDayParts(calendar, new Date(), Math.min(PORTAL_PICKER_DAYS, this.config.CALLBACK_HORIZON_DAYS))) {
      const day = days.get(p.date) ?? { date: p.date, dayParts: [] };
      day.dayParts.push({ dayPart: p.dayPart, windowStart: p.window.start.toISOString(), windowEnd: p.window.due.toISOString() });
      days.set(p.date, day);
    }
    return { days: [...days.values()] };
  }

  /** A tenant asks to be called back: a portal contact opens a case for it, the team's queue gets the callback. */
  @UseCase()
  async portalRequest(actor: Actor, dto: PortalCallbackRequestDto): Promise<PortalCallbackDto> {
    const org = actor.organizationId;
    const { calendar } = await this.sla.settings(org);
    const check = resolveWindow(calendar, dto, new Date(), () => new Date(), this.config.CALLBACK_HORIZON_DAYS);
    if (Array.isArray(check)) throw new ValidationFailedError(check, 'validation-failed.choose-another-moment');
    const topics = await this.topicList.topics(org);
    const topic = topics.find((t) => t.code === 'overig') ?? topics[0];
    if (!topic) throw new ConflictError('no-topics');
    const portalCase = await this.contactLog.askQuestion(actor, { topic: topic.id, subject: 'Terugbelverzoek', question: dto.reason } as Parameters<ContactLogService['askQuestion']>[1]);
    const id = await this.write(actor, { customerId: actor.customerId as string, caseId: portalCase.id, reason: dto.reason, date: dto.date, dayPart: dto.dayPart, phoneNumber: dto.phoneNumber }, true);
    const row = await this.load(org, id);
    return toPortalCallback(row, await this.staffNames(org, [row]));
  }

  // ---------- internals ----------
  /** The customer as the ERP knows them and the callback's team, for its integration events. */
  private async eventRefs(org: string, r: CallbackRow): Promise<{ relatie: RelatieRefDto; team: EventTeamDto | null }> {
    const relatie = (await this.customers.relaties(org, [r.customer_id])).get(r.customer_id) as RelatieRefDto;
    const team = r.team_id ? (await this.teamList.refs(org, [r.team_id])).get(r.team_id) : undefined;
    return { relatie, team: team ? { id: team.id, naam: team.name } : null };
  }

  private windowOf(r: CallbackRow): Window {
    return { start: new Date(r.window_start), due: new Date(r.due_at), dayPart: r.day_part };
  }


  private async me(actor: Actor): Promise<PersonRefDto | null> {
    return actor.kind === 'staff' ? ((await this.directory.people(actor.organizationId, [actor.userId])).get(actor.userId) ?? null) : null;
  }

  private async load(org: string, id: string): Promise<CallbackRow> {
    if (!isUuid(id)) throw new NotFoundError('Callback');
    const row = await this.repository.byId(org, id);
    if (!row) throw new NotFoundError('Callback');
    return row;
  }

  /** Locks an open callback of this organization; a finished one cannot change (409). */
  private async lockOpen(org: string, id: string): Promise<CallbackRow> {
    if (!isUuid(id)) throw new NotFoundError('Callback');
    const status = await this.repository.lock(org, id);
    if (!status) throw new NotFoundError('Callback');
    if (status === 'completed' || status === 'cancelled') {
      throw new ConflictError('callback-final', { status }, `callback-${status}`);
    }
    return this.load(org, id);
  }

  /** Writes the customer's letter or e-mail to the outbox (an e-mail is sent once the use case committed). */
  private async tellCustomer(
    org: string,
    customer: { id: string; fullName: string; email: string | null },
    kind: Parameters<typeof customerText>[0]['kind'],
    callbackId: string,
    about: { window: Window; caller: string | null; reason: string; phone: string; calendar: CalendarSettings },
  ): Promise<void> {
    const organizationName = await this.directory.organizationName(org);
    const medium = customer.email ? 'email' : 'letter';
    const text = customerText({
      kind, medium, organizationName, customerName: customer.fullName, caller: about.caller, reason: about.reason, phone: about.phone,
      window: describeWindow(about.window), newExpectation: null,
    });
    await this.outbox.enqueue({
      organizationId: org, channel: medium, recipient: customer.email, fromName: organizationName, subject: text.subject, body: text.body,
      referenceType: `callback_${kind}`, referenceId: callbackId, customerId: customer.id,
    });
  }
}

