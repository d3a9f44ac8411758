import { SAFETY_MARKER_CODES } from '@loket/shared/contracts';
import { Badge, formatAddress, formatDate, intlLocale, SafetyFlag } from '@loket/web/ui';
import { useTranslation } from 'react-i18next';
import type { CustomerSearchHit } from '@loket/web/api-client';

/** One search result: enough to recognise the right person at a glance. */
export function SearchHit({ hit }: { hit: CustomerSearchHit }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const matched = (...kinds: CustomerSearchHit['matchedOn'][]) => (kinds.includes(hit.matchedOn) ? ' is-match' : '');
  const other = hit.activeMarkers.filter((code) => !SAFETY_MARKER_CODES.includes(code));
  const birth = formatDate(hit.birthDate, locale);

  return (
    <>
      <span className="search-hit__line">
        <span className={`search-hit__name${matched('name', 'name_postcode')}`}>{hit.fullName}</span>
        <SafetyFlag codes={hit.activeMarkers} />
        {other.map((code) => (
          <Badge key={code} tone="warning">
            {t(`markerNames.${code}`)}
          </Badge>
        ))}
      </span>
      <span className="search-hit__line search-hit__meta">
        <span className={`search-hit__number${matched('customer_number')}`}>
          {t('search.customerNumber', { number: hit.customerNumber })}
        </span>
        <span>{t(`labels.kind.${hit.kind}`)}</span>
        {birth ? <span>{t('search.born', { date: birth })}</span> : null}
      </span>
      <span className="search-hit__line search-hit__meta">
        <span className={matched('address', 'postcode', 'street', 'name_postcode')}>{formatAddress(hit.address) ?? t('search.noAddress')}</span>
        {hit.phone ? <span className={matched('phone')}>{hit.phone}</span> : null}
        {hit.email && hit.matchedOn === 'email' ? <span className=" is-match">{hit.email}</span> : null}
      </span>
      <span className="search-hit__matched">{t('search.matchedOn', { what: t(`labels.matchedOn.${hit.matchedOn}`) })}</span>
    </>
  );
}
