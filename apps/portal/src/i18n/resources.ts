import { sessionTexts } from '@loket/web/session';
import { mergeTexts, uiTexts } from '@loket/web/ui';
import enTexts from './en.json';
import nlTexts from './nl.json';

/** Dutch first; English second. The libraries bring the texts their components share; this app's own come last. */
export const nl = mergeTexts(uiTexts.nl, sessionTexts.nl, nlTexts);
export const en = mergeTexts(uiTexts.en, sessionTexts.en, enTexts);

export type Resources = typeof nl;
