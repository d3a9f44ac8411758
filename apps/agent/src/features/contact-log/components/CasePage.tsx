import { isApiError, useCase, useUpdateCase } from '@loket/web/api-client';
import {
  Alert, Button, DescriptionList, firstResponseClock, formatDateTime, intlLocale, Loading, LoadError, Panel, resolutionClock,
  useDocumentTitle,
} from '@loket/web/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CaseCustomer } from '../../safety';
import { CaseOwnership } from '../../forward';
import { AnswerForm } from './AnswerForm';
import { CaseDue } from './CaseDue';
import { CaseStatusBadge } from './CaseStatusBadge';
import { CaseTimeline } from './CaseTimeline';

/** One question (case) with its contacts in order, and what can be done next. */
export function CasePage() {
  const { t, i18n } = useTranslation();
  const { id = '', caseId = '' } = useParams();
  const query = useCase(caseId);
  const update = useUpdateCase(caseId);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const item = query.data;
  const locale = intlLocale(i18n.language);
  useDocumentTitle(item?.subject, t('app.titleSuffix'));

  useEffect(() => {
    if (item?.id) headingRef.current?.focus();
  }, [item?.id]);

  const backLink = (
    <Link to={`/klanten/${encodeURIComponent(id)}`} className="back-link">
      <span aria-hidden="true" className="back-link__arrow">
        ←
      </span>
      {t('caseView.back')}
    </Link>
  );

  if (query.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (query.isError) {
    return (
      <>
        {backLink}
        <h1>{t('caseView.notFoundTitle')}</h1>
        <LoadError offline={isApiError(query.error) && query.error.status === 0} onRetry={() => void query.refetch()} />
      </>
    );
  }
  const data = query.data;
  const contacts = [...data.contacts].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const firstResponse = firstResponseClock(data);
  const resolution = resolutionClock(data);
  const setStatus = (status: 'waiting_for_customer' | 'closed' | 'open', done: string) => {
    setMessage(null);
    setActionError(null);
    update.mutate(
      { status },
      {
        onSuccess: () => setMessage(done),
        onError: () => setActionError(t('caseView.errors.statusFailed')),
      },
    );
  };

  return (
    <article className="case-page" aria-labelledby="vraag-titel">
      {backLink}
      <CaseCustomer customer={data.customer} />
      <header className="customer-header">
        <h1 id="vraag-titel" ref={headingRef} tabIndex={-1}>
          {data.subject}
        </h1>
        <p className="customer-header__meta">
          <CaseStatusBadge status={data.status} />
        </p>
      </header>
      <div role="status" className="status-message">
        {message ? <Alert tone="success">{message}</Alert> : null}
      </div>
      <div aria-live="assertive">{actionError ? <Alert tone="error">{actionError}</Alert> : null}</div>
      <div className="customer-grid">
        <div className="customer-grid__column">
          <Panel title={t('caseView.details')}>
            <DescriptionList
              items={[
                { key: 'status', term: t('caseView.status'), description: t(`labels.caseStatus.${data.status}`) },
                { key: 'topic', term: t('cases.topic'), description: data.topic.name },
                { key: 'owner', term: t('cases.owner'), description: data.owner?.displayName ?? t('cases.noOwner') },
                { key: 'opened', term: t('caseView.opened'), description: formatDateTime(data.openedAt, locale) },
                { key: 'count', term: t('cases.contacts'), description: t('cases.contactCount', { count: data.contactCount }) },
                {
                  key: 'fcr',
                  term: t('cases.firstContact'),
                  description:
                    data.resolvedInFirstContact === null ? t('cases.notResolvedYet')
                    : data.resolvedInFirstContact ? t('cases.firstContactYes')
                    : t('cases.firstContactNo'),
                },
                ...(firstResponse.dueAt
                  ? [{ key: 'firstResponseDue', term: t('caseView.firstResponseDue'), description: <CaseDue clock={firstResponse} variant="full" /> }]
                  : []),
                ...(resolution.dueAt
                  ? [{ key: 'due', term: t('caseView.due'), description: <CaseDue clock={resolution} variant="full" /> }]
                  : []),
                ...(data.answerSummary ? [{ key: 'answer', term: t('caseView.answer'), description: data.answerSummary }] : []),
              ]}
            />
          </Panel>
          <CaseOwnership item={data} onDone={setMessage} />
          <Panel title={t('caseView.actions')}>
            {data.status === 'open' || data.status === 'waiting_for_customer' ? (
              <>
                <AnswerForm item={data} onDone={setMessage} />
                {data.status === 'open' ? (
                  <div className="button-row case-actions">
                    <Button
                      variant="secondary"
                      busy={update.isPending}
                      onClick={() => setStatus('waiting_for_customer', t('caseView.waitingDone'))}
                    >
                      {t('caseView.markWaiting')}
                    </Button>
                  </div>
                ) : (
                  <div className="button-row case-actions">
                    <Button variant="secondary" busy={update.isPending} onClick={() => setStatus('open', t('caseView.reopenedDone'))}>
                      {t('caseView.markOpen')}
                    </Button>
                  </div>
                )}
              </>
            ) : null}
            {data.status === 'resolved' ? (
              <div className="button-row case-actions">
                <Button variant="secondary" busy={update.isPending} onClick={() => setStatus('closed', t('caseView.closedDone'))}>
                  {t('caseView.close')}
                </Button>
              </div>
            ) : null}
            {data.status === 'closed' ? <p>{t('caseView.closedText')}</p> : null}
          </Panel>
        </div>
        <div className="customer-grid__column">
          <Panel title={t('caseView.contacts')}>
            {contacts.length === 0 && data.events.length === 0 ? (
              <p>{t('caseView.noContacts')}</p>
            ) : (
              <CaseTimeline contacts={contacts} events={data.events} />
            )}
          </Panel>
        </div>
      </div>
    </article>
  );
}
