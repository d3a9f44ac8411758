import { KEY_TOKEN_SIGNS, foldText, normalizePhone, normalizePostcode, parseAddressQuery, postcodeToken, queryTokens, streetToken, type AddressQuery } from '../normalize';

export type SearchPlan =
  /** A whole address is looked up exactly; a part of one ("sanne.de", "@gmail") by the start of the address or its domain. */
  | { kind: 'email'; email: string | null; prefix: string; orName?: string[] }
  | { kind: 'address'; address: AddressQuery }
  /** Street + house number ("Lindelaan 12"); a name that ends in a number is still tried as a name. */
  | { kind: 'street'; token: string; orName: string[] }
  | { kind: 'identifier'; customerNumber: string; phone: string | null }
  /** Name words, with a postcode when one was typed beside them ("de Vries 1234AB"). */
  | { kind: 'name'; tokens: string[]; postcode?: string };

const WHOLE_EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/;
/** One word with a dot, underscore or plus between letters or digits: the start of an e-mail address. */
const EMAIL_PART = /^[a-z0-9][a-z0-9._%+-]*[._+][a-z0-9._%+-]*$/;
/** A postcode among other words ("vries 1234 ab"). */
const POSTCODE_IN = /(?:^|\s)([1-9]\d{3})\s?([a-z]{2})(?=\s|$)/;
/** Street, house number and maybe a letter or addition: "lindelaan 12", "burg. de withstraat 3-a", "kerkstraat 12 bis". */
const STREET_NUMBER = /^(.*[a-z].*?)[\s,]+(\d{1,5})(?:\s*[-/]?\s*[a-z0-9]{1,4})?$/;

/**
 * Decides what a search box entry is. Structured keys (e-mail, postcode + house number,
 * phone, customer number) go to exact indexed lookups; street + house number, postcode beside a
 * name and parts of an e-mail address to their key tokens in the name index; everything else is a name.
 */
export function classifyQuery(raw: string): SearchPlan | null {
  const q = raw.trim();
  if (q.includes('@')) {
    const lower = foldText(q).replace(/\s+/g, '');
    const prefix = lower.startsWith('@') ? lower : `${KEY_TOKEN_SIGNS.email}${lower}`;
    return { kind: 'email', email: WHOLE_EMAIL.test(lower) ? q.toLowerCase() : null, prefix };
  }
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
  const folded = foldText(q);
  if (EMAIL_PART.test(folded)) return { kind: 'email', email: null, prefix: `${KEY_TOKEN_SIGNS.email}${folded}`, orName: queryTokens(q) };
  const withPostcode = POSTCODE_IN.exec(folded);
  if (withPostcode) {
    const postcode = normalizePostcode(`${withPostcode[1]}${withPostcode[2]}`);
    const rest = queryTokens(folded.slice(0, withPostcode.index) + ' ' + folded.slice(withPostcode.index + withPostcode[0].length));
    if (postcode && rest.length > 0) return { kind: 'name', tokens: rest.slice(0, 4), postcode: postcodeToken(postcode) };
  }
  const tokens = queryTokens(q);
  if (tokens.length === 0) return null;
  const street = STREET_NUMBER.exec(folded);
  const token = street ? streetToken(street[1], Number(street[2])) : null;
  if (token) return { kind: 'street', token, orName: tokens };
  return { kind: 'name', tokens };
}
