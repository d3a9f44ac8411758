import { dutchDate, zonedIso } from '@loket/shared/dutch-time';
import type { DueBucket } from './work-item';

/** [from, to) of a due filter; from null: no lower bound. */
export interface DueWindow {
  from: Date | null;
  to: Date;
}

/**
 * The due buckets in Amsterdam time, at `now`:
 * - overdue: due before now;
 * - today: due from now until midnight tonight;
 * - week: due from now until the end of Sunday (the week runs Monday to Sunday), today included.
 */
export function dueWindows(now: Date): Record<DueBucket, DueWindow> {
  const today = dutchDate(now);
  const [y, m, d] = today.split('-').map(Number);
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7; // 1 = Monday … 7 = Sunday
  return {
    overdue: { from: null, to: now },
    today: { from: now, to: midnightAfter(y, m, d, 1) },
    week: { from: now, to: midnightAfter(y, m, d, 8 - weekday) },
  };
}

export const dueWindow = (bucket: DueBucket, now: Date): DueWindow => dueWindows(now)[bucket];

/** Midnight in Amsterdam at the start of the day `days` after y-m-d. */
function midnightAfter(y: number, m: number, d: number, days: number): Date {
  const day = new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
  return new Date(zonedIso(day, '00:00') as string);
}
