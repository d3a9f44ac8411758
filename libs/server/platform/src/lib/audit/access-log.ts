import { Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import type { AccessView } from '@loket/shared/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BatchedWriter } from '../database/batched-writer';
import { AuditRepository } from './audit.repository';
import type { AuditEntry } from './audit.service';

/** A read as it is buffered: the moment is Node's, taken when the data was shown. */
interface AccessEntry extends AuditEntry {
  at: Date;
}

/** One recorded read, as the access-log screens list it. */
export interface AccessRow {
  actorUserId: string | null;
  customerId: string;
  action: string;
  /** Where it was shown (`details.view`), e.g. `overview`, `search`, `portal`. */
  view: string;
  at: Date;
}

/** How long a list showing the same customer to the same person again adds nothing to the record. */
export const REPEATED_READ_MS = 60_000;
/** Lists, which are opened again and again: a worklist refreshing, paging back and forth, the same search. */
const LIST_VIEWS: ReadonlySet<AccessView> = new Set<AccessView>(['worklist', 'callbacks', 'cases', 'search', 'letters']);

/**
 * Who looked at which customer (R26, AVG). Views are frequent and change nothing, so they are
 * written in batches: one statement, one commit every 200 ms (or 500 views) instead of a
 * disk flush per page view; what is buffered is written when the process shuts down. Changes
 * are never logged here: those go through AuditService in the same transaction as the change.
 * Every row written here is marked `is_read`.
 *
 * A list that is opened again and again (a worklist refreshing, paging back and forth) shows
 * the same customers to the same person: such a repeat within {@link REPEATED_READ_MS} is not
 * written again by this process; the first read is on record with its moment. Opening a
 * customer's file, case or export is recorded every time.
 */
@Injectable()
export class AccessLog extends BatchedWriter<AccessEntry> {
  /** When this process last recorded each read (person, customer, view), by the monotonic clock. */
  private readonly recent = new Map<string, number>();

  constructor(
    @InjectDataSource() db: DataSource,
    private readonly repository: AuditRepository,
  ) {
    super(db, 'access log entries');
  }

  record(entry: AuditEntry & { at?: Date }): void {
    this.push({ ...entry, at: entry.at ?? new Date() });
  }

  /** The caller saw these customers' data in `view` (one row per customer; repeats in one answer count once). */
  customersRead(actor: { organizationId: string; userId: string }, customerIds: Iterable<string>, view: string, at = new Date()): void {
    const now = performance.now();
    const everyTime = !LIST_VIEWS.has(view as AccessView);
    if (this.recent.size > 100_000) this.forgetOldReads(now);
    for (const id of new Set(customerIds)) {
      if (!everyTime) {
        const key = `${actor.organizationId}|${actor.userId}|${id}|${view}`;
        const last = this.recent.get(key);
        if (last !== undefined && now - last < REPEATED_READ_MS) continue;
        this.recent.set(key, now);
      }
      this.push({ organizationId: actor.organizationId, actorUserId: actor.userId, action: 'customer.viewed', entityType: 'customer', entityId: id, details: { view }, at });
    }
  }

  private forgetOldReads(now: number): void {
    for (const [key, last] of this.recent) if (now - last >= REPEATED_READ_MS) this.recent.delete(key);
    // Still full (a burst of distinct reads): start over; at worst a repeat is recorded once more.
    if (this.recent.size > 100_000) this.recent.clear();
  }

  /** Who looked at one customer, newest first. */
  async ofCustomer(organizationId: string, customerId: string, limit: number, offset: number): Promise<AccessRow[]> {
    return this.list(organizationId, { customerId }, limit, offset);
  }

  /** Which customers one user looked at, newest first. */
  async byActor(organizationId: string, userId: string, limit: number, offset: number): Promise<AccessRow[]> {
    return this.list(organizationId, { actorUserId: userId }, limit, offset);
  }

  /** Retention: reads older than `before` are removed (in the caller's transaction). Returns how many. */
  async purge(organizationId: string, before: Date): Promise<number> {
    return this.repository.deleteReadsBefore(organizationId, before);
  }

  private async list(organizationId: string, by: { customerId: string } | { actorUserId: string }, limit: number, offset: number): Promise<AccessRow[]> {
    const rows = await this.repository.customerReads(organizationId, by, limit, offset);
    return rows.map((r) => ({ actorUserId: r.actor_user_id, customerId: r.entity_id as string, action: r.action, view: r.view ?? r.action, at: r.at }));
  }

  protected async insert(m: Pick<DataSource, 'query'>, batch: AccessEntry[]): Promise<void> {
    await this.repository.insertReads(m, batch.map((b) => ({ ...b, details: b.details ?? {} })));
  }
}
