import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { CaseClockEntity } from '../entities';

/** Per channel and topic, per target: met, breached, open, and of the open ones due by the risk moment. */
export type ClockTallyRow = Pick<Columns<CaseClockEntity>, 'channel' | 'topic_id'> & {
  fr_met: string;
  fr_breached: string;
  fr_open: string;
  fr_risk: string;
  rs_met: string;
  rs_breached: string;
  rs_open: string;
  rs_risk: string;
};

/** The clocks' figures for management information: counts only, read-only. */
@Injectable()
export class ClockFiguresRepository extends SqlRepository {
  /** The clocks of the cases received in [start, end), counted per channel and topic. */
  tallies(organizationId: string, start: Date, end: Date, riskBy: Date): Promise<ClockTallyRow[]> {
    return this.rows<ClockTallyRow>(
      `SELECT c.channel, c.topic_id,
              count(*) FILTER (WHERE c.first_response_due_at IS NOT NULL AND c.first_responded_at IS NOT NULL AND c.first_response_breached_at IS NULL) AS fr_met,
              count(*) FILTER (WHERE c.first_response_breached_at IS NOT NULL) AS fr_breached,
              count(*) FILTER (WHERE c.first_response_due_at IS NOT NULL AND c.first_responded_at IS NULL AND c.first_response_breached_at IS NULL) AS fr_open,
              count(*) FILTER (WHERE c.state = 'running' AND c.first_responded_at IS NULL AND c.first_response_breached_at IS NULL AND c.first_response_due_at <= $4) AS fr_risk,
              count(*) FILTER (WHERE c.due_at IS NOT NULL AND c.state = 'stopped' AND c.resolution_breached_at IS NULL) AS rs_met,
              count(*) FILTER (WHERE c.resolution_breached_at IS NOT NULL) AS rs_breached,
              count(*) FILTER (WHERE c.due_at IS NOT NULL AND c.state <> 'stopped' AND c.resolution_breached_at IS NULL) AS rs_open,
              count(*) FILTER (WHERE c.state = 'running' AND c.resolution_breached_at IS NULL AND c.due_at <= $4) AS rs_risk
         FROM case_clocks c
        WHERE c.organization_id = $1 AND c.received_at >= $2 AND c.received_at < $3
        GROUP BY c.channel, c.topic_id`,
      [organizationId, start, end, riskBy],
    );
  }
}
