import { setupI18n } from '@loket/web/ui';
import { en, nl } from './resources';

/** Starts i18next for the agent app; the chosen language is remembered per app. */
export function initI18n(language?: string) {
  return setupI18n({ resources: { nl, en }, storageKey: 'loket.agent.language', language });
}
