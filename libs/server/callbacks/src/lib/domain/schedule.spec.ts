import type { CalendarSettings } from '@loket/shared/business-calendar';
import type { CallbackWindowInput } from '@loket/shared/contracts';
import { attemptEffect, comingMoments, inviteCustomer, nextOpenDayPart, nextOpenDayPartFrom, openDayParts, resolveWindow, scheduleMoments, stageRecipient, type StageState, type TeamSupervisors } from './schedule';

const day = (from: string, to: string): [string, string][] => [[from, to]];
/** De Linde's hours: Mon–Thu 08:30–17:00, Fri 08:30–12:00. */
const LINDE: CalendarSettings = {
  timeZone: 'Europe/Amsterdam',
  openingHours: {
    mon: day('08:30', '17:00'), tue: day('08:30', '17:00'), wed: day('08:30', '17:00'), thu: day('08:30', '17:00'),
    fri: day('08:30', '12:00'), sat: [], sun: [],
  },
  publicHolidays: { country: 'NL', goodFriday: 'open', liberationDay: 'lustrum_years' },
};
const at = (s: string) => new Date(s);
const iso = (d: Date | null) => (d ? d.toISOString() : null);
/** Monday 23 November 2026, 10:00 in Amsterdam. */
const MONDAY_10 = at('2026-11-23T10:00:00+01:00');
const POLICY_DUE = at('2026-11-24T17:00:00+01:00');

describe('the agreed window', () => {
  it.each<[string, CallbackWindowInput, Date, { start: string; due: string; dayPart: string | null }]>([
    ['a specific time: a quarter of opening time from it', { at: '2026-11-24T13:00:00+01:00' }, MONDAY_10, { start: '2026-11-24T12:00:00.000Z', due: '2026-11-24T12:15:00.000Z', dayPart: null }],
    ['a morning: clipped to opening at 08:30', { date: '2026-11-24', dayPart: 'OCH' }, MONDAY_10, { start: '2026-11-24T07:30:00.000Z', due: '2026-11-24T11:00:00.000Z', dayPart: 'OCH' }],
    ['this morning, already begun: from now', { date: '2026-11-23', dayPart: 'OCH' }, MONDAY_10, { start: '2026-11-23T09:00:00.000Z', due: '2026-11-23T11:00:00.000Z', dayPart: 'OCH' }],
    ['an afternoon: clipped to closing at 17:00', { date: '2026-11-26', dayPart: 'MID' }, MONDAY_10, { start: '2026-11-26T11:00:00.000Z', due: '2026-11-26T16:00:00.000Z', dayPart: 'MID' }],
    ['neither: from now until the policy', {}, MONDAY_10, { start: MONDAY_10.toISOString(), due: POLICY_DUE.toISOString(), dayPart: null }],
  ])('%s', (_name, input, now, expected) => {
    const w = resolveWindow(LINDE, input, now, () => POLICY_DUE, 30);
    expect(Array.isArray(w)).toBe(false);
    const { start, due, dayPart } = w as { start: Date; due: Date; dayPart: string | null };
    expect({ start: iso(start), due: iso(due), dayPart }).toEqual(expected);
  });

  it.each<[string, CallbackWindowInput, { field: string; code: string; params?: Record<string, unknown>; suggestion?: string }]>([
    ['a time outside opening hours: the next opening moment suggested', { at: '2026-11-28T10:00:00+01:00' }, { field: 'at', code: 'office_closed', suggestion: '2026-11-30T07:30:00.000Z' }],
    ['a time in the past', { at: '2026-11-23T08:00:00+01:00' }, { field: 'at', code: 'in_past', suggestion: MONDAY_10.toISOString() }],
    ['a time and a day part', { at: '2026-11-24T13:00:00+01:00', date: '2026-11-24', dayPart: 'OCH' }, { field: 'at', code: 'not_both', params: { other: 'date/dayPart' } }],
    ['a time beyond the horizon', { at: '2027-01-05T10:00:00+01:00' }, { field: 'at', code: 'too_far_ahead', params: { days: 30 } }],
    ['Friday afternoon: closed, the next open day part after it suggested (never Friday morning)', { date: '2026-11-27', dayPart: 'MID' }, { field: 'dayPart', code: 'office_closed', suggestion: '2026-11-30 OCH' }],
    ['an evening: closed, the next morning suggested', { date: '2026-11-24', dayPart: 'AVO' }, { field: 'dayPart', code: 'office_closed', suggestion: '2026-11-25 OCH' }],
    ['a Saturday: the Monday after it', { date: '2026-11-28', dayPart: 'OCH' }, { field: 'dayPart', code: 'office_closed', suggestion: '2026-11-30 OCH' }],
    ['a morning that is over', { date: '2026-11-20', dayPart: 'OCH' }, { field: 'dayPart', code: 'in_past', suggestion: '2026-11-23 OCH' }],
    ['a day part without a date', { dayPart: 'OCH' }, { field: 'date', code: 'required' }],
  ])('refuses %s', (_name, input, expected) => {
    expect(resolveWindow(LINDE, input, MONDAY_10, () => POLICY_DUE, 30)).toEqual([expected]);
  });

  it('finds the next open day part (after Friday noon: Monday morning)', () => {
    expect(nextOpenDayPart(LINDE, at('2026-11-27T12:30:00+01:00'))).toMatchObject({ date: '2026-11-30', dayPart: 'OCH' });
  });
});

describe('the next open moment after the asked one (never earlier)', () => {
  const GOOD_FRIDAY_WEEK = at('2027-03-22T10:00:00+01:00');
  const CHRISTMAS_WEEK = at('2026-12-23T10:00:00+01:00');
  it.each<[string, Date, string, 'OCH' | 'MID' | 'AVO', { date: string; dayPart: string; start: string; due: string }]>([
    ['an open morning: itself', MONDAY_10, '2026-11-24', 'OCH', { date: '2026-11-24', dayPart: 'OCH', start: '2026-11-24T07:30:00.000Z', due: '2026-11-24T11:00:00.000Z' }],
    ['this morning, begun: from now', MONDAY_10, '2026-11-23', 'OCH', { date: '2026-11-23', dayPart: 'OCH', start: '2026-11-23T09:00:00.000Z', due: '2026-11-23T11:00:00.000Z' }],
    ['this morning, over: this afternoon', at('2026-11-23T12:30:00+01:00'), '2026-11-23', 'OCH', { date: '2026-11-23', dayPart: 'MID', start: '2026-11-23T11:30:00.000Z', due: '2026-11-23T16:00:00.000Z' }],
    ['a day in the past: from now', MONDAY_10, '2026-11-20', 'MID', { date: '2026-11-23', dayPart: 'OCH', start: '2026-11-23T09:00:00.000Z', due: '2026-11-23T11:00:00.000Z' }],
    ['Friday afternoon (closed after 12:00): Monday morning', MONDAY_10, '2026-11-27', 'MID', { date: '2026-11-30', dayPart: 'OCH', start: '2026-11-30T07:30:00.000Z', due: '2026-11-30T11:00:00.000Z' }],
    ['Friday morning: open until 12:00', MONDAY_10, '2026-11-27', 'OCH', { date: '2026-11-27', dayPart: 'OCH', start: '2026-11-27T07:30:00.000Z', due: '2026-11-27T11:00:00.000Z' }],
    ['a Tuesday evening: Wednesday morning', MONDAY_10, '2026-11-24', 'AVO', { date: '2026-11-25', dayPart: 'OCH', start: '2026-11-25T07:30:00.000Z', due: '2026-11-25T11:00:00.000Z' }],
    ['Saturday: Monday morning', MONDAY_10, '2026-11-28', 'MID', { date: '2026-11-30', dayPart: 'OCH', start: '2026-11-30T07:30:00.000Z', due: '2026-11-30T11:00:00.000Z' }],
    ['Sunday evening: Monday morning', MONDAY_10, '2026-11-29', 'AVO', { date: '2026-11-30', dayPart: 'OCH', start: '2026-11-30T07:30:00.000Z', due: '2026-11-30T11:00:00.000Z' }],
    ['Christmas Eve afternoon: open', CHRISTMAS_WEEK, '2026-12-24', 'MID', { date: '2026-12-24', dayPart: 'MID', start: '2026-12-24T11:00:00.000Z', due: '2026-12-24T16:00:00.000Z' }],
    ['Christmas Day: past Boxing Day and the weekend to Monday', CHRISTMAS_WEEK, '2026-12-25', 'OCH', { date: '2026-12-28', dayPart: 'OCH', start: '2026-12-28T07:30:00.000Z', due: '2026-12-28T11:00:00.000Z' }],
    ['Christmas Eve evening: Monday after Christmas', CHRISTMAS_WEEK, '2026-12-24', 'AVO', { date: '2026-12-28', dayPart: 'OCH', start: '2026-12-28T07:30:00.000Z', due: '2026-12-28T11:00:00.000Z' }],
    ['Good Friday morning: De Linde is open', GOOD_FRIDAY_WEEK, '2027-03-26', 'OCH', { date: '2027-03-26', dayPart: 'OCH', start: '2027-03-26T07:30:00.000Z', due: '2027-03-26T11:00:00.000Z' }],
    ['Good Friday afternoon: past Easter Monday to Tuesday (summer time)', GOOD_FRIDAY_WEEK, '2027-03-26', 'MID', { date: '2027-03-30', dayPart: 'OCH', start: '2027-03-30T06:30:00.000Z', due: '2027-03-30T10:00:00.000Z' }],
  ])('%s', (_name, now, date, part, expected) => {
    const next = nextOpenDayPartFrom(LINDE, date, part, now);
    expect(next && { date: next.date, dayPart: next.dayPart, start: iso(next.window.start), due: iso(next.window.due) }).toEqual(expected);
    // Never earlier than asked, never in the past.
    expect(next?.window.due.getTime()).toBeGreaterThan(now.getTime());
  });

  it.each<[string, Date, number, string[]]>([
    ['Friday 10:00: this morning, then Monday', at('2026-11-27T10:00:00+01:00'), 4, ['2026-11-27 OCH', '2026-11-30 OCH', '2026-11-30 MID']],
    ['Friday 12:30: nothing more this week', at('2026-11-27T12:30:00+01:00'), 3, []],
    ['Christmas Eve 13:00: this afternoon, then Monday the 28th', at('2026-12-24T13:00:00+01:00'), 5, ['2026-12-24 MID', '2026-12-28 OCH', '2026-12-28 MID']],
    ['Good Friday week: Friday morning, not Easter Monday', GOOD_FRIDAY_WEEK, 8, [
      '2027-03-22 OCH', '2027-03-22 MID', '2027-03-23 OCH', '2027-03-23 MID', '2027-03-24 OCH', '2027-03-24 MID', '2027-03-25 OCH', '2027-03-25 MID', '2027-03-26 OCH',
    ]],
  ])('the picker offers only open moments: %s', (_name, now, days, expected) => {
    const parts = openDayParts(LINDE, now, days);
    expect(parts.map((p) => `${p.date} ${p.dayPart}`)).toEqual(expected);
    for (const p of parts) expect(p.window.due.getTime()).toBeGreaterThan(now.getTime());
  });
});

describe('reminder and escalation moments', () => {
  const settings = { reminderMinutes: 60, level2Minutes: 240 };
  it.each<[string, { reminderMinutes: number; level2Minutes: number }, string, Date, { reminderAt: string | null; level1At: string; level2At: string }]>([
    ['reminder an hour before, level 2 four business hours after (into the next morning)', settings, '2026-11-24T13:15:00+01:00', MONDAY_10,
      { reminderAt: '2026-11-24T11:15:00.000Z', level1At: '2026-11-24T12:15:00.000Z', level2At: '2026-11-25T07:45:00.000Z' }],
    ['a reminder before opening lies the evening before', settings, '2026-11-25T09:00:00+01:00', MONDAY_10,
      { reminderAt: '2026-11-24T15:30:00.000Z', level1At: '2026-11-25T08:00:00.000Z', level2At: '2026-11-25T12:00:00.000Z' }],
    ['no reminder when it is switched off', { reminderMinutes: 0, level2Minutes: 240 }, '2026-11-24T13:15:00+01:00', MONDAY_10,
      { reminderAt: null, level1At: '2026-11-24T12:15:00.000Z', level2At: '2026-11-25T07:45:00.000Z' }],
    ['no reminder that would already be due', settings, '2026-11-24T13:15:00+01:00', at('2026-11-24T12:14:30+01:00'),
      { reminderAt: null, level1At: '2026-11-24T12:15:00.000Z', level2At: '2026-11-25T07:45:00.000Z' }],
    ['level 2 at least a minute after due', { reminderMinutes: 60, level2Minutes: 0 }, '2026-11-24T13:15:00+01:00', MONDAY_10,
      { reminderAt: '2026-11-24T11:15:00.000Z', level1At: '2026-11-24T12:15:00.000Z', level2At: '2026-11-24T12:16:00.000Z' }],
  ])('%s', (_name, s, due, now, expected) => {
    const m = scheduleMoments(LINDE, s, { start: MONDAY_10, due: at(due), dayPart: null }, now);
    expect({ reminderAt: iso(m.reminderAt), level1At: iso(m.level1At), level2At: iso(m.level2At) }).toEqual(expected);
  });
});

describe('the stage moments still to come', () => {
  const base: StageState = {
    status: 'scheduled', reminderAt: at('2026-11-24T12:00:00Z'), remindedAt: null, dueAt: at('2026-11-24T13:00:00Z'), escalated1At: null,
    level2At: at('2026-11-24T16:00:00Z'), escalated2At: null,
  };
  const after = at('2026-11-24T11:00:00Z');
  const until = at('2026-11-24T17:00:00Z');
  it.each<[string, Partial<StageState>, Date, string[]]>([
    ['all three', {}, after, ['2026-11-24T12:00:00.000Z', '2026-11-24T13:00:00.000Z', '2026-11-24T16:00:00.000Z']],
    ['not the reminder once reminded', { remindedAt: at('2026-11-24T10:00:00Z') }, after, ['2026-11-24T13:00:00.000Z', '2026-11-24T16:00:00.000Z']],
    ['only level 2 after level 1', { escalated1At: at('2026-11-24T10:00:00Z') }, after, ['2026-11-24T16:00:00.000Z']],
    ['nothing once level 2 happened', { escalated1At: at('2026-11-24T10:00:00Z'), escalated2At: at('2026-11-24T10:30:00Z') }, after, []],
    ['nothing for a completed callback', { status: 'completed' }, after, []],
    ['nothing for a cancelled callback', { status: 'cancelled' }, after, []],
    ['only what lies after the moment asked (in progress counts as open)', { status: 'in_progress' }, at('2026-11-24T12:30:00Z'), ['2026-11-24T13:00:00.000Z', '2026-11-24T16:00:00.000Z']],
    ['not what lies beyond the horizon', { level2At: at('2026-11-25T08:00:00Z') }, after, ['2026-11-24T12:00:00.000Z', '2026-11-24T13:00:00.000Z']],
    ['no reminder when there is none', { reminderAt: null }, after, ['2026-11-24T13:00:00.000Z', '2026-11-24T16:00:00.000Z']],
  ])('%s', (_name, change, from, expected) => {
    expect(comingMoments({ ...base, ...change }, from, until).map((d) => d.toISOString())).toEqual(expected);
  });
});

describe('who hears of a stage', () => {
  const team: TeamSupervisors = { lead: { id: 'lead' }, manager: { id: 'manager' } };
  it.each<[string, Parameters<typeof stageRecipient>[0], string | null, TeamSupervisors | undefined, string | null]>([
    ['reminder: the assignee', 'reminder', 'agent', team, 'agent'],
    ['reminder nobody has: the team lead', 'reminder', null, team, 'lead'],
    ['reminder, no assignee, no team: the team leads', 'reminder', null, undefined, null],
    ['level 1: the team lead', 'level1', 'agent', team, 'lead'],
    ['level 1 without a team: the team leads', 'level1', 'agent', undefined, null],
    ['level 1, a team without a lead: the team leads', 'level1', 'agent', { lead: null, manager: { id: 'manager' } }, null],
    ['level 2: the manager', 'level2', 'agent', team, 'manager'],
    ['level 2, a team without a manager: its lead', 'level2', 'agent', { lead: { id: 'lead' }, manager: null }, 'lead'],
    ['level 2 without a team: the team leads', 'level2', null, undefined, null],
  ])('%s', (_name, stage, assigneeId, t, expected) => {
    expect(stageRecipient(stage, { assigneeId }, t)).toBe(expected);
  });
});

describe('a call attempt', () => {
  it.each<[Parameters<typeof attemptEffect>[0], ReturnType<typeof attemptEffect>]>([
    ['reached', { counts: 0, status: 'in_progress' }],
    ['no_answer', { counts: 1, status: null }],
    ['voicemail', { counts: 1, status: null }],
    ['wrong_number', { counts: 1, status: null }],
  ])('%s', (outcome, expected) => {
    expect(attemptEffect(outcome)).toEqual(expected);
  });

  it.each<[string, Parameters<typeof inviteCustomer>, boolean]>([
    ['the last attempt failed: invite the customer', ['no_answer', 3, 3, false], true],
    ['attempts left', ['no_answer', 2, 3, false], false],
    ['already invited', ['no_answer', 4, 3, true], false],
    ['reached on the last attempt', ['reached', 3, 3, false], false],
  ])('%s', (_name, args, expected) => {
    expect(inviteCustomer(...args)).toBe(expected);
  });
});
