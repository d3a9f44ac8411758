import type { DayPart } from '@loket/shared/contracts';
import type { TFunction } from 'i18next';
import { DUTCH_TIME_ZONE, zonedDateTime, zonedIso as zonedIsoIn } from '@loket/shared/dutch-time';
import { calendarDaysBetween, clockTime, relativeDay } from './due';

const DEFAULT_ZONE = DUTCH_TIME_ZONE;

/** The agreed window of a callback, as the API reports it (staff and portal alike). */
export interface CallbackWindowSource {
  windowStart: string;
  /** The end of the window: the due moment. */
  dueAt: string;
  /** Set when a day part was agreed (the window is its open part). */
  dayPart: DayPart | null;
}

export interface CallbackWindowOptions {
  now: Date;
  t: TFunction;
  language: string;
  timeZone?: string;
}

/**
 * The day part in words relative to `now`: "vanochtend", "morgenmiddag", "maandagavond",
 * "10 december, ochtend" (texts `callbackWindow.*` of this library).
 */
export function dayPartPhrase(part: DayPart, at: Date, { now, t, language, timeZone = DEFAULT_ZONE }: CallbackWindowOptions): string {
  const days = calendarDaysBetween(now, at, timeZone);
  if (days === 0) return t(`callbackWindow.today.${part}`);
  if (days === 1) return t(`callbackWindow.tomorrow.${part}`);
  if (days === -1) return t(`callbackWindow.yesterday.${part}`);
  const day = relativeDay(at, now, t, language, timeZone);
  if (Math.abs(days) < 7) return t('callbackWindow.weekdayPart', { weekday: day, part: t(`callbackWindow.part.${part}`) });
  return t('callbackWindow.datePart', { date: day, part: t(`callbackWindow.part.${part}`) });
}

/**
 * When we call, in plain words:
 * - a day part: "morgenochtend (08:30–12:00)" — its open part, clipped to opening hours;
 * - a window within one day (a specific time, or the rest of a day): "vandaag 12:00–17:00";
 * - a window over more days (the standard: by the end of the next working day): "uiterlijk morgen 17:00".
 * Returns null for moments that are not dates.
 */
export function formatCallbackWindow(window: CallbackWindowSource, options: CallbackWindowOptions): string | null {
  const { now, t, language, timeZone = DEFAULT_ZONE } = options;
  const start = new Date(window.windowStart);
  const end = new Date(window.dueAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return null;
  const from = clockTime(start, language, timeZone);
  const to = clockTime(end, language, timeZone);
  const sameDay = calendarDaysBetween(start, end, timeZone) === 0;
  if (window.dayPart && sameDay) {
    return t('callbackWindow.withHours', { when: dayPartPhrase(window.dayPart, start, options), from, to });
  }
  if (sameDay) return t('callbackWindow.sameDay', { day: relativeDay(start, now, t, language, timeZone), from, to });
  return t('callbackWindow.until', { day: relativeDay(end, now, t, language, timeZone), time: to });
}

/** An instant's local date and time in `timeZone`: { date: "2026-12-08", time: "08:30" }. */
export function localDateTime(at: Date, timeZone = DEFAULT_ZONE): { date: string; time: string } {
  return zonedDateTime(at, timeZone);
}

/**
 * A local date and time in `timeZone` ("2026-12-08", "08:30") as ISO 8601 with its offset
 * ("2026-12-08T08:30:00+01:00"); null when it is no date or time.
 */
export function zonedIso(date: string, time: string, timeZone = DEFAULT_ZONE): string | null {
  return zonedIsoIn(date, time, timeZone);
}

/** The day part a local time ("14:30") falls in: 08–12 ochtend, 12–18 middag, 18–24 avond; null before 08:00. */
export function dayPartOfTime(time: string): DayPart | null {
  if (time >= '18:00') return 'AVO';
  if (time >= '12:00') return 'MID';
  if (time >= '08:00') return 'OCH';
  return null;
}

const DAY_PART_SUGGESTION = /^(\d{4}-\d{2}-\d{2})[ T](OCH|MID|AVO)$/;

/**
 * What the API suggests instead of a refused window, read either way it is sent: an ISO instant
 * ("2026-12-08T08:30:00+01:00", for a specific time), or a date and day part ("2026-12-08 OCH").
 */
export type WindowSuggestion = { kind: 'at'; at: Date } | { kind: 'dayPart'; date: string; dayPart: DayPart };

export function parseWindowSuggestion(suggestion: string | null | undefined): WindowSuggestion | null {
  if (!suggestion) return null;
  const dayPart = DAY_PART_SUGGESTION.exec(suggestion.trim());
  if (dayPart) return { kind: 'dayPart', date: dayPart[1] as string, dayPart: dayPart[2] as DayPart };
  const at = new Date(suggestion);
  return Number.isNaN(at.getTime()) ? null : { kind: 'at', at };
}

/**
 * A suggestion in words, for a "Gebruik …" button: "morgen 08:30", or "maandagochtend" for a day part.
 */
export function formatWindowSuggestion(suggestion: WindowSuggestion, options: CallbackWindowOptions): string {
  const { now, t, language, timeZone = DEFAULT_ZONE } = options;
  if (suggestion.kind === 'at') {
    return t('callbackWindow.moment', { day: relativeDay(suggestion.at, now, t, language, timeZone), time: clockTime(suggestion.at, language, timeZone) });
  }
  // Noon of that date in Amsterdam is always on that date, whatever the offset.
  const noon = new Date(`${suggestion.date}T12:00:00Z`);
  return dayPartPhrase(suggestion.dayPart, noon, options);
}
