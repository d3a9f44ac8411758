import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Job, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { inTransaction, APP_CONFIG, AppConfig, RepeatableJobScheduler, processorOptions, returnedRows } from '@loket/server/platform';
import { StaffDigest } from '@loket/server/identity';
import type { Channel, SlaTarget, SlaTargetKind } from '@loket/shared/contracts';
import { BUCKET_MS, BreachScheduler, HORIZON_MS, RECORD_BREACHES_SQL, SLA_QUEUE, breachJobId, bucketOf, type SlaJobs } from './breaches';
import { clockPolicy, computeDues, effectiveCalendar, pausedMinutesOf, policyFor } from './dues';
import type { ClockPolicy } from './entities';
import { SlaSettingsService } from './sla-settings.service';

const RECALC_BATCH = 500;
/** Rest after each batch, as a multiple of the time the batch took: the recalculation yields to the API. */
const RECALC_REST = 3;

interface OpenClock {
  case_id: string;
  channel: Channel;
  topic_id: string;
  location_code: string | null;
  received_at: Date;
  policy: ClockPolicy;
  pauses: { from: string; to: string }[];
  first_response_due_at: Date | null;
  due_at: Date | null;
  first_responded_at: Date | null;
}

const same = (a: Date | null, b: Date | null) => (a ? a.getTime() : null) === (b ? b.getTime() : null);
/** jsonb does not keep key order: compare targets by meaning. */
const target = (t: SlaTarget | null | undefined) => (!t ? '-' : t.type === 'working_days' ? `d${t.days}` : `h${t.hours}`);
const samePolicy = (a: ClockPolicy, b: ClockPolicy) =>
  target(a.firstResponse) === target(b.firstResponse) && target(a.resolution) === target(b.resolution) && !!a.topicSpecific === !!b.topicSpecific;

const DUE_FORMAT = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });

/**
 * The SLA jobs: breach checks at due moments (set-based), recalculation after a calendar or policy
 * change (in batches, every moved due moment recorded), and a reconciler that rebuilds lost jobs and
 * catches up on anything missed from the database.
 */
@Processor(SLA_QUEUE, processorOptions(4))
export class SlaProcessor extends WorkerHost {
  private readonly logger = new Logger(SlaProcessor.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly settings: SlaSettingsService,
    private readonly scheduler: BreachScheduler,
    private readonly digest: StaffDigest,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(SLA_QUEUE) private readonly queue: Queue,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case 'breach-check':
        return this.breachCheck();
      case 'recalculate':
        return this.recalculate((job.data as SlaJobs['recalculate']).recalculationId);
      case 'reconcile':
        return this.reconcile();
      default:
        throw new Error(`Unknown job ${job.name} on ${SLA_QUEUE}`);
    }
  }

  /** Records every breach due by now, then tells the people concerned. */
  async breachCheck(): Promise<{ breaches: number; notified: number }> {
    const now = new Date();
    const rows: unknown[] = await this.db.query(RECORD_BREACHES_SQL, [now, null, false, now]);
    const notified = await this.notifyPending();
    return { breaches: rows.length, notified };
  }

  /**
   * One e-mail per person with the cases that went past their target; held until the next opening
   * moment unless the person chose otherwise. Breaches are marked in the same transaction as the
   * outbox messages are written: nothing is told twice, and nothing is lost when the worker dies.
   */
  async notifyPending(): Promise<number> {
    let count = 0;
    await inTransaction(async () => {
      const db = this.txHost.tx;
      const pending: { id: string; organization_id: string; case_id: string; target: SlaTargetKind; due_at: Date; owner_id: string | null; customer_id: string }[] =
        await db.query(
          `SELECT b.id, b.organization_id, b.case_id, b.target, b.due_at, c.owner_id, c.customer_id
             FROM sla_breaches b JOIN case_clocks c ON c.case_id = b.case_id
            WHERE b.notified_at IS NULL
            ORDER BY b.detected_at LIMIT 5000 FOR UPDATE OF b SKIP LOCKED`,
        );
      if (pending.length === 0) return;
      const byOrg = new Map<string, typeof pending>();
      for (const p of pending) {
        const l = byOrg.get(p.organization_id);
        if (l) l.push(p);
        else byOrg.set(p.organization_id, [p]);
      }
      const now = new Date();
      for (const [org, list] of byOrg) {
        const { calendar } = await this.settings.settings(org);
        // One e-mail per owner (the team leads for a case nobody owns), held until opening time unless they chose otherwise.
        await this.digest.send({
          organizationId: org, calendar, now, referenceType: 'sla_breach',
          items: list.map((p) => ({
            id: p.id,
            to: p.owner_id,
            line: `- ${p.target === 'first_response' ? 'eerste reactie' : 'antwoord'} was beloofd uiterlijk ${DUE_FORMAT.format(new Date(p.due_at))}\n  ${this.config.AGENT_APP_URL}/klanten/${p.customer_id}/vragen/${p.case_id}`,
          })),
          text: {
            subject: (n) => (n === 1 ? 'Een vraag is over de termijn' : `${n} vragen zijn over de termijn`),
            intro: (n) => `${n === 1 ? 'Bij deze vraag is' : 'Bij deze vragen is'} de beloofde termijn voorbij:`,
            outro: 'Neem contact op met de klant of spreek een nieuwe termijn af.',
          },
        });
        count += list.length;
      }
      await db.query(`UPDATE sla_breaches SET notified_at = $2 WHERE id = ANY($1::uuid[])`, [pending.map((p) => p.id), now]);
    });
    return count;
  }

  /** Recalculates the open clocks of an organization with its current calendar and policies. */
  async recalculate(id: string): Promise<{ cases: number; changed: number } | { skipped: string }> {
    const [r]: { id: string; organization_id: string; reason: 'calendar_changed' | 'policies_changed'; status: string }[] = await this.db.query(
      `UPDATE sla_recalculations SET status = 'running', started_at = coalesce(started_at, now()) WHERE id = $1 AND status IN ('queued', 'running')
       RETURNING id, organization_id, reason, status`,
      [id],
    ).then((res: unknown) => returnedRows(res) as never);
    if (!r) return { skipped: 'done or superseded' };
    const org = r.organization_id;
    const { calendar, policies } = await this.settings.settings(org, true);
    let after = '00000000-0000-0000-0000-000000000000';
    let cases = 0;
    let changed = 0;
    for (;;) {
      // A newer change makes this run pointless: it stops, the newer one recalculates everything.
      const newer: unknown[] = await this.db.query(
        `SELECT 1 FROM sla_recalculations n, sla_recalculations me
          WHERE me.id = $1 AND n.organization_id = me.organization_id AND n.created_at > me.created_at AND n.status <> 'superseded' LIMIT 1`,
        [id],
      );
      if (newer.length) {
        await this.db.query(`UPDATE sla_recalculations SET status = 'superseded', finished_at = now(), cases = $2, changed = $3 WHERE id = $1`, [id, cases, changed]);
        return { cases, changed };
      }
      const batchStarted = Date.now();
      const rows: OpenClock[] = await this.db.query(
        `SELECT case_id, channel, topic_id, location_code, received_at, policy, pauses, first_response_due_at, due_at, first_responded_at
           FROM case_clocks WHERE organization_id = $1 AND state <> 'stopped' AND case_id > $2 ORDER BY case_id LIMIT $3`,
        [org, after, RECALC_BATCH],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1].case_id;
      cases += rows.length;
      const upd: { id: string; policy: string; fr: Date | null; due: Date | null; paused: number }[] = [];
      const changes: { id: string; target: SlaTargetKind; from: Date | null; to: Date | null }[] = [];
      for (const c of rows) {
        const policy = clockPolicy(policyFor(policies, c.channel, c.topic_id));
        const cal = effectiveCalendar(calendar, c.location_code);
        const paused = pausedMinutesOf(cal, c.pauses);
        const dues = computeDues(cal, policy, new Date(c.received_at), paused);
        // A first response already given keeps the due moment it was measured against.
        const fr = c.first_responded_at ? c.first_response_due_at : dues.firstResponseDueAt;
        const frMoved = !same(c.first_response_due_at, fr);
        const dueMoved = !same(c.due_at, dues.dueAt);
        if (!frMoved && !dueMoved && samePolicy(policy, c.policy)) continue;
        upd.push({ id: c.case_id, policy: JSON.stringify(policy), fr, due: dues.dueAt, paused });
        if (frMoved) changes.push({ id: c.case_id, target: 'first_response', from: c.first_response_due_at, to: fr });
        if (dueMoved) changes.push({ id: c.case_id, target: 'resolution', from: c.due_at, to: dues.dueAt });
      }
      if (upd.length) {
        await this.db.transaction(async (m) => {
          await m.query(
            `UPDATE case_clocks c SET policy = u.policy::jsonb, first_response_due_at = u.fr, due_at = u.due, paused_minutes = u.paused, updated_at = $6
               FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::timestamptz[], $5::int[]) AS u(id, policy, fr, due, paused)
              WHERE c.case_id = u.id AND c.state <> 'stopped'`,
            [upd.map((u) => u.id), upd.map((u) => u.policy), upd.map((u) => u.fr), upd.map((u) => u.due), upd.map((u) => u.paused), new Date()],
          );
          if (changes.length) {
            await m.query(
              `INSERT INTO sla_due_changes (organization_id, case_id, target, from_due, to_due, reason, recalculation_id, at)
               SELECT $1, u.id, u.target, u.from_due, u.to_due, $2, $3, $8
                 FROM unnest($4::uuid[], $5::text[], $6::timestamptz[], $7::timestamptz[]) AS u(id, target, from_due, to_due)`,
              [org, r.reason, id, changes.map((c) => c.id), changes.map((c) => c.target), changes.map((c) => c.from), changes.map((c) => c.to), new Date()],
            );
          }
          await m.query(`UPDATE sla_recalculations SET cases = $2, changed = $3 WHERE id = $1`, [id, cases, changed + upd.length]);
        });
        changed += upd.length;
        await this.scheduler.schedule(upd.flatMap((u) => [u.fr, u.due]));
      }
      // A background job: it rests three times as long as it worked, so the API it shares the database with stays quick.
      await new Promise((resolve) => setTimeout(resolve, Math.min((Date.now() - batchStarted) * RECALC_REST, 2_000)));
    }
    await this.db.query(`UPDATE sla_recalculations SET status = 'done', finished_at = now(), cases = $2, changed = $3 WHERE id = $1`, [id, cases, changed]);
    // Due moments that moved into the past are breaches now.
    await this.breachCheck();
    this.logger.log(`Recalculated ${cases} open case clock(s) of organization ${org}: ${changed} changed`);
    return { cases, changed };
  }

  /**
   * Rebuilds from PostgreSQL what Redis may have lost: breach checks for due moments within the
   * horizon, recalculations still waiting; and records any breach already due (a check that was lost).
   */
  async reconcile(): Promise<{ buckets: number; recalculations: number; breaches: number }> {
    const { breaches } = await this.breachCheck();
    const now = new Date();
    const dues: { t: string }[] = await this.db.query(
      `SELECT DISTINCT ceil(extract(epoch FROM d) * 1000 / ${BUCKET_MS})::bigint * ${BUCKET_MS} AS t FROM (
         SELECT first_response_due_at AS d FROM case_clocks
          WHERE state = 'running' AND first_responded_at IS NULL AND first_response_breached_at IS NULL
            AND first_response_due_at > $1 AND first_response_due_at <= $2
         UNION ALL
         SELECT due_at FROM case_clocks
          WHERE state = 'running' AND resolution_breached_at IS NULL AND due_at > $1 AND due_at <= $2
       ) x`,
      [now, new Date(now.getTime() + HORIZON_MS)],
    );
    await this.scheduler.schedule(dues.map((d) => new Date(Number(d.t))));
    const waiting: { id: string }[] = await this.db.query(
      `SELECT id FROM sla_recalculations WHERE status IN ('queued', 'running') AND created_at < now() - interval '30 seconds'`,
    );
    let recalculations = 0;
    for (const { id } of waiting) {
      const jobId = `recalculate-${id}`;
      const job = await this.queue.getJob(jobId);
      if (job && !(await job.isFailed())) continue;
      if (job) await job.remove().catch(() => undefined);
      await this.queue.add('recalculate', { recalculationId: id }, { jobId, removeOnComplete: true, removeOnFail: 50, attempts: 3 });
      recalculations += 1;
    }
    return { buckets: dues.length, recalculations, breaches };
  }
}

/** Exposed for tests and the bench: the bucket and job id a due moment is checked under. */
export const breachJobFor = (due: Date): string => breachJobId(bucketOf(due));

/** Keeps the reconciler scheduled; written again every period, so a flushed Redis gets it back. */
export const SlaReconcileScheduler = RepeatableJobScheduler(SLA_QUEUE, 'sla-reconcile', 'reconcile');
