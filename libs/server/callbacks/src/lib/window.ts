import { parseDate, parseDateTime, type FieldError } from '@loket/server/platform';
import {
  addBusinessMinutes, businessMinutesBetween, isOpenAt, localDate, localTime, nextOpeningMoment, type CalendarSettings,
} from '@loket/shared/business-calendar';
import { DAY_PARTS, DAY_PART_HOURS, type CallbackWindowInput, type DayPart } from '@loket/shared/contracts';

/** A specific agreed time gets this much opening time to make the call. */
export const SPECIFIC_TIME_MINUTES = 15;
const SKEW_MS = 60_000;

export interface Window {
  start: Date;
  due: Date;
  dayPart: DayPart | null;
}

/** The open part of a day part on a date, or null when the organization is closed then (or it is over). */
function dayPartWindow(cal: CalendarSettings, date: string, part: DayPart, now: Date): Window | null {
  const [from, to] = DAY_PART_HOURS[part];
  const begin = localTime(cal, date, from);
  const end = localTime(cal, date, to);
  if (end.getTime() <= now.getTime()) return null;
  const start = nextOpeningMoment(cal, new Date(Math.max(begin.getTime(), now.getTime())));
  if (start.getTime() >= end.getTime()) return null;
  const open = businessMinutesBetween(cal, start, end);
  if (open < 1) return null;
  return { start, due: addBusinessMinutes(cal, start, open), dayPart: part };
}

/** The first day part from `now` on in which the organization is open (looking two weeks ahead). */
export function nextOpenDayPart(cal: CalendarSettings, now: Date): { date: string; dayPart: DayPart; window: Window } | null {
  for (let i = 0; i < 15; i++) {
    const date = localDate(cal, new Date(now.getTime() + i * 86_400_000));
    for (const part of DAY_PARTS) {
      const w = dayPartWindow(cal, date, part, now);
      if (w) return { date, dayPart: part, window: w };
    }
  }
  return null;
}

/**
 * The agreed window: a specific time (a short window from it), a day part on a date (its open
 * part), or — neither given — from now until `defaultDue` (the SLA policy). Moments in the past or
 * outside opening hours are refused with the next valid moment as a suggestion; so are moments
 * more than `horizonDays` ahead (a callback there would pass every reminder and escalation by).
 */
export function resolveWindow(
  cal: CalendarSettings, input: CallbackWindowInput, now: Date, defaultDue: () => Date, horizonDays: number,
): Window | FieldError[] {
  const horizon = now.getTime() + horizonDays * 86_400_000;
  const beyond = { code: 'too_far_ahead', params: { days: horizonDays } } as const;
  if (input.at !== undefined && input.at !== null) {
    const at = parseDateTime(input.at);
    if (!at) return [{ field: 'at', code: 'not_a_real_date_time' }];
    if (input.date || input.dayPart) return [{ field: 'at', code: 'not_both', params: { other: 'date/dayPart' } }];
    if (at.getTime() > horizon) return [{ field: 'at', ...beyond }];
    if (at.getTime() < now.getTime() - SKEW_MS) {
      return [{ field: 'at', code: 'in_past', suggestion: nextOpeningMoment(cal, now).toISOString() }];
    }
    if (!isOpenAt(cal, at)) {
      return [{ field: 'at', code: 'office_closed', suggestion: nextOpeningMoment(cal, at).toISOString() }];
    }
    return { start: at, due: addBusinessMinutes(cal, at, SPECIFIC_TIME_MINUTES), dayPart: null };
  }
  if (input.date || input.dayPart) {
    const date = parseDate(input.date);
    if (!input.date || !date) return [{ field: 'date', code: input.date ? 'not_a_date' : 'required' }];
    // Local midnight may lie an hour or two before UTC midnight: a day's grace.
    if (date.getTime() > horizon + 86_400_000) return [{ field: 'date', ...beyond }];
    if (!input.dayPart || !(DAY_PARTS as readonly string[]).includes(input.dayPart)) {
      return [{ field: 'dayPart', code: input.dayPart ? 'unknown_value' : 'required', params: { values: DAY_PARTS.join(', ') } }];
    }
    const w = dayPartWindow(cal, input.date, input.dayPart, now);
    if (!w) {
      const next = nextOpenDayPart(cal, now);
      const past = localTime(cal, input.date, DAY_PART_HOURS[input.dayPart][1]).getTime() <= now.getTime();
      return [{
        field: 'dayPart',
        code: past ? 'in_past' : 'office_closed',
        ...(next ? { suggestion: `${next.date} ${next.dayPart}` } : {}),
      }];
    }
    return w;
  }
  const start = now;
  return { start, due: defaultDue(), dayPart: null };
}
