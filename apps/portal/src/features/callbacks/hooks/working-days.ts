import { dutchDate, zonedFormatter } from '@loket/shared/dutch-time';
import { intlLocale } from '@loket/web/ui';

const DAY_MS = 86_400_000;

/** "maandag 23 november" (with the year when it is not this year's). */
export function dayLabel(date: string, now: Date, language: string): string {
  const noon = new Date(`${date}T12:00:00Z`);
  const sameYear = date.slice(0, 4) === dutchDate(now).slice(0, 4);
  return zonedFormatter(intlLocale(language), { weekday: 'long', day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) }, 'UTC').format(noon);
}

/** 0 for today, 1 for tomorrow, … in Dutch time. */
export function daysFromToday(date: string, now: Date): number {
  const today = dutchDate(now);
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}
