/**
 * Masks what in a typed search text is a customer's personal data: e-mail addresses, phone numbers
 * (Dutch spellings with 06, 0xx, +31 or 0031, and other international numbers) and postcodes.
 * Used before a search is logged and again when the no-result list is shown, so the raw text never
 * lingers and older rows are shown masked too.
 */
const EMAIL = /[^\s@<>()[\]{},;:"']+@[^\s@<>()[\]{},;:"']+\.[a-z]{2,}/gi;
// +31 6 12345678, 0031-6-1234 5678, +32 470 12 34 56, 06-12345678, 020 123 45 67, (010) 1234567
const PHONE = /(?:(?:\+|\b00)\d{1,3}[\s.\-/]*(?:\(0\)[\s.\-/]*)?(?:\d[\s.\-/()]*){7,11}\d|(?<![\d+])\(?0\d(?:[\s.\-/()]*\d){8}(?!\d))/g;
// 5161AB, 5161 ab: joined always; with a space unless the two letters are a common Dutch word ("2025 en").
const POSTCODE = /\b([1-9]\d{3})(\s?)([a-z]{2})\b/gi;
const NOT_POSTCODE_WORDS = new Set(['de', 'en', 'in', 'op', 'te', 'of', 'om', 'na', 'af', 'al', 'is', 'er', 'je', 'we', 'ze', 'ik', 'me', 'nu', 'zo', 'ja', 'uw', 'ex', 'bv']);

export const MASKS = { email: '[e-mail]', phone: '[telefoon]', postcode: '[postcode]' } as const;

export function maskPersonalData(text: string): string {
  return text
    .replace(EMAIL, MASKS.email)
    .replace(PHONE, MASKS.phone)
    .replace(POSTCODE, (match, _digits: string, space: string, letters: string) =>
      space && NOT_POSTCODE_WORDS.has(letters.toLowerCase()) ? match : MASKS.postcode,
    );
}
