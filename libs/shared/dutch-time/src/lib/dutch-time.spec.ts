import { dutchDate, formatDutch, formatDutchDate, zoneOffsetMinutes, zonedDateTime, zonedFormatter, zonedIso, type DutchTimeStyle } from './dutch-time';

describe('Dutch moments', () => {
  // 7 December 2026 08:30 UTC is 09:30 in Amsterdam (winter time); 1 July 2026 07:05 UTC is 09:05 (summer time).
  it.each<[string, DutchTimeStyle, string]>([
    ['2026-12-07T08:30:00Z', 'weekdayDateYearTime', 'maandag 7 december 2026 om 09:30'],
    ['2026-12-07T08:30:00Z', 'weekdayDateTime', 'maandag 7 december om 09:30'],
    ['2026-12-07T08:30:00Z', 'weekdayDate', 'maandag 7 december'],
    ['2026-12-07T08:30:00Z', 'dateTime', '7 december 2026 om 09:30'],
    ['2026-12-07T08:30:00Z', 'date', '7 december 2026'],
    ['2026-12-07T08:30:00Z', 'time', '09:30'],
    ['2026-07-01T07:05:00Z', 'time', '09:05'],
    ['2026-12-31T23:30:00Z', 'date', '1 januari 2027'],
  ])('%s as %s: %s', (instant, style, expected) => {
    expect(formatDutch(instant, style)).toBe(expected);
  });

  it('says a calendar date without shifting it a day', () => {
    expect(formatDutchDate('1990-03-01')).toBe('1 maart 1990');
  });

  it.each([
    ['2026-12-31T22:59:59Z', '2026-12-31'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
    ['2026-06-30T22:00:00Z', '2026-07-01'],
  ])('the date in the Netherlands at %s is %s', (instant, expected) => {
    expect(dutchDate(new Date(instant))).toBe(expected);
  });

  it.each([
    ['2026-01-15T12:00:00Z', 'Europe/Amsterdam', 60],
    ['2026-07-15T12:00:00Z', 'Europe/Amsterdam', 120],
    ['2026-07-15T12:00:00Z', 'UTC', 0],
    ['2026-07-15T12:00:00Z', 'America/New_York', -240],
  ])('the offset at %s in %s is %i minutes', (instant, zone, expected) => {
    expect(zoneOffsetMinutes(new Date(instant), zone)).toBe(expected);
  });

  it.each([
    ['2026-12-08T07:30:00Z', { date: '2026-12-08', time: '08:30' }],
    ['2026-03-29T01:00:00Z', { date: '2026-03-29', time: '03:00' }],
    ['2026-12-31T23:00:00Z', { date: '2027-01-01', time: '00:00' }],
  ])('the local date and time at %s', (instant, expected) => {
    expect(zonedDateTime(new Date(instant))).toEqual(expected);
  });

  it.each<[string, string, string | null]>([
    ['2026-12-08', '08:30', '2026-12-08T08:30:00+01:00'],
    ['2026-07-01', '17:00', '2026-07-01T17:00:00+02:00'],
    // The mornings of the changes to and from summer time.
    ['2026-03-29', '03:30', '2026-03-29T03:30:00+02:00'],
    ['2026-10-25', '04:00', '2026-10-25T04:00:00+01:00'],
    ['2026-02-30', '10:00', null],
    ['2026-12-08', '24:00', null],
    ['8-12-2026', '10:00', null],
  ])('%s %s in Dutch time is %s', (date, time, expected) => {
    expect(zonedIso(date, time)).toBe(expected);
  });

  it('makes a formatter once per locale, options and zone', () => {
    const a = zonedFormatter('en-GB', { weekday: 'long' });
    expect(zonedFormatter('en-GB', { weekday: 'long' })).toBe(a);
    expect(zonedFormatter('en-GB', { weekday: 'long' }, 'UTC')).not.toBe(a);
    expect(a.format(new Date('2026-12-06T23:30:00Z'))).toBe('Monday');
  });
});
