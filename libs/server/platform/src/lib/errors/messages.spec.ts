import { FIELD_ERROR_CODES } from '@loket/shared/contracts';
import { FIELD_MESSAGES, PROBLEM_DETAILS, fieldMessage, preferredLanguage, problemTitle } from './messages';

describe('the message catalog', () => {
  it.each([
    [undefined, 'nl'],
    ['', 'nl'],
    ['nl', 'nl'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['nl-NL,nl;q=0.9,en;q=0.8', 'nl'],
    ['en;q=0.8,nl;q=0.9', 'nl'],
    ['en-US,en;q=0.9,nl;q=0.8', 'en'],
    ['en;q=0.5,nl;q=0.5', 'nl'],
    ['de-DE,de;q=0.9', 'nl'],
    ['de,en;q=0.3', 'en'],
    ['*', 'nl'],
    ['EN', 'en'],
    ['en;q=0', 'nl'],
  ])('answers Accept-Language %p in %s (English only when it ranks above Dutch)', (header, language) => {
    expect(preferredLanguage(header)).toBe(language);
  });

  it('has a Dutch and an English message for every code, each filled in from its parameters', () => {
    for (const code of FIELD_ERROR_CODES) {
      expect(FIELD_MESSAGES[code].nl).toBeTruthy();
      expect(FIELD_MESSAGES[code].en).toBeTruthy();
      expect(FIELD_MESSAGES[code].nl).not.toBe(FIELD_MESSAGES[code].en);
    }
    for (const [key, texts] of Object.entries(PROBLEM_DETAILS)) expect({ key, nl: !!texts.nl, en: !!texts.en }).toEqual({ key, nl: true, en: true });
  });

  it.each([
    ['too_long', { max: 200 }, 'mag hoogstens 200 tekens lang zijn', 'must be at most 200 characters'],
    ['too_far_back', { days: 7 }, 'moet binnen de laatste 7 dagen liggen', 'must lie within the last 7 days'],
    ['year_out_of_range', undefined, 'moet tussen de jaren 1900 en 2199 liggen', 'must lie between the years 1900 and 2199'],
    ['required', undefined, 'is verplicht', 'is required'],
  ] as const)('writes %s in Dutch and English', (code, params, nl, en) => {
    expect(fieldMessage(code, params, 'nl')).toBe(nl);
    expect(fieldMessage(code, params, 'en')).toBe(en);
  });

  it('titles a problem by its code, else by its status', () => {
    expect(problemTitle('not-found', 404, { subject: 'Klant' }, 'nl')).toBe('Klant niet gevonden');
    expect(problemTitle('conflict', 409, {}, 'en')).toBe('Conflict');
    expect(problemTitle('case-closed', 409, {}, 'nl')).toBe('Conflict');
    expect(problemTitle('too-many-requests', 429, {}, 'nl')).toBe('Te veel verzoeken');
  });
});
