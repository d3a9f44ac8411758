import { dutchDate, formatDutch, formatDutchDate, type DutchTimeStyle } from './dutch-time';

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
});
