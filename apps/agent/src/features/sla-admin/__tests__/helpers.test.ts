import { describe, expect, it } from 'vitest';
import i18n from 'i18next';
import type { SlaPreview } from '@loket/web/api-client';
import { lindeCalendar, lindePolicies } from '../../../test/fixtures';
import { calendarErrorPath, calendarProblem, calendarToValues, normalizeTime, valuesToCalendar } from '../hooks/calendar-form';
import { policiesToValues, policyError, valuesToPolicies } from '../hooks/policies-form';
import { nextFridayAt1155, previewSentences } from '../hooks/preview-text';

describe('the opening hours form', () => {
  it('reads times the way people type them', () => {
    expect(normalizeTime('830')).toBe('08:30');
    expect(normalizeTime('8:30')).toBe('08:30');
    expect(normalizeTime('8.30')).toBe('08:30');
    expect(normalizeTime('17')).toBe('17:00');
    expect(normalizeTime(' 1230 ')).toBe('12:30');
    expect(normalizeTime('half negen')).toBe('half negen');
  });

  it('keeps what the screen does not edit (time zone, hours changes, woonpunten), and leaves out the read-only parts', () => {
    const loaded = lindeCalendar({
      hoursChanges: [{ from: '2027-01-01', openingHours: lindeCalendar().openingHours }],
      locations: { KAA: { closingDays: ['2026-12-24'] } },
      closingDays: ['2026-12-31', { from: '2026-12-28', to: '2026-12-30', reason: 'Kerstvakantie' }, { from: '2026-10-05', to: '2026-10-05', reason: 'Studiedag' }],
      openingHours: { ...lindeCalendar().openingHours, sun: [{ from: '22:00', to: '02:00', overnight: true }], sat: [{ from: '09:00', to: '12:00', appointmentOnly: true }] },
    });
    const values = calendarToValues(loaded);
    expect(values.openingHours.sun).toEqual([{ from: '22:00', to: '02:00', appointmentOnly: false, overnight: true }]);
    expect(values.closingDays).toEqual([
      { from: '2026-12-31', to: '', reason: '' },
      { from: '2026-12-28', to: '2026-12-30', reason: 'Kerstvakantie' },
      { from: '2026-10-05', to: '', reason: 'Studiedag' },
    ]);
    const body = valuesToCalendar(values, loaded);
    expect(body).not.toHaveProperty('holidays');
    expect(body).not.toHaveProperty('updatedAt');
    expect(body.hoursChanges).toEqual(loaded.hoursChanges);
    expect(body.locations).toEqual({ KAA: { closingDays: ['2026-12-24'] } });
    expect(body.openingHours.mon).toEqual([['08:30', '17:00']]);
    expect(body.openingHours.sat).toEqual([{ from: '09:00', to: '12:00', appointmentOnly: true }]);
    expect(body.closingDays).toEqual(loaded.closingDays?.slice(0, 2).concat([{ from: '2026-10-05', to: '2026-10-05', reason: 'Studiedag' }]));
  });

  it('puts the API’s field errors on the form’s fields, and names the problem', () => {
    expect(calendarErrorPath('openingHours.mon[0].from')).toBe('openingHours.mon.0.from');
    expect(calendarErrorPath('openingHours.tue[1]')).toBe('openingHours.tue.1');
    expect(calendarErrorPath('publicHolidays.goodFriday')).toBe('goodFriday');
    expect(calendarErrorPath('closingDays[2]')).toBe('closingDays.2.from');
    expect(calendarErrorPath('closingDays[2].reason')).toBe('closingDays.2.reason');
    expect(calendarErrorPath('locations.KAA.openingHours.mon[0]')).toBeNull();
    expect(calendarProblem('openingHours.mon[0]', 'overlaps')).toBe('overlap');
    expect(calendarProblem('openingHours.mon[0]', 'ends_before_start')).toBe('endBeforeStart');
    expect(calendarProblem('closingDays[0]', 'ends_before_start')).toBe('rangeBackwards');
    expect(calendarProblem('openingHours.mon[0]', 'not_overnight')).toBe('overnightSameDay');
    expect(calendarProblem('openingHours.mon[0].to', 'not_a_time')).toBe('time');
    expect(calendarProblem('closingDays[1]', 'not_a_real_date')).toBe('date');
    expect(calendarProblem('openingHours.mon', 'too_many')).toBe('tooMany');
    expect(calendarProblem('openingHours', 'no_opening_hours')).toBe('noOpeningTime');
    expect(calendarProblem('closingDays[0].reason', 'too_long')).toBe('reason');
    expect(calendarProblem('timeZone', 'a_code_from_a_newer_api')).toBe('other');
  });
});

describe('the targets form', () => {
  it('has a row per channel, then the topic rows; channels without targets are left out of the PUT', () => {
    const values = policiesToValues(lindePolicies());
    expect(values.rows.map((row) => `${row.channel}:${row.topic}`)).toEqual([
      'phone:', 'email:', 'letter:', 'counter:', 'home_visit:', 'portal:', 'whatsapp:', 'sms:', 'social:', 'phone:t-ovl',
    ]);
    values.rows[1].resolution = { type: 'business_hours', amount: '1,5' };
    const { body, rowOfItem } = valuesToPolicies(values);
    expect(rowOfItem).toEqual([0, 1, 2, 9]);
    expect(body.items[1]).toEqual({ channel: 'email', topic: null, firstResponse: { type: 'working_days', days: 1 }, resolution: { type: 'business_hours', hours: 1.5 } });
    expect(body.items[3]).toEqual({ channel: 'phone', topic: 't-ovl', firstResponse: { type: 'business_hours', hours: 4 }, resolution: null });
    expect(policyError('items[3].firstResponse.hours', 'out_of_range', rowOfItem)).toEqual({ path: 'rows.9.firstResponse.amount', problem: 'hours' });
    expect(policyError('items[3]', 'duplicate', rowOfItem)).toEqual({ path: 'rows.9.topic', problem: 'duplicate' });
    expect(policyError('items', 'not_a_list', rowOfItem)).toBeNull();
    expect(policyError('items[3]', 'required', rowOfItem)).toEqual({ path: 'rows.9.firstResponse.type', problem: 'noTarget' });
  });
});

describe('"Wat betekent dit?" in words', () => {
  const t = i18n.getFixedT('nl');
  const preview: SlaPreview = {
    channel: 'email', topic: null, at: '2026-12-04T18:30:00+01:00', countedFrom: '2026-12-07T08:30:00+01:00', receivedOutsideOpeningHours: true,
    firstResponseDueAt: '2026-12-08T16:00:00Z', dueAt: '2026-12-14T16:00:00Z',
    policy: { channel: 'email', topic: null, firstResponse: { type: 'working_days', days: 1 }, resolution: { type: 'working_days', days: 5 } },
  };

  it('names both due moments, and says when the clock starts for a request outside opening hours', () => {
    expect(previewSentences(preview, t, 'nl', new Date('2026-11-22T12:00:00Z'))).toEqual([
      'Een e-mail op vrijdag 4 december 18:30 krijgt uiterlijk dinsdag 8 december 17:00 een eerste reactie en moet uiterlijk maandag 14 december 17:00 beantwoord zijn.',
      'Dat is buiten de openingstijden. De termijn telt vanaf maandag 7 december 08:30.',
    ]);
  });

  it('says so when the channel has no target, and adds the year of another year', () => {
    const none = { ...preview, channel: 'social' as const, firstResponseDueAt: null, dueAt: null, policy: null };
    expect(previewSentences(none, t, 'nl', new Date('2027-02-01T12:00:00Z'))).toEqual(['Voor een bericht via sociale media geldt geen reactietermijn.']);
    expect(previewSentences({ ...none, channel: 'whatsapp' }, t, 'nl', new Date('2027-02-01T12:00:00Z'))).toEqual(['Voor een WhatsApp-bericht geldt geen reactietermijn.']);
    expect(previewSentences({ ...none, channel: 'sms' }, i18n.getFixedT('en'), 'en', new Date('2027-02-01T12:00:00Z'))[0]).toContain('a text message (SMS)');
    const letter = { ...preview, channel: 'letter' as const, firstResponseDueAt: null, receivedOutsideOpeningHours: false };
    expect(previewSentences(letter, t, 'nl', new Date('2027-02-01T12:00:00Z'))).toEqual([
      'Een brief op vrijdag 4 december 2026 18:30 moet uiterlijk maandag 14 december 17:00 beantwoord zijn.',
    ]);
  });

  it('speaks English too', () => {
    expect(previewSentences({ ...preview, receivedOutsideOpeningHours: false }, i18n.getFixedT('en'), 'en', new Date('2026-11-22T12:00:00Z'))).toEqual([
      'An e-mail on Friday 4 December 18:30 gets a first response by Tuesday 8 December 17:00 and must be answered by Monday 14 December 17:00.',
    ]);
  });

  it('takes next Friday 11:55 as the fixed example, a week ahead on a Friday itself', () => {
    expect(nextFridayAt1155(new Date('2026-11-22T12:00:00+01:00'))).toBe('2026-11-27T11:55');
    expect(nextFridayAt1155(new Date('2026-11-27T09:00:00+01:00'))).toBe('2026-12-04T11:55');
    expect(nextFridayAt1155(new Date('2026-11-26T23:30:00Z'))).toBe('2026-12-04T11:55');
  });
});
