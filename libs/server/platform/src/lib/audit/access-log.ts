import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BatchedWriter } from '../database/batched-writer';
import type { AuditEntry } from './audit.service';

/**
 * Who looked at which customer (R26). Views are frequent and change nothing, so they are
 * written in batches: one statement, one commit every 200 ms (or 500 views) instead of a
 * disk flush per page view. Changes are never logged here: those go through AuditService in
 * the same transaction as the change itself.
 */
@Injectable()
export class AccessLog extends BatchedWriter<AuditEntry> {
  constructor(@InjectDataSource() db: DataSource) {
    super(db, 'access log entries');
  }

  record(entry: AuditEntry): void {
    this.push(entry);
  }

  protected async insert(m: Pick<DataSource, 'query'>, batch: AuditEntry[]): Promise<void> {
    await m.query(
      `INSERT INTO audit_events (organization_id, actor_user_id, action, entity_type, entity_id, details)
       SELECT o, a, act, et, e, '{}' FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[]) AS t(o, a, act, et, e)`,
      [batch.map((b) => b.organizationId), batch.map((b) => b.actorUserId), batch.map((b) => b.action), batch.map((b) => b.entityType), batch.map((b) => b.entityId)],
    );
  }
}
