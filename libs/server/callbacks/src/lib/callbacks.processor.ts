import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { inTransaction, APP_CONFIG, AppConfig, OutboxService, RepeatableJobScheduler, processorOptions, returnedRows } from '@loket/server/platform';
import { DirectoryService, type Recipient } from '@loket/server/identity';
import { TeamsService } from '@loket/server/reference-data';
import { SlaSettingsService } from '@loket/server/sla';
import { endOfNthWorkingDay, isOpenAt, nextOpeningMoment } from '@loket/shared/business-calendar';
import type { Team } from '@loket/shared/contracts';
import { describeWindow, customerText } from './texts';
import { CALLBACKS_QUEUE, OPEN, STAGE_HORIZON_MS, STAGE_SQL, StageScheduler, stageBucketOf, type StageRow } from './stages';
import { formatDutch } from '@loket/shared/business-calendar';

type Stage = keyof typeof STAGE_SQL;
const LEVEL: Record<Stage, 0 | 1 | 2> = { reminder: 0, level1: 1, level2: 2 };
const KIND: Record<Stage, 'reminder' | 'level_1' | 'level_2'> = { reminder: 'reminder', level1: 'level_1', level2: 'level_2' };
const MAX_LINES = 50;


/**
 * Callback escalation: a reminder to the assignee before due, level 1 at due (the team lead and the
 * team queue), level 2 later (the manager; the customer is told of the delay with a new
 * expectation). Each stage is one statement over every callback whose moment has come, written
 * together with its notifications in one transaction: a killed worker leaves nothing half done, a
 * second run finds nothing new, and staff mail waits for opening hours.
 */
@Processor(CALLBACKS_QUEUE, processorOptions(2))
export class CallbacksProcessor extends WorkerHost {
  private readonly logger = new Logger(CallbacksProcessor.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly sla: SlaSettingsService,
    private readonly directory: DirectoryService,
    private readonly teamList: TeamsService,
    private readonly outbox: OutboxService,
    private readonly scheduler: StageScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    if (job.name === 'stage-check') return this.runStages();
    if (job.name === 'reconcile') return this.reconcile();
    throw new Error(`Unknown job ${job.name} on ${CALLBACKS_QUEUE}`);
  }

  async runStages(now = new Date()): Promise<Record<Stage, number>> {
    return { reminder: await this.stage('reminder', now), level1: await this.stage('level1', now), level2: await this.stage('level2', now) };
  }

  private async stage(stage: Stage, now: Date): Promise<number> {
    const dispatch: { id: string; notBefore: Date | null }[] = [];
    let count = 0;
    await inTransaction(async () => {
      const db = this.txHost.tx;
      const rows = returnedRows<StageRow>(await db.query(STAGE_SQL[stage], [now]));
      count = rows.length;
      if (rows.length === 0) return;
      const byOrg = new Map<string, StageRow[]>();
      for (const r of rows) {
        const l = byOrg.get(r.organization_id);
        if (l) l.push(r);
        else byOrg.set(r.organization_id, [r]);
      }
      for (const [org, list] of byOrg) {
        const { calendar } = await this.sla.settings(org);
        const teams = new Map((await this.teamList.teams(org)).map((t) => [t.id, t]));
        let newExpectation: Date | null = null;
        if (stage === 'level2') {
          newExpectation = endOfNthWorkingDay(calendar, now, 1);
          await db.query(`UPDATE callbacks SET new_expectation_at = $2 WHERE id = ANY($1::uuid[])`, [list.map((r) => r.id), newExpectation]);
        }
        // Who hears of it: the assignee (reminder), the team lead (level 1), the manager (level 2) — never nobody.
        const wanted = new Map<string, string[]>();
        for (const r of list) {
          const team: Team | undefined = r.team_id ? teams.get(r.team_id) : undefined;
          const person = stage === 'reminder' ? (r.assignee_id ?? team?.lead?.id) : stage === 'level1' ? team?.lead?.id : (team?.manager?.id ?? team?.lead?.id);
          const key = person ?? '*';
          const l = wanted.get(key);
          if (l) l.push(r.id);
          else wanted.set(key, [r.id]);
        }
        const ids = [...wanted.keys()].filter((k) => k !== '*');
        const people = ids.length ? await this.directory.notificationRecipients(org, ids) : [];
        const recipients = new Map<string, Recipient[]>(people.map((p) => [p.id, [p]]));
        const leads = wanted.has('*') || people.length < ids.length ? await this.directory.teamLeads(org) : [];
        const rowById = new Map(list.map((r) => [r.id, r]));
        const notifiedOf = new Map<string, { id: string; displayName: string }[]>();
        const perRecipient = new Map<string, { to: Recipient; items: StageRow[] }>();
        for (const [key, cbIds] of wanted) {
          const to = recipients.get(key) ?? leads;
          for (const id of cbIds) {
            notifiedOf.set(id, to.map((p) => ({ id: p.id, displayName: p.displayName })));
            for (const p of to) {
              const entry = perRecipient.get(p.id) ?? { to: p, items: [] };
              entry.items.push(rowById.get(id) as StageRow);
              perRecipient.set(p.id, entry);
            }
          }
        }
        await db.query(
          `INSERT INTO callback_escalations (organization_id, callback_id, level, kind, due_at, notified, at)
           SELECT $1, u.id, $2, $3, u.due, u.notified::jsonb, $7 FROM unnest($4::uuid[], $5::timestamptz[], $6::text[]) AS u(id, due, notified)`,
          [org, LEVEL[stage], KIND[stage], list.map((r) => r.id), list.map((r) => r.due_at), list.map((r) => JSON.stringify(notifiedOf.get(r.id) ?? [])), now],
        );
        const orgName = await this.directory.organizationName(org);
        for (const { to, items } of perRecipient.values()) {
          if (to.notificationHours === 'never') continue;
          const notBefore = to.notificationHours === 'opening_hours' && !isOpenAt(calendar, now) ? nextOpeningMoment(calendar, now) : null;
          const text = this.staffText(stage, to, items);
          const m = await this.outbox.enqueue({
            organizationId: org, channel: 'email', recipient: to.email, fromName: orgName, subject: text.subject, body: text.body,
            referenceType: `callback_${KIND[stage]}`, referenceId: items[0].id, notBefore,
          });
          dispatch.push({ id: m.id, notBefore });
        }
        // Level 2: the customer is told of the delay, with the new moment to expect us.
        if (stage === 'level2') {
          const customers: { id: string; customer_id: string; full_name: string; email: string | null; assignee_name: string | null }[] = await db.query(
            `SELECT b.id, b.customer_id, trim(concat_ws(' ', c.first_name, c.name_prefix, c.last_name)) AS full_name, c.email, u.display_name AS assignee_name
               FROM callbacks b JOIN customers c ON c.id = b.customer_id LEFT JOIN users u ON u.id = b.assignee_id WHERE b.id = ANY($1::uuid[])`,
            [list.map((r) => r.id)],
          );
          for (const c of customers) {
            const r = rowById.get(c.id) as StageRow;
            const medium = c.email ? 'email' : 'letter';
            const text = customerText({
              kind: 'delayed', medium, organizationName: orgName, customerName: c.full_name, caller: c.assignee_name, reason: r.reason, phone: r.phone_number,
              window: describeWindow({ start: new Date(r.due_at), due: new Date(r.due_at), dayPart: null }), newExpectation,
            });
            const m = await this.outbox.enqueue({
              organizationId: org, channel: medium, recipient: c.email, fromName: orgName, subject: text.subject, body: text.body, referenceType: 'callback_delayed', referenceId: c.id,
            });
            if (m.status === 'pending') dispatch.push({ id: m.id, notBefore: null });
          }
        }
      }
    });
    for (const d of dispatch) await this.outbox.dispatch(d.id, d.notBefore);
    if (count) this.logger.log(`${KIND[stage]}: ${count} callback(s)`);
    return count;
  }

  private staffText(stage: Stage, to: Recipient, items: StageRow[]): { subject: string; body: string } {
    const n = items.length;
    const subject =
      stage === 'reminder' ? (n === 1 ? 'Herinnering: u belt een klant terug' : `Herinnering: ${n} klanten terugbellen`)
      : stage === 'level1' ? (n === 1 ? 'Terugbelverzoek over de termijn' : `${n} terugbelverzoeken over de termijn`)
      : n === 1 ? 'Terugbelverzoek nog steeds niet gedaan' : `${n} terugbelverzoeken nog steeds niet gedaan`;
    const intro =
      stage === 'reminder' ? 'Deze klanten wachten op uw telefoontje:'
      : stage === 'level1' ? 'Deze terugbelverzoeken zijn niet op tijd gedaan. Ze staan nu ook in de wachtrij van het team:'
      : 'Deze terugbelverzoeken zijn ook na de eerste escalatie niet gedaan. De klant heeft bericht gekregen over de vertraging:';
    const lines = items.slice(0, MAX_LINES).map((r) => `- uiterlijk ${formatDutch(r.due_at, 'weekdayDateTime')}: ${r.reason}\n  ${this.config.AGENT_APP_URL}/terugbellen/${r.id}`);
    if (n > MAX_LINES) lines.push(`… en nog ${n - MAX_LINES}. Zie de lijst in Loket.`);
    return { subject, body: `Beste ${to.displayName},\n\n${intro}\n\n${lines.join('\n')}\n\nLoket` };
  }

  /** Catches up on any stage that is due (a lost job), and recreates the jobs for the coming moments out of PostgreSQL. */
  async reconcile(): Promise<{ stages: Record<Stage, number>; buckets: number }> {
    const stages = await this.runStages();
    const now = new Date();
    const rows: { t: Date }[] = await this.db.query(
      `SELECT reminder_at AS t FROM callbacks WHERE ${OPEN} AND reminded_at IS NULL AND escalated1_at IS NULL AND reminder_at > $1 AND reminder_at <= $2
       UNION SELECT due_at FROM callbacks WHERE ${OPEN} AND escalated1_at IS NULL AND due_at > $1 AND due_at <= $2
       UNION SELECT level2_at FROM callbacks WHERE ${OPEN} AND escalated2_at IS NULL AND level2_at > $1 AND level2_at <= $2`,
      [now, new Date(now.getTime() + STAGE_HORIZON_MS)],
    );
    const buckets = [...new Set(rows.map((r) => stageBucketOf(r.t)))];
    await this.scheduler.schedule(buckets.map((b) => new Date(b)));
    return { stages, buckets: buckets.length };
  }
}

/** Keeps the reconciler scheduled; written again every period, so a flushed Redis gets it back without a restart. */
export const CallbacksReconcileScheduler = RepeatableJobScheduler(CALLBACKS_QUEUE, 'callbacks-reconcile', 'reconcile');
