import type { CaseEventType, CaseStatus, ContactDirection, ContactOutcome } from '@loket/shared/contracts';

/**
 * The life of a case (vraag), as pure rules. A case is `open` while the organization owes the
 * customer an answer, `waiting_for_customer` while the customer owes one (the response clock
 * stands still), `resolved` once answered, and `closed` when staff close a resolved case; a
 * closed case changes no more. A new contact or a status change reopens a resolved case. The
 * service applies what these functions return: it stores the state, writes the events and drives
 * the SLA clock; SQL does not decide any of it.
 */

/** What the rules look at and change of a case. */
export interface CaseState {
  status: CaseStatus;
  /** Contacts counted so far. */
  contactCount: number;
  /** How many contacts it took to resolve the case (null while it is not resolved). */
  contactsAtResolution: number | null;
  answerSummary: string | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
}

/** What the response clock of the case must do. */
export type ClockStep = 'start' | 'resume' | 'pause' | 'stop' | 'first_response';

/** An entry for the case's history (its time line); `at` absent = the moment of the change. */
export interface CaseEventStep {
  type: CaseEventType;
  from: CaseStatus | null;
  to: CaseStatus;
  at?: Date;
}

/** A change of the case: the state after it, what to record, what the clock does (in this order). */
export interface Transition {
  state: CaseState;
  events: CaseEventStep[];
  clock: ClockStep[];
}

export type CaseRuleCode = 'case-closed' | 'case-not-resolved' | 'case-already-resolved';
/** Which rule said no (the key of its explanation in the message catalog); the code is its first part. */
export type CaseRuleDetail = 'case-closed.no-contacts' | 'case-closed.final' | 'case-not-resolved' | 'case-already-resolved';

/** A change the rules do not allow; the service turns it into a 409 with this code and explanation. */
export class CaseRuleViolation extends Error {
  readonly code: CaseRuleCode;
  constructor(
    readonly detail: CaseRuleDetail,
    readonly params: Record<string, string> = {},
  ) {
    super(detail);
    this.code = detail.split('.')[0] as CaseRuleCode;
  }
}

/** The states of a case someone still has to act on (the customer file's open cases). */
export const OPEN_STATUSES: readonly CaseStatus[] = ['open', 'waiting_for_customer'];

export const isOpen = (status: CaseStatus): boolean => OPEN_STATUSES.includes(status);

/** Answered (resolved, or closed after that). */
export const isResolved = (status: CaseStatus): boolean => status === 'resolved' || status === 'closed';

/**
 * Answered in the contact that opened the case, as far as the case itself tells: resolved at the
 * moment of that first contact (its outcome was `answered`), and no other contact since. A case
 * whose only contact agreed a callback and that staff resolved later was not answered in its first
 * contact (it was resolved after it). Null while the case is not resolved. The KPI report applies
 * the whole rule ({@link firstContactResolution}): it also looks for the customer coming back.
 */
export function resolvedInFirstContact(c: Pick<CaseState, 'status' | 'contactsAtResolution' | 'resolvedAt'> & { openedAt: Date }): boolean | null {
  if (!isResolved(c.status) || c.contactsAtResolution === null || c.resolvedAt === null) return null;
  return c.contactsAtResolution === 1 && new Date(c.resolvedAt).getTime() === new Date(c.openedAt).getTime();
}

/** How many working days the customer has to come back before a first-contact answer counts (R5). */
export const FCR_WINDOW_WORKING_DAYS = 5;

/**
 * What the first-contact rule looks at for one case. "Coming back about the same question" is
 * the customer's doing, the earliest of: a further inbound contact on the same case (on any
 * channel: the question needed more), the case reopened by staff by hand, or an inbound contact on
 * a new case of the same customer about the same topic. Our own outbound contacts (the answer
 * sent, a callback made, a call to check) are not the customer coming back.
 */
export interface FirstContactFacts {
  /** The outcome of the contact that opened the case (null: the case has no contact). */
  firstOutcome: ContactOutcome | null;
  /** When the customer came back about the same question for the first time; null: not (yet). */
  returnedAt: Date | null;
}

/** Resolved in the first contact, not, or not yet known (the window still runs). */
export type FirstContactVerdict = 'yes' | 'no' | 'not_yet_known';

/**
 * Honest first-contact resolution (R5): the first contact's outcome was `answered`, and the
 * customer did not come back about the same question by the end of the window (the closing time of
 * the 5th working day after that contact, in the organization's business calendar). While the
 * window runs and nobody came back, it is not yet known.
 */
export function firstContactResolution(f: FirstContactFacts, windowEnd: Date, now: Date): FirstContactVerdict {
  if (f.firstOutcome !== 'answered') return 'no';
  if (f.returnedAt !== null && f.returnedAt.getTime() <= windowEnd.getTime()) return 'no';
  return now.getTime() < windowEnd.getTime() ? 'not_yet_known' : 'yes';
}

const withoutResolution = (s: CaseState): CaseState => ({ ...s, contactsAtResolution: null, answerSummary: null, resolvedAt: null });

/** Resolves `s` (which counts its contacts already) with the answer given at `at`. */
function resolved(s: CaseState, answer: string, at: Date): CaseState {
  return { ...s, status: 'resolved', answerSummary: answer, contactsAtResolution: s.contactCount, resolvedAt: at };
}

/** A first contact opens a case; when it answered the question the case is resolved at once (first-contact resolution). */
export function openCase(c: { answered: boolean; summary: string; at: Date }): Transition {
  const opened: CaseState = { status: 'open', contactCount: 1, contactsAtResolution: null, answerSummary: null, resolvedAt: null, closedAt: null };
  if (!c.answered) return { state: opened, events: [{ type: 'opened', from: null, to: 'open', at: c.at }], clock: ['start'] };
  return {
    state: resolved(opened, c.summary, c.at),
    events: [
      { type: 'opened', from: null, to: 'open', at: c.at },
      { type: 'resolved', from: 'open', to: 'resolved', at: c.at },
    ],
    clock: ['start', 'stop'],
  };
}

/**
 * Before a further contact is counted: a closed case takes none; a resolved case reopens; a case
 * waiting for the customer is open again when the customer is the one who makes contact. Null
 * when the case stays as it is.
 */
export function beforeContact(s: CaseState, direction: ContactDirection): Transition | null {
  if (s.status === 'closed') throw new CaseRuleViolation('case-closed.no-contacts');
  if (s.status === 'resolved') {
    return { state: { ...withoutResolution(s), status: 'open' }, events: [{ type: 'reopened', from: 'resolved', to: 'open' }], clock: ['resume'] };
  }
  if (s.status === 'waiting_for_customer' && direction === 'inbound') {
    return { state: { ...s, status: 'open' }, events: [{ type: 'status_changed', from: 'waiting_for_customer', to: 'open' }], clock: ['resume'] };
  }
  return null;
}

/**
 * A further contact is counted. An answer resolves the case and stops the clock; any other word
 * from an employee to the customer is the first response.
 */
export function countContact(s: CaseState, c: { direction: ContactDirection; answered: boolean; byEmployee: boolean; summary: string; at: Date }): Transition {
  const counted: CaseState = { ...s, contactCount: s.contactCount + 1 };
  if (c.answered) return { state: resolved(counted, c.summary, c.at), events: [{ type: 'resolved', from: s.status, to: 'resolved', at: c.at }], clock: ['stop'] };
  return { state: counted, events: [], clock: c.direction === 'outbound' && c.byEmployee ? ['first_response'] : [] };
}

/**
 * Staff set the status. Only a resolved case can be closed; a closed one changes no more. Leaving
 * `resolved` for anything but `closed` reopens the case (its answer is cleared). Waiting for the
 * customer stops the clock; coming back (or reopening) starts it again.
 */
export function changeStatus(s: CaseState, to: CaseStatus, at: Date): Transition | null {
  if (to === s.status) return null;
  if (s.status === 'closed') throw new CaseRuleViolation('case-closed.final');
  if (to === 'closed' && s.status !== 'resolved') {
    throw new CaseRuleViolation('case-not-resolved');
  }
  const reopens = s.status === 'resolved' && to !== 'closed';
  const base = reopens ? withoutResolution(s) : s;
  const clock: ClockStep[] = to === 'waiting_for_customer' ? (s.status === 'resolved' ? ['resume', 'pause'] : ['pause']) : to === 'open' ? ['resume'] : [];
  return {
    state: { ...base, status: to, closedAt: to === 'closed' ? at : s.closedAt },
    events: [{ type: reopens ? 'reopened' : 'status_changed', from: s.status, to, at }],
    clock,
  };
}

/**
 * Staff resolve the case with the answer for the customer; the clock stops. With `sent`, the
 * answer goes to the customer as an outbound contact on the case, which counts as one of the
 * question's contacts (R6: intake and the answer by the one who owns it are two).
 */
export function resolveCase(s: CaseState, answer: string, at: Date, sent = false): Transition {
  if (isResolved(s.status)) throw new CaseRuleViolation('case-already-resolved', { status: s.status });
  const counted = sent ? { ...s, contactCount: s.contactCount + 1 } : s;
  return { state: resolved(counted, answer, at), events: [{ type: 'resolved', from: s.status, to: 'resolved', at }], clock: ['stop'] };
}
