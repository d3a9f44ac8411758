import type { CaseEventType, CaseStatus, ContactDirection } from '@loket/shared/contracts';

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

/** First-contact resolution: answered in the contact that opened the case; null while it is not answered. */
export function resolvedInFirstContact(c: Pick<CaseState, 'status' | 'contactsAtResolution'>): boolean | null {
  return isResolved(c.status) && c.contactsAtResolution !== null ? c.contactsAtResolution === 1 : null;
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

/** Staff resolve the case with the answer for the customer; the clock stops. */
export function resolveCase(s: CaseState, answer: string, at: Date): Transition {
  if (isResolved(s.status)) throw new CaseRuleViolation('case-already-resolved', { status: s.status });
  return { state: resolved(s, answer, at), events: [{ type: 'resolved', from: s.status, to: 'resolved', at }], clock: ['stop'] };
}
