import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { inTransaction, APP_CONFIG, AppConfig, RepeatableJobScheduler, processorOptions, jobs, type QueueJob } from '@loket/server/platform';
import { StaffDigest } from '@loket/server/identity';
import { WorkItemsService, nextCaseDue } from '@loket/server/worklist';
import { formatDutch } from '@loket/shared/business-calendar';
import type { SlaTarget, SlaTargetKind } from '@loket/shared/contracts';
import { BreachScheduler, HORIZON_MS, SLA_QUEUE } from './breaches';
import { clockPolicy, computeDues, effectiveCalendar, pausedMinutesOf, policyFor } from './dues';
import type { ClockPolicy } from './entities';
import { SlaSettingsService } from './sla-settings.service';
import { SlaRepository } from './sla.repository';

const RECALC_BATCH = 500;
/** Rest after each batch, as a multiple of the time the batch took: the recalculation yields to the API. */
const RECALC_REST = 3;

const same = (a: Date | null, b: Date | null) => (a ? a.getTime() : null) === (b ? b.getTime() : null);
/** jsonb does not keep key order: compare targets by meaning. */
const target = (t: SlaTarget | null | undefined) => (!t ? '-' : t.type === 'working_days' ? `d${t.days}` : `h${t.hours}`);
const samePolicy = (a: ClockPolicy, b: ClockPolicy) =>
  target(a.firstResponse) === target(b.firstResponse) && target(a.resolution) === target(b.resolution) && !!a.topicSpecific === !!b.topicSpecific;


/**
 * The SLA jobs: breach checks at due moments (set-based), recalculation after a calendar or policy
 * change (in batches, every moved due moment recorded), and a reconciler that rebuilds lost jobs and
 * catches up on anything missed from the database.
 */
@Processor(SLA_QUEUE, processorOptions(4))
export class SlaProcessor extends WorkerHost {
  private readonly logger = new Logger(SlaProcessor.name);

  constructor(
    private readonly repository: SlaRepository,
    private readonly settings: SlaSettingsService,
    private readonly scheduler: BreachScheduler,
    private readonly digest: StaffDigest,
    private readonly work: WorkItemsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(SLA_QUEUE) private readonly queue: Queue,
  ) {
    super();
  }

  async process(job: QueueJob<typeof SLA_QUEUE>): Promise<unknown> {
    const name: string = job.name;
    switch (job.name) {
      case 'breach-check':
        return this.breachCheck();
      case 'recalculate':
        return this.recalculate(job.data.recalculationId);
      case 'reconcile':
        return this.reconcile();
      default:
        throw new Error(`Unknown job ${name} on ${SLA_QUEUE}`);
    }
  }

  /** Records every breach due by now, then tells the people concerned. */
  async breachCheck(): Promise<{ breaches: number; notified: number }> {
    const now = new Date();
    const rows = await this.repository.recordBreaches(now, null, false, now);
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
    // The outbox queues each message after this commit.
    await inTransaction(async () => {
      const pending = await this.repository.pendingBreaches(5000);
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
            line: `- ${p.target === 'first_response' ? 'eerste reactie' : 'antwoord'} was beloofd uiterlijk ${formatDutch(p.due_at, 'weekdayDateTime')}\n  ${this.config.AGENT_APP_URL}/klanten/${p.customer_id}/vragen/${p.case_id}`,
          })),
          text: {
            subject: (n) => (n === 1 ? 'Een vraag is over de termijn' : `${n} vragen zijn over de termijn`),
            intro: (n) => `${n === 1 ? 'Bij deze vraag is' : 'Bij deze vragen is'} de beloofde termijn voorbij:`,
            outro: 'Neem contact op met de klant of spreek een nieuwe termijn af.',
          },
        });
        count += list.length;
      }
      await this.repository.markNotified(pending.map((p) => p.id), now);
    });
    return count;
  }

  /** Recalculates the open clocks of an organization with its current calendar and policies. */
  async recalculate(id: string): Promise<{ cases: number; changed: number } | { skipped: string }> {
    const r = await this.repository.startRecalculation(id);
    if (!r) return { skipped: 'done or superseded' };
    const org = r.organization_id;
    const { calendar, policies } = await this.settings.settings(org, true);
    let after = '00000000-0000-0000-0000-000000000000';
    let cases = 0;
    let changed = 0;
    for (;;) {
      // A newer change makes this run pointless: it stops, the newer one recalculates everything.
      if (await this.repository.newerRecalculationExists(id)) {
        await this.repository.finishRecalculation(id, 'superseded', cases, changed);
        return { cases, changed };
      }
      const batchStarted = Date.now();
      const rows = await this.repository.openClocks(org, after, RECALC_BATCH);
      if (rows.length === 0) break;
      after = rows[rows.length - 1].case_id;
      cases += rows.length;
      const upd: { id: string; policy: string; fr: Date | null; due: Date | null; paused: number }[] = [];
      const changes: { id: string; target: SlaTargetKind; from: Date | null; to: Date | null }[] = [];
      const workDues: Parameters<WorkItemsService['caseDues']>[1] = [];
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
        workDues.push({ caseId: c.case_id, ...nextCaseDue({ state: 'running', firstResponseDueAt: fr, firstRespondedAt: c.first_responded_at, dueAt: dues.dueAt }) });
        if (frMoved) changes.push({ id: c.case_id, target: 'first_response', from: c.first_response_due_at, to: fr });
        if (dueMoved) changes.push({ id: c.case_id, target: 'resolution', from: c.due_at, to: dues.dueAt });
      }
      if (upd.length) {
        await inTransaction(async () => {
          await this.repository.applyRecalculation(org, upd, new Date());
          if (changes.length) await this.repository.insertDueChanges(org, r.reason, id, changes, new Date());
          // The worklists sort by the new due moments.
          await this.work.caseDues(org, workDues);
          await this.repository.recalculationProgress(id, cases, changed + upd.length);
        });
        changed += upd.length;
        await this.scheduler.schedule(upd.flatMap((u) => [u.fr, u.due]));
      }
      // A background job: it rests three times as long as it worked, so the API it shares the database with stays quick.
      await new Promise((resolve) => setTimeout(resolve, Math.min((Date.now() - batchStarted) * RECALC_REST, 2_000)));
    }
    await this.repository.finishRecalculation(id, 'done', cases, changed);
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
    const dues = await this.repository.dueBuckets(now, new Date(now.getTime() + HORIZON_MS));
    await this.scheduler.schedule(dues);
    const waiting = await this.repository.waitingRecalculations();
    let recalculations = 0;
    for (const id of waiting) {
      const jobId = `recalculate-${id}`;
      const job = await this.queue.getJob(jobId);
      if (job && !(await job.isFailed())) continue;
      if (job) await job.remove().catch(() => undefined);
      await jobs.add(this.queue, 'sla/recalculate', { recalculationId: id }, { jobId });
      recalculations += 1;
    }
    return { buckets: dues.length, recalculations, breaches };
  }
}

/** Keeps the reconciler scheduled; written again every period, so a flushed Redis gets it back. */
export const SlaReconcileScheduler = RepeatableJobScheduler(SLA_QUEUE, 'sla-reconcile', 'reconcile');
