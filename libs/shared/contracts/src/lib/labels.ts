import { MARKER_CODES, type MarkerCode } from './enums';
import { veraNaam } from './vera/vera';

/** Dutch names of the marker codes: VERA's names of SIGNALERINGSOORT (the generated referentiedata). */
export const MARKER_NAMES_NL = Object.fromEntries(MARKER_CODES.map((code) => [code, veraNaam('SIGNALERINGSOORT', code)])) as Record<MarkerCode, string>;
