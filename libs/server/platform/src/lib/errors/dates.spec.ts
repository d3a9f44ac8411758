import { checkDate, checkDateTime, isDateWithinYears, parseDate, parseDateTime } from './dates';

describe('the one date parser', () => {
  it.each([
    ['2026-02-28', '2026-02-28T00:00:00.000Z'],
    ['2028-02-29', '2028-02-29T00:00:00.000Z'],
    ['1900-01-01', '1900-01-01T00:00:00.000Z'],
    ['2199-12-31', '2199-12-31T00:00:00.000Z'],
  ])('reads the date %s', (text, iso) => expect(parseDate(text)?.toISOString()).toBe(iso));

  it.each([
    ['2026-02-30', 'is not a real date'],
    ['2027-02-29', 'is not a real date'],
    ['2026-04-31', 'is not a real date'],
    ['2026-13-01', 'is not a real date'],
    ['2026-00-10', 'is not a real date'],
    ['2026-01-00', 'is not a real date'],
    ['0001-01-01', 'must lie between the years 1900 and 2199'],
    ['9999-12-31', 'must lie between the years 1900 and 2199'],
    ['2026-1-1', 'must be a date YYYY-MM-DD'],
    ['2026-01-01T00:00:00Z', 'must be a date YYYY-MM-DD'],
    ['20260101', 'must be a date YYYY-MM-DD'],
    [' 2026-01-01', 'must be a date YYYY-MM-DD'],
    [20260101, 'must be a date YYYY-MM-DD'],
  ])('refuses the date %p: %s', (value, message) => expect(checkDate(value)).toEqual({ ok: false, message }));

  it.each([
    ['2026-11-23T10:00:00+01:00', '2026-11-23T09:00:00.000Z'],
    ['2026-11-23T10:00+01:00', '2026-11-23T09:00:00.000Z'],
    ['2026-11-23T10:00:00.123456Z', '2026-11-23T10:00:00.123Z'],
    ['2026-07-01T00:30:00-09:30', '2026-07-01T10:00:00.000Z'],
    ['2028-02-29T23:59:59+14:00', '2028-02-29T09:59:59.000Z'],
  ])('reads the moment %s', (text, iso) => expect(parseDateTime(text)?.toISOString()).toBe(iso));

  it.each([
    ['2026-02-30T10:00:00+01:00', 'is not a real date and time'],
    ['2026-11-23T24:00:00Z', 'is not a real date and time'],
    ['2026-11-23T10:60:00Z', 'is not a real date and time'],
    ['2026-11-23T10:00:60Z', 'is not a real date and time'],
    ['2026-11-23T10:00:00+15:00', 'is not a real date and time'],
    ['2026-11-23T10:00:00+01:60', 'is not a real date and time'],
    ['0001-01-01T00:00:00Z', 'must lie between the years 1900 and 2199'],
    ['9999-12-31T00:00:00Z', 'must lie between the years 1900 and 2199'],
    ['2026-11-23T10:00:00', 'must be a date and time with offset (ISO 8601), e.g. 2026-11-23T10:00:00+01:00'],
    ['+275760-09-13T00:00:00.000Z', 'must be a date and time with offset (ISO 8601), e.g. 2026-11-23T10:00:00+01:00'],
    ['Mon, 23 Nov 2026 10:00:00 GMT', 'must be a date and time with offset (ISO 8601), e.g. 2026-11-23T10:00:00+01:00'],
    [1_764_000_000_000, 'must be a date and time with offset (ISO 8601), e.g. 2026-11-23T10:00:00+01:00'],
  ])('refuses the moment %p: %s', (value, message) => expect(checkDateTime(value)).toEqual({ ok: false, message }));

  it('tells whether a date lies within some years of today', () => {
    expect(isDateWithinYears('2036-12-07', 10, '2026-12-07')).toBe(true);
    expect(isDateWithinYears('2036-12-08', 10, '2026-12-07')).toBe(false);
    expect(isDateWithinYears('2016-12-07', 10, '2026-12-07')).toBe(true);
    expect(isDateWithinYears('2016-12-06', 10, '2026-12-07')).toBe(false);
  });
});
