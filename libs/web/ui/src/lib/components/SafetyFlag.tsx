import { SAFETY_MARKER_CODES, type MarkerCode } from '@loket/shared/contracts';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge } from './feedback';

export interface SafetyFlagProps {
  /**
   * The customer's safety markers in force (AGR, WAN): `CustomerRef.safetyMarkers`. A list of all
   * active markers (a search hit's `activeMarkers`) may be passed too: only the safety ones show.
   */
  codes: readonly MarkerCode[] | null | undefined;
  className?: string;
}

/** The safety markers among `codes`, AGR before WAN, each once. */
export function safetyCodes(codes: readonly MarkerCode[] | null | undefined): MarkerCode[] {
  return SAFETY_MARKER_CODES.filter((code) => codes?.includes(code));
}

/**
 * The safety warning (R3) beside a customer's name, wherever staff meet the customer: a red badge
 * per marker with an icon (never colour alone) and, for screen readers, "Let op, veiligheidsmarkering:"
 * before the marker's name, so a row read aloud warns too. Nothing when there is no marker. Marker
 * names come from the app's `markerNames` texts. In a row, not a live region: it is read with the
 * row, never announced on its own (a page about one customer has a banner for that).
 */
export function SafetyFlag({ codes, className }: SafetyFlagProps) {
  const { t } = useTranslation();
  // The marker names are the app's texts (the agent's `markerNames`), not this library's: looked up by key.
  const markerName = t as unknown as (key: string) => string;
  const shown = safetyCodes(codes);
  if (shown.length === 0) return null;
  // The spaces keep the words apart when the row is read aloud ("… Berg, Let op, …").
  return (
    <>
      {' '}
      <span className={['lk-safety-flag', className].filter(Boolean).join(' ')} data-safety-flag="">
        {shown.map((code, index) => (
          <Fragment key={code}>
            {index > 0 ? ' ' : null}
            <Badge tone="danger" className="lk-safety-flag__badge">
              <span aria-hidden="true">⚠</span> <span className="lk-visually-hidden">{t('safety.warningPrefix')} </span>
              {markerName(`markerNames.${code}`)}
            </Badge>
          </Fragment>
        ))}
      </span>
    </>
  );
}
