import { isApiError, useUpdateMarker, type Marker } from '@loket/web/api-client';
import { Alert, Button } from '@loket/web/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endDateForToday, todayIso } from '../hooks/markers';

/** Ends a marker after a short confirmation; Esc cancels the confirmation, not the page. */
export function EndMarkerButton({ customerId, marker, onEnded }: { customerId: string; marker: Marker; onEnded: (name: string) => void }) {
  const { t } = useTranslation();
  const updateMarker = useUpdateMarker(customerId);
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const endRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const name = t(`markerNames.${marker.code}`);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) endRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  if (!confirming) {
    return (
      <Button ref={endRef} variant="danger" aria-label={t('markers.endLabel', { name })} onClick={() => setConfirming(true)}>
        {t('markers.end')}
      </Button>
    );
  }
  return (
    // Esc inside the question cancels it (and so does not leave the page).
    <div
      className="confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          setConfirming(false);
        }
      }}
    >
      <p className="confirm__question">{t('markers.confirmEnd', { name })}</p>
      {failed ? <Alert tone="error" live="alert">{failed}</Alert> : null}
      <div className="button-row">
        <Button
          ref={confirmRef}
          variant="danger"
          busy={updateMarker.isPending}
          onClick={() => {
            setFailed(null);
            updateMarker.mutate(
              { markerId: marker.id, body: { validUntil: endDateForToday() } },
              {
                onSuccess: () => onEnded(name),
                onError: (error) =>
                  setFailed(
                    isApiError(error) && error.status === 400 && marker.validFrom >= todayIso()
                      ? t('markers.cannotEndToday')
                      : t('app.genericError'),
                  ),
              },
            );
          }}
        >
          {t('markers.confirmEndYes')}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(false)}>
          {t('markers.cancel')}
        </Button>
      </div>
    </div>
  );
}
