import type { MarkerCode } from './enums';

/** Dutch names of the VERA SIGNALERING codes (shared/vera/Referentiedata.csv). */
export const MARKER_NAMES_NL: Record<MarkerCode, string> = {
  AGR: 'Agressie',
  ONB: 'Ondersteuningsbehoefte',
  OVE: 'Overlast',
  SCH: 'Huurschuld',
  WAN: 'Wangedrag naar medewerkers',
};
