import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { uiTexts } from '../i18n/i18n';
import {
  dayPartOfTime, formatCallbackWindow, formatWindowSuggestion, localDateTime, parseWindowSuggestion, zonedIso, type CallbackWindowSource,
} from './callback-window';

const i18n = createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { nl: { translation: uiTexts.nl }, en: { translation: uiTexts.en } },
    lng: 'nl',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
});

/** Winter time in Amsterdam is UTC+1. */
const at = (local: string) => `${local.replace(' ', 'T')}:00+01:00`;
/** Thursday 3 December 2026, 10:00 in Amsterdam. */
const NOW = new Date(at('2026-12-03 10:00'));

function say(window: CallbackWindowSource, language = 'nl') {
  return formatCallbackWindow(window, { now: NOW, t: i18n.getFixedT(language), language });
}

describe('formatCallbackWindow', () => {
  it('names a day part as people say it, with its open hours', () => {
    expect(say({ windowStart: at('2026-12-03 12:00'), dueAt: at('2026-12-03 17:00'), dayPart: 'MID' })).toBe('vanmiddag (12:00–17:00)');
    expect(say({ windowStart: at('2026-12-04 08:30'), dueAt: at('2026-12-04 12:00'), dayPart: 'OCH' })).toBe('morgenochtend (08:30–12:00)');
    expect(say({ windowStart: at('2026-12-07 12:00'), dueAt: at('2026-12-07 17:00'), dayPart: 'MID' })).toBe('maandagmiddag (12:00–17:00)');
    expect(say({ windowStart: at('2026-12-14 08:30'), dueAt: at('2026-12-14 12:00'), dayPart: 'OCH' })).toBe('14 december in de ochtend (08:30–12:00)');
    expect(say({ windowStart: at('2026-12-04 08:30'), dueAt: at('2026-12-04 12:00'), dayPart: 'OCH' }, 'en')).toBe('tomorrow morning (08:30–12:00)');
  });

  it('gives a window within one day from and to, and the standard window by its end', () => {
    expect(say({ windowStart: at('2026-12-03 12:00'), dueAt: at('2026-12-03 17:00'), dayPart: null })).toBe('vandaag 12:00–17:00');
    expect(say({ windowStart: at('2026-12-04 10:30'), dueAt: at('2026-12-04 10:45'), dayPart: null })).toBe('morgen 10:30–10:45');
    expect(say({ windowStart: at('2026-12-03 10:00'), dueAt: at('2026-12-04 12:00'), dayPart: null })).toBe('uiterlijk morgen 12:00');
    expect(say({ windowStart: at('2026-12-03 10:00'), dueAt: at('2026-12-04 12:00'), dayPart: null }, 'en')).toBe('by tomorrow 12:00');
  });

  it('says nothing for a moment that is not a date', () => {
    expect(say({ windowStart: 'gisteren', dueAt: at('2026-12-04 12:00'), dayPart: null })).toBeNull();
  });
});

describe('window suggestions', () => {
  it('reads an instant and a date with a day part, and nothing else', () => {
    expect(parseWindowSuggestion('2026-12-07T07:30:00.000Z')).toEqual({ kind: 'at', at: new Date('2026-12-07T07:30:00.000Z') });
    expect(parseWindowSuggestion('2026-12-07 OCH')).toEqual({ kind: 'dayPart', date: '2026-12-07', dayPart: 'OCH' });
    expect(parseWindowSuggestion('straks')).toBeNull();
    expect(parseWindowSuggestion(undefined)).toBeNull();
  });

  it('puts a suggestion in words for the "Gebruik …" button', () => {
    const options = { now: NOW, t: i18n.getFixedT('nl'), language: 'nl' };
    expect(formatWindowSuggestion({ kind: 'at', at: new Date(at('2026-12-04 08:30')) }, options)).toBe('morgen 08:30');
    expect(formatWindowSuggestion({ kind: 'dayPart', date: '2026-12-07', dayPart: 'OCH' }, options)).toBe('maandagochtend');
  });

  it('finds the local date, time and day part of a moment', () => {
    expect(localDateTime(new Date('2026-07-01T22:30:00Z'))).toEqual({ date: '2026-07-02', time: '00:30' });
    expect(dayPartOfTime('07:59')).toBeNull();
    expect(dayPartOfTime('08:30')).toBe('OCH');
    expect(dayPartOfTime('12:00')).toBe('MID');
    expect(dayPartOfTime('23:15')).toBe('AVO');
  });

  it('turns a Dutch date and time into an instant with its offset, in winter and in summer', () => {
    expect(zonedIso('2026-12-08', '08:30')).toBe('2026-12-08T08:30:00+01:00');
    expect(zonedIso('2026-07-08', '08:30')).toBe('2026-07-08T08:30:00+02:00');
    expect(zonedIso('2026-02-30', '08:30')).toBeNull();
    expect(zonedIso('2026-12-08', '8:30')).toBeNull();
  });
});
