import { Injectable, Module } from '@nestjs/common';
import { BullModule, InjectQueue } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { IntegrationEventType } from '@loket/shared/contracts';
import { decodeEventCursor, encodeEventCursor } from '../database/paging';
import { jobs, type QueueName } from '../jobs/jobs';
import { afterCommit } from '../database/transactions';
import { EventLogRepository, type IntegrationEventRow } from './event-log.repository';

export const WEBHOOKS_QUEUE = 'webhooks' satisfies QueueName;

/** An event as integrations read it (the change feed, a webhook delivery). */
export interface IntegrationEvent {
  /** Where a reader continues after this event (opaque). */
  cursor: string;
  id: string;
  type: IntegrationEventType;
  customerId: string | null;
  subjectId: string;
  occurredAt: Date;
  data: Record<string, unknown>;
}

export interface NewIntegrationEvent {
  organizationId: string;
  type: IntegrationEventType;
  /** The customer it is about (deliveries keep each customer's events in order), if any. */
  customerId: string | null;
  /** The contact, case, callback or customer the event is about. */
  subjectId: string;
  /** What a receiver gets as the event's `data`: ids and facts, no staff-only notes. */
  data: Record<string, unknown>;
  /** When it happened (the use case's clock). */
  at: Date;
}

export function toIntegrationEvent(r: IntegrationEventRow): IntegrationEvent {
  return {
    cursor: encodeEventCursor(r.tx, r.seq),
    id: r.id,
    type: r.type,
    customerId: r.customer_id,
    subjectId: r.subject_id,
    occurredAt: new Date(r.occurred_at),
    data: r.data,
  };
}

/**
 * The event log: the transactional outbox of the events integrations hear about. A module publishes
 * inside the use case that causes the event; after the commit the webhook pump is woken. Readers
 * (the change feed, the webhook fan-out) see events in one stable order, and only final ones.
 */
@Injectable()
export class EventLog {
  constructor(
    private readonly repository: EventLogRepository,
    @InjectQueue(WEBHOOKS_QUEUE) private readonly queue: Queue,
  ) {}

  async publish(e: NewIntegrationEvent): Promise<string> {
    const id = await this.repository.insert({ organizationId: e.organizationId, type: e.type, customerId: e.customerId, subjectId: e.subjectId, occurredAt: e.at, data: e.data });
    await afterCommit(() => this.wake());
    return id;
  }

  /** Wakes the webhook pump (one waiting pump job at a time); losing this call loses nothing, the pump also runs on a schedule. */
  async wake(): Promise<void> {
    await jobs.add(this.queue, 'webhooks/pump', {}, { jobId: 'pump' }).catch(() => undefined);
  }

  /** Final events of the organization after the cursor (null: from the start), oldest first. */
  async after(organizationId: string, cursor: string | null, opts: { types?: readonly IntegrationEventType[]; limit: number }): Promise<IntegrationEvent[]> {
    const at = decodeEventCursor(cursor);
    return (await this.repository.after(organizationId, at, opts.types?.length ? opts.types : null, opts.limit)).map(toIntegrationEvent);
  }

  /** Final events of all organizations after the cursor, oldest first (for the webhook fan-out). */
  async afterAll(cursor: string | null, limit: number): Promise<(IntegrationEvent & { organizationId: string })[]> {
    const at = decodeEventCursor(cursor);
    return (await this.repository.afterAll(at, limit)).map((r) => ({ ...toIntegrationEvent(r), organizationId: r.organization_id }));
  }

  /** Events of the organization that occurred in [from, to), in order (a replay of a time range). */
  async between(organizationId: string, from: Date, to: Date, opts: { types?: readonly IntegrationEventType[]; limit: number }): Promise<IntegrationEvent[]> {
    return (await this.repository.between(organizationId, from, to, opts.types?.length ? opts.types : null, opts.limit)).map(toIntegrationEvent);
  }

  /** These events of the organization (ids of others are left out). */
  async byIds(organizationId: string, ids: string[]): Promise<IntegrationEvent[]> {
    return ids.length ? (await this.repository.byIds(organizationId, [...new Set(ids)])).map(toIntegrationEvent) : [];
  }
}

/** Publishing and reading integration events; modules that cause events import it. */
@Module({
  imports: [BullModule.registerQueue({ name: WEBHOOKS_QUEUE })],
  providers: [EventLog, EventLogRepository],
  exports: [EventLog, BullModule],
})
export class EventLogModule {}
