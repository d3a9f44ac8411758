import type { MarkerCode } from '@loket/shared/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from './feedback';

export interface SafetyFlagProps {
  /** The customer's safety markers in force (AGR, WAN): `CustomerRef.safetyMarkers`. */
  codes: readonly MarkerCode[];
  className?: string;
}

/**
 * The safety warning (R3) beside a customer's name, wherever staff meet the customer: a red badge
 * per marker with an icon (never colour alone) and, for screen readers, the words "Let op". Nothing
 * when there is no marker. Marker names come from the app's `markerNames` texts.
 */
export function SafetyFlag({ codes, className }: SafetyFlagProps) {
  const { t } = useTranslation();
  if (codes.length === 0) return null;
  return (
    <span className={['lk-safety-flag', className].filter(Boolean).join(' ')}>
      {codes.map((code) => (
        <Badge key={code} tone="danger">
          <span aria-hidden="true">⚠</span> <span className="lk-visually-hidden">{t('safety.warningPrefix')} </span>
          {t(`markerNames.${code}`)}
        </Badge>
      ))}
    </span>
  );
}
