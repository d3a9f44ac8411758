import { describe, expect, it } from 'vitest';
import { mergeTexts, setupI18n, textKeys, uiTexts } from './i18n';

describe('texts', () => {
  it('English has a text for every Dutch key of this library, and no leftovers', () => {
    expect(textKeys(uiTexts.en).sort()).toEqual(textKeys(uiTexts.nl).sort());
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
