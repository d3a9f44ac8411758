import { Injectable } from '@nestjs/common';
import { CallbackFiguresRepository } from './callback-figures.repository';

/** Callbacks due, and of those kept on time. */
export interface CallbackCounts {
  total: number;
  keptOnTime: number;
}

/** The callbacks due in a period: in all, per team and per assignee (ids only: names are the caller's). */
export interface CallbackFigures {
  total: CallbackCounts & {
    /** Attempts per callback, the completing call included (unrounded); null when none was due. */
    averageAttempts: number | null;
    escalations: { level1: number; level2: number };
  };
  /** Per team; `teamId` null for the callbacks of no team. */
  byTeam: (CallbackCounts & { teamId: string | null })[];
  /** Per assignee; callbacks without an assignee are left out. */
  byAssignee: (CallbackCounts & { assigneeId: string })[];
}

const ALL = 3;
const PER_TEAM = 1;
const PER_ASSIGNEE = 2;

/**
 * The callbacks module's figures for management information, counted from the recorded
 * callbacks. Read-only; other modules (reporting) read them here instead of naming our tables.
 */
@Injectable()
export class CallbackFiguresService {
  constructor(private readonly figures: CallbackFiguresRepository) {}

  /** The callbacks due in [start, end), the cancelled ones left out. */
  async due(organizationId: string, start: Date, end: Date): Promise<CallbackFigures> {
    const rows = await this.figures.tallies(organizationId, start, end);
    const counts = (r: { total: string; kept: string }): CallbackCounts => ({ total: Number(r.total), keptOnTime: Number(r.kept) });
    const all = rows.find((r) => r.grouping === ALL);
    return {
      total: {
        total: Number(all?.total ?? 0),
        keptOnTime: Number(all?.kept ?? 0),
        averageAttempts: all?.attempts != null ? Number(all.attempts) : null,
        escalations: { level1: Number(all?.l1 ?? 0), level2: Number(all?.l2 ?? 0) },
      },
      byTeam: rows.filter((r) => r.grouping === PER_TEAM).map((r) => ({ teamId: r.team_id, ...counts(r) })),
      byAssignee: rows.filter((r) => r.grouping === PER_ASSIGNEE && r.assignee_id).map((r) => ({ assigneeId: r.assignee_id as string, ...counts(r) })),
    };
  }
}
