import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { WorkItemEntity } from './entities';
import type { WorkItemKind, WorkItemStatus, WorklistScope } from './domain/work-item';
import type { DueWindow } from './domain/due-window';
import type { WorklistPosition } from './domain/cursor';

type W = Columns<WorkItemEntity>;

export type WorkItemRow = Pick<
  W,
  | 'id' | 'kind' | 'case_id' | 'callback_id' | 'contact_id' | 'customer_id' | 'subject' | 'topic_id' | 'channel' | 'location_id' | 'team_id' | 'owner_id'
  | 'status' | 'due_at' | 'due_target' | 'clock_state' | 'forwarded_by' | 'forwarded_at' | 'opened_at'
>;

const ROW_COLUMNS = `id, kind, case_id, callback_id, contact_id, customer_id, subject, topic_id, channel, location_id, team_id, owner_id,
  status, due_at, due_target, clock_state, forwarded_by, forwarded_at, opened_at`;

/** A work item as its owner module writes it (all columns but the bookkeeping). */
export interface WorkItemWrite {
  id: string;
  kind: WorkItemKind;
  caseId: string;
  callbackId: string | null;
  contactId: string | null;
  customerId: string;
  subject: string;
  topicId: string;
  channel: W['channel'];
  locationId: string | null;
  teamId: string | null;
  ownerId: string | null;
  status: WorkItemStatus;
  dueAt: Date | null;
  dueTarget: W['due_target'];
  clockState: W['clock_state'];
  forwardedBy: string | null;
  forwardedAt: Date | null;
  openedAt: Date;
}

/** Which list, and its filters: `who` is the asking user, `teams` the teams whose queue they see. */
export interface WorklistFilter {
  scope: WorklistScope;
  who: string;
  teams: string[];
  team?: string;
  topic?: string;
  channel?: string;
  location?: string;
  status?: string;
  kind?: string;
  due?: DueWindow;
}

/** What a part of a work item may change; undefined: unchanged. */
export interface WorkItemChange {
  subject?: string;
  topicId?: string;
  teamId?: string | null;
  ownerId?: string | null;
  status?: WorkItemStatus;
  due?: { dueAt: Date | null; dueTarget: W['due_target']; clockState?: W['clock_state'] };
  forwarded?: { by: string; at: Date };
}

/** All SQL of the worklists: the work_items read model, scoped by organization in every method. */
@Injectable()
export class WorklistRepository extends SqlRepository {
  /** Adds or replaces a work item (the owner module knows all of it). */
  async upsert(org: string, w: WorkItemWrite, now: Date): Promise<void> {
    await this.run(
      `INSERT INTO work_items (id, organization_id, kind, case_id, callback_id, contact_id, customer_id, subject, topic_id, channel, location_id, team_id, owner_id,
                               status, due_at, due_target, clock_state, sort_at, forwarded_by, forwarded_at, opened_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, COALESCE($15, 'infinity'::timestamptz), $18, $19, $20, $21)
       ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, case_id = EXCLUDED.case_id, callback_id = EXCLUDED.callback_id, contact_id = EXCLUDED.contact_id,
         customer_id = EXCLUDED.customer_id, subject = EXCLUDED.subject, topic_id = EXCLUDED.topic_id, channel = EXCLUDED.channel, location_id = EXCLUDED.location_id,
         team_id = EXCLUDED.team_id, owner_id = EXCLUDED.owner_id, status = EXCLUDED.status, due_at = EXCLUDED.due_at, due_target = EXCLUDED.due_target,
         clock_state = EXCLUDED.clock_state, sort_at = EXCLUDED.sort_at, forwarded_by = EXCLUDED.forwarded_by, forwarded_at = EXCLUDED.forwarded_at,
         opened_at = EXCLUDED.opened_at, updated_at = EXCLUDED.updated_at
       WHERE work_items.organization_id = EXCLUDED.organization_id`,
      [w.id, org, w.kind, w.caseId, w.callbackId, w.contactId, w.customerId, w.subject, w.topicId, w.channel, w.locationId, w.teamId, w.ownerId,
        w.status, w.dueAt, w.dueTarget, w.clockState, w.forwardedBy, w.forwardedAt, w.openedAt, now],
    );
  }

  /** Changes some columns of one work item; the number of rows changed (0: there is no such open work). */
  change(org: string, id: string, c: WorkItemChange, now: Date): Promise<number> {
    const sets: string[] = [];
    const params: unknown[] = [id, org, now];
    const set = (col: string, value: unknown, cast = '') => {
      params.push(value);
      sets.push(`${col} = $${params.length}${cast}`);
    };
    if (c.subject !== undefined) set('subject', c.subject);
    if (c.topicId !== undefined) set('topic_id', c.topicId);
    if (c.teamId !== undefined) set('team_id', c.teamId);
    if (c.ownerId !== undefined) set('owner_id', c.ownerId);
    if (c.status !== undefined) set('status', c.status);
    if (c.due) {
      set('due_at', c.due.dueAt, '::timestamptz');
      sets.push(`sort_at = COALESCE($${params.length}::timestamptz, 'infinity'::timestamptz)`);
      set('due_target', c.due.dueTarget);
      if (c.due.clockState !== undefined) set('clock_state', c.due.clockState);
    }
    if (c.forwarded) {
      set('forwarded_by', c.forwarded.by);
      set('forwarded_at', c.forwarded.at);
    }
    if (sets.length === 0) return Promise.resolve(0);
    return this.run(`UPDATE work_items SET ${sets.join(', ')}, updated_at = $3 WHERE id = $1 AND organization_id = $2`, params);
  }

  /** The subject of every work item of a case follows the case's. */
  setCaseSubject(org: string, caseId: string, subject: string, now: Date): Promise<number> {
    return this.run(`UPDATE work_items SET subject = $3, updated_at = $4 WHERE case_id = $1 AND organization_id = $2`, [caseId, org, subject, now]);
  }

  /** New due moments of many cases at once (an SLA recalculation). */
  setCaseDues(org: string, dues: { caseId: string; dueAt: Date | null; dueTarget: string | null }[], now: Date): Promise<number> {
    if (dues.length === 0) return Promise.resolve(0);
    return this.run(
      `UPDATE work_items w SET due_at = d.due_at, due_target = d.due_target, sort_at = COALESCE(d.due_at, 'infinity'::timestamptz), updated_at = $5
         FROM unnest($2::uuid[], $3::timestamptz[], $4::text[]) AS d(case_id, due_at, due_target)
        WHERE w.id = d.case_id AND w.kind = 'case' AND w.organization_id = $1`,
      [org, dues.map((d) => d.caseId), dues.map((d) => d.dueAt), dues.map((d) => d.dueTarget), now],
    );
  }

  remove(org: string, id: string): Promise<number> {
    return this.run(`DELETE FROM work_items WHERE id = $1 AND organization_id = $2`, [id, org]);
  }

  /** The open follow-ups of a case (done when the case is answered or staff contact the customer again). */
  removeFollowUps(org: string, caseId: string, before?: Date): Promise<number> {
    return this.run(
      `DELETE FROM work_items WHERE case_id = $1 AND organization_id = $2 AND kind = 'follow_up' AND ($3::timestamptz IS NULL OR opened_at <= $3)`,
      [caseId, org, before ?? null],
    );
  }

  /** A page of one list, soonest due first (none last), after the keyset position. */
  page(org: string, f: WorklistFilter, after: WorklistPosition | null, limit: number): Promise<WorkItemRow[]> {
    const { where, params } = conditions(org, f);
    if (after) {
      params.push(after.dueAt ?? 'infinity', after.id);
      where.push(`(sort_at, id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit);
    return this.rows<WorkItemRow>(`SELECT ${ROW_COLUMNS} FROM work_items WHERE ${where.join(' AND ')} ORDER BY sort_at, id LIMIT $${params.length}`, params);
  }

  /**
   * A user's own counts (mine, my teams' unclaimed queue, what I forwarded: each a small range on its
   * index) and, with `buckets`, the due buckets of their list `f`: one statement.
   */
  async userCounts(
    org: string,
    f: WorklistFilter,
    buckets: { overdue: DueWindow; today: DueWindow; week: DueWindow } | null,
  ): Promise<{ me: number; team: number; forwarded: number; overdue: number; today: number; week: number }> {
    // Without buckets the list's conditions are not used, nor their parameters.
    const { where, params } = buckets ? conditions(org, { ...f, due: undefined }) : { where: [], params: [org] as unknown[] };
    const at = (d: Date) => {
      params.push(d);
      return `$${params.length}::timestamptz`;
    };
    const bucket = (w: DueWindow) => `count(*) FILTER (WHERE ${[...(w.from ? [`sort_at >= ${at(w.from)}`] : []), `sort_at < ${at(w.to)}`].join(' AND ')})`;
    const listed = buckets
      ? `(SELECT ${bucket(buckets.overdue)} AS overdue, ${bucket(buckets.today)} AS today, ${bucket(buckets.week)} AS week FROM work_items WHERE ${where.join(' AND ')})`
      : `(SELECT 0 AS overdue, 0 AS today, 0 AS week)`;
    params.push(f.who, f.teams);
    const [who, teams] = [params.length - 1, params.length];
    const row = await this.one<Record<'me' | 'team' | 'forwarded' | 'overdue' | 'today' | 'week', string>>(
      `SELECT (SELECT count(*) FROM work_items WHERE organization_id = $1 AND owner_id = $${who}::uuid) AS me,
              (SELECT count(*) FROM work_items WHERE organization_id = $1 AND team_id = ANY($${teams}::uuid[]) AND owner_id IS NULL) AS team,
              (SELECT count(*) FROM work_items WHERE organization_id = $1 AND forwarded_by = $${who}::uuid AND kind = 'case') AS forwarded,
              b.overdue, b.today, b.week
         FROM ${listed} b`,
      params,
    );
    const n = (v: string | undefined) => Number(v ?? 0);
    return { me: n(row?.me), team: n(row?.team), forwarded: n(row?.forwarded), overdue: n(row?.overdue), today: n(row?.today), week: n(row?.week) };
  }

  /**
   * Everything open in the organization, and the due buckets of the "all" list with the filters of
   * `f` (the due filter itself left out): one pass over the organization's rows.
   */
  async organizationCounts(
    org: string,
    f: WorklistFilter,
    buckets: { overdue: DueWindow; today: DueWindow; week: DueWindow },
  ): Promise<{ all: number; overdue: number; today: number; week: number }> {
    const { where, params } = conditions(org, { ...f, due: undefined });
    const at = (d: Date) => {
      params.push(d);
      return `$${params.length}::timestamptz`;
    };
    // The list's filters become part of each bucket's count (where[0] is the organization).
    const listed = where.slice(1);
    const bucket = (w: DueWindow) => `count(*) FILTER (WHERE ${[...listed, ...(w.from ? [`sort_at >= ${at(w.from)}`] : []), `sort_at < ${at(w.to)}`].join(' AND ')})`;
    const row = await this.one<Record<'total' | 'overdue' | 'today' | 'week', string>>(
      `SELECT count(*) AS total, ${bucket(buckets.overdue)} AS overdue, ${bucket(buckets.today)} AS today, ${bucket(buckets.week)} AS week
         FROM work_items WHERE organization_id = $1`,
      params,
    );
    const n = (v: string | undefined) => Number(v ?? 0);
    return { all: n(row?.total), overdue: n(row?.overdue), today: n(row?.today), week: n(row?.week) };
  }
}

/** The WHERE of one list with its filters ($1 is the organization). */
function conditions(org: string, f: WorklistFilter): { where: string[]; params: unknown[] } {
  const where = ['organization_id = $1'];
  const params: unknown[] = [org];
  const eq = (col: string, value: unknown, cast = '') => {
    params.push(value);
    where.push(`${col} = $${params.length}${cast}`);
  };
  if (f.scope === 'me') eq('owner_id', f.who, '::uuid');
  else if (f.scope === 'team') {
    params.push(f.teams);
    where.push(`team_id = ANY($${params.length}::uuid[])`, 'owner_id IS NULL');
  } else if (f.scope === 'forwarded') {
    eq('forwarded_by', f.who, '::uuid');
    where.push(`kind = 'case'`);
  }
  if (f.team) eq('team_id', f.team, '::uuid');
  if (f.topic) eq('topic_id', f.topic, '::uuid');
  if (f.channel) eq('channel', f.channel);
  if (f.location) eq('location_id', f.location, '::uuid');
  if (f.status) eq('status', f.status);
  if (f.kind) eq('kind', f.kind);
  if (f.due) {
    if (f.due.from) {
      params.push(f.due.from);
      where.push(`sort_at >= $${params.length}::timestamptz`);
    }
    params.push(f.due.to);
    where.push(`sort_at < $${params.length}::timestamptz`);
  }
  return { where, params };
}
