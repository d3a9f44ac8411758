import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown, type Type } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { jobOptions, type JobKey, type JobName, type QueueName } from '../jobs/jobs';

/**
 * Keeps a repeatable job (a reconciler) scheduled. The schedule lives in Redis, so it is written
 * again every period (idempotent): a flushed or restarted Redis gets it back without a restart.
 * Returns the function that stops it.
 */
export async function keepScheduled(queue: Queue, schedulerId: string, every: number, key: JobKey): Promise<() => void> {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const { removeOnComplete, removeOnFail } = jobOptions(key);
  const upsert = () => queue.upsertJobScheduler(schedulerId, { every }, { name, data: {}, opts: { removeOnComplete, removeOnFail } }).catch(() => undefined);
  await upsert();
  const timer = setInterval(() => void upsert(), every);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * A provider that keeps a queue's reconciler (or any repeatable job) scheduled while the worker runs,
 * every `RECONCILE_EVERY_MS` unless a period is given. One class per queue, made here once.
 */
export function RepeatableJobScheduler<Q extends QueueName>(
  queueName: Q,
  schedulerId: string,
  jobName: JobName<Q>,
  everyMs?: number,
): Type<OnApplicationBootstrap & OnApplicationShutdown> {
  const key = `${queueName}/${jobName}` as JobKey;
  @Injectable()
  class Scheduler implements OnApplicationBootstrap, OnApplicationShutdown {
    private stop?: () => void;
    constructor(
      @InjectQueue(queueName) private readonly queue: Queue,
      @Inject(APP_CONFIG) private readonly config: AppConfig,
    ) {}
    async onApplicationBootstrap(): Promise<void> {
      this.stop = await keepScheduled(this.queue, schedulerId, everyMs ?? this.config.RECONCILE_EVERY_MS, key);
    }
    onApplicationShutdown(): void {
      this.stop?.();
    }
  }
  Object.defineProperty(Scheduler, 'name', { value: `${schedulerId}-scheduler` });
  return Scheduler;
}
