import { Injectable } from '@nestjs/common';
import type { Channel } from '@loket/shared/contracts';
import { ClockFiguresRepository } from './clock-figures.repository';

/** How one response target fared: met, breached, still open, and of the open ones due soon. */
export interface TargetCounts {
  met: number;
  breached: number;
  open: number;
  atRisk: number;
}

/** The response targets of one channel and topic. */
export interface ClockTally {
  channel: Channel;
  topicId: string;
  firstResponse: TargetCounts;
  resolution: TargetCounts;
}

/**
 * The SLA module's figures for management information, counted from the recorded clocks and
 * breaches. Read-only; other modules (reporting) read them here instead of naming our tables.
 */
@Injectable()
export class ClockFiguresService {
  constructor(private readonly clocks: ClockFiguresRepository) {}

  /**
   * The response targets of the cases received in [start, end), per channel and topic (topics
   * by id: their names are the caller's). Open targets due by `riskBy` count as at risk.
   */
  async compliance(organizationId: string, start: Date, end: Date, riskBy: Date): Promise<ClockTally[]> {
    const rows = await this.clocks.tallies(organizationId, start, end, riskBy);
    return rows.map((r) => ({
      channel: r.channel,
      topicId: r.topic_id,
      firstResponse: { met: Number(r.fr_met), breached: Number(r.fr_breached), open: Number(r.fr_open), atRisk: Number(r.fr_risk) },
      resolution: { met: Number(r.rs_met), breached: Number(r.rs_breached), open: Number(r.rs_open), atRisk: Number(r.rs_risk) },
    }));
  }
}
