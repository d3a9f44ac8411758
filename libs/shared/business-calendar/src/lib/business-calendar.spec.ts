import fc from 'fast-check';
import {
  addBusinessHours,
  addBusinessMinutes,
  businessMinutesBetween,
  CalendarSettings,
  endOfNthWorkingDay,
  holidaysOf,
  isAppointmentOnlyAt,
  isOpenAt,
  isWorkingDate,
  locationCalendar,
  nextOpeningMoment,
  subtractBusinessMinutes,
  workingDaysBetween,
} from '../index';

const day = (from: string, to: string): [string, string][] => [[from, to]];

/** Exactly the demo calendars of apps/api/src/cli/demo-data.ts. */
const LINDE: CalendarSettings = {
  timeZone: 'Europe/Amsterdam',
  openingHours: {
    mon: day('08:30', '17:00'), tue: day('08:30', '17:00'), wed: day('08:30', '17:00'), thu: day('08:30', '17:00'),
    fri: day('08:30', '12:00'), sat: [], sun: [],
  },
  publicHolidays: { country: 'NL', goodFriday: 'open', liberationDay: 'lustrum_years' },
  description: 'De Linde',
};
const ANKER: CalendarSettings = {
  timeZone: 'Europe/Amsterdam',
  openingHours: {
    mon: day('08:00', '17:00'), tue: day('08:00', '17:00'), wed: day('08:00', '17:00'), thu: day('08:00', '17:00'),
    fri: day('08:00', '17:00'), sat: [], sun: [],
  },
  publicHolidays: { country: 'NL', goodFriday: 'closed', liberationDay: 'every_year' },
  description: 'Het Anker',
};

/** A woonpunt with a split shift (afternoons by appointment only) and a Saturday morning. */
const WOONPUNT = locationCalendar(LINDE, {
  openingHours: {
    mon: [['08:30', '12:00'], { from: '13:00', to: '17:00', appointmentOnly: true }],
    tue: [['08:30', '12:00'], { from: '13:00', to: '17:00', appointmentOnly: true }],
    wed: [['08:30', '12:00']],
    thu: [['08:30', '12:00'], { from: '13:00', to: '17:00', appointmentOnly: true }],
    fri: [['08:30', '12:00']],
    sat: [['10:00', '12:00']],
    sun: [],
  },
  closingDays: ['2026-06-10'],
});

/** A night service whose intervals cross midnight (and the DST changes at 02:00/03:00). */
const NIGHT: CalendarSettings = {
  timeZone: 'Europe/Amsterdam',
  openingHours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [['22:00', '06:00']], sun: [] },
};

const d = (iso: string) => new Date(iso);
const iso = (x: Date) => x.toISOString();

describe('holidays', () => {
  it('lists the closed NL holidays of De Linde in 2025 (lustrum: Bevrijdingsdag closed, Goede Vrijdag open)', () => {
    expect(holidaysOf(LINDE, 2025)).toEqual([
      { date: '2025-01-01', name: 'Nieuwjaar' },
      { date: '2025-04-20', name: 'Pasen' },
      { date: '2025-04-21', name: 'Tweede paasdag' },
      { date: '2025-04-26', name: 'Koningsdag' },
      { date: '2025-05-05', name: 'Bevrijdingsdag' },
      { date: '2025-05-29', name: 'Hemelvaartsdag' },
      { date: '2025-06-08', name: 'Pinksteren' },
      { date: '2025-06-09', name: 'Tweede pinksterdag' },
      { date: '2025-12-25', name: 'Kerstmis' },
      { date: '2025-12-26', name: 'Tweede kerstdag' },
    ]);
  });

  it('De Linde 2026 has no Bevrijdingsdag and no Goede Vrijdag; Het Anker 2026 has both', () => {
    const linde = holidaysOf(LINDE, 2026).map((h) => h.name);
    expect(linde).not.toContain('Bevrijdingsdag');
    expect(linde).not.toContain('Goede Vrijdag');
    expect(linde).not.toContain('Moederdag');
    expect(linde).not.toContain('Oudejaarsavond');
    expect(holidaysOf(ANKER, 2026)).toEqual(
      expect.arrayContaining([
        { date: '2026-04-03', name: 'Goede Vrijdag' },
        { date: '2026-05-05', name: 'Bevrijdingsdag' },
        { date: '2026-04-27', name: 'Koningsdag' },
      ]),
    );
    expect(holidaysOf(LINDE, 2030).map((h) => h.date)).toContain('2030-05-05');
    expect(holidaysOf(LINDE, 2029).map((h) => h.date)).not.toContain('2029-05-05');
  });

  it('liberationDay "never" and a calendar without public holidays', () => {
    const never: CalendarSettings = { ...ANKER, publicHolidays: { country: 'NL', goodFriday: 'open', liberationDay: 'never' } };
    expect(holidaysOf(never, 2025).map((h) => h.name)).not.toContain('Bevrijdingsdag');
    expect(holidaysOf({ ...ANKER, publicHolidays: undefined }, 2025)).toEqual([]);
  });

  it('Koningsdag 2025 (27 April a Sunday) moves to Saturday 26 April', () => {
    expect(isWorkingDate(WOONPUNT, '2025-04-19')).toBe(true); // an ordinary Saturday
    expect(isWorkingDate(WOONPUNT, '2025-04-26')).toBe(false);
    expect(isOpenAt(WOONPUNT, d('2025-04-26T11:00:00+02:00'))).toBe(false);
    expect(isOpenAt(WOONPUNT, d('2025-04-19T11:00:00+02:00'))).toBe(true);
    // Friday 25 April 11:00 + end of next working day: Saturday is Koningsdag, so Monday (appointment-only until 17:00).
    expect(iso(endOfNthWorkingDay(WOONPUNT, d('2025-04-25T11:00:00+02:00'), 1))).toBe('2025-04-28T15:00:00.000Z');
    // a week earlier the Saturday counts
    expect(iso(endOfNthWorkingDay(WOONPUNT, d('2025-04-18T11:00:00+02:00'), 1))).toBe('2025-04-19T10:00:00.000Z');
  });

  it('Koningsdag 2026 on Monday 27 April is closed', () => {
    for (const cal of [LINDE, ANKER]) {
      expect(isOpenAt(cal, d('2026-04-27T10:00:00+02:00'))).toBe(false);
      expect(iso(nextOpeningMoment(cal, d('2026-04-27T10:00:00+02:00')))).toBe(
        cal === LINDE ? '2026-04-28T06:30:00.000Z' : '2026-04-28T06:00:00.000Z',
      );
    }
    // Friday 24 April 2026 16:00 at Het Anker → end of Tuesday 28 April.
    expect(iso(endOfNthWorkingDay(ANKER, d('2026-04-24T16:00:00+02:00'), 1))).toBe('2026-04-28T15:00:00.000Z');
  });

  it('Easter Monday 2026 (6 April) is closed', () => {
    expect(isOpenAt(LINDE, d('2026-04-06T10:00:00+02:00'))).toBe(false);
    expect(isOpenAt(ANKER, d('2026-04-06T10:00:00+02:00'))).toBe(false);
    expect(isWorkingDate(LINDE, '2026-04-07')).toBe(true);
  });

  it('Good Friday 3 April 2026: open for De Linde, closed for Het Anker', () => {
    expect(isOpenAt(LINDE, d('2026-04-03T10:00:00+02:00'))).toBe(true);
    expect(isOpenAt(ANKER, d('2026-04-03T10:00:00+02:00'))).toBe(false);
    // Thursday 2 April 10:00 + end of next working day.
    expect(iso(endOfNthWorkingDay(LINDE, d('2026-04-02T10:00:00+02:00'), 1))).toBe('2026-04-03T10:00:00.000Z'); // Fri 12:00
    expect(iso(endOfNthWorkingDay(ANKER, d('2026-04-02T10:00:00+02:00'), 1))).toBe('2026-04-07T15:00:00.000Z'); // Tue 17:00
  });

  it('Ascension Thursday 14 May 2026 is closed', () => {
    expect(isOpenAt(LINDE, d('2026-05-14T10:00:00+02:00'))).toBe(false);
    expect(iso(endOfNthWorkingDay(LINDE, d('2026-05-13T10:00:00+02:00'), 1))).toBe('2026-05-15T10:00:00.000Z'); // Fri 12:00
    expect(iso(endOfNthWorkingDay(ANKER, d('2026-05-13T10:00:00+02:00'), 1))).toBe('2026-05-15T15:00:00.000Z'); // Fri 17:00
    expect(iso(endOfNthWorkingDay(ANKER, d('2025-05-28T10:00:00+02:00'), 1))).toBe('2025-05-30T15:00:00.000Z'); // 2025: 29 May
  });

  it('Whit Monday 25 May 2026 is closed', () => {
    expect(isOpenAt(ANKER, d('2026-05-25T10:00:00+02:00'))).toBe(false);
    expect(iso(endOfNthWorkingDay(ANKER, d('2026-05-22T10:00:00+02:00'), 1))).toBe('2026-05-26T15:00:00.000Z');
  });

  it('Liberation Day 5 May 2025 is closed for both', () => {
    expect(isOpenAt(LINDE, d('2025-05-05T10:00:00+02:00'))).toBe(false);
    expect(isOpenAt(ANKER, d('2025-05-05T10:00:00+02:00'))).toBe(false);
    // De Linde, Friday 2 May 2025 11:00 → Monday is Bevrijdingsdag → end of Tuesday 6 May.
    expect(iso(endOfNthWorkingDay(LINDE, d('2025-05-02T11:00:00+02:00'), 1))).toBe('2025-05-06T15:00:00.000Z');
  });

  it('Liberation Day 5 May 2026: open for De Linde, closed for Het Anker', () => {
    expect(isOpenAt(LINDE, d('2026-05-05T10:00:00+02:00'))).toBe(true);
    expect(isOpenAt(ANKER, d('2026-05-05T10:00:00+02:00'))).toBe(false);
    expect(iso(endOfNthWorkingDay(LINDE, d('2026-05-04T10:00:00+02:00'), 1))).toBe('2026-05-05T15:00:00.000Z');
    expect(iso(endOfNthWorkingDay(ANKER, d('2026-05-04T10:00:00+02:00'), 1))).toBe('2026-05-06T15:00:00.000Z');
  });

  it('Christmas: a request on Thursday 24 December 2026 16:00 is due at the end of Monday 28 December', () => {
    expect(iso(endOfNthWorkingDay(LINDE, d('2026-12-24T16:00:00+01:00'), 1))).toBe('2026-12-28T16:00:00.000Z');
    expect(iso(endOfNthWorkingDay(ANKER, d('2026-12-24T16:00:00+01:00'), 1))).toBe('2026-12-28T16:00:00.000Z');
    // Five working days: 28, 29, 30, 31 Dec, (1 Jan closed), 4 Jan (Mon) — De Linde: Fri 1 Jan is closed too.
    expect(iso(endOfNthWorkingDay(ANKER, d('2026-12-24T16:00:00+01:00'), 5))).toBe('2027-01-04T16:00:00.000Z');
    expect(isOpenAt(ANKER, d('2027-01-01T10:00:00+01:00'))).toBe(false);
    expect(isOpenAt(ANKER, d('2026-12-31T10:00:00+01:00'))).toBe(true); // Oudejaarsdag is no holiday
  });
});

describe('receipt and end of the Nth working day', () => {
  it('Monday 16:59 vs 17:01: the second counts from Tuesday', () => {
    expect(iso(endOfNthWorkingDay(LINDE, d('2026-06-08T16:59:00+02:00'), 1))).toBe('2026-06-09T15:00:00.000Z');
    expect(iso(endOfNthWorkingDay(LINDE, d('2026-06-08T17:01:00+02:00'), 1))).toBe('2026-06-10T15:00:00.000Z');
    expect(iso(endOfNthWorkingDay(ANKER, d('2026-06-08T16:59:00+02:00'), 1))).toBe('2026-06-09T15:00:00.000Z');
    expect(iso(endOfNthWorkingDay(ANKER, d('2026-06-08T17:01:00+02:00'), 1))).toBe('2026-06-10T15:00:00.000Z');
    // exactly 17:00 is closed already
    expect(isOpenAt(LINDE, d('2026-06-08T17:00:00+02:00'))).toBe(false);
    expect(isOpenAt(LINDE, d('2026-06-08T16:59:59+02:00'))).toBe(true);
  });

  it('De Linde Friday afternoon: 11:55 → Monday 17:00; 12:05 → Tuesday 17:00', () => {
    expect(iso(endOfNthWorkingDay(LINDE, d('2026-06-12T11:55:00+02:00'), 1))).toBe('2026-06-15T15:00:00.000Z');
    expect(iso(endOfNthWorkingDay(LINDE, d('2026-06-12T12:05:00+02:00'), 1))).toBe('2026-06-16T15:00:00.000Z');
  });

  it('five working days, weekend requests, n = 0', () => {
    // Monday 8 June 2026 10:00 + 5 → Monday 15 June 17:00
    expect(iso(endOfNthWorkingDay(LINDE, d('2026-06-08T10:00:00+02:00'), 5))).toBe('2026-06-15T15:00:00.000Z');
    // Saturday counts as received Monday 08:30 → next working day Tuesday
    expect(iso(endOfNthWorkingDay(LINDE, d('2026-06-13T10:00:00+02:00'), 1))).toBe('2026-06-16T15:00:00.000Z');
    // early Monday morning counts as Monday
    expect(iso(endOfNthWorkingDay(LINDE, d('2026-06-15T07:00:00+02:00'), 1))).toBe('2026-06-16T15:00:00.000Z');
    expect(iso(endOfNthWorkingDay(LINDE, d('2026-06-12T10:00:00+02:00'), 0))).toBe('2026-06-12T10:00:00.000Z');
    expect(() => endOfNthWorkingDay(LINDE, d('2026-06-12T10:00:00+02:00'), -1)).toThrow(RangeError);
  });

  it('workingDaysBetween counts working days after the first day up to the second', () => {
    expect(workingDaysBetween(LINDE, d('2026-06-08T10:00:00+02:00'), d('2026-06-15T10:00:00+02:00'))).toBe(5);
    expect(workingDaysBetween(ANKER, d('2026-12-24T16:00:00+01:00'), d('2027-01-04T16:00:00+01:00'))).toBe(5);
    expect(workingDaysBetween(ANKER, d('2026-06-08T10:00:00+02:00'), d('2026-06-08T16:00:00+02:00'))).toBe(0);
  });
});

describe('opening hours', () => {
  it('nextOpeningMoment is the instant itself when open', () => {
    const t = d('2026-06-08T10:00:00+02:00');
    expect(nextOpeningMoment(LINDE, t).getTime()).toBe(t.getTime());
    expect(iso(nextOpeningMoment(LINDE, d('2026-06-12T12:00:00+02:00')))).toBe('2026-06-15T06:30:00.000Z');
    expect(iso(nextOpeningMoment(ANKER, d('2026-06-08T06:00:00+02:00')))).toBe('2026-06-08T06:00:00.000Z');
  });

  it('a split shift with appointment-only afternoons', () => {
    expect(isOpenAt(WOONPUNT, d('2026-06-08T12:30:00+02:00'))).toBe(false);
    expect(iso(nextOpeningMoment(WOONPUNT, d('2026-06-08T12:15:00+02:00')))).toBe('2026-06-08T11:00:00.000Z');
    expect(isOpenAt(WOONPUNT, d('2026-06-08T14:00:00+02:00'))).toBe(true);
    expect(isAppointmentOnlyAt(WOONPUNT, d('2026-06-08T14:00:00+02:00'))).toBe(true);
    expect(isAppointmentOnlyAt(WOONPUNT, d('2026-06-08T10:00:00+02:00'))).toBe(false);
    expect(isAppointmentOnlyAt(WOONPUNT, d('2026-06-08T12:30:00+02:00'))).toBe(false);
    // 11:30 + 60 business minutes = 13:30 (lunch skipped)
    expect(iso(addBusinessMinutes(WOONPUNT, d('2026-06-08T11:30:00+02:00'), 60))).toBe('2026-06-08T11:30:00.000Z');
    expect(businessMinutesBetween(WOONPUNT, d('2026-06-08T08:00:00+02:00'), d('2026-06-08T18:00:00+02:00'))).toBe(450);
  });

  it('a location adds its own closing days to the organization holidays', () => {
    expect(isOpenAt(WOONPUNT, d('2026-06-10T10:00:00+02:00'))).toBe(false);
    expect(isOpenAt(LINDE, d('2026-06-10T10:00:00+02:00'))).toBe(true);
    expect(isOpenAt(WOONPUNT, d('2026-04-06T10:00:00+02:00'))).toBe(false); // Easter Monday still closed
    const inherited = locationCalendar({ ...LINDE, closingDays: ['2026-06-11'] }, { closingDays: ['2026-06-10'] });
    expect(isOpenAt(inherited, d('2026-06-10T10:00:00+02:00'))).toBe(false);
    expect(isOpenAt(inherited, d('2026-06-11T10:00:00+02:00'))).toBe(false);
    expect(isOpenAt(inherited, d('2026-06-12T10:00:00+02:00'))).toBe(true); // org hours
    expect(isOpenAt(inherited, d('2026-06-12T13:00:00+02:00'))).toBe(false);
  });

  it('an interval crossing midnight belongs to the day it starts', () => {
    expect(isOpenAt(NIGHT, d('2026-06-13T23:00:00+02:00'))).toBe(true); // Saturday night
    expect(isOpenAt(NIGHT, d('2026-06-14T05:59:00+02:00'))).toBe(true); // Sunday early morning
    expect(isOpenAt(NIGHT, d('2026-06-14T06:00:00+02:00'))).toBe(false);
    expect(isOpenAt(NIGHT, d('2026-06-13T05:00:00+02:00'))).toBe(false); // Friday night is not open
    expect(businessMinutesBetween(NIGHT, d('2026-06-13T00:00:00+02:00'), d('2026-06-15T00:00:00+02:00'))).toBe(480);
    // received Sunday 01:00 counts for Saturday; end of next working day is the next Saturday's shift end
    expect(iso(endOfNthWorkingDay(NIGHT, d('2026-06-14T01:00:00+02:00'), 1))).toBe('2026-06-21T04:00:00.000Z');
  });

  it('extra closing days (date and range) and changed hours from a date on', () => {
    const cal: CalendarSettings = {
      ...ANKER,
      closingDays: ['2026-06-10', { from: '2026-07-20', to: '2026-07-24', reason: 'zomersluiting' }],
      hoursChanges: [{
        from: '2026-09-01',
        openingHours: { mon: day('09:00', '16:00'), tue: day('09:00', '16:00'), wed: day('09:00', '16:00'), thu: day('09:00', '16:00'), fri: [], sat: [], sun: [] },
      }],
    };
    expect(isOpenAt(cal, d('2026-06-10T10:00:00+02:00'))).toBe(false);
    expect(isOpenAt(cal, d('2026-07-22T10:00:00+02:00'))).toBe(false);
    expect(isOpenAt(cal, d('2026-07-27T10:00:00+02:00'))).toBe(true);
    expect(iso(endOfNthWorkingDay(cal, d('2026-07-17T10:00:00+02:00'), 1))).toBe('2026-07-27T15:00:00.000Z');
    expect(iso(endOfNthWorkingDay(cal, d('2026-06-09T10:00:00+02:00'), 1))).toBe('2026-06-11T15:00:00.000Z');
    // before the change: Friday 28 Aug open till 17:00; after: Friday closed, 16:00 closing
    expect(isOpenAt(cal, d('2026-08-28T16:30:00+02:00'))).toBe(true);
    expect(isOpenAt(cal, d('2026-08-31T16:30:00+02:00'))).toBe(true);
    expect(isOpenAt(cal, d('2026-09-01T08:30:00+02:00'))).toBe(false);
    expect(isOpenAt(cal, d('2026-09-01T15:30:00+02:00'))).toBe(true);
    expect(isOpenAt(cal, d('2026-09-01T16:30:00+02:00'))).toBe(false);
    expect(iso(endOfNthWorkingDay(cal, d('2026-09-03T10:00:00+02:00'), 1))).toBe('2026-09-07T14:00:00.000Z');
  });

  it('a calendar that is never open fails instead of looping', () => {
    const none: CalendarSettings = { timeZone: 'Europe/Amsterdam', openingHours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } };
    expect(() => nextOpeningMoment(none, d('2026-01-01T00:00:00Z'))).toThrow();
    expect(() => endOfNthWorkingDay(none, d('2026-01-01T00:00:00Z'), 1)).toThrow();
  });
});

describe('DST', () => {
  it('spring forward (Sunday 29 March 2026): a night interval crossing the change is 7 real hours', () => {
    expect(businessMinutesBetween(NIGHT, d('2026-03-28T12:00:00Z'), d('2026-03-29T12:00:00Z'))).toBe(7 * 60);
    expect(isOpenAt(NIGHT, d('2026-03-28T21:00:00Z'))).toBe(true); // 22:00 CET
    expect(isOpenAt(NIGHT, d('2026-03-29T03:59:00Z'))).toBe(true); // 05:59 CEST
    expect(isOpenAt(NIGHT, d('2026-03-29T04:00:00Z'))).toBe(false); // 06:00 CEST
    expect(iso(addBusinessMinutes(NIGHT, d('2026-03-28T21:00:00Z'), 7 * 60))).toBe('2026-03-29T04:00:00.000Z');
    expect(iso(addBusinessMinutes(NIGHT, d('2026-03-28T21:00:00Z'), 7 * 60 + 1))).toBe('2026-04-04T20:01:00.000Z');
  });

  it('fall back (Sunday 25 October 2026): the same interval is 9 real hours', () => {
    expect(businessMinutesBetween(NIGHT, d('2026-10-24T12:00:00Z'), d('2026-10-25T12:00:00Z'))).toBe(9 * 60);
    expect(isOpenAt(NIGHT, d('2026-10-24T20:00:00Z'))).toBe(true); // 22:00 CEST
    expect(isOpenAt(NIGHT, d('2026-10-25T04:59:00Z'))).toBe(true); // 05:59 CET
    expect(isOpenAt(NIGHT, d('2026-10-25T05:00:00Z'))).toBe(false);
  });

  it('2025 DST weekends (30 March, 26 October)', () => {
    expect(businessMinutesBetween(NIGHT, d('2025-03-29T12:00:00Z'), d('2025-03-30T12:00:00Z'))).toBe(420);
    expect(businessMinutesBetween(NIGHT, d('2025-10-25T12:00:00Z'), d('2025-10-26T12:00:00Z'))).toBe(540);
  });

  it('a local time in the non-existent hour is shifted forward by the gap (02:30 → 03:30 CEST)', () => {
    const cal: CalendarSettings = { timeZone: 'Europe/Amsterdam', openingHours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [['02:30', '04:00']] } };
    expect(iso(nextOpeningMoment(cal, d('2026-03-28T12:00:00Z')))).toBe('2026-03-29T01:30:00.000Z');
    expect(businessMinutesBetween(cal, d('2026-03-28T12:00:00Z'), d('2026-03-29T12:00:00Z'))).toBe(30);
    // ambiguous 02:30 on 25 October: the first (CEST) occurrence
    expect(iso(nextOpeningMoment(cal, d('2026-10-24T12:00:00Z')))).toBe('2026-10-25T00:30:00.000Z');
    expect(businessMinutesBetween(cal, d('2026-10-24T12:00:00Z'), d('2026-10-25T12:00:00Z'))).toBe(150);
  });

  it('addBusinessMinutes across DST weekends keeps local opening times', () => {
    // Friday 27 March 2026 16:00 CET + 120 → 60 on Friday, 60 on Monday 30 March from 08:00 CEST
    expect(iso(addBusinessMinutes(ANKER, d('2026-03-27T15:00:00Z'), 120))).toBe('2026-03-30T07:00:00.000Z');
    // Friday 23 October 2026 16:30 CEST + 60 → Monday 26 October 08:30 CET
    expect(iso(addBusinessMinutes(ANKER, d('2026-10-23T14:30:00Z'), 60))).toBe('2026-10-26T07:30:00.000Z');
    expect(businessMinutesBetween(ANKER, d('2026-03-27T15:00:00Z'), d('2026-03-30T07:00:00Z'))).toBe(120);
    expect(iso(endOfNthWorkingDay(LINDE, d('2026-03-26T10:00:00+01:00'), 2))).toBe('2026-03-30T15:00:00.000Z'); // Mon 17:00 CEST
    expect(iso(endOfNthWorkingDay(LINDE, d('2026-10-22T10:00:00+02:00'), 2))).toBe('2026-10-26T16:00:00.000Z'); // Mon 17:00 CET
  });
});

describe('business minutes', () => {
  it('adds minutes and hours over closing time, weekend and holidays', () => {
    expect(iso(addBusinessMinutes(LINDE, d('2026-06-08T16:30:00+02:00'), 60))).toBe('2026-06-09T07:00:00.000Z'); // Tue 09:00
    expect(iso(addBusinessHours(LINDE, d('2026-06-12T11:00:00+02:00'), 2))).toBe('2026-06-15T07:30:00.000Z'); // Mon 09:30
    // R12: 24 business hours from Thursday 2 April 2026 09:00 at Het Anker (Good Friday, Easter Monday closed)
    // Thu 8h, Tue 9h, Wed 7h → Wed 8 April 15:00
    expect(iso(addBusinessHours(ANKER, d('2026-04-02T09:00:00+02:00'), 24))).toBe('2026-04-08T13:00:00.000Z');
    expect(iso(addBusinessMinutes(LINDE, d('2026-06-13T10:00:00+02:00'), 0))).toBe('2026-06-13T08:00:00.000Z');
    expect(() => addBusinessMinutes(LINDE, d('2026-06-13T10:00:00+02:00'), -1)).toThrow(RangeError);
  });

  it('businessMinutesBetween with pauses', () => {
    const from = d('2026-06-08T10:00:00+02:00');
    const to = d('2026-06-09T10:00:00+02:00');
    expect(businessMinutesBetween(LINDE, from, to)).toBe(7 * 60 + 90);
    expect(businessMinutesBetween(LINDE, to, from)).toBe(-(7 * 60 + 90));
    const pauses = [
      { from: d('2026-06-08T11:00:00+02:00'), to: d('2026-06-08T12:00:00+02:00') },
      { from: d('2026-06-08T11:30:00+02:00'), to: d('2026-06-08T12:30:00+02:00') }, // overlaps
      { from: d('2026-06-08T20:00:00+02:00'), to: d('2026-06-09T09:00:00+02:00') }, // partly outside opening hours
    ];
    expect(businessMinutesBetween(LINDE, from, to, pauses)).toBe(7 * 60 + 90 - 90 - 30);
    expect(businessMinutesBetween(LINDE, from, from)).toBe(0);
  });

  it('a calendar that is always open (a 24/7 line) counts wall-clock time, DST included', () => {
    const always: CalendarSettings = {
      timeZone: 'Europe/Amsterdam',
      openingHours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((wd) => [wd, day('00:00', '24:00')])) as CalendarSettings['openingHours'],
    };
    const start = d('2026-03-27T10:00:00+01:00'); // Friday; the clocks go forward on Sunday the 29th
    expect(iso(addBusinessHours(always, start, 24 * 7))).toBe(iso(new Date(start.getTime() + 7 * 86_400_000)));
    expect(businessMinutesBetween(always, start, d('2026-04-03T10:00:00+02:00'))).toBe(7 * 24 * 60 - 60);
    expect(iso(nextOpeningMoment(always, start))).toBe(iso(start));
    expect(iso(endOfNthWorkingDay(always, start, 2))).toBe('2026-03-29T22:00:00.000Z'); // Sunday 24:00 (summer time)
  });

  it('goes back in business time: an hour of opening time before Monday 09:00 is Friday 11:30 at De Linde', () => {
    expect(iso(subtractBusinessMinutes(LINDE, d('2026-06-15T09:00:00+02:00'), 60))).toBe('2026-06-12T09:30:00.000Z'); // Fri 11:30
    expect(iso(subtractBusinessMinutes(LINDE, d('2026-06-09T17:00:00+02:00'), 30))).toBe('2026-06-09T14:30:00.000Z'); // Tue 16:30
    // From a closed moment it counts from the last closing time: Saturday → Friday 12:00 − 15 min.
    expect(iso(subtractBusinessMinutes(LINDE, d('2026-06-13T10:00:00+02:00'), 15))).toBe('2026-06-12T09:45:00.000Z');
    // Across Whit Monday (25 May 2026): Tuesday 09:00 − 60 min → Friday 11:30.
    expect(iso(subtractBusinessMinutes(LINDE, d('2026-05-26T09:00:00+02:00'), 60))).toBe('2026-05-22T09:30:00.000Z');
  });

  it('overlapping intervals (an overnight shift into an early start) count once', () => {
    const overlap: CalendarSettings = {
      timeZone: 'Europe/Amsterdam',
      openingHours: { mon: [{ from: '20:00', to: '09:00', overnight: true }], tue: day('08:00', '12:00'), wed: [], thu: [], fri: [], sat: [], sun: [] },
    };
    // Monday 20:00 → Tuesday 12:00 is 16 hours of opening time, not 17.
    expect(businessMinutesBetween(overlap, d('2026-06-08T19:00:00+02:00'), d('2026-06-09T13:00:00+02:00'))).toBe(16 * 60);
    expect(iso(addBusinessHours(overlap, d('2026-06-08T20:00:00+02:00'), 16))).toBe('2026-06-09T10:00:00.000Z');
  });
});

describe('properties', () => {
  it('subtractBusinessMinutes(addBusinessMinutes(a, n), n) == a for an opening moment a', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 365 * 24 * 60 }), fc.integer({ min: 1, max: 5000 }), (offset, n) => {
        const a = nextOpeningMoment(LINDE, new Date(Date.UTC(2025, 0, 1) + offset * 60_000));
        const b = addBusinessMinutes(LINDE, a, n);
        const back = subtractBusinessMinutes(LINDE, b, n);
        // Equal, or the same instant seen from the other side of a closed period (a closing time vs the next opening).
        return back.getTime() === a.getTime() || businessMinutesBetween(LINDE, back, a) === 0;
      }),
      { numRuns: 300 },
    );
  });

  const cals = fc.constantFrom(LINDE, ANKER, WOONPUNT, NIGHT);
  // instants from 2024 to 2031 (covers DST changes and all holidays of the lustrum year 2025 and 2030)
  const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2031, 0, 1) }).map((ms) => new Date(ms - (ms % 60_000)));
  const minutes = fc.integer({ min: 0, max: 5 * 24 * 60 });
  const opts = { numRuns: 300 };

  it('addBusinessMinutes(a, m + n) == addBusinessMinutes(addBusinessMinutes(a, m), n) for an opening moment a', () => {
    fc.assert(
      fc.property(cals, instant, minutes, minutes, (cal, x, m, n) => {
        const a = nextOpeningMoment(cal, x);
        expect(addBusinessMinutes(cal, a, m + n).getTime()).toBe(addBusinessMinutes(cal, addBusinessMinutes(cal, a, m), n).getTime());
      }),
      opts,
    );
  });

  it('businessMinutesBetween(a, addBusinessMinutes(a, n)) == n for an opening moment a', () => {
    fc.assert(
      fc.property(cals, instant, minutes, (cal, x, n) => {
        const a = nextOpeningMoment(cal, x);
        expect(businessMinutesBetween(cal, a, addBusinessMinutes(cal, a, n))).toBe(n);
      }),
      opts,
    );
  });

  it('results never land strictly inside a closed period', () => {
    fc.assert(
      fc.property(cals, instant, fc.integer({ min: 1, max: 5 * 24 * 60 }), fc.integer({ min: 0, max: 10 }), (cal, x, n, days) => {
        const r = addBusinessMinutes(cal, x, n);
        expect(isOpenAt(cal, new Date(r.getTime() - 1))).toBe(true);
        const e = endOfNthWorkingDay(cal, x, days);
        expect(isOpenAt(cal, new Date(e.getTime() - 1))).toBe(true);
        expect(isOpenAt(cal, nextOpeningMoment(cal, x))).toBe(true);
      }),
      opts,
    );
  });

  it('monotonic in n', () => {
    fc.assert(
      fc.property(cals, instant, minutes, minutes, fc.nat(8), fc.nat(8), (cal, x, m, n, i, j) => {
        const [lo, hi] = m <= n ? [m, n] : [n, m];
        expect(addBusinessMinutes(cal, x, lo).getTime()).toBeLessThanOrEqual(addBusinessMinutes(cal, x, hi).getTime());
        const [dlo, dhi] = i <= j ? [i, j] : [j, i];
        const a = endOfNthWorkingDay(cal, x, dlo).getTime();
        const b = endOfNthWorkingDay(cal, x, dhi).getTime();
        if (dlo < dhi) expect(a).toBeLessThan(b);
        else expect(a).toBe(b);
        expect(workingDaysBetween(cal, nextOpeningMoment(cal, x), new Date(b))).toBeGreaterThanOrEqual(dhi);
      }),
      opts,
    );
  });

  // instants in the week around each DST change and around the spring holidays, 2025–2030
  const critical = fc
    .tuple(
      fc.integer({ min: 2025, max: 2030 }),
      // 0-based months: Mar 24, Oct 22, Apr 1, May 1, May 24, Dec 20
      fc.constantFrom([2, 24], [9, 22], [3, 1], [4, 1], [4, 24], [11, 20]),
      fc.integer({ min: 0, max: 10 * 24 * 60 - 1 }),
    )
    .map(([y, [m, dd], min]) => new Date(Date.UTC(y, m, dd) + min * 60_000));

  it('the properties hold around DST changes and holidays', () => {
    fc.assert(
      fc.property(cals, critical, minutes, minutes, (cal, x, m, n) => {
        const a = nextOpeningMoment(cal, x);
        const r = addBusinessMinutes(cal, a, m + n);
        expect(r.getTime()).toBe(addBusinessMinutes(cal, addBusinessMinutes(cal, a, m), n).getTime());
        expect(businessMinutesBetween(cal, a, r)).toBe(m + n);
        if (m + n > 0) expect(isOpenAt(cal, new Date(r.getTime() - 1))).toBe(true);
        const e = endOfNthWorkingDay(cal, x, 1);
        expect(isOpenAt(cal, new Date(e.getTime() - 1))).toBe(true);
        expect(e.getTime()).toBeGreaterThan(a.getTime());
        expect(workingDaysBetween(cal, a, e)).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('business minutes between any two instants are additive', () => {
    fc.assert(
      fc.property(cals, instant, fc.nat(20 * 24 * 60), fc.nat(20 * 24 * 60), (cal, a, p, q) => {
        const b = new Date(a.getTime() + p * 60_000);
        const c = new Date(b.getTime() + q * 60_000);
        expect(businessMinutesBetween(cal, a, c)).toBe(businessMinutesBetween(cal, a, b) + businessMinutesBetween(cal, b, c));
        expect(businessMinutesBetween(cal, a, c, [{ from: b, to: c }])).toBe(businessMinutesBetween(cal, a, b));
      }),
      { numRuns: 200 },
    );
  });
});

describe('bounded work', () => {
  it('refuses to count business time over thousands of years instead of walking them day by day', () => {
    const started = Date.now();
    const now = new Date('2026-12-03T10:00:00+01:00');
    expect(() => businessMinutesBetween(LINDE, now, new Date('9999-12-31T11:00:00Z'))).toThrow(RangeError);
    expect(() => businessMinutesBetween(LINDE, new Date('0001-01-01T11:00:00Z'), now)).toThrow(RangeError);
    expect(() => workingDaysBetween(LINDE, now, new Date('9999-12-31T11:00:00Z'))).toThrow(RangeError);
    expect(Date.now() - started).toBeLessThan(1_000);
    // Ten years are still counted: 2 working days of 8.5 hours in a week of Mon–Thu 8.5 h and Fri 3.5 h.
    expect(businessMinutesBetween(LINDE, new Date('2026-12-07T08:30:00+01:00'), new Date('2026-12-08T17:00:00+01:00'))).toBe(2 * 510);
    expect(businessMinutesBetween(LINDE, now, new Date('2036-11-30T10:00:00+01:00'))).toBeGreaterThan(0);
  });
});
