import { Badge, formatDate, intlLocale } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import type { Marker } from '@loket/web/api-client';
import { splitActiveMarkers } from '../hooks/markers';

/**
 * The top of the customer page (R3). Safety markers (AGR, WAN) come first in a red banner
 * that screen readers announce; other active markers follow as badges with their note.
 */
export function MarkerAlerts({ markers }: { markers: readonly Marker[] }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const { safety, other } = splitActiveMarkers(markers);
  if (safety.length === 0 && other.length === 0) return null;

  return (
    <div className="marker-alerts">
      {safety.length > 0 ? (
        <div role="alert" className="safety-banner">
          <svg className="safety-banner__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="40" height="40">
            <path d="M12 2 1 21h22L12 2z" fill="#fff" />
            <path d="M11 9h2v6h-2zM11 17h2v2h-2z" fill="#a8071a" />
          </svg>
          <ul className="safety-banner__list">
            {safety.map((marker) => (
              <li key={marker.id}>
                <p className="safety-banner__text">
                  <strong>{t('customer.safetyWarning', { name: t(`markerNames.${marker.code}`) })}</strong>
                  {marker.note ? ` — ${marker.note}` : null}
                </p>
                <p className="safety-banner__since">{t('customer.since', { date: formatDate(marker.validFrom, locale) })}</p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {other.length > 0 ? (
        <ul className="marker-badges" aria-label={t('customer.otherMarkers')}>
          {other.map((marker) => (
            <li key={marker.id} className="marker-badges__item">
              <Badge tone="warning">{t(`markerNames.${marker.code}`)}</Badge>
              {marker.note ? <span className="marker-badges__note">{marker.note}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
