import { maskPersonalData } from './personal-data';

describe('maskPersonalData', () => {
  it.each([
    ['mijn mail is jan.deboer@example.nl', 'mijn mail is [e-mail]'],
    ['bel 06-12345678 terug', 'bel [telefoon] terug'],
    ['0612345678', '[telefoon]'],
    ['06 1234 5678 lekkage', '[telefoon] lekkage'],
    ['+31 6 12345678', '[telefoon]'],
    ['+31612345678', '[telefoon]'],
    ['0031 6 1234 5678', '[telefoon]'],
    ['020-1234567 storing', '[telefoon] storing'],
    ['(010) 123 45 67', '[telefoon]'],
    ['+32 470 12 34 56', '[telefoon]'],
    ['lekkage 5161 AB 14', 'lekkage [postcode] 14'],
    ['5161ab', '[postcode]'],
    ['kerkstraat 5 1234 xy', 'kerkstraat 5 [postcode]'],
  ])('masks %p', (input, expected) => {
    expect(maskPersonalData(input)).toBe(expected);
  });

  it.each([
    'huurverhoging 2025 en 2026',
    'lekkage in de badkamer',
    'servicekosten 120 euro',
    'huur 2024 de hoogte',
    'artikel 12345',
    'woning van 75 m2',
  ])('leaves %p alone', (input) => {
    expect(maskPersonalData(input)).toBe(input);
  });
});
