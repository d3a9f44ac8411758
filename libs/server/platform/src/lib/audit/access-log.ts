import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BatchedWriter } from '../database/batched-writer';
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
  constructor(@InjectDataSource() private readonly db: DataSource) {
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
    return this.list(`a.entity_id = $2`, [organizationId, customerId], limit, offset);
  }

  /** Which customers one user looked at, newest first. */
  async byActor(organizationId: string, userId: string, limit: number, offset: number): Promise<AccessRow[]> {
    return this.list(`a.actor_user_id = $2`, [organizationId, userId], limit, offset);
  }

  private async list(where: string, params: unknown[], limit: number, offset: number): Promise<AccessRow[]> {
    const rows: { actor_user_id: string | null; entity_id: string; action: string; view: string | null; at: Date }[] = await this.db.query(
      `SELECT a.actor_user_id, a.entity_id, a.action, a.details->>'view' AS view, a.at
         FROM audit_events a
        WHERE a.organization_id = $1 AND a.is_read AND a.entity_type = 'customer' AND ${where}
        ORDER BY a.at DESC, a.id DESC LIMIT $3 OFFSET $4`,
      [...params, limit, offset],
    );
    return rows.map((r) => ({ actorUserId: r.actor_user_id, customerId: r.entity_id, action: r.action, view: r.view ?? r.action, at: r.at }));
  }

  protected async insert(m: Pick<DataSource, 'query'>, batch: AccessEntry[]): Promise<void> {
    await m.query(
      `INSERT INTO audit_events (organization_id, actor_user_id, action, entity_type, entity_id, details, at, is_read)
       SELECT o, a, act, et, e, d, t, true
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::jsonb[], $7::timestamptz[]) AS x(o, a, act, et, e, d, t)`,
      [
        batch.map((b) => b.organizationId), batch.map((b) => b.actorUserId), batch.map((b) => b.action), batch.map((b) => b.entityType),
        batch.map((b) => b.entityId), batch.map((b) => JSON.stringify(b.details ?? {})), batch.map((b) => b.at),
      ],
    );
  }
}
