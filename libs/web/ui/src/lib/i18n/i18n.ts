import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LanguageOption } from '../components/layout';
import en from './en.json';
import nl from './nl.json';

/** The languages of every Loket app, Dutch first. */
export const LANGUAGES: LanguageOption[] = [
  { code: 'nl', label: 'Nederlands' },
  { code: 'en', label: 'English' },
];

/**
 * Texts of this library's components (`app.retry`, `app.languageSwitch`, `contracts.*`).
 * An app merges them under its own texts with `mergeTexts`. Components here also use keys
 * the app must bring, because the wording differs per app: see each component.
 */
export const uiTexts = { nl, en };

/** Texts as i18next takes them: nested objects with strings at the leaves. */
export type TextTree = { [key: string]: unknown };

function isTextTree(value: unknown): value is TextTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeTwo(base: TextTree, override: TextTree): TextTree {
  const result: TextTree = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = result[key];
    result[key] = isTextTree(current) && isTextTree(value) ? mergeTwo(current, value) : value;
  }
  return result;
}

/** Merges text trees key by key; a later tree wins, so an app can reword a library's text. */
export function mergeTexts<A extends object, B extends object>(a: A, b: B): A & B;
export function mergeTexts<A extends object, B extends object, C extends object>(a: A, b: B, c: C): A & B & C;
export function mergeTexts(...trees: object[]): object {
  return trees.reduce<TextTree>((merged, tree) => mergeTwo(merged, tree as TextTree), {});
}

/** Every key of a text tree, e.g. `auth.title`: for checking that English has what Dutch has. */
export function textKeys(value: unknown, prefix = ''): string[] {
  if (!isTextTree(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => textKeys(child, prefix ? `${prefix}.${key}` : key));
}

function storedLanguage(storageKey: string): string | null {
  try {
    const value = localStorage.getItem(storageKey);
    return value && LANGUAGES.some((l) => l.code === value) ? value : null;
  } catch {
    return null;
  }
}

export interface I18nSetup {
  /** The app's Dutch and English texts, merged with those of the libraries it uses. */
  resources: { nl: TextTree; en: TextTree };
  /** Where the chosen language is remembered, one key per app (e.g. `loket.agent.language`). */
  storageKey: string;
  /** Start in this language (tests); otherwise the remembered choice, else Dutch. */
  language?: string;
}

/** Starts i18next once; the page's `lang` attribute follows the chosen language (3.1.1). */
export function setupI18n({ resources, storageKey, language }: I18nSetup) {
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', (lng) => {
      document.documentElement.lang = lng;
      try {
        localStorage.setItem(storageKey, lng);
      } catch {
        // private mode: the choice lasts for this page only
      }
    });
    void i18n.use(initReactI18next).init({
      resources: { nl: { translation: resources.nl }, en: { translation: resources.en } },
      lng: language ?? storedLanguage(storageKey) ?? 'nl',
      fallbackLng: 'nl',
      supportedLngs: LANGUAGES.map((l) => l.code),
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    document.documentElement.lang = i18n.language;
  } else if (language && i18n.language !== language) {
    void i18n.changeLanguage(language);
  }
  return i18n;
}
