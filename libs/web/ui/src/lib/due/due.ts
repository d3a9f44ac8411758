import type { SlaClockState } from '@loket/shared/contracts';
import { DUTCH_TIME_ZONE, zoneOffsetMinutes, zonedDate, zonedFormatter } from '@loket/shared/dutch-time';
import type { TFunction } from 'i18next';
import type { Case } from '@loket/web/api-types';
import { intlLocale } from '../format/format';

/**
 * How a response target stands:
 * - `breached`: past the due moment, or a breach was recorded;
 * - `at_risk`: due within {@link AT_RISK_BUSINESS_MINUTES} business minutes;
 * - `ok`: running, with more time than that;
 * - `paused`: the clock stands still while the case waits for the customer;
 * - `done`: the target was met (or missed) and the clock for it has stopped.
 */
export type DueRisk = 'breached' | 'at_risk' | 'ok' | 'paused' | 'done';
export const DUE_RISKS: readonly DueRisk[] = ['breached', 'at_risk', 'ok', 'paused', 'done'];

/** "At risk" is 4 hours of business time: counted in opening hours, never across a night. */
export const AT_RISK_BUSINESS_MINUTES = 240;

/** One response target of a case, as the SLA module reports it. */
export interface DueClock {
  /** The due moment (ISO 8601); null when there is no such target. */
  dueAt: string | null;
  /** The case's response clock; absent or null when unknown (then only `dueAt` counts). */
  state?: SlaClockState | null;
  /** When the SLA module recorded the breach of this target. */
  breachedAt?: string | null;
  /** When this target was met: the first response given, or the case answered. */
  doneAt?: string | null;
}

/**
 * Business time of the organization's calendar: `businessMinutesBetween` and `isOpenAt` of
 * `@loket/shared/business-calendar` bound to the calendar of GET /sla/calendar (see `useBusinessTime`).
 */
export interface BusinessTime {
  timeZone: string;
  /** Business minutes from `from` to `to`; negative when `to` is before `from`. */
  minutesBetween(from: Date, to: Date): number;
  isOpenAt(instant: Date): boolean;
}

export interface DueOptions {
  /** The moment to compare with; always passed in, so that tests and screens agree on "now". */
  now: Date;
  /** The organization's business time. Without it there are no work-hour texts and no `at_risk`. */
  businessTime?: BusinessTime | null;
}

/** What `describeDue` decided, before it is put into words. */
export interface DueFacts {
  risk: DueRisk;
  /** The due moment, or null (e.g. a target that was done without one). */
  dueAt: Date | null;
  /** Business minutes until the due moment (negative: late); null without business time or a due moment, or beyond {@link BUSINESS_TIME_HORIZON_DAYS}. */
  businessMinutesLeft: number | null;
  /** The kind of sentence. */
  phrase:
    | { kind: 'by'; at: Date }
    | { kind: 'in_hours'; count: number }
    | { kind: 'in_minutes'; count: number }
    | { kind: 'late_hours'; count: number }
    | { kind: 'late_minutes'; count: number }
    | { kind: 'late_since'; at: Date }
    | { kind: 'paused'; late: boolean }
    | { kind: 'done'; late: boolean };
}

export interface DueText {
  risk: DueRisk;
  /** Short, in plain language: "uiterlijk morgen 17:00", "over 3 werkuren", "2 werkuren te laat". */
  text: string;
  /** The due moment in full, for everyone (no tooltip): "vrijdag 4 december 2026 om 17:00". Null without a due moment. */
  fullDate: string | null;
  /** The due moment as ISO 8601 (for `<time dateTime>`), or null. */
  dateTime: string | null;
}

const DEFAULT_ZONE = DUTCH_TIME_ZONE;
const DAY_MS = 86_400_000;
/**
 * Work hours count only within this many days of now. Further off a moment is simply far off (`ok`)
 * or long past (`breached`), and the business calendar is not walked day by day: a callback dated
 * 9999 must not freeze a list.
 */
export const BUSINESS_TIME_HORIZON_DAYS = 31;

function parseInstant(value: string | null | undefined): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The local calendar date of an instant in `timeZone`, as a day number (days since 1970-01-01). */
function localDayNumber(instant: Date, timeZone: string): number {
  const [y, m, d] = zonedDate(instant, timeZone).split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

/** Local midnight of the day `instant` falls on, as a UTC instant (Dutch clocks never change at midnight). */
function startOfLocalDay(instant: Date, timeZone: string): Date {
  const day = localDayNumber(instant, timeZone);
  // Guess with the offset at the instant itself, then correct once (the offset may differ that morning).
  let guess = day * DAY_MS - offsetMinutes(instant, timeZone) * 60_000;
  guess = day * DAY_MS - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/** The offset of `timeZone` from UTC at `instant`, in minutes (+60 in Dutch winter time, +120 in summer). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  return zoneOffsetMinutes(instant, timeZone);
}

/**
 * Decides how a due moment stands at `now` (pure; no words yet).
 * Work hours are business time (`businessTime`): a due moment at 10:00 tomorrow, seen at 16:00 with
 * closing time 17:00, is 2.5 business hours away (at risk), not 18 hours.
 * Returns null when there is no target to speak of (no due moment and not done).
 */
export function describeDue(clock: DueClock, { now, businessTime }: DueOptions): DueFacts | null {
  const dueAt = parseInstant(clock.dueAt);
  const breachedAt = parseInstant(clock.breachedAt);
  const doneAt = parseInstant(clock.doneAt);
  const timeZone = businessTime?.timeZone || DEFAULT_ZONE;
  const near = dueAt !== null && Math.abs(dueAt.getTime() - now.getTime()) <= BUSINESS_TIME_HORIZON_DAYS * DAY_MS;
  const minutesLeft = dueAt && businessTime && near ? businessTime.minutesBetween(now, dueAt) : null;

  if (doneAt || clock.state === 'stopped') {
    const late = !!breachedAt || (!!doneAt && !!dueAt && doneAt.getTime() > dueAt.getTime());
    return { risk: 'done', dueAt, businessMinutesLeft: null, phrase: { kind: 'done', late } };
  }
  if (!dueAt) return null;
  if (clock.state === 'paused') {
    return { risk: 'paused', dueAt, businessMinutesLeft: minutesLeft, phrase: { kind: 'paused', late: !!breachedAt } };
  }

  const today = localDayNumber(now, timeZone);
  const dueDay = localDayNumber(dueAt, timeZone);

  if (now.getTime() >= dueAt.getTime()) {
    const lateMinutes = minutesLeft === null ? 0 : Math.floor(-minutesLeft);
    let phrase: DueFacts['phrase'] = { kind: 'late_since', at: dueAt };
    if (dueDay === today && lateMinutes >= 60) phrase = { kind: 'late_hours', count: Math.floor(lateMinutes / 60) };
    else if (dueDay === today && lateMinutes >= 1) phrase = { kind: 'late_minutes', count: lateMinutes };
    return { risk: 'breached', dueAt, businessMinutesLeft: minutesLeft, phrase };
  }
  if (breachedAt) {
    return { risk: 'breached', dueAt, businessMinutesLeft: minutesLeft, phrase: { kind: 'late_since', at: breachedAt } };
  }

  const risk: DueRisk = minutesLeft !== null && minutesLeft <= AT_RISK_BUSINESS_MINUTES ? 'at_risk' : 'ok';
  // "over 3 werkuren" only within the working day it is due on, once that day has begun.
  if (businessTime && minutesLeft !== null && minutesLeft >= 1 && dueDay === today) {
    const dayBegun = businessTime.isOpenAt(now) || businessTime.minutesBetween(startOfLocalDay(now, timeZone), now) > 0;
    if (dayBegun) {
      const phrase: DueFacts['phrase'] =
        minutesLeft >= 60 ? { kind: 'in_hours', count: Math.floor(minutesLeft / 60) } : { kind: 'in_minutes', count: Math.floor(minutesLeft) };
      return { risk, dueAt, businessMinutesLeft: minutesLeft, phrase };
    }
  }
  return { risk, dueAt, businessMinutesLeft: minutesLeft, phrase: { kind: 'by', at: dueAt } };
}

/** Formatting in one language and time zone. */
function formatters(language: string, timeZone: string) {
  const locale = intlLocale(language);
  const make = (options: Intl.DateTimeFormatOptions) => zonedFormatter(locale, options, timeZone);
  return {
    time: make({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    weekday: make({ weekday: 'long' }),
    dayMonth: make({ day: 'numeric', month: 'long' }),
    dayMonthYear: make({ day: 'numeric', month: 'long', year: 'numeric' }),
    full: make({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
  };
}

/** Calendar days from the day of `now` to the day of `at` in `timeZone`: 0 today, 1 tomorrow, -1 yesterday. */
export function calendarDaysBetween(now: Date, at: Date, timeZone = DEFAULT_ZONE): number {
  return localDayNumber(at, timeZone) - localDayNumber(now, timeZone);
}

/** "08:30" in `timeZone`. */
export function clockTime(at: Date, language: string, timeZone = DEFAULT_ZONE): string {
  return formatters(language, timeZone).time.format(at);
}

/**
 * The day of a moment relative to `now`, in words: "vandaag", "morgen", "gisteren", "maandag"
 * (within a week either way), "3 december", "3 januari 2027" (another year).
 */
export function relativeDay(at: Date, now: Date, t: TFunction, language: string, timeZone = DEFAULT_ZONE): string {
  const f = formatters(language, timeZone);
  const days = calendarDaysBetween(now, at, timeZone);
  if (days === 0) return t('due.day.today');
  if (days === 1) return t('due.day.tomorrow');
  if (days === -1) return t('due.day.yesterday');
  if (Math.abs(days) < 7) return f.weekday.format(at);
  const yearOf = (instant: Date) => new Date(localDayNumber(instant, timeZone) * DAY_MS).getUTCFullYear();
  return yearOf(at) === yearOf(now) ? f.dayMonth.format(at) : f.dayMonthYear.format(at);
}

/**
 * A moment relative to `now`, in words: "vandaag 17:00", "morgen 17:00", "gisteren 17:00",
 * "maandag 17:00" (within a week either way), "3 december 17:00", "3 januari 2027 17:00" (another year).
 */
export function relativeMoment(at: Date, now: Date, t: TFunction, language: string, timeZone = DEFAULT_ZONE): string {
  const f = formatters(language, timeZone);
  const time = f.time.format(at);
  const days = localDayNumber(at, timeZone) - localDayNumber(now, timeZone);
  if (days === 0) return t('due.when.today', { time });
  if (days === 1) return t('due.when.tomorrow', { time });
  if (days === -1) return t('due.when.yesterday', { time });
  if (Math.abs(days) < 7) return t('due.when.weekday', { weekday: f.weekday.format(at), time });
  const yearOf = (instant: Date) => new Date(localDayNumber(instant, timeZone) * DAY_MS).getUTCFullYear();
  const sameYear = yearOf(at) === yearOf(now);
  return t('due.when.date', { date: sameYear ? f.dayMonth.format(at) : f.dayMonthYear.format(at), time });
}

/** "vrijdag 4 december 2026 om 17:00" / "Friday, 4 December 2026 at 17:00". */
export function fullMoment(at: Date, t: TFunction, language: string, timeZone = DEFAULT_ZONE): string {
  const f = formatters(language, timeZone);
  return t('due.full', { date: f.full.format(at), time: f.time.format(at) });
}

/**
 * A due moment in plain language (Dutch B1 first, English second), with its risk.
 * `t` is i18next's translate function (the texts `due.*` of this library); `language` picks the
 * Intl formatting of days and months. Pure: `now` and the business time are arguments.
 */
export function formatDue(clock: DueClock, options: DueOptions & { t: TFunction; language: string }): DueText | null {
  const facts = describeDue(clock, options);
  if (!facts) return null;
  const { t, language, now } = options;
  const timeZone = options.businessTime?.timeZone || DEFAULT_ZONE;
  const p = facts.phrase;
  let text: string;
  switch (p.kind) {
    case 'by':
      text = t('due.by', { when: relativeMoment(p.at, now, t, language, timeZone) });
      break;
    case 'in_hours':
      text = t('due.inHours', { count: p.count });
      break;
    case 'in_minutes':
      text = t('due.inMinutes', { count: p.count });
      break;
    case 'late_hours':
      text = t('due.lateHours', { count: p.count });
      break;
    case 'late_minutes':
      text = t('due.lateMinutes', { count: p.count });
      break;
    case 'late_since':
      text = t('due.lateSince', { when: relativeMoment(p.at, now, t, language, timeZone) });
      break;
    case 'paused':
      text = p.late ? t('due.pausedLate') : t('due.paused');
      break;
    case 'done':
      text = p.late ? t('due.doneLate') : t('due.done');
      break;
  }
  return {
    risk: facts.risk,
    text,
    fullDate: facts.dueAt ? fullMoment(facts.dueAt, t, language, timeZone) : null,
    dateTime: facts.dueAt ? facts.dueAt.toISOString() : null,
  };
}

type CaseClockSource = Pick<Case, 'firstResponseDueAt' | 'dueAt' | 'status' | 'resolvedAt'> & { sla?: Case['sla'] };

/** The first-response target of a case: done once the first response was given or the case answered. */
export function firstResponseClock(item: CaseClockSource): DueClock {
  const sla = item.sla ?? null;
  const answered = item.status === 'resolved' || item.status === 'closed';
  return {
    dueAt: sla?.firstResponseDueAt ?? item.firstResponseDueAt,
    state: sla?.state ?? (answered ? 'stopped' : null),
    breachedAt: sla?.firstResponseBreachedAt ?? null,
    doneAt: sla?.firstRespondedAt ?? (answered ? (item.resolvedAt ?? null) : null),
  };
}

/** The answer (resolution) target of a case: done once the case is answered. */
export function resolutionClock(item: CaseClockSource): DueClock {
  const sla = item.sla ?? null;
  const answered = item.status === 'resolved' || item.status === 'closed';
  return {
    dueAt: sla?.dueAt ?? item.dueAt,
    state: sla?.state ?? (answered ? 'stopped' : null),
    breachedAt: sla?.resolutionBreachedAt ?? null,
    doneAt: answered ? (item.resolvedAt ?? null) : null,
  };
}
