import { dueWindows } from './due-window';

describe('due buckets in Amsterdam time', () => {
  it.each([
    // now (UTC)                  today ends (UTC)              week ends (UTC)
    ['2026-12-07T09:00:00Z', '2026-12-07T23:00:00.000Z', '2026-12-13T23:00:00.000Z'], // Monday, winter time
    ['2026-12-13T22:30:00Z', '2026-12-13T23:00:00.000Z', '2026-12-13T23:00:00.000Z'], // Sunday 23:30 in Amsterdam
    ['2026-12-13T23:30:00Z', '2026-12-14T23:00:00.000Z', '2026-12-20T23:00:00.000Z'], // already Monday 00:30 in Amsterdam
    ['2026-07-01T10:00:00Z', '2026-07-01T22:00:00.000Z', '2026-07-05T22:00:00.000Z'], // Wednesday, summer time
    ['2026-03-28T12:00:00Z', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'], // Saturday; summer time starts on Sunday
    ['2026-10-24T12:00:00Z', '2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z'], // Saturday; winter time starts on Sunday
  ])('at %s: today until %s, this week until %s', (now, endOfDay, endOfWeek) => {
    const w = dueWindows(new Date(now));
    expect(w.overdue).toEqual({ from: null, to: new Date(now) });
    expect(w.today).toEqual({ from: new Date(now), to: new Date(endOfDay) });
    expect(w.week).toEqual({ from: new Date(now), to: new Date(endOfWeek) });
  });
});
