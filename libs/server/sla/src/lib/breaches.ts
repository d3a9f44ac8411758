import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DUE_BUCKET_MS, DUE_HORIZON_MS, afterCommit, dueBucketOf, scheduleDueBuckets, type JobPayloads, type QueueName } from '@loket/server/platform';

export const SLA_QUEUE = 'sla' satisfies QueueName;
/** Breach checks are set-based: one job per 1-second due bucket handles every clock due by then. */
export const BUCKET_MS = DUE_BUCKET_MS;
/** Jobs are created for due moments this close; the reconciler creates the later ones as they come near. */
export const HORIZON_MS = DUE_HORIZON_MS;

export type SlaJobs = JobPayloads['sla'];

export const bucketOf = dueBucketOf;
export const breachJobId = (bucket: number): string => `breach-${bucket}`;

/** Puts breach checks on the queue for due moments (set-based, see scheduleDueBuckets). */
@Injectable()
export class BreachScheduler {
  constructor(@InjectQueue(SLA_QUEUE) private readonly queue: Queue) {}

  /**
   * Schedules checks for the due moments that fall within the horizon, once the change that set
   * them committed (at once outside a transaction); later ones are left to the reconciler.
   */
  schedule(dues: (Date | null | undefined)[]): Promise<void> {
    return afterCommit(() => scheduleDueBuckets(this.queue, { key: 'sla/breach-check', idPrefix: 'breach' }, dues));
  }
}
