import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { AgeBand } from '@loket/shared/contracts';
import { dutchDate } from '@loket/shared/business-calendar';

/** Words of a Dutch (or neighbouring) surname prefix: "van der", "de", "in 't", "von". */
export const NAME_PREFIX_WORDS = new Set([
  'van', 'de', 'der', 'den', 'het', 't', 'te', 'ter', 'ten', 'in', 'op', 's', 'la', 'le', 'l', 'du', 'des', 'von',
  'vd', 'v', 'd', 'di', 'da', 'del', 'della', 'dos', 'das', 'uit', 'aan', 'bij', 'onder', 'over', 'voor', 'zum', 'zur', 'am', 'auf', 'aus',
]);

const FOLD: Record<string, string> = { 'ı': 'i', 'ß': 'ss', 'ø': 'o', 'æ': 'ae', 'œ': 'oe', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'þ': 'th' };

/** Lower case, no diacritics ("Yılmaz" → "yilmaz", "Daniëlle" → "danielle"). */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ıßøæœłđðþ]/g, (c) => FOLD[c] ?? c);
}

/** Splits into search words: letters and digits only, apostrophes dropped ("d'Angelo" → "dangelo"). */
export function words(s: string): string[] {
  return foldText(s)
    .replace(/['’`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export interface NameToken {
  token: string;
  /** 2 for a surname part, 1 for a first name or initial. */
  weight: 1 | 2;
}

/** The tokens a customer is found by. Tussenvoegsels are not tokens: "de" or "van" find everyone. */
export function customerNameTokens(firstName: string, namePrefix: string | null, lastName: string): NameToken[] {
  const out = new Map<string, NameToken>();
  for (const w of words(lastName)) {
    if (w.length > 60 || NAME_PREFIX_WORDS.has(w)) continue;
    out.set(w, { token: w, weight: 2 });
  }
  // "Van den Berg" typed as one word, and surnames that start with a prefix written together.
  const joined = words(`${namePrefix ?? ''} ${lastName}`).join('');
  if (joined.length <= 60 && !out.has(joined) && joined.length > 0 && words(lastName).length + words(namePrefix ?? '').length > 1) {
    out.set(joined, { token: joined, weight: 2 });
  }
  for (const w of words(firstName)) {
    if (w.length > 60 || out.has(w)) continue;
    out.set(w, { token: w, weight: 1 });
  }
  return [...out.values()];
}

/*
 * Beside the name words, the index holds key tokens: each kind starts with a sign that no name word
 * (letters and digits only) starts with, so a name prefix never reaches them and the kinds never
 * mix. Like the name words they are folded to lower-case ASCII and at most 60 characters.
 */
export const KEY_TOKEN_SIGNS = { postcode: '#', street: '^', email: '$', emailDomain: '@' } as const;
const MAX_TOKEN = 60;

/** "Burgemeester de Withstraat" → "burgemeesterdewithstraat": a street's words, joined. */
export function streetKey(street: string): string {
  return words(street).join('');
}

/** Street and house number: "^lindelaan|12" (letter and addition left out: the search ranks them). */
export function streetToken(street: string, houseNumber: number): string | null {
  const key = streetKey(street);
  const token = `${KEY_TOKEN_SIGNS.street}${key}|${houseNumber}`;
  return key && token.length <= MAX_TOKEN ? token : null;
}

/** "1234AB" (already normalized) → "#1234ab". */
export function postcodeToken(postcode: string): string {
  return `${KEY_TOKEN_SIGNS.postcode}${postcode.replace(/\s/g, '').toLowerCase()}`;
}

/** The e-mail address ("$sanne.devries@gmail.com", found by any start of it) and its domain ("@gmail.com", found by "@gmail"). */
export function emailTokens(email: string): string[] {
  const e = foldText(email.trim());
  const at = e.lastIndexOf('@');
  if (at < 1 || /\s/.test(e)) return [];
  return [`${KEY_TOKEN_SIGNS.email}${e}`, e.slice(at)].filter((t) => t.length > 1 && t.length <= MAX_TOKEN);
}

export interface KeyFields {
  street: string | null;
  houseNumber: number | null;
  postcode: string | null;
  email: string | null;
}

/** The key tokens of a customer: street + house number, postcode, e-mail address and its domain. */
export function customerKeyTokens(k: KeyFields): NameToken[] {
  const out: string[] = [];
  if (k.street && k.houseNumber !== null) out.push(streetToken(k.street, k.houseNumber) ?? '');
  if (k.postcode) out.push(postcodeToken(k.postcode));
  if (k.email) out.push(...emailTokens(k.email));
  return [...new Set(out.filter(Boolean))].map((token) => ({ token, weight: 2 }));
}

/** Every token a customer is found by: name words and key tokens. */
export function customerSearchTokens(name: { firstName: string; namePrefix: string | null; lastName: string }, keys: KeyFields): NameToken[] {
  const tokens = customerNameTokens(name.firstName, name.namePrefix, name.lastName);
  const seen = new Set(tokens.map((t) => t.token));
  return [...tokens, ...customerKeyTokens(keys).filter((t) => !seen.has(t.token))];
}

/** Sorts a customer by surname (without tussenvoegsel), then first name: "vries sanne". */
export function nameSortKey(firstName: string, lastName: string): string {
  return `${words(lastName).filter((w) => !NAME_PREFIX_WORDS.has(w)).join(' ') || words(lastName).join(' ')} ${words(firstName).join(' ')}`.slice(0, 128);
}

/** The index key of one token of a customer: surname parts rank before first names. */
export function tokenRankKey(weight: 1 | 2, sortKey: string): string {
  return `${weight === 2 ? '0' : '1'}${sortKey}`;
}

/** The words of a search query worth looking up; prefix words only when nothing else is left. */
export function queryTokens(q: string): string[] {
  const all = words(q).filter((w) => w.length <= 60);
  const significant = all.filter((w) => !NAME_PREFIX_WORDS.has(w));
  const chosen = significant.length > 0 ? significant : all;
  return [...new Set(chosen)].slice(0, 5);
}

export function fullName(firstName: string, namePrefix: string | null, lastName: string): string {
  return [firstName, namePrefix, lastName].filter((p) => p && p.trim()).join(' ');
}

/** E.164 for a phone number in any common Dutch or international spelling, or null. */
export function normalizePhone(input: string, mode: 'valid' | 'possible' = 'valid'): string | null {
  const cleaned = input.trim();
  if (!/^[+0-9 ()./-]{6,30}$/.test(cleaned)) return null;
  const parsed = parsePhoneNumberFromString(cleaned.replace(/^00/, '+'), 'NL');
  if (!parsed) return null;
  if (mode === 'valid' ? !parsed.isValid() : !parsed.isPossible()) return null;
  return parsed.number;
}

/** "06 12345678" for Dutch numbers, international format otherwise. */
export function displayPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === 'NL' ? parsed.formatNational() : parsed.formatInternational();
}

const POSTCODE = /^([1-9]\d{3})\s?([A-Z]{2})$/;

/** "5161 ab" → "5161AB"; null when it is no Dutch postcode (SA, SD and SS are never issued). */
export function normalizePostcode(input: string): string | null {
  const m = POSTCODE.exec(input.trim().toUpperCase());
  if (!m || ['SA', 'SD', 'SS'].includes(m[2])) return null;
  return m[1] + m[2];
}

/** "5161 AB" for display. */
export function displayPostcode(postcode: string): string {
  return `${postcode.slice(0, 4)} ${postcode.slice(4)}`;
}

export interface AddressQuery {
  postcode: string;
  houseNumber: number | null;
  /** House letter and/or addition as typed, upper case without separators ("A", "2HG"). */
  suffix: string | null;
}

/** Recognizes "5161AB 12", "5161 ab 12-a", "5161AB, 12 A", "5161AB12bis" and a bare postcode. */
export function parseAddressQuery(q: string): AddressQuery | null {
  const m = /^\s*([1-9]\d{3})\s*([a-z]{2})(?:[\s,]*(\d{1,5})(?:\s*[-\s/]?\s*([a-z0-9]{1,6}))?)?\s*$/i.exec(q);
  if (!m) return null;
  const postcode = normalizePostcode(m[1] + m[2]);
  if (!postcode) return null;
  return {
    postcode,
    houseNumber: m[3] ? Number(m[3]) : null,
    suffix: m[4] ? m[4].toUpperCase() : null,
  };
}

/** Today's date in the Netherlands, as YYYY-MM-DD. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return dutchDate(now);
}

/** Age in whole years on a given date (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** R2: starter under 23, middle 23 to 54, senior from 55. */
export function ageBand(birthDate: string | null, today: string = todayInAmsterdam()): AgeBand | null {
  if (!birthDate) return null;
  const age = ageOn(birthDate, today);
  if (age < 23) return 'starter';
  if (age < 55) return 'middle';
  return 'senior';
}
