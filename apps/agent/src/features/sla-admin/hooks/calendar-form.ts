import type { ClosingDay, OpeningInterval, Weekday, WeeklyHours } from '@loket/shared/business-calendar';
import type { PutSlaCalendarRequest, SlaCalendar } from '@loket/web/api-client';

export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const GOOD_FRIDAY = ['open', 'closed'] as const;
export const LIBERATION_DAY = ['every_year', 'lustrum_years', 'never'] as const;

export interface IntervalValues {
  from: string;
  to: string;
  appointmentOnly: boolean;
  /** The interval runs past midnight into the next day (it belongs to the day it starts). */
  overnight: boolean;
}

export interface ClosingDayValues {
  from: string;
  /** Empty for a single day. */
  to: string;
  reason: string;
}

/** The form behind "Openingstijden": what an administrator edits, as text fields and checkboxes. */
export interface CalendarValues {
  openingHours: Record<Weekday, IntervalValues[]>;
  goodFriday: (typeof GOOD_FRIDAY)[number];
  liberationDay: (typeof LIBERATION_DAY)[number];
  closingDays: ClosingDayValues[];
}

export function emptyInterval(): IntervalValues {
  return { from: '08:30', to: '17:00', appointmentOnly: false, overnight: false };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const END_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const isTime = (value: string) => TIME.test(value);
export const isEndTime = (value: string) => END_TIME.test(value);

/**
 * What people type, as HH:MM: "830", "8:30", "8.30" and "8" become "08:30" and "08:00".
 * Anything else is returned as typed, for the check to explain.
 */
export function normalizeTime(raw: string): string {
  const value = raw.trim();
  let match = /^(\d{1,2})[:.](\d{2})$/.exec(value);
  if (!match) match = /^(\d{1,2})(\d{2})$/.exec(value);
  if (match) return `${match[1].padStart(2, '0')}:${match[2]}`;
  match = /^(\d{1,2})$/.exec(value);
  if (match) return `${match[1].padStart(2, '0')}:00`;
  return value;
}

function intervalValues(interval: OpeningInterval): IntervalValues {
  if (Array.isArray(interval)) {
    const [from, to] = interval;
    return { from, to, appointmentOnly: false, overnight: to <= from };
  }
  return {
    from: interval.from,
    to: interval.to,
    appointmentOnly: interval.appointmentOnly ?? false,
    overnight: interval.overnight ?? interval.to <= interval.from,
  };
}

export function calendarToValues(calendar: SlaCalendar): CalendarValues {
  const openingHours = {} as Record<Weekday, IntervalValues[]>;
  for (const day of WEEKDAYS) openingHours[day] = (calendar.openingHours[day] ?? []).map(intervalValues);
  return {
    openingHours,
    goodFriday: calendar.publicHolidays?.goodFriday ?? 'closed',
    liberationDay: calendar.publicHolidays?.liberationDay ?? 'lustrum_years',
    closingDays: (calendar.closingDays ?? []).map((day) =>
      typeof day === 'string' ? { from: day, to: '', reason: '' } : { from: day.from, to: day.to === day.from ? '' : day.to, reason: day.reason ?? '' },
    ),
  };
}

function intervalRequest({ from, to, appointmentOnly, overnight }: IntervalValues): OpeningInterval {
  if (!appointmentOnly && !overnight) return [from, to];
  return { from, to, ...(appointmentOnly ? { appointmentOnly } : {}), ...(overnight ? { overnight } : {}) };
}

function closingDayRequest({ from, to, reason }: ClosingDayValues): ClosingDay {
  const trimmed = reason.trim();
  if (!trimmed && (!to || to === from)) return from;
  return { from, to: to || from, ...(trimmed ? { reason: trimmed } : {}) };
}

/**
 * The PUT body: the edited parts, and what this screen does not edit (time zone, description,
 * hours changes, the woonpunten's own hours) as it was loaded.
 */
export function valuesToCalendar(values: CalendarValues, loaded: SlaCalendar): PutSlaCalendarRequest {
  const openingHours = {} as WeeklyHours;
  for (const day of WEEKDAYS) openingHours[day] = values.openingHours[day].map(intervalRequest);
  const { holidays: _holidays, updatedAt: _updatedAt, ...kept } = loaded;
  return {
    ...kept,
    openingHours,
    publicHolidays: { country: 'NL', goodFriday: values.goodFriday, liberationDay: values.liberationDay },
    closingDays: values.closingDays.map(closingDayRequest),
  };
}

/**
 * A field of the API's 400 answer as a form path: `openingHours.mon[0].from` → `openingHours.mon.0.from`,
 * `closingDays[2]` → `closingDays.2.from` (a range's own problems show at its first date).
 * Null for fields this screen does not edit.
 */
export function calendarErrorPath(field: string): string | null {
  const dotted = field.replace(/\[(\d+)\]/g, '.$1');
  if (/^openingHours\.(mon|tue|wed|thu|fri|sat|sun)\.\d+(\.(from|to))?$/.test(dotted)) return dotted;
  if (/^openingHours\.(mon|tue|wed|thu|fri|sat|sun)$/.test(dotted)) return dotted;
  if (dotted === 'openingHours') return 'openingHours';
  if (/^publicHolidays\.(goodFriday|liberationDay)$/.test(dotted)) return dotted.replace('publicHolidays.', '');
  const closing = /^closingDays\.(\d+)(\.(from|to|reason))?$/.exec(dotted);
  if (closing) return `closingDays.${closing[1]}.${closing[3] ?? 'from'}`;
  if (dotted === 'closingDays') return 'closingDays';
  return null;
}

/** The kind of problem, from the API's code for it, to say it in the admin's language. */
export type CalendarProblem =
  | 'overlap' | 'endBeforeStart' | 'overnightSameDay' | 'time' | 'tooMany' | 'noOpeningTime' | 'date' | 'rangeBackwards' | 'reason' | 'other';

const DATE_CODES = new Set(['not_a_date', 'not_a_real_date', 'year_out_of_range']);

export function calendarProblem(field: string, code: string): CalendarProblem {
  if (code === 'overlaps') return 'overlap';
  if (code === 'not_overnight') return 'overnightSameDay';
  if (code === 'ends_before_start') return /^closingDays/.test(field) ? 'rangeBackwards' : 'endBeforeStart';
  if (code === 'too_many' && field.startsWith('openingHours')) return 'tooMany';
  if (code === 'no_opening_hours') return 'noOpeningTime';
  if (code === 'not_a_time') return 'time';
  if (DATE_CODES.has(code)) return 'date';
  if (/\.reason$/.test(field)) return 'reason';
  return 'other';
}
