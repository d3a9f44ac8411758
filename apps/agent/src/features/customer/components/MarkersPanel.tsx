import { Badge, formatDate, intlLocale, Panel } from '@loket/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Customer } from '@loket/web/api-client';
import { isSafetyMarker, sortMarkers } from '../hooks/markers';
import { AddMarkerForm } from './AddMarkerForm';
import { EndMarkerButton } from './EndMarkerButton';

/** All markers of the customer, with adding and ending. */
export function MarkersPanel({ customer }: { customer: Customer }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const [message, setMessage] = useState('');
  const active = sortMarkers(customer.markers.filter((marker) => marker.active));
  const ended = sortMarkers(customer.markers.filter((marker) => !marker.active));

  const period = (from: string, until: string | null) =>
    until
      ? t('markers.periodUntil', { from: formatDate(from, locale), until: formatDate(until, locale) })
      : t('markers.period', { from: formatDate(from, locale) });

  return (
    <Panel title={t('markers.title')} id="signaleringen">
      <p role="status" className="status-message">
        {message}
      </p>
      <h3>{t('markers.active')}</h3>
      {active.length === 0 ? (
        <p>{t('markers.none')}</p>
      ) : (
        <ul className="plain-list marker-list">
          {active.map((marker) => (
            <li key={marker.id} className={`marker-item${isSafetyMarker(marker.code) ? ' marker-item--safety' : ''}`}>
              <div className="marker-item__body">
                <Badge tone={isSafetyMarker(marker.code) ? 'danger' : 'warning'}>{t(`markerNames.${marker.code}`)}</Badge>
                <p className="marker-item__note">{marker.note}</p>
                <p className="marker-item__period">{period(marker.validFrom, marker.validUntil)}</p>
              </div>
              <EndMarkerButton
                customerId={customer.id}
                marker={marker}
                onEnded={(name) => setMessage(t('markers.endedMessage', { name }))}
              />
            </li>
          ))}
        </ul>
      )}
      {ended.length > 0 ? (
        <details className="ended-markers">
          <summary>
            {t('markers.ended')} ({ended.length})
          </summary>
          <ul className="plain-list marker-list">
            {ended.map((marker) => (
              <li key={marker.id} className="marker-item marker-item--ended">
                <div className="marker-item__body">
                  <Badge tone="neutral">{t(`markerNames.${marker.code}`)}</Badge>
                  <p className="marker-item__note">{marker.note}</p>
                  <p className="marker-item__period">{period(marker.validFrom, marker.validUntil)}</p>
                </div>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <AddMarkerForm customerId={customer.id} onAdded={(name) => setMessage(t('markers.add.saved', { name }))} />
    </Panel>
  );
}
