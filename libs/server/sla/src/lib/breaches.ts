import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DUE_BUCKET_MS, DUE_HORIZON_MS, dueBucketOf, scheduleDueBuckets, type JobPayloads, type QueueName } from '@loket/server/platform';

export const SLA_QUEUE = 'sla' satisfies QueueName;
/** Breach checks are set-based: one job per 1-second due bucket handles every clock due by then. */
export const BUCKET_MS = DUE_BUCKET_MS;
/** Jobs are created for due moments this close; the reconciler creates the later ones as they come near. */
export const HORIZON_MS = DUE_HORIZON_MS;

export type SlaJobs = JobPayloads['sla'];

export const bucketOf = dueBucketOf;
export const breachJobId = (bucket: number): string => `breach-${bucket}`;

/**
 * Records every target whose due moment has passed by `$1` on a running clock (optionally of one
 * case, `$2`), in one statement; `$3` true marks them as needing no notification (the late answer
 * is being given right now); `$4` is the moment of detection (Node's clock). Idempotent: a clock is marked once per target, and the unique
 * (case, target) index keeps a second run from recording a breach twice. Paused and stopped
 * clocks never breach.
 */
export const RECORD_BREACHES_SQL = `
  WITH candidates AS (
    SELECT case_id FROM case_clocks
     WHERE state = 'running' AND first_responded_at IS NULL AND first_response_breached_at IS NULL AND first_response_due_at <= $1
       AND ($2::uuid IS NULL OR case_id = $2)
    UNION
    SELECT case_id FROM case_clocks
     WHERE state = 'running' AND resolution_breached_at IS NULL AND due_at <= $1
       AND ($2::uuid IS NULL OR case_id = $2)
  ), hit AS (
    UPDATE case_clocks c SET
      first_response_breached_at = CASE WHEN c.first_responded_at IS NULL AND c.first_response_breached_at IS NULL AND c.first_response_due_at <= $1
                                        THEN $4 ELSE c.first_response_breached_at END,
      resolution_breached_at = CASE WHEN c.resolution_breached_at IS NULL AND c.due_at <= $1 THEN $4 ELSE c.resolution_breached_at END,
      updated_at = $4
      FROM candidates WHERE c.case_id = candidates.case_id AND c.state = 'running'
    RETURNING c.*
  )
  INSERT INTO sla_breaches (organization_id, case_id, target, due_at, policy_target, channel, topic_id, notified_at, detected_at)
  SELECT organization_id, case_id, 'first_response', first_response_due_at, policy->'firstResponse', channel, topic_id, CASE WHEN $3 THEN $4 END, $4 FROM hit
   WHERE first_response_breached_at = $4
  UNION ALL
  SELECT organization_id, case_id, 'resolution', due_at, policy->'resolution', channel, topic_id, CASE WHEN $3 THEN $4 END, $4 FROM hit
   WHERE resolution_breached_at = $4
  ON CONFLICT (case_id, target) DO NOTHING
  RETURNING id, organization_id, case_id, target, due_at`;

/** Puts breach checks on the queue for due moments (set-based, see scheduleDueBuckets). */
@Injectable()
export class BreachScheduler {
  constructor(@InjectQueue(SLA_QUEUE) private readonly queue: Queue) {}

  /** Schedules checks for the due moments that fall within the horizon; later ones are left to the reconciler. */
  schedule(dues: (Date | null | undefined)[]): Promise<void> {
    return scheduleDueBuckets(this.queue, { key: 'sla/breach-check', idPrefix: 'breach' }, dues);
  }
}
