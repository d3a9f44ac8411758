import type { CalendarSettings, LocationCalendarSettings } from '@loket/shared/business-calendar';
import type { Channel } from './enums';
import type { TopicRef } from './contact-log';

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


/** When an employee wants to hear of breaches: only in opening hours (default), at any time, or not by e-mail. */
export const NOTIFICATION_HOURS = ['opening_hours', 'any_time', 'never'] as const;
export type NotificationHours = (typeof NOTIFICATION_HOURS)[number];

