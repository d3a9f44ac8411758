import { describe, expect, it } from 'vitest';
import { FIELD_ERROR_CODES } from '@loket/shared/contracts';
import { fieldErrorKey } from './field-errors';
import { mergeTexts, setupI18n, textKeys, uiTexts } from './i18n';

describe('texts', () => {
  it('English has a text for every Dutch key of this library, and no leftovers', () => {
    expect(textKeys(uiTexts.en).sort()).toEqual(textKeys(uiTexts.nl).sort());
  });

  it('has a Dutch and an English text for every API field error code, and one for a code it does not know', () => {
    for (const code of [...FIELD_ERROR_CODES, 'other'] as const) {
      expect({ code, nl: !!uiTexts.nl.fieldErrors[code], en: !!uiTexts.en.fieldErrors[code] }).toEqual({ code, nl: true, en: true });
    }
    expect(fieldErrorKey('too_long')).toBe('fieldErrors.too_long');
    expect(fieldErrorKey('a_code_from_a_newer_api')).toBe('fieldErrors.other');
    expect(fieldErrorKey(undefined)).toBe('fieldErrors.other');
  });

  it('merges key by key, the later text winning', () => {
    const merged = mergeTexts({ app: { retry: 'Opnieuw proberen', name: 'Loket' } }, { app: { name: 'Mijn Loket' }, auth: { title: 'Inloggen' } });
    expect(merged).toEqual({ app: { retry: 'Opnieuw proberen', name: 'Mijn Loket' }, auth: { title: 'Inloggen' } });
  });
});

describe('setupI18n', () => {
  it('starts in the given language, sets the page language, and uses a plain text where an app does not count', () => {
    const i18n = setupI18n({
      resources: { nl: { contracts: { title: 'Huurcontracten' } }, en: { contracts: { title: 'Rental contracts' } } },
      storageKey: 'loket.test.language',
      language: 'nl',
    });
    expect(document.documentElement.lang).toBe('nl');
    expect(i18n.t('contracts.title', { count: 1 })).toBe('Huurcontracten');
    void i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('loket.test.language')).toBe('en');
    expect(i18n.t('contracts.title', { count: 3 })).toBe('Rental contracts');
  });
});
