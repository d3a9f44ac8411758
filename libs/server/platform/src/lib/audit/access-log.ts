import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuditEntry } from './audit.service';

const FLUSH_EVERY_MS = 200;
const FLUSH_AT = 500;

/**
 * Who looked at which customer (R26). Views are frequent and change nothing, so they are
 * written in batches: one statement, one commit every 200 ms (or 500 views) instead of a
 * disk flush per page view. Changes are never logged here: those go through AuditService in
 * the same transaction as the change itself.
 */
@Injectable()
export class AccessLog implements OnModuleDestroy {
  private readonly logger = new Logger(AccessLog.name);
  private buffer: AuditEntry[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private closing = false;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  record(entry: AuditEntry): void {
    this.buffer.push(entry);
    if (this.buffer.length >= FLUSH_AT) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS).unref();
  }

  /** Writes what is buffered; resolves when it is in the database. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.buffer;
    this.buffer = [];
    this.flushing = this.flushing.then(() => (batch.length ? this.write(batch) : undefined));
    return this.flushing;
  }

  /** Runs before the database pool closes (that happens at application shutdown). */
  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await this.flush();
  }

  private async write(batch: AuditEntry[]): Promise<void> {
    try {
      await this.db.transaction(async (m) => {
        // A view log may lose its last fraction of a second in a crash; it never waits for the disk.
        await m.query('SET LOCAL synchronous_commit TO OFF');
        await m.query(
          `INSERT INTO audit_events (organization_id, actor_user_id, action, entity_type, entity_id, details)
           SELECT o, a, act, et, e, '{}' FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[]) AS t(o, a, act, et, e)`,
          [batch.map((b) => b.organizationId), batch.map((b) => b.actorUserId), batch.map((b) => b.action), batch.map((b) => b.entityType), batch.map((b) => b.entityId)],
        );
      });
    } catch (e) {
      if (this.closing) {
        this.logger.error({ err: e }, `Could not write ${batch.length} access log entries while shutting down`);
        return;
      }
      // Put them back: the next flush tries again rather than losing them.
      this.buffer.unshift(...batch);
      this.timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS * 10).unref();
      this.logger.error({ err: e }, `Could not write ${batch.length} access log entries; retrying`);
    }
  }
}
