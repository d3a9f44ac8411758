import type { Queue } from 'bullmq';
import { jobs, type JobKey, type JobPayload } from '../jobs/jobs';

/** Set-based jobs at due moments: one job per bucket of this many ms handles everything due by then. */
export const DUE_BUCKET_MS = 1_000;
/** Jobs are created for moments this close; a reconciler creates later ones as they come near. */
export const DUE_HORIZON_MS = 2 * 3600_000;

/** The jobs whose payload is a due bucket. */
export type DueBucketJob = { [K in JobKey]: JobPayload<K> extends { bucket: number } ? K : never }[JobKey];

export const dueBucketOf = (t: Date | number): number => Math.ceil(new Date(t).getTime() / DUE_BUCKET_MS) * DUE_BUCKET_MS;

/**
 * Puts one delayed job per due bucket on the queue, with a deterministic id (`${prefix}-${bucket}`), for
 * the moments within the horizon. Never earlier than a moment after now: the writing transaction must
 * have committed. Redis away: nothing is thrown; the reconciler recreates the jobs from the database.
 */
export async function scheduleDueBuckets(
  queue: Queue,
  job: { key: DueBucketJob; idPrefix: string },
  moments: (Date | null | undefined)[],
): Promise<void> {
  const now = Date.now();
  const buckets = new Set<number>();
  for (const m of moments) if (m && m.getTime() - now <= DUE_HORIZON_MS) buckets.add(dueBucketOf(m));
  if (buckets.size === 0) return;
  await jobs
    .addBulk(
      queue,
      job.key,
      [...buckets].map((bucket) => ({ payload: { bucket }, jobId: `${job.idPrefix}-${bucket}`, delay: Math.max(bucket - now, 1_500) })),
    )
    .catch(() => undefined);
}
