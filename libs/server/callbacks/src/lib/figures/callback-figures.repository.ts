import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { CallbackEntity } from '../entities';

/**
 * One grouping of the callbacks due in a period: all of them (grouping 3), per team (1) or per
 * assignee (2). Counts as PostgreSQL returns them (text); `attempts` is the average.
 */
export type CallbackTallyRow = Pick<Columns<CallbackEntity>, 'team_id' | 'assignee_id'> & {
  grouping: number;
  total: string;
  kept: string;
  attempts: string | null;
  l1: string;
  l2: string;
};

/** The callbacks' figures for management information: counts only, read-only. */
@Injectable()
export class CallbackFiguresRepository extends SqlRepository {
  /**
   * The callbacks due in [start, end), the cancelled ones left out. Kept on time: completed by the
   * due moment of an agreement we never moved. The completing call counts as an attempt.
   */
  tallies(organizationId: string, start: Date, end: Date): Promise<CallbackTallyRow[]> {
    return this.rows<CallbackTallyRow>(
      `SELECT GROUPING(b.team_id, b.assignee_id) AS grouping, b.team_id, b.assignee_id, count(*) AS total,
              count(*) FILTER (WHERE b.status = 'completed' AND b.completed_at <= b.due_at AND NOT b.moved_by_organization) AS kept,
              avg(b.attempt_count + CASE WHEN b.status = 'completed' THEN 1 ELSE 0 END) AS attempts,
              count(*) FILTER (WHERE b.escalated1_at IS NOT NULL) AS l1, count(*) FILTER (WHERE b.escalated2_at IS NOT NULL) AS l2
         FROM callbacks b
        WHERE b.organization_id = $1 AND b.status <> 'cancelled' AND b.due_at >= $2 AND b.due_at < $3
        GROUP BY GROUPING SETS ((), (b.team_id), (b.assignee_id))`,
      [organizationId, start, end],
    );
  }
}
