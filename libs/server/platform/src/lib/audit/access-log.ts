import { Injectable } from '@nestjs/common';
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

/**
 * Who looked at which customer (R26, AVG). Views are frequent and change nothing, so they are
 * written in batches: one statement, one commit every 200 ms (or 500 views) instead of a
 * disk flush per page view; what is buffered is written when the process shuts down. Changes
 * are never logged here: those go through AuditService in the same transaction as the change.
 * Every row written here is marked `is_read`.
 */
@Injectable()
export class AccessLog extends BatchedWriter<AccessEntry> {
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
    for (const id of new Set(customerIds)) {
      this.push({ organizationId: actor.organizationId, actorUserId: actor.userId, action: 'customer.viewed', entityType: 'customer', entityId: id, details: { view }, at });
    }
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
