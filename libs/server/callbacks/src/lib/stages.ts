import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DUE_HORIZON_MS, dueBucketOf, scheduleDueBuckets, type QueueName } from '@loket/server/platform';

export const CALLBACKS_QUEUE = 'callbacks' satisfies QueueName;
/** Stage checks are set-based: one job per 1-second bucket handles every callback whose stage is due by then. */
export const STAGE_HORIZON_MS = DUE_HORIZON_MS;
export const stageBucketOf = dueBucketOf;
export const stageJobId = (bucket: number): string => `stage-${bucket}`;

/** Open callbacks: not completed, not cancelled. */
export const OPEN = `status IN ('scheduled', 'in_progress')`;

/**
 * Each stage is one statement that marks every open callback whose moment has come by `$1` (Node's
 * clock, also written as the stage's time) and has
 * not had this stage for its current agreement yet, and returns them. Re-running finds nothing new:
 * a stage happens once per agreement, and a completed, cancelled or rescheduled callback (its
 * moments moved) is not touched.
 */
export const STAGE_SQL = {
  reminder: `
    UPDATE callbacks SET reminded_at = $1, updated_at = $1
     WHERE ${OPEN} AND reminded_at IS NULL AND reminder_at <= $1 AND due_at > $1 AND escalated1_at IS NULL
    RETURNING id, organization_id, customer_id, case_id, assignee_id, team_id, due_at, reason, phone_number`,
  level1: `
    UPDATE callbacks SET escalated1_at = $1, escalation_level = 1, reminded_at = coalesce(reminded_at, $1), updated_at = $1,
           team_id = coalesce(team_id, (SELECT u.team_id FROM users u WHERE u.id = callbacks.assignee_id))
     WHERE ${OPEN} AND escalated1_at IS NULL AND due_at <= $1
    RETURNING id, organization_id, customer_id, case_id, assignee_id, team_id, due_at, reason, phone_number`,
  level2: `
    UPDATE callbacks SET escalated2_at = $1, escalation_level = 2, updated_at = $1
     WHERE ${OPEN} AND escalated1_at IS NOT NULL AND escalated2_at IS NULL AND level2_at <= $1
    RETURNING id, organization_id, customer_id, case_id, assignee_id, team_id, due_at, reason, phone_number`,
};

export interface StageRow {
  id: string;
  organization_id: string;
  customer_id: string;
  case_id: string;
  assignee_id: string | null;
  team_id: string | null;
  due_at: Date;
  reason: string;
  phone_number: string;
}

/** Puts stage checks on the queue for the moments of a callback (reminder, due, level 2). */
@Injectable()
export class StageScheduler {
  constructor(@InjectQueue(CALLBACKS_QUEUE) private readonly queue: Queue) {}

  schedule(moments: (Date | null | undefined)[]): Promise<void> {
    return scheduleDueBuckets(this.queue, { key: 'callbacks/stage-check', idPrefix: 'stage' }, moments);
  }
}
