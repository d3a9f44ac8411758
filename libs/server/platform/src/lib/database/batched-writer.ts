import { Logger, OnModuleDestroy } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { safeError } from '../logging/logging';

/**
 * Rows that are frequent, change nothing a user waits for, and may lose their last fraction of a
 * second in a crash (who viewed a customer, what was searched): buffered in memory and written as
 * one statement and one commit every `everyMs` (or every `flushAt` rows), without waiting for the
 * disk, instead of a round trip and a disk flush per request. A failed write is retried, never
 * dropped, except while the process shuts down (then it is logged).
 */
export abstract class BatchedWriter<T> implements OnModuleDestroy {
  private readonly logger: Logger;
  private buffer: T[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private closing = false;

  protected constructor(
    private readonly dataSource: Pick<DataSource, 'transaction'>,
    private readonly what: string,
    private readonly everyMs = 200,
    private readonly flushAt = 500,
  ) {
    this.logger = new Logger(new.target.name);
  }

  /** The INSERT for one batch, inside a transaction. */
  protected abstract insert(manager: Pick<EntityManager, 'query'>, batch: T[]): Promise<void>;

  protected push(row: T): void {
    this.buffer.push(row);
    if (this.buffer.length >= this.flushAt) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.everyMs).unref();
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

  private async write(batch: T[]): Promise<void> {
    try {
      await this.dataSource.transaction(async (m) => {
        await m.query('SET LOCAL synchronous_commit TO OFF');
        await this.insert(m, batch);
      });
    } catch (e) {
      if (this.closing) {
        this.logger.error({ err: safeError(e) }, `Could not write ${batch.length} ${this.what} while shutting down`);
        return;
      }
      // Put them back: the next flush tries again rather than losing them.
      this.buffer.unshift(...batch);
      this.timer ??= setTimeout(() => void this.flush(), this.everyMs * 10).unref();
      this.logger.error({ err: safeError(e) }, `Could not write ${batch.length} ${this.what}; retrying`);
    }
  }
}
