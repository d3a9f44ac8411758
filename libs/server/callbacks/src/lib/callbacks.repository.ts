import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { CallbackAttemptOutcome, CallbackStatus, DayPart } from '@loket/shared/contracts';
import type { Stage, StageState } from './domain/schedule';
import type { CallbackAttemptEntity, CallbackEntity, CallbackEscalationEntity, CallbackRescheduleEntity, CallbackSettingsEntity } from './entities';

/** A callback as stored: its own columns only (names of customers, cases and people come from their modules). */
export type CallbackRow = Columns<CallbackEntity>;
export type AttemptRow = Pick<Columns<CallbackAttemptEntity>, 'id' | 'outcome' | 'note' | 'by_user_id' | 'by_name' | 'at'>;
export type EscalationRow = Pick<Columns<CallbackEscalationEntity>, 'level' | 'kind' | 'at' | 'notified'>;
export type RescheduleRow = Pick<Columns<CallbackRescheduleEntity>, 'from_start' | 'from_end' | 'to_start' | 'to_end' | 'reason' | 'requested_by' | 'by_user_id' | 'by_name' | 'at'>;
export type SettingsRow = Pick<Columns<CallbackSettingsEntity>, 'max_attempts' | 'reminder_minutes' | 'level2_minutes'>;
/** What a stage needs of each callback it reached. */
export type StageRow = Pick<CallbackRow, 'id' | 'organization_id' | 'customer_id' | 'case_id' | 'status' | 'assignee_id' | 'team_id' | 'due_at' | 'reason' | 'phone_number'>;
type ScheduleRow = Pick<CallbackRow, 'id' | 'status' | 'reminder_at' | 'reminded_at' | 'due_at' | 'escalated1_at' | 'level2_at' | 'escalated2_at'>;

/** Open callbacks: not completed, not cancelled. */
const OPEN = `status IN ('scheduled', 'in_progress')`;
const STAGE_COLUMNS = 'id, organization_id, customer_id, case_id, status, assignee_id, team_id, due_at, reason, phone_number';

/**
 * Each stage is one statement that marks every open callback whose stored moment has come by `$1`
 * (Node's clock, also written as the stage's time) and that has not had this stage for its current
 * agreement yet, and returns them. Re-running finds nothing new: a stage happens once per
 * agreement, and a completed, cancelled or rescheduled callback (its moments moved) is not touched.
 */
const STAGE_SQL: Record<Stage, string> = {
  reminder: `
    UPDATE callbacks SET reminded_at = $1, updated_at = $1
     WHERE ${OPEN} AND reminded_at IS NULL AND reminder_at <= $1 AND due_at > $1 AND escalated1_at IS NULL
    RETURNING ${STAGE_COLUMNS}`,
  level1: `
    UPDATE callbacks SET escalated1_at = $1, escalation_level = 1, reminded_at = coalesce(reminded_at, $1), updated_at = $1
     WHERE ${OPEN} AND escalated1_at IS NULL AND due_at <= $1
    RETURNING ${STAGE_COLUMNS}`,
  level2: `
    UPDATE callbacks SET escalated2_at = $1, escalation_level = 2, updated_at = $1
     WHERE ${OPEN} AND escalated1_at IS NOT NULL AND escalated2_at IS NULL AND level2_at <= $1
    RETURNING ${STAGE_COLUMNS}`,
};

export interface NewCallback {
  organizationId: string;
  customerId: string;
  caseId: string;
  contactId: string | null;
  phoneNumber: string;
  reason: string;
  assigneeId: string | null;
  teamId: string | null;
  windowStart: Date;
  dueAt: Date;
  dayPart: DayPart | null;
  reminderAt: Date | null;
  level2At: Date;
  remindedAt: Date | null;
  createdBy: string | null;
  requestedByCustomer: boolean;
  at: Date;
}

export interface CallbackFilter {
  statuses: string[];
  assigneeId: string | null;
  /** The team's queue: callbacks of the team nobody has, or that escalated. */
  teamId: string | null;
  escalated: boolean;
  customerId: string | null;
}

/** All SQL of the callbacks module: its own tables only, every statement scoped by organization (the stage sweeps excepted: they run for all). */
@Injectable()
export class CallbacksRepository extends SqlRepository {
  // ---------- settings ----------
  settings(org: string): Promise<SettingsRow | undefined> {
    return this.one<SettingsRow>(`SELECT max_attempts, reminder_minutes, level2_minutes FROM callback_settings WHERE organization_id = $1`, [org]);
  }

  async putSettings(org: string, s: { maxAttempts: number; reminderMinutes: number; level2Minutes: number }): Promise<void> {
    await this.run(
      `INSERT INTO callback_settings (organization_id, max_attempts, reminder_minutes, level2_minutes) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organization_id) DO UPDATE SET max_attempts = EXCLUDED.max_attempts, reminder_minutes = EXCLUDED.reminder_minutes, level2_minutes = EXCLUDED.level2_minutes`,
      [org, s.maxAttempts, s.reminderMinutes, s.level2Minutes],
    );
  }

  // ---------- callbacks ----------
  async insert(c: NewCallback): Promise<string> {
    const row = await this.one<Pick<CallbackRow, 'id'>>(
      `INSERT INTO callbacks (organization_id, customer_id, case_id, contact_id, phone_number, reason, assignee_id, team_id, window_start, due_at, day_part,
                              reminder_at, level2_at, reminded_at, created_by, requested_by_customer, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17) RETURNING id`,
      [c.organizationId, c.customerId, c.caseId, c.contactId, c.phoneNumber, c.reason, c.assigneeId, c.teamId, c.windowStart, c.dueAt, c.dayPart,
        c.reminderAt, c.level2At, c.remindedAt, c.createdBy, c.requestedByCustomer, c.at],
    );
    return (row as Pick<CallbackRow, 'id'>).id;
  }

  byId(org: string, id: string): Promise<CallbackRow | undefined> {
    return this.one<CallbackRow>(`SELECT * FROM callbacks WHERE id = $1 AND organization_id = $2`, [id, org]);
  }

  /** Locks the callback for the rest of the transaction; its status, or undefined when it is not this organization's. */
  async lock(org: string, id: string): Promise<CallbackStatus | undefined> {
    return (await this.one<Pick<CallbackRow, 'status'>>(`SELECT status FROM callbacks WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [id, org]))?.status;
  }

  list(org: string, f: CallbackFilter, limit: number, offset: number): Promise<CallbackRow[]> {
    return this.rows<CallbackRow>(
      `SELECT * FROM callbacks
        WHERE organization_id = $1 AND status = ANY($2::text[])
          AND ($3::uuid IS NULL OR assignee_id = $3)
          AND ($4::uuid IS NULL OR (team_id = $4 AND (assignee_id IS NULL OR escalation_level >= 1)))
          AND (NOT $5 OR escalation_level >= 1)
          AND ($6::uuid IS NULL OR customer_id = $6)
        ORDER BY due_at, id LIMIT $7 OFFSET $8`,
      [org, f.statuses, f.assigneeId, f.teamId, f.escalated, f.customerId, limit, offset],
    );
  }

  /** A customer's callbacks: the open ones soonest first, or all of them latest first. */
  ofCustomer(org: string, customerId: string, which: 'open' | 'all', limit: number): Promise<CallbackRow[]> {
    return which === 'open'
      ? this.rows<CallbackRow>(`SELECT * FROM callbacks WHERE organization_id = $1 AND customer_id = $2 AND ${OPEN} ORDER BY due_at LIMIT $3`, [org, customerId, limit])
      : this.rows<CallbackRow>(`SELECT * FROM callbacks WHERE organization_id = $1 AND customer_id = $2 ORDER BY due_at DESC LIMIT $3`, [org, customerId, limit]);
  }

  async idsOfCustomer(org: string, customerId: string): Promise<string[]> {
    const rows = await this.rows<Pick<CallbackRow, 'id'>>(`SELECT id FROM callbacks WHERE organization_id = $1 AND customer_id = $2 ORDER BY created_at, id`, [org, customerId]);
    return rows.map((r) => r.id);
  }

  async assign(org: string, id: string, assigneeId: string, teamId: string | null, at: Date): Promise<void> {
    await this.run(`UPDATE callbacks SET assignee_id = $3, team_id = coalesce($4, team_id), updated_at = $5 WHERE id = $1 AND organization_id = $2`, [id, org, assigneeId, teamId, at]);
  }

  async addAttempt(org: string, id: string, a: { outcome: CallbackAttemptOutcome; note: string | null; byUserId: string | null; byName: string | null; at: Date }): Promise<void> {
    await this.run(`INSERT INTO callback_attempts (organization_id, callback_id, outcome, note, by_user_id, by_name, at) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      org, id, a.outcome, a.note, a.byUserId, a.byName, a.at,
    ]);
  }

  /** Counts `counts` attempts more and sets the status when one is given; the new attempt count. */
  async countAttempt(org: string, id: string, counts: 0 | 1, status: CallbackStatus | null, at: Date): Promise<number> {
    const row = await this.one<Pick<CallbackRow, 'attempt_count'>>(
      `UPDATE callbacks SET attempt_count = attempt_count + $3, status = coalesce($4, status), updated_at = $5
        WHERE id = $1 AND organization_id = $2 RETURNING attempt_count`,
      [id, org, counts, status, at],
    );
    return row?.attempt_count ?? 0;
  }

  async markInvited(org: string, id: string, at: Date): Promise<void> {
    await this.run(`UPDATE callbacks SET invited_at = $3 WHERE id = $1 AND organization_id = $2`, [id, org, at]);
  }

  async complete(org: string, id: string, result: string, by: string, at: Date): Promise<void> {
    await this.run(`UPDATE callbacks SET status = 'completed', result = $3, completed_at = $5, completed_by = $4, updated_at = $5 WHERE id = $1 AND organization_id = $2`, [id, org, result, by, at]);
  }

  async cancel(org: string, id: string, reason: string, at: Date): Promise<void> {
    await this.run(`UPDATE callbacks SET status = 'cancelled', cancel_reason = $3, updated_at = $4 WHERE id = $1 AND organization_id = $2`, [id, org, reason, at]);
  }

  async addReschedule(
    org: string, id: string,
    r: { fromStart: Date; fromEnd: Date; toStart: Date; toEnd: Date; reason: string; requestedBy: 'customer' | 'organization'; byUserId: string | null; byName: string | null; at: Date },
  ): Promise<void> {
    await this.run(
      `INSERT INTO callback_reschedules (organization_id, callback_id, from_start, from_end, to_start, to_end, reason, requested_by, by_user_id, by_name, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [org, id, r.fromStart, r.fromEnd, r.toStart, r.toEnd, r.reason, r.requestedBy, r.byUserId, r.byName, r.at],
    );
  }

  /** A new agreement: the new window and moments; escalation starts over. */
  async move(
    org: string, id: string,
    m: { windowStart: Date; dueAt: Date; dayPart: DayPart | null; reminderAt: Date | null; level2At: Date; remindedAt: Date | null; byOrganization: boolean; at: Date },
  ): Promise<void> {
    await this.run(
      `UPDATE callbacks SET window_start = $3, due_at = $4, day_part = $5, reminder_at = $6, level2_at = $7, reminded_at = $8,
              escalated1_at = NULL, escalated2_at = NULL, escalation_level = 0, new_expectation_at = NULL,
              moved_by_organization = moved_by_organization OR $9, updated_at = $10
        WHERE id = $1 AND organization_id = $2`,
      [id, org, m.windowStart, m.dueAt, m.dayPart, m.reminderAt, m.level2At, m.remindedAt, m.byOrganization, m.at],
    );
  }

  // ---------- detail ----------
  attempts(org: string, id: string): Promise<AttemptRow[]> {
    return this.rows<AttemptRow>(`SELECT id, outcome, note, by_user_id, by_name, at FROM callback_attempts WHERE callback_id = $1 AND organization_id = $2 ORDER BY at, id`, [id, org]);
  }

  escalations(org: string, id: string): Promise<EscalationRow[]> {
    return this.rows<EscalationRow>(`SELECT level, kind, at, notified FROM callback_escalations WHERE callback_id = $1 AND organization_id = $2 ORDER BY at, level`, [id, org]);
  }

  reschedules(org: string, id: string): Promise<RescheduleRow[]> {
    return this.rows<RescheduleRow>(
      `SELECT from_start, from_end, to_start, to_end, reason, requested_by, by_user_id, by_name, at FROM callback_reschedules WHERE callback_id = $1 AND organization_id = $2 ORDER BY at, id`,
      [id, org],
    );
  }

  // ---------- stages (the worker) ----------
  /** Marks every callback (of every organization) that reached `stage` by `now`; returns them. */
  markStage(stage: Stage, now: Date): Promise<StageRow[]> {
    return this.rows<StageRow>(STAGE_SQL[stage], [now]);
  }

  /** A callback escalating to a team: the team of its assignee, when it had none. */
  async setTeam(org: string, id: string, teamId: string): Promise<void> {
    await this.run(`UPDATE callbacks SET team_id = $3 WHERE id = $1 AND organization_id = $2 AND team_id IS NULL`, [id, org, teamId]);
  }

  async setNewExpectation(org: string, ids: string[], at: Date): Promise<void> {
    await this.run(`UPDATE callbacks SET new_expectation_at = $3 WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [org, ids, at]);
  }

  async addEscalations(org: string, level: number, kind: string, list: { id: string; dueAt: Date; notified: { id: string; displayName: string }[] }[], at: Date): Promise<void> {
    await this.run(
      `INSERT INTO callback_escalations (organization_id, callback_id, level, kind, due_at, notified, at)
       SELECT $1, u.id, $2, $3, u.due, u.notified::jsonb, $7 FROM unnest($4::uuid[], $5::timestamptz[], $6::text[]) AS u(id, due, notified)`,
      [org, level, kind, list.map((r) => r.id), list.map((r) => r.dueAt), list.map((r) => JSON.stringify(r.notified)), at],
    );
  }

  /** Open callbacks (of every organization) with a stage moment in (after, until]: the reconciler works out which are still to come. */
  async withMomentsBetween(after: Date, until: Date): Promise<StageState[]> {
    // One branch per stage, each on its partial index (the open callbacks still waiting for that stage).
    const columns = 'id, status, reminder_at, reminded_at, due_at, escalated1_at, level2_at, escalated2_at';
    const rows = await this.rows<ScheduleRow>(
      `SELECT ${columns} FROM callbacks WHERE ${OPEN} AND reminded_at IS NULL AND escalated1_at IS NULL AND reminder_at > $1 AND reminder_at <= $2
       UNION SELECT ${columns} FROM callbacks WHERE ${OPEN} AND escalated1_at IS NULL AND due_at > $1 AND due_at <= $2
       UNION SELECT ${columns} FROM callbacks WHERE ${OPEN} AND escalated2_at IS NULL AND level2_at > $1 AND level2_at <= $2`,
      [after, until],
    );
    return rows.map((r) => ({
      status: r.status, reminderAt: r.reminder_at, remindedAt: r.reminded_at, dueAt: r.due_at, escalated1At: r.escalated1_at, level2At: r.level2_at, escalated2At: r.escalated2_at,
    }));
  }

  // ---------- privacy ----------
  /** Erasure: free text and the number to call are replaced; the callbacks, windows and outcomes stay for the figures. */
  async eraseTexts(org: string, ids: string[], erased: string): Promise<void> {
    await this.run(
      `UPDATE callbacks SET reason = $2, phone_number = '', result = CASE WHEN result IS NULL THEN NULL ELSE $2 END,
              cancel_reason = CASE WHEN cancel_reason IS NULL THEN NULL ELSE $2 END
        WHERE organization_id = $1 AND id = ANY($3::uuid[])`,
      [org, erased, ids],
    );
    await this.run(`UPDATE callback_attempts SET note = $2 WHERE organization_id = $1 AND callback_id = ANY($3::uuid[]) AND note IS NOT NULL`, [org, erased, ids]);
    await this.run(`UPDATE callback_reschedules SET reason = $2 WHERE organization_id = $1 AND callback_id = ANY($3::uuid[])`, [org, erased, ids]);
  }
}
