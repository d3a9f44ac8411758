import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Webhook } from 'standardwebhooks';
import { EventLog, RepeatableJobScheduler, WEBHOOKS_QUEUE, inTransaction, processorOptions, type IntegrationEvent, type QueueJob } from '@loket/server/platform';
import { afterFailure } from './domain/retry';
import { WebhooksRepository, type AttemptResult, type ClaimedRow } from './webhooks.repository';

/** How long a receiver has to answer. */
export const REQUEST_TIMEOUT_MS = 10_000;
/** Posts in flight at once, per worker process. */
export const CONCURRENCY = 64;
/** Events read from the event log per fan-out step. */
const FAN_OUT_BATCH = 2_000;
/** How often a busy pump reads the event log for new events. */
const FAN_OUT_EVERY_MS = 200;
/** How long the pump waits to collect more answers before it records them. */
const GATHER_MS = 10;
/** One pump job works at most this long, then ends; the next wake-up or tick goes on where it stopped. */
const PUMP_SLICE_MS = 20_000;
/** The tick that re-creates what a flushed Redis or a lost wake-up lost: due retries wait at most this long. */
export const TICK_MS = 1_000;

export interface WebhookBody {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

/** The body a receiver gets for an event (Standard Webhooks: type, timestamp, data). */
export function webhookBody(e: Pick<IntegrationEvent, 'type' | 'occurredAt' | 'data'>): string {
  return JSON.stringify({ type: e.type, timestamp: e.occurredAt.toISOString(), data: e.data } satisfies WebhookBody);
}

/** What went wrong, in a few words and without the receiver's answer (it may quote personal data). */
function describe(error: unknown): string {
  const e = error as { name?: string; code?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `timeout after ${REQUEST_TIMEOUT_MS / 1000} s`;
  const code = e?.cause?.code ?? e?.code;
  if (code) return `connection failed (${code})`;
  return 'connection failed';
}

/**
 * The webhook pump: fans new events of the event log out to the subscriptions that want them, and
 * posts due deliveries, signed (Standard Webhooks), with retries and a dead letter after 24 hours.
 *
 * All state is in PostgreSQL: the fan-out cursor moves in the same transaction as the deliveries it
 * inserts, and a claimed delivery carries a lease. A flushed Redis loses at most a wake-up (the tick
 * runs every second); a killed worker's claims expire and are posted again. So a receiver gets every
 * event at least once, and may get one twice after a crash: it deduplicates on `webhook-id`.
 */
@Injectable()
export class WebhookPump {
  private readonly logger = new Logger('WebhookPump');
  private readonly signers = new Map<string, Webhook>();
  private running: Promise<{ fannedOut: number; attempted: number }> | null = null;

  constructor(
    private readonly repository: WebhooksRepository,
    private readonly events: EventLog,
  ) {}

  /** Runs the pump until there is nothing to do (or its time slice is up); one run per process at a time. */
  run(): Promise<{ fannedOut: number; attempted: number }> {
    this.running ??= this.work().finally(() => (this.running = null));
    return this.running;
  }

  private async work(): Promise<{ fannedOut: number; attempted: number }> {
    const end = Date.now() + PUMP_SLICE_MS;
    let fannedOut = 0;
    let attempted = 0;
    for (;;) {
      const f = await this.fanOut();
      fannedOut += f;
      // While posting, new events keep being fanned out (every FAN_OUT_EVERY_MS), so a steady stream never waits for a drained queue.
      const a = await this.deliverDue(end, async () => void (fannedOut += await this.fanOut()));
      attempted += a;
      if ((f === 0 && a === 0) || Date.now() > end) break;
    }
    return { fannedOut, attempted };
  }

  /** One step of the fan-out: the next final events, into deliveries, with the cursor, in one transaction. */
  async fanOut(): Promise<number> {
    let total = 0;
    for (;;) {
      const step = await inTransaction(async () => {
        if (!(await this.repository.lockFanOut())) return { events: 0, deliveries: 0 };
        const events = await this.events.afterAll(await this.repository.fanOutCursor(), FAN_OUT_BATCH);
        if (!events.length) return { events: 0, deliveries: 0 };
        const deliveries = await this.repository.fanOut(events.map((e) => ({ id: e.id, organizationId: e.organizationId, type: e.type, customerId: e.customerId })), new Date());
        await this.repository.setFanOutCursor((events.at(-1) as IntegrationEvent).cursor);
        return { events: events.length, deliveries };
      });
      total += step.deliveries;
      if (step.events < FAN_OUT_BATCH) return total;
    }
  }

  /** Posts due deliveries, `CONCURRENCY` at a time, recording outcomes as they come; the number of attempts. */
  async deliverDue(until = Date.now() + PUMP_SLICE_MS, meanwhile?: () => Promise<void>): Promise<number> {
    const inFlight = new Set<Promise<void>>();
    const done: AttemptResult[] = [];
    let attempted = 0;
    let drained = false;
    let fannedOutAt = Date.now();
    for (;;) {
      if (meanwhile && Date.now() - fannedOutAt >= FAN_OUT_EVERY_MS) {
        await meanwhile();
        fannedOutAt = Date.now();
        drained = false;
      }
      const free = CONCURRENCY - inFlight.size;
      let claimed: ClaimedRow[] = [];
      if (!drained && free > 0 && Date.now() < until) {
        claimed = await this.repository.claim(new Date(), free);
        // Nothing due now: finish what is in flight (its outcomes may free the next of a customer's line).
        drained = claimed.length === 0;
        if (claimed.length) await this.post(claimed, inFlight, done);
        attempted += claimed.length;
      }
      if (inFlight.size === 0) {
        await this.repository.record(done.splice(0));
        if (drained || Date.now() >= until) return attempted;
        continue;
      }
      await Promise.race(inFlight);
      // Gather a few more outcomes first: one UPDATE and one claim per batch of posts, not per post.
      const gatherUntil = Date.now() + GATHER_MS;
      while (inFlight.size > 0 && done.length < CONCURRENCY / 4 && Date.now() < gatherUntil) {
        await Promise.race([...inFlight, new Promise((r) => setTimeout(r, Math.max(1, gatherUntil - Date.now())))]);
      }
      if (done.length) {
        await this.repository.record(done.splice(0));
        drained = false;
      }
    }
  }

  private async post(claimed: ClaimedRow[], inFlight: Set<Promise<void>>, done: AttemptResult[]): Promise<void> {
    const byOrg = new Map<string, string[]>();
    for (const c of claimed) byOrg.set(c.organization_id, [...(byOrg.get(c.organization_id) ?? []), c.event_id]);
    const events = new Map<string, IntegrationEvent>();
    for (const [org, ids] of byOrg) for (const e of await this.events.byIds(org, ids)) events.set(e.id, e);
    for (const c of claimed) {
      const event = events.get(c.event_id);
      const p: Promise<void> = (event ? this.send(c, event) : Promise.resolve(this.outcome(c, new Date(), 0, null, 'the event is gone')))
        .then((r) => void done.push(r))
        .finally(() => inFlight.delete(p));
      inFlight.add(p);
    }
  }

  private signer(secret: string): Webhook {
    let w = this.signers.get(secret);
    if (!w) {
      if (this.signers.size > 10_000) this.signers.clear();
      w = new Webhook(secret);
      this.signers.set(secret, w);
    }
    return w;
  }

  /** One attempt: POST the signed body; a 2xx answer delivers it. */
  private async send(c: ClaimedRow, event: IntegrationEvent): Promise<AttemptResult> {
    const body = webhookBody(event);
    const at = new Date();
    const started = performance.now();
    try {
      const signature = this.signer(c.secret).sign(c.event_id, at, body);
      const res = await fetch(c.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Loket-Webhooks/1.0',
          'webhook-id': c.event_id,
          'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
          'webhook-signature': signature,
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      // Read (and drop) the answer so the connection is kept for the next post.
      await res.arrayBuffer().catch(() => undefined);
      const ms = Math.round(performance.now() - started);
      return res.status >= 200 && res.status < 300 ? this.outcome(c, at, ms, res.status, null) : this.outcome(c, at, ms, res.status, `HTTP ${res.status}`);
    } catch (error) {
      return this.outcome(c, at, Math.round(performance.now() - started), null, describe(error));
    }
  }

  private outcome(c: ClaimedRow, at: Date, durationMs: number, statusCode: number | null, error: string | null): AttemptResult {
    if (error === null) return { seq: c.seq, status: 'delivered', at, statusCode, durationMs, error: null, nextAttemptAt: null };
    const next = afterFailure(new Date(c.first_attempt_at), at, c.attempts, Math.random());
    if (next.status === 'dead') this.logger.warn(`Webhook delivery ${c.id} is a dead letter after ${c.attempts} attempts`);
    return { seq: c.seq, status: next.status, at, statusCode, durationMs, error, nextAttemptAt: next.status === 'retrying' ? next.nextAttemptAt : null };
  }
}

/** Runs the pump when woken after a commit (`pump`) and on the tick (`reconcile`, every second). */
@Processor(WEBHOOKS_QUEUE, processorOptions(2))
export class WebhooksProcessor extends WorkerHost {
  constructor(private readonly pump: WebhookPump) {
    super();
  }

  async process(job: QueueJob<typeof WEBHOOKS_QUEUE>): Promise<unknown> {
    const name: string = job.name;
    if (job.name === 'pump' || job.name === 'reconcile') return this.pump.run();
    throw new Error(`Unknown job ${name} on ${WEBHOOKS_QUEUE}`);
  }
}

/** The tick, re-registered while the worker runs so a flushed Redis gets it back. */
export const WebhooksTickScheduler = RepeatableJobScheduler(WEBHOOKS_QUEUE, 'webhooks-tick', 'reconcile', TICK_MS);
