import { describe, expect, it } from 'vitest';
import { ageBandFor, ageInYears, formatAddress, formatDate, formatMoneyCents, formatPhoneNumber, formatPostcode, languageName } from './format';

const nbsp = /\u00a0/g;

describe('formatMoneyCents', () => {
  it('writes euro amounts the Dutch way', () => {
    expect(formatMoneyCents(61245)?.replace(nbsp, ' ')).toBe('€ 612,45');
    expect(formatMoneyCents(123456)?.replace(nbsp, ' ')).toBe('€ 1.234,56');
    expect(formatMoneyCents(0)?.replace(nbsp, ' ')).toBe('€ 0,00');
  });
  it('returns null for an unknown amount, so the screen can say so', () => {
    expect(formatMoneyCents(null)).toBeNull();
    expect(formatMoneyCents(undefined)).toBeNull();
  });
});

describe('formatDate', () => {
  it('shows a calendar date as the same day, in words', () => {
    expect(formatDate('2015-01-01')).toBe('1 januari 2015');
    expect(formatDate('2024-12-31', 'en-GB')).toBe('31 December 2024');
  });
  it('shows a timestamp in Dutch time: 23:30 UTC on 31 Dec is already New Year in Amsterdam', () => {
    expect(formatDate('2024-12-31T23:30:00Z')).toBe('1 januari 2025');
  });
  it('returns null for nothing or nonsense', () => {
    expect(formatDate(null)).toBeNull();
    expect(formatDate('gisteren')).toBeNull();
  });
});

describe('ageInYears and ageBandFor', () => {
  const today = new Date(2025, 2, 11); // 11 March 2025
  it('counts a birthday only once it has come', () => {
    expect(ageInYears('1958-03-12', today)).toBe(66);
    expect(ageInYears('1958-03-11', today)).toBe(67);
  });
  it('uses the R2 bands: starter < 23, middle 23–55, senior ≥ 55', () => {
    expect(ageBandFor(22)).toBe('starter');
    expect(ageBandFor(23)).toBe('middle');
    expect(ageBandFor(54)).toBe('middle');
    expect(ageBandFor(55)).toBe('senior');
    expect(ageBandFor(null)).toBeNull();
  });
});

describe('addresses', () => {
  it('writes a Dutch address with house letter and addition', () => {
    expect(
      formatAddress({ street: 'Lindelaan', houseNumber: 12, houseLetter: 'A', houseNumberAddition: null, postcode: '5161AB', city: 'Sprang-Capelle' }),
    ).toBe('Lindelaan 12 A, 5161 AB Sprang-Capelle');
    expect(
      formatAddress({ street: 'Havenweg', houseNumber: 12, houseLetter: null, houseNumberAddition: '2', postcode: '1781 ab', city: 'Den Helder' }),
    ).toBe('Havenweg 12-2, 1781 AB Den Helder');
  });
  it('leaves a foreign postcode alone', () => {
    expect(formatPostcode('B-2000')).toBe('B-2000');
  });
});

describe('languageName', () => {
  it('names a language in the UI language', () => {
    expect(languageName('tr', 'nl')).toBe('Turks');
    expect(languageName('tr', 'en')).toBe('Turkish');
  });
});

describe('formatPhoneNumber', () => {
  it('writes stored numbers the Dutch way, and leaves others alone', () => {
    expect(formatPhoneNumber('+31612345678')).toBe('06 12345678');
    expect(formatPhoneNumber('+31135551234')).toBe('0135551234');
    expect(formatPhoneNumber('+32470123456')).toBe('+32470123456');
  });
});
