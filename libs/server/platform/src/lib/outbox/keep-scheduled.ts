import type { Queue } from 'bullmq';

/**
 * Keeps a repeatable job (a reconciler) scheduled. The schedule lives in Redis, so it is written
 * again every period (idempotent): a flushed or restarted Redis gets it back without a restart.
 * Returns the function that stops it.
 */
export async function keepScheduled(queue: Queue, schedulerId: string, every: number, job: { name: string; data?: object }): Promise<() => void> {
  const upsert = () =>
    queue.upsertJobScheduler(schedulerId, { every }, { name: job.name, data: job.data ?? {}, opts: { removeOnComplete: 10, removeOnFail: 50 } }).catch(() => undefined);
  await upsert();
  const timer = setInterval(() => void upsert(), every);
  timer.unref();
  return () => clearInterval(timer);
}
