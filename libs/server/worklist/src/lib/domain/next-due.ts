import type { SlaClockState } from '@loket/shared/contracts';
import type { DueTarget } from './work-item';

/** A case's response clock, as far as the worklists need it. */
export interface CaseClockFacts {
  state: SlaClockState;
  firstResponseDueAt: Date | string | null;
  firstRespondedAt: Date | string | null;
  dueAt: Date | string | null;
}

/**
 * The next due moment of an open case: the first response while none was given (unless the
 * answer is due even sooner), then the answer. A stopped clock or none: no due moment.
 */
export function nextCaseDue(c: CaseClockFacts | null | undefined): { dueAt: Date | null; dueTarget: DueTarget | null } {
  if (!c || c.state === 'stopped') return { dueAt: null, dueTarget: null };
  const first = !c.firstRespondedAt && c.firstResponseDueAt ? new Date(c.firstResponseDueAt) : null;
  const answer = c.dueAt ? new Date(c.dueAt) : null;
  if (first && (!answer || first.getTime() <= answer.getTime())) return { dueAt: first, dueTarget: 'first_response' };
  if (answer) return { dueAt: answer, dueTarget: 'resolution' };
  return { dueAt: null, dueTarget: null };
}
