import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { inTransaction, APP_CONFIG, AppConfig, EventLog, OutboxService, RepeatableJobScheduler, processorOptions, type QueueJob } from '@loket/server/platform';
import { CustomerContacts, CustomersService } from '@loket/server/customers';
import { DirectoryService, StaffDigest, type DigestText } from '@loket/server/identity';
import { TeamsService } from '@loket/server/reference-data';
import { SlaSettingsService } from '@loket/server/sla';
import { endOfNthWorkingDay } from '@loket/shared/business-calendar';
import { CallbacksRepository, type StageRow } from './callbacks.repository';
import { STAGE_KIND, STAGE_LEVEL, comingMoments, stageRecipient, type Stage } from './domain/schedule';
import { describeWindow, customerText } from './texts';
import { callbackEscalated } from './integration-events';
import { CALLBACKS_QUEUE, STAGE_HORIZON_MS, StageScheduler, stageBucketOf } from './stages';
import { formatDutch } from '@loket/shared/business-calendar';
const MAX_LINES = 50;

/** The staff e-mail of each stage. */
const STAFF_TEXT: Record<Stage, DigestText> = {
  reminder: {
    subject: (n) => (n === 1 ? 'Herinnering: u belt een klant terug' : `Herinnering: ${n} klanten terugbellen`),
    intro: () => 'Deze klanten wachten op uw telefoontje:',
    maxLines: MAX_LINES,
  },
  level1: {
    subject: (n) => (n === 1 ? 'Terugbelverzoek over de termijn' : `${n} terugbelverzoeken over de termijn`),
    intro: () => 'Deze terugbelverzoeken zijn niet op tijd gedaan. Ze staan nu ook in de wachtrij van het team:',
    maxLines: MAX_LINES,
  },
  level2: {
    subject: (n) => (n === 1 ? 'Terugbelverzoek nog steeds niet gedaan' : `${n} terugbelverzoeken nog steeds niet gedaan`),
    intro: () => 'Deze terugbelverzoeken zijn ook na de eerste escalatie niet gedaan. De klant heeft bericht gekregen over de vertraging:',
    maxLines: MAX_LINES,
  },
};

/**
 * Callback escalation: a reminder to the assignee before due, level 1 at due (the team lead and the
 * team queue), level 2 later (the manager; the customer is told of the delay with a new
 * expectation). Each stage marks every callback whose moment has come in one statement, written
 * together with its notifications in one transaction: a killed worker leaves nothing half done, a
 * second run finds nothing new, and staff mail waits for opening hours (the staff digest).
 */
@Processor(CALLBACKS_QUEUE, processorOptions(2))
export class CallbacksProcessor extends WorkerHost {
  private readonly logger = new Logger(CallbacksProcessor.name);

  constructor(
    private readonly repository: CallbacksRepository,
    private readonly sla: SlaSettingsService,
    private readonly directory: DirectoryService,
    private readonly teamList: TeamsService,
    private readonly customers: CustomerContacts,
    private readonly digest: StaffDigest,
    private readonly outbox: OutboxService,
    private readonly scheduler: StageScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventLog,
    private readonly customerRecords: CustomersService,
  ) {
    super();
  }

  async process(job: QueueJob<typeof CALLBACKS_QUEUE>): Promise<unknown> {
    const name: string = job.name;
    if (job.name === 'stage-check') return this.runStages();
    if (job.name === 'reconcile') return this.reconcile();
    throw new Error(`Unknown job ${name} on ${CALLBACKS_QUEUE}`);
  }

  async runStages(now = new Date()): Promise<Record<Stage, number>> {
    return { reminder: await this.stage('reminder', now), level1: await this.stage('level1', now), level2: await this.stage('level2', now) };
  }

  private async stage(stage: Stage, now: Date): Promise<number> {
    const count = await inTransaction(async () => {
      const rows = await this.repository.markStage(stage, now);
      const byOrg = new Map<string, StageRow[]>();
      for (const r of rows) {
        const l = byOrg.get(r.organization_id);
        if (l) l.push(r);
        else byOrg.set(r.organization_id, [r]);
      }
      for (const [org, list] of byOrg) await this.notify(stage, org, list, now);
      return rows.length;
    });
    if (count) this.logger.log(`${STAGE_KIND[stage]}: ${count} callback(s)`);
    return count;
  }

  /** One organization's callbacks that reached `stage`: who hears of it (recorded with the escalation), staff e-mail, and at level 2 the customer. */
  private async notify(stage: Stage, org: string, list: StageRow[], now: Date): Promise<void> {
    const { calendar } = await this.sla.settings(org);
    // Level 1 goes to the team: a callback without one gets its assignee's team now.
    if (stage === 'level1') {
      for (const r of list) {
        if (r.team_id || !r.assignee_id) continue;
        const team = await this.teamList.teamOf(org, r.assignee_id);
        if (!team) continue;
        await this.repository.setTeam(org, r.id, team.id);
        r.team_id = team.id;
      }
    }
    const teams = new Map((await this.teamList.teams(org)).map((t) => [t.id, t]));
    let newExpectation: Date | null = null;
    if (stage === 'level2') {
      newExpectation = endOfNthWorkingDay(calendar, now, 1);
      await this.repository.setNewExpectation(org, list.map((r) => r.id), newExpectation);
    }
    // Who hears of it: the assignee (reminder), the team lead (level 1), the manager (level 2) — never nobody.
    const { notified } = await this.digest.send({
      organizationId: org, calendar, now, referenceType: `callback_${STAGE_KIND[stage]}`, text: STAFF_TEXT[stage],
      items: list.map((r) => ({
        id: r.id,
        to: stageRecipient(stage, { assigneeId: r.assignee_id }, r.team_id ? teams.get(r.team_id) : undefined),
        line: `- uiterlijk ${formatDutch(r.due_at, 'weekdayDateTime')}: ${r.reason}\n  ${this.config.AGENT_APP_URL}/terugbellen/${r.id}`,
      })),
    });
    await this.repository.addEscalations(
      org, STAGE_LEVEL[stage], STAGE_KIND[stage],
      list.map((r) => ({ id: r.id, dueAt: r.due_at, notified: (notified.get(r.id) ?? []).map((p) => ({ id: p.id, displayName: p.displayName })) })),
      now,
    );
    // Integrations hear of each escalation (levels 1 and 2), in this stage's transaction.
    if (stage !== 'reminder') {
      const level = STAGE_LEVEL[stage] as 1 | 2;
      const relaties = await this.customerRecords.relaties(org, list.map((r) => r.customer_id));
      await this.events.publishMany(
        org,
        list.map((r) => {
          const team = r.team_id ? teams.get(r.team_id) : undefined;
          return {
            type: 'callback.escalated' as const, customerId: r.customer_id, subjectId: r.id, at: now,
            data: { ...callbackEscalated(r, relaties.get(r.customer_id) ?? { id: r.customer_id, idExtern: null }, team ? { id: team.id, naam: team.name } : null, level, now, newExpectation) },
          };
        }),
      );
    }
    // Level 2: the customer is told of the delay, with the new moment to expect us.
    if (stage === 'level2') {
      const orgName = await this.directory.organizationName(org);
      const assignees = await this.directory.people(org, list.map((r) => r.assignee_id));
      const customers = await this.customers.of(org, list.map((r) => r.customer_id));
      for (const r of list) {
        const customer = customers.get(r.customer_id);
        if (!customer) continue;
        const medium = customer.email ? 'email' : 'letter';
        const text = customerText({
          kind: 'delayed', medium, organizationName: orgName, customerName: customer.fullName, caller: r.assignee_id ? (assignees.get(r.assignee_id)?.displayName ?? null) : null,
          reason: r.reason, phone: r.phone_number, window: describeWindow({ start: new Date(r.due_at), due: new Date(r.due_at), dayPart: null }), newExpectation,
        });
        await this.outbox.enqueue({
          organizationId: org, channel: medium, recipient: customer.email, fromName: orgName, subject: text.subject, body: text.body, referenceType: 'callback_delayed', referenceId: r.id, customerId: r.customer_id,
        });
      }
    }
  }

  /** Catches up on any stage that is due (a lost job), and recreates the jobs for the coming moments out of PostgreSQL. */
  async reconcile(): Promise<{ stages: Record<Stage, number>; buckets: number }> {
    const stages = await this.runStages();
    const now = new Date();
    const until = new Date(now.getTime() + STAGE_HORIZON_MS);
    const moments = (await this.repository.withMomentsBetween(now, until)).flatMap((c) => comingMoments(c, now, until));
    const buckets = [...new Set(moments.map((t) => stageBucketOf(t)))];
    await this.scheduler.schedule(buckets.map((b) => new Date(b)));
    return { stages, buckets: buckets.length };
  }
}

/** Keeps the reconciler scheduled; written again every period, so a flushed Redis gets it back without a restart. */
export const CallbacksReconcileScheduler = RepeatableJobScheduler(CALLBACKS_QUEUE, 'callbacks-reconcile', 'reconcile');
