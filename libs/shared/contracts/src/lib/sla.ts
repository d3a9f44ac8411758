import type { CalendarSettings, LocationCalendarSettings } from '@loket/shared/business-calendar';
import type { Channel } from './enums';
import type { TopicRef } from './contact-log';
import type { CallbackKpis } from './callbacks';
import type { DeflectionRow } from './knowledge-base';

/**
 * A response target in business time.
 * - `working_days`: by the closing time of the Nth working day after the day of receipt
 *   (0 = the day of receipt itself). A request received outside opening hours counts as
 *   received at the next opening moment.
 * - `business_hours`: N hours of opening time after receipt (Casade: "within 24 business hours").
 */
export type SlaTarget = { type: 'working_days'; days: number } | { type: 'business_hours'; hours: number };

export const SLA_TARGET_KINDS = ['first_response', 'resolution'] as const;
export type SlaTargetKind = (typeof SLA_TARGET_KINDS)[number];

export interface SlaPolicy {
  channel: Channel;
  /** Null: the policy for every topic of this channel without a policy of its own. */
  topic: TopicRef | null;
  /** First response: a callback, a reply or an acknowledgement naming when the answer comes. */
  firstResponse: SlaTarget | null;
  /** The answer itself (the case resolved). */
  resolution: SlaTarget | null;
}

export interface SlaPolicies {
  items: SlaPolicy[];
  updatedAt: string | null;
}

export interface SlaPolicyInput {
  channel: Channel;
  /** Topic id or code; null or absent for the channel's general policy. */
  topic?: string | null;
  firstResponse?: SlaTarget | null;
  resolution?: SlaTarget | null;
}

/** The organization's business calendar, with opening hours per location (woonpunt) by location code. */
export interface SlaCalendarSettings extends CalendarSettings {
  locations?: Record<string, LocationCalendarSettings>;
}
export interface SlaCalendar extends SlaCalendarSettings {
  /** Read only: the public holidays the organization is closed on, this year and next. */
  holidays: { date: string; name: string }[];
  updatedAt: string | null;
}

/** GET /sla/preview?channel=&topic=&at= */
export interface SlaPreview {
  channel: Channel;
  topic: TopicRef | null;
  /** The moment asked about. */
  at: string;
  /** Where the clock starts: `at` itself, or the next opening moment when `at` is outside opening hours. */
  countedFrom: string;
  receivedOutsideOpeningHours: boolean;
  firstResponseDueAt: string | null;
  dueAt: string | null;
  /** The policy that applied (a topic's own, or the channel's general one); null when the channel has none. */
  policy: SlaPolicy | null;
}

export type SlaClockState = 'running' | 'paused' | 'stopped';

/** The response clock of a case. */
export interface CaseSla {
  state: SlaClockState;
  receivedAt: string;
  firstResponseDueAt: string | null;
  dueAt: string | null;
  firstRespondedAt: string | null;
  /** While the case waits for the customer the clock stands still; due moments move by the paused business time. */
  pausedSince: string | null;
  pausedMinutes: number;
  firstResponseBreachedAt: string | null;
  resolutionBreachedAt: string | null;
}


/** One case whose due moment moved because the calendar or a policy changed (reports stay explainable). */
export interface SlaDueChange {
  caseId: string;
  target: SlaTargetKind;
  from: string | null;
  to: string | null;
  reason: 'calendar_changed' | 'policies_changed';
  at: string;
}

export interface SlaRecalculation {
  id: string;
  reason: 'calendar_changed' | 'policies_changed';
  status: 'queued' | 'running' | 'done' | 'superseded';
  cases: number;
  changed: number;
  startedAt: string | null;
  finishedAt: string | null;
}

/** When an employee wants to hear of breaches: only in opening hours (default), at any time, or not by e-mail. */
export const NOTIFICATION_HOURS = ['opening_hours', 'any_time', 'never'] as const;
export type NotificationHours = (typeof NOTIFICATION_HOURS)[number];

export interface ComplianceTally {
  /** Met: responded or answered before the due moment. */
  met: number;
  breached: number;
  /** Still running and not yet due (paused clocks included). */
  open: number;
  /** Of `open`: due within the next 4 business hours. */
  atRisk: number;
  /** met / (met + breached); null while nothing was decided. */
  rate: number | null;
}

export interface ComplianceRow {
  channel: Channel;
  /** Null on the per-channel rows. */
  topic: TopicRef | null;
  firstResponse: ComplianceTally;
  resolution: ComplianceTally;
}

/** GET /reports/kpis?from=&to= (dates, inclusive, Europe/Amsterdam) */
export interface KpiReport {
  from: string;
  to: string;
  /** Cases received in the period: every target counted from the recorded clocks and breaches. */
  responseCompliance: {
    total: { firstResponse: ComplianceTally; resolution: ComplianceTally };
    byChannel: ComplianceRow[];
    byChannelAndTopic: ComplianceRow[];
  };
  /** Cases of the period that were resolved, resolved in their first contact (R5). */
  fcrRate: number | null;
  /** Average contact moments per resolved case of the period (R6: target ≤ 2). */
  contactsPerCase: number | null;
  /** Callbacks due in the period: kept on time, attempts, escalations (R8, R14). */
  callbacks: CallbackKpis;
  /** Knowledge-base self-service (portal article views) against contacts, per topic. */
  deflection: DeflectionRow[];
}
