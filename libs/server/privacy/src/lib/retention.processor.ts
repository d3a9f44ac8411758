import { Processor, WorkerHost } from '@nestjs/bullmq';
import { RepeatableJobScheduler, processorOptions, type JobPayloads, type QueueJob, type QueueName } from '@loket/server/platform';
import { RetentionService, type RetentionRun } from './retention.service';

/** This module's queue: job name → payload. */
export const PRIVACY_QUEUE = 'privacy' satisfies QueueName;
export type PrivacyJobs = JobPayloads['privacy'];

/** Applies the retention rules. Idempotent: a run removes only what is past its rule at that moment. */
@Processor(PRIVACY_QUEUE, processorOptions())
export class RetentionProcessor extends WorkerHost {
  constructor(private readonly retention: RetentionService) {
    super();
  }

  async process(job: QueueJob<typeof PRIVACY_QUEUE>): Promise<RetentionRun> {
    if (job.name !== 'apply-retention') throw new Error(`Unknown job ${String(job.name)} on ${PRIVACY_QUEUE}`);
    return this.retention.apply(new Date());
  }
}

/** Every hour, kept scheduled like the reconcilers (a flushed Redis gets it back within the hour). */
export const RETENTION_EVERY_MS = 60 * 60_000;
export const RetentionScheduler = RepeatableJobScheduler(PRIVACY_QUEUE, 'apply-retention', 'apply-retention', RETENTION_EVERY_MS);
