import { InjectQueue, Processor, WorkerHost, OnWorkerEvent, BullModule } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, Module } from '@nestjs/common';
import { DelayedError, type Queue } from 'bullmq';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig, processorOptions } from '../config/config';
import { safeError } from '../logging/logging';
import { afterCommit } from '../database/transactions';
import { RepeatableJobScheduler } from './keep-scheduled';
import { jobs, type JobPayloads, type QueueJob, type QueueName } from '../jobs/jobs';
import type { OutboxChannel, OutboxStatus } from './outbox-message.entity';
import { OutboxRepository, type LetterRow } from './outbox.repository';

export const OUTBOX_QUEUE = 'outbox' satisfies QueueName;
export type OutboxJobs = JobPayloads['outbox'];

export interface OutgoingMessage {
  organizationId: string;
  channel: OutboxChannel;
  recipient: string | null;
  fromName: string | null;
  subject: string;
  body: string;
  referenceType: string;
  referenceId: string;
  /** Hold the message until then (e.g. the next opening moment). */
  notBefore?: Date | null;
  /** The customer it is for: a letter in the print list names them and is addressed to them. */
  customerId?: string | null;
  /** Where replies go (the organization's monitored address); a mail's Reply-To. */
  replyTo?: string | null;
}

/** Runs `f` until it succeeds, for at most `ms` (a database restart takes seconds); then gives its last error. */
async function persistently<T>(f: () => Promise<T>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await f();
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** The mail server could not be reached or asked to try later (a 4xx), as opposed to refusing the message. */
function unreachable(error: Error & { code?: string; responseCode?: number }): boolean {
  if (typeof error.responseCode === 'number') return error.responseCode >= 400 && error.responseCode < 500;
  return ['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'ECONNREFUSED', 'ECONNRESET'].includes(error.code ?? '');
}

/**
 * Puts a message in the outbox within the caller's transaction; after the commit, the delivery
 * is queued (via afterCommit). A message whose job never made it to Redis is found by the reconciler.
 */
@Injectable()
export class OutboxService {
  constructor(
    private readonly repository: OutboxRepository,
    @InjectQueue(OUTBOX_QUEUE) private readonly queue: Queue,
  ) {}

  async enqueue(m: OutgoingMessage): Promise<{ id: string; status: 'pending' | 'to_print' }> {
    // A letter is printed and posted by the office: it waits in the print list, no job.
    const status = m.channel === 'letter' ? 'to_print' : 'pending';
    const id = await this.repository.insert({ ...m, status, notBefore: m.notBefore ?? null, customerId: m.customerId ?? null, replyTo: m.replyTo ?? null });
    // Queued once the use case committed; never when it rolls back.
    if (status === 'pending') await afterCommit(() => this.dispatch(id, m.notBefore));
    return { id, status };
  }

  /**
   * The delivery status of these messages (e.g. the confirmations of contacts), by message id; ids
   * that are not this organization's messages are absent. One statement for the whole list.
   */
  async statuses(organizationId: string, ids: string[]): Promise<Map<string, OutboxStatus>> {
    if (ids.length === 0) return new Map();
    const rows = await this.repository.statuses(organizationId, [...new Set(ids)]);
    return new Map(rows.map((r) => [r.id, r.status]));
  }

  /** The print list: letters to print (oldest first) or printed (latest first), keyset-paged. */
  letters(organizationId: string, printed: boolean, after: { at: Date; id: string } | null, limit: number): Promise<LetterRow[]> {
    return this.repository.letters(organizationId, printed, after, limit);
  }

  /** How many letters wait to be printed. */
  lettersToPrint(organizationId: string): Promise<number> {
    return this.repository.lettersToPrint(organizationId);
  }

  /** One letter of this organization, or undefined. */
  letter(organizationId: string, id: string): Promise<LetterRow | undefined> {
    return this.repository.letter(organizationId, id);
  }

  /** Letters to print that are now printed (a printed letter counts as sent); the ids that changed. */
  markLettersPrinted(organizationId: string, ids: string[], by: string, at: Date): Promise<string[]> {
    return ids.length ? this.repository.markPrinted(organizationId, [...new Set(ids)], by, at) : Promise.resolve([]);
  }

  /** Queues the delivery; `enqueue` calls it after the commit. Losing this call loses nothing: the reconciler catches up. */
  async dispatch(messageId: string, notBefore?: Date | null): Promise<void> {
    const delay = notBefore ? Math.max(0, notBefore.getTime() - Date.now()) : 0;
    await jobs.add(this.queue, 'outbox/deliver', { messageId }, { jobId: messageId, delay }).catch(() => undefined);
  }
}

@Injectable()
class MailTransport {
  readonly transporter: Transporter;
  constructor(@Inject(APP_CONFIG) readonly config: AppConfig) {
    this.transporter = createTransport(config.SMTP_URL);
  }
}

/** Delivers outbox messages. Re-reads the row and sends only what is still pending. */
@Processor(OUTBOX_QUEUE, processorOptions(10))
export class OutboxProcessor extends WorkerHost {
  private readonly logger = new Logger(OutboxProcessor.name);

  constructor(
    private readonly repository: OutboxRepository,
    private readonly mail: MailTransport,
    @InjectQueue(OUTBOX_QUEUE) private readonly queue: Queue,
  ) {
    super();
  }

  async process(job: QueueJob<typeof OUTBOX_QUEUE>, token?: string): Promise<unknown> {
    const name: string = job.name;
    if (job.name === 'reconcile') return this.reconcile();
    if (job.name !== 'deliver') throw new Error(`Unknown job ${name} on ${OUTBOX_QUEUE}`);
    const { messageId } = job.data;
    const m = await this.repository.byId(messageId);
    if (!m || m.status !== 'pending') return { skipped: m?.status ?? 'missing' };
    if (m.not_before && new Date(m.not_before).getTime() > Date.now() + 1000) {
      // Too early (re-queued without its delay): wait until the moment it is held for.
      await job.moveToDelayed(new Date(m.not_before).getTime(), token);
      throw new DelayedError();
    }
    await this.repository.countAttempt(messageId);
    await this.mail.transporter.sendMail({
      from: { name: m.from_name ?? 'Loket', address: this.mail.config.MAIL_FROM },
      to: m.recipient ?? undefined,
      replyTo: m.reply_to ?? undefined,
      subject: m.subject,
      text: m.body,
      headers: { 'X-Loket-Message-Id': m.id },
    });
    // The mail has left. If recording that failed (PostgreSQL restarting), the job's retry would send
    // it a second time: keep trying for a while instead.
    await persistently(() => this.repository.markSent(messageId, new Date()));
    return { sent: messageId };
  }

  @OnWorkerEvent('failed')
  async onFailed(job: QueueJob<typeof OUTBOX_QUEUE>, error: Error): Promise<void> {
    if (job.name !== 'deliver') return;
    // Only a mail server's refusal ends delivery. While it is unreachable the message stays pending, and
    // once these attempts are used up the reconciler queues it again: an outage of hours loses nothing.
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) && !unreachable(error);
    const { messageId } = job.data;
    // An event handler that throws ends the worker process: when the database is what failed, the note
    // is skipped (the job is retried, or the reconciler queues the still-pending message again).
    const noted = await this.repository.noteFailure(messageId, error.message.slice(0, 500), final).then(() => true, () => false);
    if (!noted) this.logger.warn(`Could not record the failed delivery of outbox message ${messageId}`);
    // The SMTP answer may quote the recipient: only the error's class and code are logged.
    else if (final) this.logger.error({ err: safeError(error), messageId }, 'Gave up delivering an outbox message');
  }

  /** Re-queues pending messages whose job is gone from Redis (flushed, lost before dispatch) or gave up while the mail server was away. */
  private async reconcile(): Promise<{ requeued: number }> {
    const rows = await this.repository.pendingSince(20, 1000);
    let requeued = 0;
    for (const { id, not_before } of rows) {
      // A job that failed while its message is still pending (it stalled twice, or its failure could not be
      // recorded) would otherwise keep the message from ever being sent.
      const job = await this.queue.getJob(id);
      if (job && !(await job.isFailed())) continue;
      if (job) await job.remove().catch(() => undefined);
      const delay = not_before ? Math.max(0, new Date(not_before).getTime() - Date.now()) : 0;
      await jobs.add(this.queue, 'outbox/deliver', { messageId: id }, { jobId: id, delay });
      requeued += 1;
    }
    if (requeued) this.logger.warn(`Re-queued ${requeued} outbox message(s) that had no job`);
    return { requeued };
  }
}

/** The outbox reconciler, every `RECONCILE_EVERY_MS` like the others, re-registered so a flushed Redis gets it back. */
const OutboxScheduler = RepeatableJobScheduler(OUTBOX_QUEUE, 'outbox-reconcile', 'reconcile');

/** For the API: write to the outbox and queue deliveries. */
@Module({
  imports: [BullModule.registerQueue({ name: OUTBOX_QUEUE })],
  providers: [OutboxService, OutboxRepository],
  exports: [OutboxService, BullModule],
})
export class OutboxModule {}

/** For the worker: deliver, retry, reconcile. */
@Module({
  imports: [BullModule.registerQueue({ name: OUTBOX_QUEUE })],
  providers: [MailTransport, OutboxRepository, OutboxProcessor, OutboxScheduler],
  exports: [BullModule],
})
export class OutboxWorkerModule {}
export type { LetterRow } from './outbox.repository';
