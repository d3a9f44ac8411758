import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { CaseSla, Channel } from '@loket/shared/contracts';
import { BreachScheduler, RECORD_BREACHES_SQL } from './breaches';
import { clockPolicy, computeDues, effectiveCalendar, pausedMinutesOf, policyFor } from './dues';
import type { ClockPolicy } from './entities';
import { SlaSettingsService } from './sla-settings.service';

/** The clock columns as the contact log's case queries select them (`LEFT JOIN case_clocks s`). */
export const CASE_SLA_COLUMNS = `
  s.state AS sla_state, s.received_at AS sla_received_at, s.first_response_due_at AS sla_first_response_due_at, s.due_at AS sla_due_at,
  s.first_responded_at AS sla_first_responded_at, s.paused_since AS sla_paused_since, s.paused_minutes AS sla_paused_minutes,
  s.first_response_breached_at AS sla_first_response_breached_at, s.resolution_breached_at AS sla_resolution_breached_at`;
export const CASE_SLA_JOIN = `LEFT JOIN case_clocks s ON s.case_id = k.id`;

export interface CaseSlaRow {
  sla_state: CaseSla['state'] | null;
  sla_received_at: Date | null;
  sla_first_response_due_at: Date | null;
  sla_due_at: Date | null;
  sla_first_responded_at: Date | null;
  sla_paused_since: Date | null;
  sla_paused_minutes: number | null;
  sla_first_response_breached_at: Date | null;
  sla_resolution_breached_at: Date | null;
}

const iso = (d: Date | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

export function toCaseSla(r: CaseSlaRow): CaseSla | null {
  if (!r.sla_state || !r.sla_received_at) return null;
  return {
    state: r.sla_state,
    receivedAt: new Date(r.sla_received_at).toISOString(),
    firstResponseDueAt: iso(r.sla_first_response_due_at),
    dueAt: iso(r.sla_due_at),
    firstRespondedAt: iso(r.sla_first_responded_at),
    pausedSince: iso(r.sla_paused_since),
    pausedMinutes: r.sla_paused_minutes ?? 0,
    firstResponseBreachedAt: iso(r.sla_first_response_breached_at),
    resolutionBreachedAt: iso(r.sla_resolution_breached_at),
  };
}

interface ClockRow {
  case_id: string;
  organization_id: string;
  channel: Channel;
  topic_id: string;
  location_code: string | null;
  received_at: Date;
  policy: ClockPolicy;
  state: CaseSla['state'];
  paused_since: Date | null;
  pauses: { from: string; to: string }[];
  stopped_at: Date | null;
}

export interface StartClock {
  organizationId: string;
  caseId: string;
  customerId: string;
  channel: Channel;
  topicId: string;
  /** A counter contact at a location runs on that location's opening hours. */
  location: { id: string; code: string } | null;
  ownerId: string | null;
  receivedAt: Date;
}

/**
 * The response clock of a case. The contact log calls these inside its own transaction, with the
 * case row locked, so clock and case change together.
 */
@Injectable()
export class SlaClockService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly settings: SlaSettingsService,
    private readonly scheduler: BreachScheduler,
  ) {}

  private get db() {
    return this.txHost.tx;
  }

  /** Starts the clock from the policy of the case's first contact; no clock when the channel has no targets. */
  async start(c: StartClock): Promise<CaseSla | null> {
    const { calendar, policies } = await this.settings.settings(c.organizationId);
    const policy = clockPolicy(policyFor(policies, c.channel, c.topicId));
    if (!policy.firstResponse && !policy.resolution) return null;
    const dues = computeDues(effectiveCalendar(calendar, c.location?.code ?? null), policy, c.receivedAt);
    await this.db.query(
      `INSERT INTO case_clocks (case_id, organization_id, customer_id, channel, topic_id, location_id, location_code, owner_id, received_at, policy, first_response_due_at, due_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [c.caseId, c.organizationId, c.customerId, c.channel, c.topicId, c.location?.id ?? null, c.location?.code ?? null, c.ownerId, c.receivedAt,
        JSON.stringify(policy), dues.firstResponseDueAt, dues.dueAt, new Date()],
    );
    await this.scheduler.schedule([dues.firstResponseDueAt, dues.dueAt]);
    return {
      state: 'running', receivedAt: c.receivedAt.toISOString(), firstResponseDueAt: iso(dues.firstResponseDueAt), dueAt: iso(dues.dueAt),
      firstRespondedAt: null, pausedSince: null, pausedMinutes: 0, firstResponseBreachedAt: null, resolutionBreachedAt: null,
    };
  }

  /** The organization responded (an outbound contact, or any answer): the first-response target is met or, if late, breached. */
  async firstResponse(org: string, caseId: string, at: Date): Promise<void> {
    await this.db.query(RECORD_BREACHES_SQL, [at, caseId, true, new Date()]);
    await this.db.query(
      `UPDATE case_clocks SET first_responded_at = $3, updated_at = $4 WHERE case_id = $1 AND organization_id = $2 AND first_responded_at IS NULL`,
      [caseId, org, at, new Date()],
    );
  }

  /** The case waits for the customer: the clock stands still. */
  async pause(org: string, caseId: string, at: Date): Promise<void> {
    await this.db.query(RECORD_BREACHES_SQL, [at, caseId, true, new Date()]);
    await this.db.query(`UPDATE case_clocks SET state = 'paused', paused_since = $3, updated_at = $4 WHERE case_id = $1 AND organization_id = $2 AND state = 'running'`, [
      caseId, org, at, new Date(),
    ]);
  }

  /** The customer answered (or the case was reopened): the clock runs again and the due moments move by the time it stood still. */
  async resume(org: string, caseId: string, at: Date): Promise<void> {
    const row = await this.load(org, caseId);
    if (!row || row.state === 'running') return;
    const since = row.state === 'paused' ? row.paused_since : row.stopped_at;
    const pauses = since && since.getTime() < at.getTime() ? [...row.pauses, { from: new Date(since).toISOString(), to: at.toISOString() }] : row.pauses;
    await this.recompute(row, pauses, 'running');
  }

  /** The case is resolved: the clock stops; a late answer is recorded as a breach first. */
  async stop(org: string, caseId: string, at: Date): Promise<void> {
    await this.db.query(RECORD_BREACHES_SQL, [at, caseId, true, new Date()]);
    const row = await this.load(org, caseId);
    if (!row || row.state === 'stopped') return;
    const pauses = row.state === 'paused' && row.paused_since && row.paused_since.getTime() < at.getTime()
      ? [...row.pauses, { from: new Date(row.paused_since).toISOString(), to: at.toISOString() }]
      : row.pauses;
    await this.db.query(
      `UPDATE case_clocks SET state = 'stopped', stopped_at = $3, first_responded_at = coalesce(first_responded_at, $3), paused_since = NULL, pauses = $4, updated_at = $5
        WHERE case_id = $1 AND organization_id = $2`,
      [caseId, org, at, JSON.stringify(pauses), new Date()],
    );
  }

  async setOwner(org: string, caseId: string, ownerId: string | null): Promise<void> {
    await this.db.query(`UPDATE case_clocks SET owner_id = $3 WHERE case_id = $1 AND organization_id = $2`, [caseId, org, ownerId]);
  }

  private async load(org: string, caseId: string): Promise<ClockRow | null> {
    const rows: ClockRow[] = await this.db.query(
      `SELECT case_id, organization_id, channel, topic_id, location_code, received_at, policy, state, paused_since, pauses, stopped_at
         FROM case_clocks WHERE case_id = $1 AND organization_id = $2 FOR UPDATE`,
      [caseId, org],
    );
    return rows[0] ?? null;
  }

  private async recompute(row: ClockRow, pauses: { from: string; to: string }[], state: CaseSla['state']): Promise<void> {
    const { calendar } = await this.settings.settings(row.organization_id);
    const cal = effectiveCalendar(calendar, row.location_code);
    const pausedMinutes = pausedMinutesOf(cal, pauses);
    const dues = computeDues(cal, row.policy, new Date(row.received_at), pausedMinutes);
    await this.db.query(
      `UPDATE case_clocks SET state = $2, paused_since = NULL, stopped_at = NULL, pauses = $3, paused_minutes = $4,
              first_response_due_at = $5, due_at = $6, updated_at = $7
        WHERE case_id = $1`,
      [row.case_id, state, JSON.stringify(pauses), pausedMinutes, dues.firstResponseDueAt, dues.dueAt, new Date()],
    );
    await this.scheduler.schedule([dues.firstResponseDueAt, dues.dueAt]);
  }
}
