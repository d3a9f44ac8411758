import { SAFETY_MARKER_CODES } from '@loket/shared/contracts';
import type { CustomerRef } from '@loket/web/api-client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * The safety warning (R3) at the top of a page about one customer's matter (a case, a callback):
 * the same red banner as on the customer page (MarkerAlerts), with the markers in force and the way
 * to their note. `role="alert"`: a screen reader announces it once, when the page arrives. It stays
 * mounted while the page's data refreshes (the same element, the same text), so it is not announced
 * again on every re-render. Nothing when the customer has no safety marker.
 */
export function SafetyBanner({ customer }: { customer: CustomerRef | null | undefined }) {
  const { t } = useTranslation();
  const codes = SAFETY_MARKER_CODES.filter((code) => customer?.safetyMarkers.includes(code));
  if (!customer || codes.length === 0) return null;
  return (
    <div role="alert" className="safety-banner safety-banner--page" data-testid="safety-banner">
      <svg className="safety-banner__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="40" height="40">
        <path d="M12 2 1 21h22L12 2z" fill="#fff" />
        <path d="M11 9h2v6h-2zM11 17h2v2h-2z" fill="#a8071a" />
      </svg>
      <div>
        <ul className="safety-banner__list">
          {codes.map((code) => (
            <li key={code}>
              <p className="safety-banner__text">
                <strong>{t('customer.safetyWarning', { name: t(`markerNames.${code}`) })}</strong>
              </p>
            </li>
          ))}
        </ul>
        <p className="safety-banner__since">
          {t('safety.banner.text', { name: customer.fullName })}{' '}
          <Link to={`/klanten/${encodeURIComponent(customer.id)}`} className="safety-banner__link">
            {t('safety.banner.link', { name: customer.fullName })}
          </Link>
        </p>
      </div>
    </div>
  );
}

/**
 * The top of a case page: the safety banner when the customer has a marker, and who the question is
 * from (the case page names the customer; the flag beside the name in words for screen readers).
 */
export function CaseCustomer({ customer }: { customer: CustomerRef | null | undefined }) {
  const { t } = useTranslation();
  if (!customer) return null;
  return (
    <>
      <SafetyBanner customer={customer} />
      <p className="case-customer">
        {t('safety.caseOf')}{' '}
        <Link to={`/klanten/${encodeURIComponent(customer.id)}`} className="case-customer__name">
          {customer.fullName}
        </Link>{' '}
        <span className="muted">{t('safety.customerNumber', { number: customer.customerNumber })}</span>
      </p>
    </>
  );
}
