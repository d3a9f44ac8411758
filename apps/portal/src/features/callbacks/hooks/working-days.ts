import { intlLocale, localDateTime } from '@loket/web/ui';

const ZONE = 'Europe/Amsterdam';
const DAY_MS = 86_400_000;

/**
 * The next `count` working days (Monday to Friday) from today in Dutch time, as dates ("2026-11-23").
 * Tenants cannot read the organization's calendar: a day the organization is closed is refused by
 * the API, which then suggests the next open day part.
 */
export function nextWorkingDays(now: Date, count = 10): string[] {
  const today = localDateTime(now, ZONE).date;
  const days: string[] = [];
  for (let noon = new Date(`${today}T12:00:00Z`); days.length < count; noon = new Date(noon.getTime() + DAY_MS)) {
    const weekday = noon.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(noon.toISOString().slice(0, 10));
  }
  return days;
}

/** "maandag 23 november" (with the year when it is not this year's). */
export function dayLabel(date: string, now: Date, language: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  const sameYear = date.slice(0, 4) === localDateTime(now, ZONE).date.slice(0, 4);
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }),
  }).format(noon);
}

/** 0 for today, 1 for tomorrow, … in Dutch time. */
export function daysFromToday(date: string, now: Date): number {
  const today = localDateTime(now, ZONE).date;
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}
