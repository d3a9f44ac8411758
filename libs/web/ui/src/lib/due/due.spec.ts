import type { CalendarSettings } from '@loket/shared/business-calendar';
import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '@loket/web/api-types';
import { uiTexts } from '../i18n/i18n';
import { businessTimeOf, loadBusinessCalendar } from './business-time';
import { describeDue, firstResponseClock, formatDue, resolutionClock, type DueClock } from './due';

/** Woonstichting De Linde: Mon–Thu 08:30–17:00, Fri 08:30–12:00, Dutch public holidays. */
const linde: CalendarSettings = {
  timeZone: 'Europe/Amsterdam',
  openingHours: {
    mon: [['08:30', '17:00']], tue: [['08:30', '17:00']], wed: [['08:30', '17:00']], thu: [['08:30', '17:00']], fri: [['08:30', '12:00']],
    sat: [], sun: [],
  },
  publicHolidays: { country: 'NL', goodFriday: 'open', liberationDay: 'lustrum_years' },
};

const i18n = createInstance();
/** The real business calendar, loaded the way the screens load it. */
let businessCalendar: Awaited<ReturnType<typeof loadBusinessCalendar>>;
beforeAll(async () => {
  businessCalendar = await loadBusinessCalendar();
  await i18n.init({
    resources: { nl: { translation: uiTexts.nl }, en: { translation: uiTexts.en } },
    lng: 'nl',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
});

/** Winter time in Amsterdam is UTC+1: "2026-12-03 10:00" there. */
const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+01:00`);
/** Thursday 3 December 2026, 10:00 in Amsterdam. */
const THU_10 = at('2026-12-03 10:00');

function say(dueAt: string | null, now: Date, clock: Partial<DueClock> = {}, language = 'nl', calendar: CalendarSettings | null = linde) {
  const t = i18n.getFixedT(language);
  return formatDue({ dueAt, ...clock }, { now, businessTime: calendar && businessTimeOf(businessCalendar, calendar), t, language });
}
const due = (local: string) => at(local).toISOString();

describe('formatDue — before the due moment', () => {
  it('counts down in work hours within the working day it is due on', () => {
    expect(say(due('2026-12-03 17:00'), THU_10)).toMatchObject({ text: 'over 7 werkuren', risk: 'ok' });
    expect(say(due('2026-12-03 13:00'), THU_10)).toMatchObject({ text: 'over 3 werkuren', risk: 'at_risk' });
    expect(say(due('2026-12-03 11:00'), THU_10)).toMatchObject({ text: 'over 1 werkuur', risk: 'at_risk' });
    expect(say(due('2026-12-03 10:45'), THU_10)).toMatchObject({ text: 'over 45 werkminuten', risk: 'at_risk' });
  });

  it('says "vandaag" before the working day has begun', () => {
    expect(say(due('2026-12-03 17:00'), at('2026-12-03 07:00'))).toMatchObject({ text: 'uiterlijk vandaag 17:00', risk: 'ok' });
  });

  it('says "morgen", the weekday within the coming week, and the date further on', () => {
    expect(say(due('2026-12-04 12:00'), THU_10)).toMatchObject({ text: 'uiterlijk morgen 12:00', risk: 'ok' });
    expect(say(due('2026-12-07 17:00'), THU_10)?.text).toBe('uiterlijk maandag 17:00');
    expect(say(due('2026-12-09 17:00'), THU_10)?.text).toBe('uiterlijk woensdag 17:00');
    expect(say(due('2026-12-10 17:00'), THU_10)?.text).toBe('uiterlijk 10 december 17:00');
    expect(say(due('2027-01-05 17:00'), THU_10)?.text).toBe('uiterlijk 5 januari 2027 17:00');
  });

  it('counts business time, never wall-clock hours across a night: 16:00 → 10:00 tomorrow is 2.5 work hours, so at risk', () => {
    const now = at('2026-12-03 16:00');
    const facts = describeDue({ dueAt: due('2026-12-04 10:00') }, { now, businessTime: businessTimeOf(businessCalendar, linde) });
    expect(facts?.businessMinutesLeft).toBe(150);
    expect(say(due('2026-12-04 10:00'), now)).toMatchObject({ text: 'uiterlijk morgen 10:00', risk: 'at_risk' });
    // Thursday 10:00 → Friday 10:00 is 24 wall-clock hours but 8.5 work hours: fine.
    expect(say(due('2026-12-04 10:00'), THU_10)?.risk).toBe('ok');
  });

  it('skips closed days and public holidays: Christmas Eve 16:00 → Monday 10:00 is 2.5 work hours', () => {
    const now = at('2026-12-24 16:00');
    expect(describeDue({ dueAt: due('2026-12-28 10:00') }, { now, businessTime: businessTimeOf(businessCalendar, linde) })?.businessMinutesLeft).toBe(150);
    expect(say(due('2026-12-28 10:00'), now)).toMatchObject({ text: 'uiterlijk maandag 10:00', risk: 'at_risk' });
  });

  it('shows the time in Dutch time across the change to summer time', () => {
    const friday = new Date('2026-03-27T11:00:00+01:00');
    expect(say('2026-03-30T15:00:00Z', friday)?.text).toBe('uiterlijk maandag 17:00');
  });

  it('without a calendar: no work-hour texts and no "at risk"', () => {
    expect(say(due('2026-12-03 13:00'), THU_10, {}, 'nl', null)).toMatchObject({ text: 'uiterlijk vandaag 13:00', risk: 'ok' });
  });
});

describe('formatDue — late, paused, done', () => {
  it('says how many work hours late on the day itself', () => {
    expect(say(due('2026-12-03 13:00'), at('2026-12-03 15:00'))).toMatchObject({ text: '2 werkuren te laat', risk: 'breached' });
    expect(say(due('2026-12-03 13:00'), at('2026-12-03 13:20'))).toMatchObject({ text: '20 werkminuten te laat', risk: 'breached' });
  });

  it('says since when after closing time or on a later day', () => {
    expect(say(due('2026-12-03 17:00'), at('2026-12-03 17:30'))?.text).toBe('te laat sinds vandaag 17:00');
    expect(say(due('2026-12-03 17:00'), at('2026-12-04 09:00'))).toMatchObject({ text: 'te laat sinds gisteren 17:00', risk: 'breached' });
    expect(say(due('2026-12-03 17:00'), at('2026-12-07 09:00'))?.text).toBe('te laat sinds donderdag 17:00');
  });

  it('is breached as soon as a breach was recorded', () => {
    expect(say(due('2026-12-03 17:00'), THU_10, { breachedAt: due('2026-12-03 09:00') })).toMatchObject({
      risk: 'breached', text: 'te laat sinds vandaag 09:00',
    });
  });

  it('says a paused clock is waiting for the customer', () => {
    expect(say(due('2026-12-03 13:00'), THU_10, { state: 'paused' })).toMatchObject({ text: 'gepauzeerd: wacht op klant', risk: 'paused' });
    expect(say(due('2026-12-03 13:00'), THU_10, { state: 'paused', breachedAt: due('2026-12-02 17:00') })?.text).toBe(
      'gepauzeerd: wacht op klant (was al te laat)',
    );
  });

  it('says a stopped target is done, on time or late', () => {
    expect(say(due('2026-12-03 17:00'), THU_10, { state: 'stopped' })).toMatchObject({ text: 'klaar, op tijd', risk: 'done' });
    expect(say(due('2026-12-03 17:00'), THU_10, { doneAt: due('2026-12-04 09:00') })).toMatchObject({ text: 'klaar, maar te laat', risk: 'done' });
    expect(say(null, THU_10, { state: 'stopped' })).toMatchObject({ text: 'klaar, op tijd', fullDate: null, dateTime: null });
  });

  it('has nothing to say without a target', () => {
    expect(say(null, THU_10)).toBeNull();
  });
});

describe('formatDue — full date and English', () => {
  it('gives the full date and the ISO instant', () => {
    expect(say(due('2026-12-03 17:00'), THU_10)).toMatchObject({
      fullDate: 'donderdag 3 december 2026 om 17:00',
      dateTime: '2026-12-03T16:00:00.000Z',
    });
  });

  it('speaks English as the second language', () => {
    expect(say(due('2026-12-04 12:00'), THU_10, {}, 'en')?.text).toBe('by 12:00 tomorrow');
    expect(say(due('2026-12-07 17:00'), THU_10, {}, 'en')?.text).toBe('by Monday 17:00');
    expect(say(due('2026-12-03 13:00'), THU_10, {}, 'en')?.text).toBe('in 3 working hours');
    expect(say(due('2026-12-03 13:00'), at('2026-12-03 15:00'), {}, 'en')?.text).toBe('2 working hours late');
    expect(say(due('2026-12-03 17:00'), at('2026-12-04 09:00'), {}, 'en')?.text).toBe('late since 17:00 yesterday');
    expect(say(due('2026-12-03 13:00'), THU_10, { state: 'paused' }, 'en')?.text).toBe('paused: waiting for the customer');
    expect(say(due('2026-12-03 17:00'), THU_10, {}, 'en')?.fullDate).toBe('Thursday, 3 December 2026 at 17:00');
  });
});

describe('the clocks of a case', () => {
  const base = {
    status: 'open', resolvedAt: null, firstResponseDueAt: '2026-12-04T11:00:00Z', dueAt: '2026-12-10T16:00:00Z', sla: null,
  } as Pick<Case, 'status' | 'resolvedAt' | 'firstResponseDueAt' | 'dueAt' | 'sla'>;

  it('takes the due moments and breaches from the response clock', () => {
    const sla = {
      state: 'running', receivedAt: '2026-12-03T09:00:00Z', firstResponseDueAt: '2026-12-04T11:00:00Z', dueAt: '2026-12-11T16:00:00Z',
      firstRespondedAt: null, pausedSince: null, pausedMinutes: 0, firstResponseBreachedAt: '2026-12-04T11:00:05Z', resolutionBreachedAt: null,
    } as const;
    expect(firstResponseClock({ ...base, sla })).toEqual({
      dueAt: '2026-12-04T11:00:00Z', state: 'running', breachedAt: '2026-12-04T11:00:05Z', doneAt: null,
    });
    expect(resolutionClock({ ...base, sla })).toEqual({ dueAt: '2026-12-11T16:00:00Z', state: 'running', breachedAt: null, doneAt: null });
    expect(firstResponseClock({ ...base, sla: { ...sla, firstRespondedAt: '2026-12-03T10:00:00Z' } }).doneAt).toBe('2026-12-03T10:00:00Z');
  });

  it('falls back to the case fields, and an answered case is done', () => {
    expect(resolutionClock(base)).toEqual({ dueAt: '2026-12-10T16:00:00Z', state: null, breachedAt: null, doneAt: null });
    const answered = { ...base, status: 'resolved', resolvedAt: '2026-12-05T10:00:00Z' } as typeof base;
    expect(resolutionClock(answered)).toMatchObject({ state: 'stopped', doneAt: '2026-12-05T10:00:00Z' });
    expect(firstResponseClock(answered)).toMatchObject({ state: 'stopped' });
  });
});

describe('moments far off or long ago', () => {
  it('says "uiterlijk 31 december 9999 12:00" at once, without counting work hours up to it', () => {
    const started = Date.now();
    expect(say('9999-12-31T11:00:00Z', THU_10)).toMatchObject({ risk: 'ok', text: 'uiterlijk 31 december 9999 12:00' });
    expect(say('0001-01-01T11:00:00Z', THU_10)?.risk).toBe('breached');
    expect(describeDue({ dueAt: '9999-12-31T11:00:00Z' }, { now: THU_10, businessTime: businessTimeOf(businessCalendar, linde) })?.businessMinutesLeft).toBeNull();
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('still counts work hours within a month', () => {
    expect(describeDue({ dueAt: at('2026-12-31 10:00').toISOString() }, { now: THU_10, businessTime: businessTimeOf(businessCalendar, linde) })?.businessMinutesLeft).toBeGreaterThan(240);
  });
});
