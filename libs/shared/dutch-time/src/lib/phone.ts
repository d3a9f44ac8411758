/**
 * Dutch phone numbers, written the way Dutch readers expect them:
 * - mobile: `06 12345678`;
 * - two-digit area codes (Amsterdam, Rotterdam, …): `020 123 4567`;
 * - three-digit area codes: `0318 123 456`;
 * - non-geographic 08x/09x numbers (088, 085, 091, …): `088 123 45 67`;
 * - free and paid service numbers: `0800 1234` or `0900 123 4567`.
 * `+31` and `0031` become a leading 0. Anything that is not a 10-digit Dutch number (foreign,
 * incomplete) is returned as typed (trimmed), so nothing a customer needs is lost.
 */

/** Two-digit area codes (the first digits after the 0); every other geographic area code has three. */
const TWO_DIGIT_AREAS = new Set([
  '10', '13', '15', '20', '23', '24', '26', '30', '33', '35', '36', '38', '40', '43', '45', '46',
  '50', '53', '55', '58', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79',
]);
/** Non-geographic numbers written as 0xx xxx xx xx. */
const NON_GEOGRAPHIC = new Set(['82', '84', '85', '87', '88', '91', '97']);
const SERVICE = new Set(['800', '900', '906', '909']);

/** The national form (`0201234567`) of a Dutch number, or null when it is not one. */
export function dutchPhoneDigits(input: string): string | null {
  const compact = input.replace(/[\s\-().]/g, '');
  let national: string;
  if (/^\+31\d+$/.test(compact)) national = `0${compact.slice(3)}`;
  else if (/^0031\d+$/.test(compact)) national = `0${compact.slice(4)}`;
  else if (/^0\d+$/.test(compact)) national = compact;
  else return null;
  // A leftover trunk zero ("+31 (0)20 …") is dropped.
  if (national.startsWith('00')) national = national.slice(1);
  if (SERVICE.has(national.slice(1, 4)) && (national.length === 8 || national.length === 11)) return national;
  return national.length === 10 ? national : null;
}

/** The number written the Dutch way (see above); not a Dutch number: as typed. */
export function formatDutchPhone(input: string): string {
  const n = dutchPhoneDigits(input);
  if (!n) return input.trim();
  const rest = n.slice(1);
  if (SERVICE.has(rest.slice(0, 3))) {
    return n.length === 8 ? `${n.slice(0, 4)} ${n.slice(4)}` : `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
  }
  if (rest.startsWith('6')) return `06 ${n.slice(2)}`;
  const two = rest.slice(0, 2);
  if (NON_GEOGRAPHIC.has(two)) return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6, 8)} ${n.slice(8)}`;
  if (TWO_DIGIT_AREAS.has(two)) return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  return `${n.slice(0, 4)} ${n.slice(4, 7)} ${n.slice(7)}`;
}
