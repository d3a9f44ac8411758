import type { AgeBand } from '@loket/shared/contracts';
import type { Address } from '@loket/web/api-types';
import { DUTCH_TIME_ZONE, zonedFormatter } from '@loket/shared/dutch-time';

/** The UI language as an Intl locale: Dutch first, English second. */
export function intlLocale(language: string): string {
  return language.startsWith('en') ? 'en-GB' : 'nl-NL';
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Monthly rent and other amounts in euro cents → "€ 612,45" (nl-NL).
 * Returns null for a missing amount so the caller can say "onbekend".
 */
export function formatMoneyCents(cents: number | null | undefined, locale = 'nl-NL'): string | null {
  if (cents === null || cents === undefined || !Number.isFinite(cents)) return null;
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/**
 * "2015-01-01" → "1 januari 2015". A date without a time is a calendar date and is shown
 * as such; a timestamp is shown in Dutch time (Europe/Amsterdam).
 */
export function formatDate(value: string | null | undefined, locale = 'nl-NL'): string | null {
  if (!value) return null;
  const dateOnly = DATE_ONLY.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return null;
  return zonedFormatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }, dateOnly ? 'UTC' : DUTCH_TIME_ZONE).format(date);
}

/** Whole years between a birth date ("1958-03-12") and today. */
export function ageInYears(birthDate: string | null | undefined, today: Date = new Date()): number | null {
  if (!birthDate) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  let age = today.getFullYear() - year;
  const beforeBirthday = today.getMonth() + 1 < month || (today.getMonth() + 1 === month && today.getDate() < day);
  if (beforeBirthday) age -= 1;
  return age >= 0 ? age : null;
}

/** Age bands of R2: starter < 23, middle 23–55, senior ≥ 55. */
export function ageBandFor(age: number | null): AgeBand | null {
  if (age === null) return null;
  if (age < 23) return 'starter';
  if (age < 55) return 'middle';
  return 'senior';
}

/** "5161AB" → "5161 AB". Anything that is not a Dutch postcode is returned as given. */
export function formatPostcode(postcode: string): string {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return /^\d{4}[A-Z]{2}$/.test(compact) ? `${compact.slice(0, 4)} ${compact.slice(4)}` : postcode;
}

/** ["Lindelaan 12 A", "5161 AB Sprang-Capelle"] */
export function formatAddressLines(address: Address): [string, string] {
  let house = String(address.houseNumber);
  if (address.houseLetter) house += ` ${address.houseLetter}`;
  if (address.houseNumberAddition) house += `-${address.houseNumberAddition}`;
  return [`${address.street} ${house}`, `${formatPostcode(address.postcode)} ${address.city}`];
}

/** "Lindelaan 12 A, 5161 AB Sprang-Capelle" */
export function formatAddress(address: Address | null | undefined): string | null {
  return address ? formatAddressLines(address).join(', ') : null;
}

/** The name of a language code in the UI language: ("tr", "nl") → "Turks". */
export function languageName(code: string, uiLanguage = 'nl'): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "2025-03-14T10:00:00+01:00" → "14 maart 2025 om 10:00" (or "14 March 2025 at 10:00"), in Dutch time. */
export function formatDateTime(value: string | null | undefined, locale = 'nl-NL'): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const day = zonedFormatter(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  const time = zonedFormatter(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
  return locale.startsWith('nl') ? `${day} om ${time}` : `${day} at ${time}`;
}

/**
 * A phone number as the API stores it (E.164) in the Dutch way: "+31612345678" → "06 12345678",
 * "+31135551234" → "0135551234". Other numbers are returned as given.
 */
export function formatPhoneNumber(value: string): string {
  const compact = value.replace(/[\s-]/g, '');
  if (/^\+316\d{8}$/.test(compact)) return `06 ${compact.slice(4)}`;
  if (/^\+31\d{9}$/.test(compact)) return `0${compact.slice(3)}`;
  return value;
}
