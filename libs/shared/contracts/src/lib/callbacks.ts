import type { PersonRef } from './contact-log';
import type { VeraCode } from './vera/vera';

/** VERA DAGDEEL: morning 08–12, afternoon 12–18, evening 18–24 (only where the organization is open). */
export const DAY_PARTS = ['OCH', 'MID', 'AVO'] as const satisfies readonly VeraCode<'DAGDEEL'>[];
export type DayPart = (typeof DAY_PARTS)[number];
export const DAY_PART_HOURS: Record<DayPart, [string, string]> = { OCH: ['08:00', '12:00'], MID: ['12:00', '18:00'], AVO: ['18:00', '24:00'] };

export const CALLBACK_STATUSES = ['scheduled', 'in_progress', 'completed', 'cancelled'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

export const CALLBACK_ATTEMPT_OUTCOMES = ['reached', 'no_answer', 'voicemail', 'wrong_number'] as const;
export type CallbackAttemptOutcome = (typeof CALLBACK_ATTEMPT_OUTCOMES)[number];

export interface TeamRef {
  id: string;
  name: string;
}

/** A team (e.g. the KCC, "Wonen"): its lead hears of level-1 escalations, its manager of level 2. */
export interface Team extends TeamRef {
  lead: PersonRef | null;
  manager: PersonRef | null;
  members: PersonRef[];
}

/** The agreed moment: a specific time, or a day part on a date. Without either, the SLA policy (phone: end of next working day). */
export interface CallbackWindowInput {
  /** A specific time agreed with the customer (ISO 8601 with offset). */
  at?: string;
  /** Or a day part on a date (Europe/Amsterdam), clipped to opening hours. */
  date?: string;
  dayPart?: DayPart;
}

export interface CreateCallbackRequest extends CallbackWindowInput {
  customerId: string;
  /** The case this callback belongs to; the contact in which it was agreed links both. */
  caseId: string;
  contactId?: string;
  /** Default: the customer's preferred phone number. */
  phoneNumber?: string;
  /** In words the customer understands: it is in their confirmation. */
  reason: string;
  /** An employee … */
  assigneeId?: string;
  /** … or a team (its queue). Without either: the employee who creates it. */
  teamId?: string;
  /** Send the customer the agreement in writing (default true). */
  confirm?: boolean;
}

export interface CallbackAttempt {
  id: string;
  outcome: CallbackAttemptOutcome;
  note: string | null;
  by: PersonRef | null;
  at: string;
}

export interface CallbackEscalation {
  level: 0 | 1 | 2;
  /** 0 = the reminder to the assignee before due. */
  kind: 'reminder' | 'level_1' | 'level_2';
  at: string;
  notified: PersonRef[];
}

export interface CallbackReschedule {
  from: { start: string; end: string };
  to: { start: string; end: string };
  reason: string;
  /** Who asked: when the organization moves it, the customer is told in writing. */
  requestedBy: 'customer' | 'organization';
  by: PersonRef | null;
  at: string;
}

export interface Callback {
  id: string;
  customerId: string;
  customerName: string;
  caseId: string;
  caseSubject: string;
  phoneNumber: string;
  reason: string;
  assignee: PersonRef | null;
  team: TeamRef | null;
  status: CallbackStatus;
  /** The agreed window; `dueAt` is its end. */
  windowStart: string;
  dueAt: string;
  dayPart: DayPart | null;
  escalationLevel: 0 | 1 | 2;
  attemptCount: number;
  /** After a level-2 escalation: the new moment the customer was told to expect us. */
  newExpectationAt: string | null;
  result: string | null;
  completedAt: string | null;
  createdBy: PersonRef | null;
  /** Asked by the tenant in the portal. */
  requestedByCustomer: boolean;
  /** Why it was cancelled, when it was. */
  cancelReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface CallbackDetail extends Callback {
  attempts: CallbackAttempt[];
  escalations: CallbackEscalation[];
  reschedules: CallbackReschedule[];
}

/** GET /portal/callbacks: what the tenant sees. */
export interface PortalCallback {
  id: string;
  reason: string;
  phoneNumber: string;
  status: CallbackStatus;
  windowStart: string;
  dueAt: string;
  dayPart: DayPart | null;
  /** Who will call: the employee's name, or the team. */
  caller: string | null;
  newExpectationAt: string | null;
  completedAt: string | null;
  result: string | null;
}

