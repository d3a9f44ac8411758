import { checkDate, checkDateTime, isDateWithinYears, parseDate, parseDateTime } from './dates';

describe('the one date parser', () => {
  it.each([
    ['2026-02-28', '2026-02-28T00:00:00.000Z'],
    ['2028-02-29', '2028-02-29T00:00:00.000Z'],
    ['1900-01-01', '1900-01-01T00:00:00.000Z'],
    ['2199-12-31', '2199-12-31T00:00:00.000Z'],
  ])('reads the date %s', (text, iso) => expect(parseDate(text)?.toISOString()).toBe(iso));

  it.each([
    ['2026-02-30', 'not_a_real_date'],
    ['2027-02-29', 'not_a_real_date'],
    ['2026-04-31', 'not_a_real_date'],
    ['2026-13-01', 'not_a_real_date'],
    ['2026-00-10', 'not_a_real_date'],
    ['2026-01-00', 'not_a_real_date'],
    ['0001-01-01', 'year_out_of_range'],
    ['9999-12-31', 'year_out_of_range'],
    ['2026-1-1', 'not_a_date'],
    ['2026-01-01T00:00:00Z', 'not_a_date'],
    ['20260101', 'not_a_date'],
    [' 2026-01-01', 'not_a_date'],
    [20260101, 'not_a_date'],
  ])('refuses the date %p: %s', (value, code) => expect(checkDate(value)).toEqual({ ok: false, code }));

  it.each([
    ['2026-11-23T10:00:00+01:00', '2026-11-23T09:00:00.000Z'],
    ['2026-11-23T10:00+01:00', '2026-11-23T09:00:00.000Z'],
    ['2026-11-23T10:00:00.123456Z', '2026-11-23T10:00:00.123Z'],
    ['2026-07-01T00:30:00-09:30', '2026-07-01T10:00:00.000Z'],
    ['2028-02-29T23:59:59+14:00', '2028-02-29T09:59:59.000Z'],
  ])('reads the moment %s', (text, iso) => expect(parseDateTime(text)?.toISOString()).toBe(iso));

  it.each([
    ['2026-02-30T10:00:00+01:00', 'not_a_real_date_time'],
    ['2026-11-23T24:00:00Z', 'not_a_real_date_time'],
    ['2026-11-23T10:60:00Z', 'not_a_real_date_time'],
    ['2026-11-23T10:00:60Z', 'not_a_real_date_time'],
    ['2026-11-23T10:00:00+15:00', 'not_a_real_date_time'],
    ['2026-11-23T10:00:00+01:60', 'not_a_real_date_time'],
    ['0001-01-01T00:00:00Z', 'year_out_of_range'],
    ['9999-12-31T00:00:00Z', 'year_out_of_range'],
    ['2026-11-23T10:00:00', 'not_a_date_time'],
    ['+275760-09-13T00:00:00.000Z', 'not_a_date_time'],
    ['Mon, 23 Nov 2026 10:00:00 GMT', 'not_a_date_time'],
    [1_764_000_000_000, 'not_a_date_time'],
  ])('refuses the moment %p: %s', (value, code) => expect(checkDateTime(value)).toEqual({ ok: false, code }));

  it('tells whether a date lies within some years of today', () => {
    expect(isDateWithinYears('2036-12-07', 10, '2026-12-07')).toBe(true);
    expect(isDateWithinYears('2036-12-08', 10, '2026-12-07')).toBe(false);
    expect(isDateWithinYears('2016-12-07', 10, '2026-12-07')).toBe(true);
    expect(isDateWithinYears('2016-12-06', 10, '2026-12-07')).toBe(false);
  });
});
