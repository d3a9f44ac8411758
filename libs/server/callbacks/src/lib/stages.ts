import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DUE_HORIZON_MS, afterCommit, dueBucketOf, scheduleDueBuckets, type QueueName } from '@loket/server/platform';

export const CALLBACKS_QUEUE = 'callbacks' satisfies QueueName;
/** Stage checks are set-based: one job per 1-second bucket handles every callback whose stage is due by then. */
export const STAGE_HORIZON_MS = DUE_HORIZON_MS;
export const stageBucketOf = dueBucketOf;
export const stageJobId = (bucket: number): string => `stage-${bucket}`;

/** Puts stage checks on the queue for the moments of a callback (reminder, due, level 2), once the use case committed. */
@Injectable()
export class StageScheduler {
  constructor(@InjectQueue(CALLBACKS_QUEUE) private readonly queue: Queue) {}

  schedule(moments: (Date | null | undefined)[]): Promise<void> {
    return afterCommit(() => scheduleDueBuckets(this.queue, { key: 'callbacks/stage-check', idPrefix: 'stage' }, moments));
  }
}
