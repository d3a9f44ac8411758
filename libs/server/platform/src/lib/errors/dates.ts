import { ValidationArguments, ValidationOptions, registerDecorator } from 'class-validator';
import type { FieldErrorCode } from '@loket/shared/contracts';

/**
 * The one way the API reads dates. Strict: `2026-02-30` is refused (never rolled over to
 * 2 March), a date and time must carry its offset, and only years 1900–2199 count as dates at
 * all, so nothing far-fetched reaches PostgreSQL, the business calendar or a report. Fields
 * narrow this further where the domain says so (a contact's moment, a callback's horizon).
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2199;

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** Why a date is refused: one of the field error codes (the catalog in messages.ts says it in words). */
export type DateErrorCode = Extract<FieldErrorCode, 'not_a_date' | 'not_a_date_time' | 'not_a_real_date' | 'not_a_real_date_time' | 'year_out_of_range'>;

type Check<T> = { ok: true; value: T } | { ok: false; code: DateErrorCode };

function realDay(y: number, m: number, d: number): Check<number> {
  if (m < 1 || m > 12 || d < 1) return { ok: false, code: 'not_a_real_date' };
  const t = Date.UTC(y, m - 1, d);
  if (new Date(t).getUTCDate() !== d) return { ok: false, code: 'not_a_real_date' };
  if (y < EARLIEST_YEAR || y > LATEST_YEAR) return { ok: false, code: 'year_out_of_range' };
  return { ok: true, value: t };
}

/** A date `YYYY-MM-DD` as the instant of its UTC midnight, or why it is refused. */
export function checkDate(value: unknown): Check<Date> {
  const m = typeof value === 'string' ? DATE_ONLY.exec(value) : null;
  if (!m) return { ok: false, code: 'not_a_date' };
  const day = realDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return day.ok ? { ok: true, value: new Date(day.value) } : day;
}

/** A date and time with offset (`2026-11-23T10:00:00+01:00`, `…Z`) as an instant, or why it is refused. */
export function checkDateTime(value: unknown): Check<Date> {
  const m = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!m) return { ok: false, code: 'not_a_date_time' };
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  const [offsetHours, offsetMinutes] = [Number(m[10] ?? 0), Number(m[11] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59) return { ok: false, code: 'not_a_real_date_time' };
  const day = realDay(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!day.ok) return day.code === 'not_a_real_date' ? { ok: false, code: 'not_a_real_date_time' } : day;
  const fraction = m[7] ? Math.floor(Number(m[7]) * 1000) : 0;
  const offset = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000;
  return { ok: true, value: new Date(day.value + ((hour * 60 + minute) * 60 + second) * 1000 + fraction - offset) };
}

/** A date `YYYY-MM-DD` (UTC midnight), or null when it is no real date in the accepted years. */
export function parseDate(value: unknown): Date | null {
  const r = checkDate(value);
  return r.ok ? r.value : null;
}

/** A date and time with offset, or null when it is no real moment in the accepted years. */
export function parseDateTime(value: unknown): Date | null {
  const r = checkDateTime(value);
  return r.ok ? r.value : null;
}

function dateDecorator(check: (value: unknown) => Check<Date>, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: check === checkDate ? 'isRealDate' : 'isRealDateTime',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate: (value: unknown) => check(value).ok,
        defaultMessage: (args?: ValidationArguments) => {
          const r = check(args?.value);
          // The validation pipe reads a known code as the error's code.
          return r.ok ? '' : r.code;
        },
      },
    });
}

/** A real date `YYYY-MM-DD` (see {@link checkDate}); the error's code says what is wrong. */
export const IsRealDate = (options?: ValidationOptions) => dateDecorator(checkDate, options);

/** A real date and time with offset (see {@link checkDateTime}); the error's code says what is wrong. */
export const IsRealDateTime = (options?: ValidationOptions) => dateDecorator(checkDateTime, options);

/** Whether a date `YYYY-MM-DD` lies within `years` years either side of `today` (`YYYY-MM-DD`). */
export function isDateWithinYears(date: string, years: number, today: string): boolean {
  const year = Number(today.slice(0, 4));
  return date >= `${year - years}${today.slice(4)}` && date <= `${year + years}${today.slice(4)}`;
}
