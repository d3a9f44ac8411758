import { normalizePhone, parseAddressQuery, queryTokens, type AddressQuery } from '../normalize';

export type SearchPlan =
  | { kind: 'email'; email: string }
  | { kind: 'address'; address: AddressQuery }
  | { kind: 'identifier'; customerNumber: string; phone: string | null }
  | { kind: 'name'; tokens: string[] };

/**
 * Decides what a search box entry is. Structured keys (e-mail, postcode + house number,
 * phone, customer number) go to exact indexed lookups; everything else is a name.
 */
export function classifyQuery(raw: string): SearchPlan | null {
  const q = raw.trim();
  if (q.includes('@')) return { kind: 'email', email: q.toLowerCase() };
  const address = parseAddressQuery(q);
  if (address) return { kind: 'address', address };
  if (/^[+0-9 ()./-]+$/.test(q)) {
    const digits = q.replace(/\D/g, '');
    return {
      kind: 'identifier',
      customerNumber: digits,
      phone: digits.length >= 9 ? normalizePhone(q, 'possible') : null,
    };
  }
  // A customer number with letters, e.g. "K-100234": no spaces, at least one digit.
  if (/^[A-Za-z]{0,4}-?\d{3,}$/.test(q)) return { kind: 'identifier', customerNumber: q.toUpperCase(), phone: null };
  const tokens = queryTokens(q);
  if (tokens.length === 0) return null;
  return { kind: 'name', tokens };
}
