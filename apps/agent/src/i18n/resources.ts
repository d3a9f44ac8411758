import { MARKER_NAMES_NL } from '@loket/shared/contracts';
import { sessionTexts } from '@loket/web/session';
import { mergeTexts, uiTexts } from '@loket/web/ui';
import enTexts from './en.json';
import nlTexts from './nl.json';

/**
 * Dutch first. The libraries bring the texts their components share; this app's own texts come
 * last, in its own wording. The Dutch marker names come from the contract (VERA reference data).
 */
export const nl = mergeTexts(uiTexts.nl, sessionTexts.nl, { ...nlTexts, markerNames: MARKER_NAMES_NL });
export const en = mergeTexts(uiTexts.en, sessionTexts.en, enTexts);

export type Resources = typeof nl;
