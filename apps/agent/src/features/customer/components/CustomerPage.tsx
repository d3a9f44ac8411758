import { isApiError, useCustomerOverview, useSessionUser, type Case } from '@loket/web/api-client';
import { Alert, Button, ContractsList, Loading, useDocumentTitle } from '@loket/web/ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CustomerAccessPanel } from '../../access-log';
import { ContactSection, Timeline } from '../../contact-log';
import { CurrentCustomer, customerRef } from '../../safety';
import { lastSearchPath } from '../../search';
import { useEscapeToSearch } from '../hooks/useEscapeToSearch';
import { MarkerAlerts } from './MarkerAlerts';
import { MarkersPanel } from './MarkersPanel';
import { NeedsPanel } from './NeedsPanel';
import { OpenItems } from './OpenItems';
import { PersonalDetails } from './PersonalDetails';
import { PrivacyActions } from './PrivacyActions';

/** The picture at a glance (R1): safety first, then who, what they need, where they live, what is open. */
export function CustomerPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const overview = useCustomerOverview(id);
  const isAdmin = useSessionUser().data?.roles?.includes('admin') ?? false;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const customer = overview.data?.customer;
  useEscapeToSearch();
  useDocumentTitle(customer?.fullName, t('app.titleSuffix'));

  useEffect(() => {
    if (customer?.id) headingRef.current?.focus();
  }, [customer?.id]);

  const backLink = (
    <Link to={lastSearchPath()} className="back-link">
      <span aria-hidden="true" className="back-link__arrow">
        ←
      </span>
      {t('customer.back')}
      <span className="back-link__key">{t('customer.backShortcut')}</span>
    </Link>
  );

  if (overview.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (overview.isError) {
    const notFound = isApiError(overview.error) && (overview.error.status === 404 || overview.error.status === 400);
    return (
      <>
        {backLink}
        <h1>{notFound ? t('app.notFoundTitle') : t('app.genericError')}</h1>
        <Alert tone="error">
          {notFound ? (
            <p>{t('customer.notFound')}</p>
          ) : (
            <Button variant="secondary" onClick={() => void overview.refetch()}>
              {t('app.retry')}
            </Button>
          )}
        </Alert>
      </>
    );
  }

  const data = overview.data;
  return (
    <article className="customer-page" aria-labelledby="klant-naam">
      {backLink}
      <MarkerAlerts markers={data.customer.markers} />
      <header className="customer-header">
        <h1 id="klant-naam" ref={headingRef} tabIndex={-1}>
          {data.customer.fullName}
        </h1>
        <p className="customer-header__meta">
          <span>
            {t('customer.customerNumber')} <strong>{data.customer.customerNumber}</strong>
          </span>
          {data.customer.externalId ? (
            <span>
              {t('customer.erpNumber')} <strong>{data.customer.externalId}</strong>
            </span>
          ) : null}
          <span>{t(`labels.kind.${data.customer.kind}`)}</span>
        </p>
      </header>
      <CurrentCustomer customer={customerRef(data.customer)}>
        <ContactSection customerId={data.customer.id} openCases={data.openCases as Case[]} phoneNumbers={data.customer.phoneNumbers} customer={data.customer} />
      </CurrentCustomer>
      <div className="customer-grid">
        <div className="customer-grid__column">
          <PersonalDetails customer={data.customer} />
          <ContractsList contracts={data.contracts} showErpNumbers />
        </div>
        <div className="customer-grid__column">
          <NeedsPanel customer={data.customer} />
          <OpenItems overview={data} />
        </div>
      </div>
      <Timeline customerId={data.customer.id} />
      <MarkersPanel customer={data.customer} />
      <PrivacyActions customer={data.customer} />
      {isAdmin ? <CustomerAccessPanel customerId={data.customer.id} /> : null}
    </article>
  );
}
