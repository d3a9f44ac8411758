import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { SlaCalendarSettings, SlaTargetKind } from '@loket/shared/contracts';
import { BUCKET_MS } from './breaches';
import type { CaseClockEntity, ClockPolicy, SlaBreachEntity, SlaDueChangeEntity, SlaRecalculationEntity, SlaSettingsEntity, StoredPolicy } from './entities';

type Clock = Columns<CaseClockEntity>;
type Recalculation = Columns<SlaRecalculationEntity>;

export type SettingsRow = Pick<Columns<SlaSettingsEntity>, 'calendar' | 'calendar_updated_at' | 'policies' | 'policies_updated_at'>;

/** A clock as resume/stop/recompute read it (locked). */
export type ClockRow = Pick<Clock, 'case_id' | 'organization_id' | 'channel' | 'topic_id' | 'location_code' | 'received_at' | 'policy' | 'state' | 'paused_since' | 'pauses' | 'stopped_at'>;

/** A clock as other modules see it (the case's response clock). */
export type ClockViewRow = Pick<
  Clock,
  'case_id' | 'state' | 'received_at' | 'first_response_due_at' | 'due_at' | 'first_responded_at' | 'paused_since' | 'paused_minutes' | 'first_response_breached_at' | 'resolution_breached_at'
>;

/** An open clock as the recalculation reads it. */
export type OpenClockRow = Pick<Clock, 'case_id' | 'channel' | 'topic_id' | 'location_code' | 'received_at' | 'policy' | 'pauses' | 'first_response_due_at' | 'due_at' | 'first_responded_at'>;

export type RecordedBreach = Pick<Columns<SlaBreachEntity>, 'id' | 'organization_id' | 'case_id' | 'target' | 'due_at'>;
export type PendingBreach = RecordedBreach & Pick<Clock, 'owner_id' | 'customer_id'>;
export type RecalculationRow = Pick<Recalculation, 'id' | 'reason' | 'status' | 'cases' | 'changed' | 'started_at' | 'finished_at'>;
export type DueChangeRow = Pick<Columns<SlaDueChangeEntity>, 'case_id' | 'target' | 'from_due' | 'to_due' | 'reason' | 'at'>;

export interface NewClock {
  caseId: string;
  organizationId: string;
  customerId: string;
  channel: Clock['channel'];
  topicId: string;
  locationId: string | null;
  locationCode: string | null;
  ownerId: string | null;
  receivedAt: Date;
  policy: ClockPolicy;
  firstResponseDueAt: Date | null;
  dueAt: Date | null;
}

/**
 * Records every target whose due moment has passed by `$1` on a running clock (optionally of one
 * case, `$2`), in one statement; `$3` true marks them as needing no notification (the late answer
 * is being given right now); `$4` is the moment of detection (Node's clock). Idempotent: a clock is
 * marked once per target, and the unique (case, target) index keeps a second run from recording a
 * breach twice. Paused and stopped clocks never breach.
 */
const RECORD_BREACHES_SQL = `
  WITH candidates AS (
    SELECT case_id FROM case_clocks
     WHERE state = 'running' AND first_responded_at IS NULL AND first_response_breached_at IS NULL AND first_response_due_at <= $1
       AND ($2::uuid IS NULL OR case_id = $2)
    UNION
    SELECT case_id FROM case_clocks
     WHERE state = 'running' AND resolution_breached_at IS NULL AND due_at <= $1
       AND ($2::uuid IS NULL OR case_id = $2)
  ), hit AS (
    UPDATE case_clocks c SET
      first_response_breached_at = CASE WHEN c.first_responded_at IS NULL AND c.first_response_breached_at IS NULL AND c.first_response_due_at <= $1
                                        THEN $4 ELSE c.first_response_breached_at END,
      resolution_breached_at = CASE WHEN c.resolution_breached_at IS NULL AND c.due_at <= $1 THEN $4 ELSE c.resolution_breached_at END,
      updated_at = $4
      FROM candidates WHERE c.case_id = candidates.case_id AND c.state = 'running'
    RETURNING c.*
  )
  INSERT INTO sla_breaches (organization_id, case_id, target, due_at, policy_target, channel, topic_id, notified_at, detected_at)
  SELECT organization_id, case_id, 'first_response', first_response_due_at, policy->'firstResponse', channel, topic_id, CASE WHEN $3 THEN $4 END, $4 FROM hit
   WHERE first_response_breached_at = $4
  UNION ALL
  SELECT organization_id, case_id, 'resolution', due_at, policy->'resolution', channel, topic_id, CASE WHEN $3 THEN $4 END, $4 FROM hit
   WHERE resolution_breached_at = $4
  ON CONFLICT (case_id, target) DO NOTHING
  RETURNING id, organization_id, case_id, target, due_at`;

/**
 * All SQL of the SLA module: settings, case clocks, breaches, due changes and recalculations.
 * Methods that serve one organization take its id; the worker's set-based checks (breaches,
 * the reconciler, a recalculation by its id) run across organizations by design.
 */
@Injectable()
export class SlaRepository extends SqlRepository {
  // ---------- settings ----------
  settings(org: string): Promise<SettingsRow | undefined> {
    return this.one<SettingsRow>(`SELECT calendar, calendar_updated_at, policies, policies_updated_at FROM sla_settings WHERE organization_id = $1`, [org]);
  }

  async saveCalendar(org: string, calendar: SlaCalendarSettings, by: string, at: Date): Promise<void> {
    await this.run(
      `INSERT INTO sla_settings (organization_id, calendar, calendar_updated_at, updated_by) VALUES ($1, $2, $4, $3)
       ON CONFLICT (organization_id) DO UPDATE SET calendar = EXCLUDED.calendar, calendar_updated_at = EXCLUDED.calendar_updated_at, updated_by = EXCLUDED.updated_by`,
      [org, JSON.stringify(calendar), by, at],
    );
  }

  async savePolicies(org: string, policies: StoredPolicy[], by: string, at: Date): Promise<void> {
    await this.run(
      `INSERT INTO sla_settings (organization_id, policies, policies_updated_at, updated_by) VALUES ($1, $2, $4, $3)
       ON CONFLICT (organization_id) DO UPDATE SET policies = EXCLUDED.policies, policies_updated_at = EXCLUDED.policies_updated_at, updated_by = EXCLUDED.updated_by`,
      [org, JSON.stringify(policies), by, at],
    );
  }

  // ---------- clocks ----------
  async insertClock(c: NewClock, at: Date): Promise<void> {
    await this.run(
      `INSERT INTO case_clocks (case_id, organization_id, customer_id, channel, topic_id, location_id, location_code, owner_id, received_at, policy, first_response_due_at, due_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [c.caseId, c.organizationId, c.customerId, c.channel, c.topicId, c.locationId, c.locationCode, c.ownerId, c.receivedAt,
        JSON.stringify(c.policy), c.firstResponseDueAt, c.dueAt, at],
    );
  }

  /** The clocks of these cases (those that have one). */
  clocks(org: string, caseIds: string[]): Promise<ClockViewRow[]> {
    return this.rows<ClockViewRow>(
      `SELECT case_id, state, received_at, first_response_due_at, due_at, first_responded_at, paused_since, paused_minutes,
              first_response_breached_at, resolution_breached_at
         FROM case_clocks WHERE organization_id = $1 AND case_id = ANY($2::uuid[])`,
      [org, caseIds],
    );
  }

  async hasClock(org: string, caseId: string): Promise<boolean> {
    return !!(await this.one(`SELECT 1 FROM case_clocks WHERE case_id = $1 AND organization_id = $2`, [caseId, org]));
  }

  lockClock(org: string, caseId: string): Promise<ClockRow | undefined> {
    return this.one<ClockRow>(
      `SELECT case_id, organization_id, channel, topic_id, location_code, received_at, policy, state, paused_since, pauses, stopped_at
         FROM case_clocks WHERE case_id = $1 AND organization_id = $2 FOR UPDATE`,
      [caseId, org],
    );
  }

  /** Records the breaches due by `at` (of one case, or of all running clocks when `caseId` is null). */
  recordBreaches(at: Date, caseId: string | null, notified: boolean, detectedAt: Date): Promise<RecordedBreach[]> {
    return this.rows<RecordedBreach>(RECORD_BREACHES_SQL, [at, caseId, notified, detectedAt]);
  }

  async markFirstResponse(org: string, caseId: string, at: Date, now: Date): Promise<void> {
    await this.run(
      `UPDATE case_clocks SET first_responded_at = $3, updated_at = $4 WHERE case_id = $1 AND organization_id = $2 AND first_responded_at IS NULL`,
      [caseId, org, at, now],
    );
  }

  async pause(org: string, caseId: string, at: Date, now: Date): Promise<void> {
    await this.run(`UPDATE case_clocks SET state = 'paused', paused_since = $3, updated_at = $4 WHERE case_id = $1 AND organization_id = $2 AND state = 'running'`, [
      caseId, org, at, now,
    ]);
  }

  async stop(org: string, caseId: string, at: Date, pauses: { from: string; to: string }[], now: Date): Promise<void> {
    await this.run(
      `UPDATE case_clocks SET state = 'stopped', stopped_at = $3, first_responded_at = coalesce(first_responded_at, $3), paused_since = NULL, pauses = $4, updated_at = $5
        WHERE case_id = $1 AND organization_id = $2`,
      [caseId, org, at, JSON.stringify(pauses), now],
    );
  }

  async setOwner(org: string, caseId: string, ownerId: string | null): Promise<void> {
    await this.run(`UPDATE case_clocks SET owner_id = $3 WHERE case_id = $1 AND organization_id = $2`, [caseId, org, ownerId]);
  }

  async recompute(
    org: string,
    caseId: string,
    c: { state: Clock['state']; pauses: { from: string; to: string }[]; pausedMinutes: number; firstResponseDueAt: Date | null; dueAt: Date | null },
    now: Date,
  ): Promise<void> {
    await this.run(
      `UPDATE case_clocks SET state = $3, paused_since = NULL, stopped_at = NULL, pauses = $4, paused_minutes = $5,
              first_response_due_at = $6, due_at = $7, updated_at = $8
        WHERE case_id = $1 AND organization_id = $2`,
      [caseId, org, c.state, JSON.stringify(c.pauses), c.pausedMinutes, c.firstResponseDueAt, c.dueAt, now],
    );
  }

  // ---------- breaches (worker) ----------
  /** Breaches nobody was told of yet, locked for this run (another worker skips them). */
  pendingBreaches(limit: number): Promise<PendingBreach[]> {
    return this.rows<PendingBreach>(
      `SELECT b.id, b.organization_id, b.case_id, b.target, b.due_at, c.owner_id, c.customer_id
         FROM sla_breaches b JOIN case_clocks c ON c.case_id = b.case_id
        WHERE b.notified_at IS NULL
        ORDER BY b.detected_at LIMIT $1 FOR UPDATE OF b SKIP LOCKED`,
      [limit],
    );
  }

  async markNotified(ids: string[], at: Date): Promise<void> {
    await this.run(`UPDATE sla_breaches SET notified_at = $2 WHERE id = ANY($1::uuid[])`, [ids, at]);
  }

  /** The due buckets of targets on running clocks that can still breach, due after `from` and by `to`. */
  async dueBuckets(from: Date, to: Date): Promise<Date[]> {
    const rows = await this.rows<{ t: string }>(
      `SELECT DISTINCT ceil(extract(epoch FROM d) * 1000 / ${BUCKET_MS})::bigint * ${BUCKET_MS} AS t FROM (
         SELECT first_response_due_at AS d FROM case_clocks
          WHERE state = 'running' AND first_responded_at IS NULL AND first_response_breached_at IS NULL
            AND first_response_due_at > $1 AND first_response_due_at <= $2
         UNION ALL
         SELECT due_at FROM case_clocks
          WHERE state = 'running' AND resolution_breached_at IS NULL AND due_at > $1 AND due_at <= $2
       ) x`,
      [from, to],
    );
    return rows.map((r) => new Date(Number(r.t)));
  }

  // ---------- due changes ----------
  dueChanges(org: string, caseId: string): Promise<DueChangeRow[]> {
    return this.rows<DueChangeRow>(
      `SELECT case_id, target, from_due, to_due, reason, at FROM sla_due_changes WHERE organization_id = $1 AND case_id = $2 ORDER BY at, target`,
      [org, caseId],
    );
  }

  // ---------- recalculations ----------
  recalculations(org: string): Promise<RecalculationRow[]> {
    return this.rows<RecalculationRow>(
      `SELECT id, reason, status, cases, changed, started_at, finished_at FROM sla_recalculations WHERE organization_id = $1 ORDER BY created_at DESC LIMIT 20`,
      [org],
    );
  }

  /** A new recalculation; earlier ones still waiting are replaced by it. */
  async queueRecalculation(org: string, reason: Recalculation['reason']): Promise<string> {
    await this.run(`UPDATE sla_recalculations SET status = 'superseded', finished_at = now() WHERE organization_id = $1 AND status = 'queued'`, [org]);
    const row = await this.one<Pick<Recalculation, 'id'>>(`INSERT INTO sla_recalculations (organization_id, reason) VALUES ($1, $2) RETURNING id`, [org, reason]);
    return (row as Pick<Recalculation, 'id'>).id;
  }

  /** Marks a queued (or interrupted) recalculation running; undefined when it is done or superseded. */
  startRecalculation(id: string): Promise<Pick<Recalculation, 'id' | 'organization_id' | 'reason' | 'status'> | undefined> {
    return this.one(
      `UPDATE sla_recalculations SET status = 'running', started_at = coalesce(started_at, now()) WHERE id = $1 AND status IN ('queued', 'running')
       RETURNING id, organization_id, reason, status`,
      [id],
    );
  }

  async newerRecalculationExists(id: string): Promise<boolean> {
    const row = await this.one(
      `SELECT 1 FROM sla_recalculations n, sla_recalculations me
        WHERE me.id = $1 AND n.organization_id = me.organization_id AND n.created_at > me.created_at AND n.status <> 'superseded' LIMIT 1`,
      [id],
    );
    return !!row;
  }

  async finishRecalculation(id: string, status: 'done' | 'superseded', cases: number, changed: number): Promise<void> {
    await this.run(`UPDATE sla_recalculations SET status = $4, finished_at = now(), cases = $2, changed = $3 WHERE id = $1`, [id, cases, changed, status]);
  }

  async recalculationProgress(id: string, cases: number, changed: number): Promise<void> {
    await this.run(`UPDATE sla_recalculations SET cases = $2, changed = $3 WHERE id = $1`, [id, cases, changed]);
  }

  /** Recalculations that should have run by now (their job may be lost). */
  async waitingRecalculations(): Promise<string[]> {
    const rows = await this.rows<Pick<Recalculation, 'id'>>(`SELECT id FROM sla_recalculations WHERE status IN ('queued', 'running') AND created_at < now() - interval '30 seconds'`);
    return rows.map((r) => r.id);
  }

  /** The next batch of the organization's clocks that are not stopped, after `after` in case id order. */
  openClocks(org: string, after: string, limit: number): Promise<OpenClockRow[]> {
    return this.rows<OpenClockRow>(
      `SELECT case_id, channel, topic_id, location_code, received_at, policy, pauses, first_response_due_at, due_at, first_responded_at
         FROM case_clocks WHERE organization_id = $1 AND state <> 'stopped' AND case_id > $2 ORDER BY case_id LIMIT $3`,
      [org, after, limit],
    );
  }

  async applyRecalculation(
    org: string,
    upd: { id: string; policy: string; fr: Date | null; due: Date | null; paused: number }[],
    now: Date,
  ): Promise<void> {
    await this.run(
      `UPDATE case_clocks c SET policy = u.policy::jsonb, first_response_due_at = u.fr, due_at = u.due, paused_minutes = u.paused, updated_at = $7
         FROM unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::int[]) AS u(id, policy, fr, due, paused)
        WHERE c.case_id = u.id AND c.organization_id = $1 AND c.state <> 'stopped'`,
      [org, upd.map((u) => u.id), upd.map((u) => u.policy), upd.map((u) => u.fr), upd.map((u) => u.due), upd.map((u) => u.paused), now],
    );
  }

  async insertDueChanges(
    org: string,
    reason: Recalculation['reason'],
    recalculationId: string,
    changes: { id: string; target: SlaTargetKind; from: Date | null; to: Date | null }[],
    at: Date,
  ): Promise<void> {
    await this.run(
      `INSERT INTO sla_due_changes (organization_id, case_id, target, from_due, to_due, reason, recalculation_id, at)
       SELECT $1, u.id, u.target, u.from_due, u.to_due, $2, $3, $8
         FROM unnest($4::uuid[], $5::text[], $6::timestamptz[], $7::timestamptz[]) AS u(id, target, from_due, to_due)`,
      [org, reason, recalculationId, changes.map((c) => c.id), changes.map((c) => c.target), changes.map((c) => c.from), changes.map((c) => c.to), at],
    );
  }
}
