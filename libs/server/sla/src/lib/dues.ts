import {
  addBusinessMinutes, businessMinutesBetween, endOfNthWorkingDay, isOpenAt, locationCalendar, nextOpeningMoment, type CalendarSettings,
} from '@loket/shared/business-calendar';
import type { Channel, SlaCalendarSettings, SlaTarget } from '@loket/shared/contracts';
import type { ClockPolicy, StoredPolicy } from './entities';

/** The calendar an organization without one of its own works on: weekdays 08:30–17:00, Dutch public holidays. */
export const DEFAULT_CALENDAR: SlaCalendarSettings = {
  timeZone: 'Europe/Amsterdam',
  openingHours: {
    mon: [['08:30', '17:00']], tue: [['08:30', '17:00']], wed: [['08:30', '17:00']], thu: [['08:30', '17:00']], fri: [['08:30', '17:00']],
    sat: [], sun: [],
  },
  publicHolidays: { country: 'NL', goodFriday: 'open', liberationDay: 'lustrum_years' },
};

const days = (n: number): SlaTarget => ({ type: 'working_days', days: n });

/**
 * The corporations' own promises (DOMAIN R8–R11): a phone callback by the end of the next working
 * day; an e-mail reply the next working day and the answer within 5 working days; a letter within 5
 * working days; a counter visitor's follow-up the same day. Portal, WhatsApp, SMS and social-media
 * questions are written questions and get the e-mail terms.
 */
export const DEFAULT_POLICIES: StoredPolicy[] = [
  { channel: 'phone', topic: null, firstResponse: days(1), resolution: null },
  { channel: 'email', topic: null, firstResponse: days(1), resolution: days(5) },
  { channel: 'letter', topic: null, firstResponse: null, resolution: days(5) },
  { channel: 'counter', topic: null, firstResponse: days(0), resolution: null },
  { channel: 'portal', topic: null, firstResponse: days(1), resolution: days(5) },
  { channel: 'whatsapp', topic: null, firstResponse: days(1), resolution: days(5) },
  { channel: 'sms', topic: null, firstResponse: days(1), resolution: days(5) },
  { channel: 'social', topic: null, firstResponse: days(1), resolution: days(5) },
];

/** The policy for a channel and topic: the topic's own, else the channel's general one. */
export function policyFor(policies: StoredPolicy[], channel: Channel, topicId: string | null): { policy: StoredPolicy; topicSpecific: boolean } | null {
  const own = topicId ? policies.find((p) => p.channel === channel && p.topic === topicId) : undefined;
  if (own) return { policy: own, topicSpecific: true };
  const general = policies.find((p) => p.channel === channel && !p.topic);
  return general ? { policy: general, topicSpecific: false } : null;
}

export function clockPolicy(found: { policy: StoredPolicy; topicSpecific: boolean } | null): ClockPolicy {
  return { firstResponse: found?.policy.firstResponse ?? null, resolution: found?.policy.resolution ?? null, topicSpecific: found?.topicSpecific ?? false };
}

/** The calendar that applies: a counter contact at a location follows that location's opening hours. */
export function effectiveCalendar(cal: SlaCalendarSettings, locationCode: string | null): CalendarSettings {
  const own = locationCode ? cal.locations?.[locationCode] : undefined;
  return own ? locationCalendar(cal, own) : cal;
}

/** The due moment of one target for a request received at `receivedAt` (before pauses). */
export function dueOf(cal: CalendarSettings, target: SlaTarget, receivedAt: Date): Date {
  if (target.type === 'working_days') return endOfNthWorkingDay(cal, receivedAt, target.days);
  return addBusinessMinutes(cal, nextOpeningMoment(cal, receivedAt), target.hours * 60);
}

export interface Dues {
  countedFrom: Date;
  firstResponseDueAt: Date | null;
  dueAt: Date | null;
}

/** Due moments of a clock: the targets from the receipt, moved on by the business time spent waiting for the customer. */
export function computeDues(cal: CalendarSettings, policy: Pick<ClockPolicy, 'firstResponse' | 'resolution'>, receivedAt: Date, pausedMinutes = 0): Dues {
  const shift = (d: Date) => (pausedMinutes > 0 ? addBusinessMinutes(cal, d, pausedMinutes) : d);
  return {
    countedFrom: nextOpeningMoment(cal, receivedAt),
    firstResponseDueAt: policy.firstResponse ? shift(dueOf(cal, policy.firstResponse, receivedAt)) : null,
    dueAt: policy.resolution ? shift(dueOf(cal, policy.resolution, receivedAt)) : null,
  };
}

/** Business minutes spent in closed pauses (rounded to whole minutes). */
export function pausedMinutesOf(cal: CalendarSettings, pauses: { from: string | Date; to: string | Date }[]): number {
  let total = 0;
  for (const p of pauses) total += businessMinutesBetween(cal, new Date(p.from), new Date(p.to));
  return Math.round(total);
}

export function isOpen(cal: CalendarSettings, at: Date): boolean {
  return isOpenAt(cal, at);
}
