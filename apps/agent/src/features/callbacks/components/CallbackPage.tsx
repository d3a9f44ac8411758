import type { CallbackAttemptOutcome } from '@loket/shared/contracts';
import { isApiError, useCallbackDetail, useClaimCallback, useSessionUser } from '@loket/web/api-client';
import {
  Alert, Button, DescriptionList, formatDateTime, intlLocale, Loading, LoadError, Panel, useDocumentTitle,
} from '@loket/web/ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AttemptForm } from './AttemptForm';
import { CallbackHistory } from './CallbackHistory';
import { CancelForm } from './CancelForm';
import { CompleteForm } from './CompleteForm';
import {
  attemptsText, CALLBACKS_PATH, CallbackDue, CallbackStatusBadge, callerText, EscalationBadge, PhoneLink, useWindowText,
} from './parts';
import { SafetyBanner } from '../../safety';
import { RescheduleForm } from './RescheduleForm';

type Extra = 'reschedule' | 'cancel' | null;

/**
 * One callback (/terugbellen/:id): the agreement (number to dial, reason, window, due moment, who
 * calls), what can be done — record an attempt, complete, reschedule, cancel — and its history.
 */
export function CallbackPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useCallbackDetail(id);
  const me = useSessionUser();
  const claim = useClaimCallback();
  const windowText = useWindowText();
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [extra, setExtra] = useState<Extra>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLTextAreaElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const data = query.data;
  const locale = intlLocale(i18n.language);
  useDocumentTitle(data ? t('callbacks.detail.title', { name: data.customerName }) : null, t('app.titleSuffix'));

  useEffect(() => {
    if (data?.id) headingRef.current?.focus();
  }, [data?.id]);

  const backLink = (
    <Link to={CALLBACKS_PATH} className="back-link">
      <span aria-hidden="true" className="back-link__arrow">
        ←
      </span>
      {t('callbacks.detail.back')}
    </Link>
  );

  if (query.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (query.isError) {
    const notFound = isApiError(query.error) && (query.error.status === 404 || query.error.status === 400);
    return (
      <>
        {backLink}
        <h1>{t('callbacks.detail.notFoundTitle')}</h1>
        {notFound ? (
          <Alert tone="error">
            <p>{t('callbacks.detail.notFound')}</p>
          </Alert>
        ) : (
          <LoadError offline={isApiError(query.error) && query.error.status === 0} onRetry={() => void query.refetch()} />
        )}
      </>
    );
  }

  const callback = query.data;
  const open = callback.status === 'scheduled' || callback.status === 'in_progress';
  const unclaimed = open && !callback.assignee && !!callback.team;
  const mine = !!callback.assignee && callback.assignee.id === me.data?.id;

  const done = (text: string) => {
    setActionError(null);
    setExtra(null);
    setMessage(text);
  };
  /** Completed, cancelled or moved: the form is gone, so the keyboard focus goes to what happened. */
  const finished = (text: string) => {
    done(text);
    setTimeout(() => messageRef.current?.focus(), 0);
  };
  const afterAttempt = (outcome: CallbackAttemptOutcome) => {
    done(t(`callbacks.attempt.saved.${outcome}`));
    if (outcome === 'reached') setTimeout(() => resultRef.current?.focus(), 0);
  };
  const onClaim = () => {
    setMessage(null);
    setActionError(null);
    claim.mutate(callback.id, {
      onSuccess: () => setMessage(t('callbacks.detail.claimed')),
      onError: () => {
        setActionError(t('callbacks.claimFailed'));
        void query.refetch();
      },
    });
  };
  const toggle = (which: Exclude<Extra, null>) => setExtra((current) => (current === which ? null : which));

  return (
    <article className="callback-page" aria-labelledby="terugbellen-detail-titel">
      {backLink}
      <SafetyBanner customer={callback.customer} />
      <header className="customer-header">
        <h1 id="terugbellen-detail-titel" ref={headingRef} tabIndex={-1}>
          {t('callbacks.detail.title', { name: callback.customerName })}
        </h1>
        <p className="customer-header__meta">
          <CallbackStatusBadge status={callback.status} />
          <EscalationBadge level={callback.escalationLevel} />
        </p>
      </header>
      <div role="status" className="status-message">
        {message ? (
          <div ref={messageRef} tabIndex={-1}>
            <Alert tone="success">{message}</Alert>
          </div>
        ) : null}
      </div>
      <div aria-live="assertive">{actionError ? <Alert tone="error">{actionError}</Alert> : null}</div>
      <div className="customer-grid">
        <div className="customer-grid__column">
          <Panel title={t('callbacks.detail.agreement')}>
            <p className="callback-page__dial">
              <PhoneLink number={callback.phoneNumber} className="callback-page__phone" />
            </p>
            <DescriptionList
              items={[
                {
                  key: 'customer',
                  term: t('callbacks.customer'),
                  description: <Link to={`/klanten/${encodeURIComponent(callback.customerId)}`}>{callback.customerName}</Link>,
                },
                { key: 'reason', term: t('callbacks.reason'), description: callback.reason },
                {
                  key: 'case',
                  term: t('callbacks.case'),
                  description: (
                    <Link to={`/klanten/${encodeURIComponent(callback.customerId)}/vragen/${encodeURIComponent(callback.caseId)}`}>
                      {callback.caseSubject}
                    </Link>
                  ),
                },
                { key: 'when', term: t('callbacks.when'), description: windowText(callback) },
                { key: 'due', term: t('callbacks.due'), description: <CallbackDue callback={callback} variant="full" /> },
                ...(callback.newExpectationAt
                  ? [{
                      key: 'newExpectation',
                      term: t('callbacks.newExpectation'),
                      description: t('callbacks.detail.newExpectation', { at: formatDateTime(callback.newExpectationAt, locale) }),
                    }]
                  : []),
                { key: 'caller', term: t('callbacks.caller'), description: callerText(callback, t) },
                { key: 'attempts', term: t('callbacks.attempts'), description: attemptsText(callback.attemptCount, t) },
                {
                  key: 'created',
                  term: t('callbacks.created'),
                  description: `${
                    callback.requestedByCustomer ? t('callbacks.viaPortal')
                    : callback.createdBy ? callback.createdBy.displayName
                    : t('callbacks.history.someone')
                  }, ${formatDateTime(callback.createdAt, locale)}`,
                },
                ...(callback.result ? [{ key: 'result', term: t('callbacks.result'), description: callback.result }] : []),
              ]}
            />
          </Panel>
          <Panel title={t('callbacks.detail.actions')}>
            {open ? (
              <>
                {unclaimed ? (
                  <div className="callback-page__claim">
                    <p>{t('callbacks.detail.claimHint', { team: callback.team?.name ?? '' })}</p>
                    <Button busy={claim.isPending} onClick={onClaim}>
                      {t('callbacks.claim')}
                    </Button>
                  </div>
                ) : null}
                {!mine && callback.assignee ? <p className="muted">{t('callbacks.detail.someoneElse', { name: callback.assignee.displayName })}</p> : null}
                <AttemptForm callback={callback} onDone={afterAttempt} />
                <CompleteForm callback={callback} onDone={finished} ref={resultRef} />
                <div className="button-row callback-page__more">
                  <Button variant="secondary" aria-expanded={extra === 'reschedule'} aria-controls="terugbellen-verzetten" onClick={() => toggle('reschedule')}>
                    {t('callbacks.reschedule.open')}
                  </Button>
                  <Button variant="secondary" aria-expanded={extra === 'cancel'} aria-controls="terugbellen-annuleren" onClick={() => toggle('cancel')}>
                    {t('callbacks.cancel.open')}
                  </Button>
                </div>
                <div id="terugbellen-verzetten" hidden={extra !== 'reschedule'}>
                  {extra === 'reschedule' ? <RescheduleForm callback={callback} onDone={finished} /> : null}
                </div>
                <div id="terugbellen-annuleren" hidden={extra !== 'cancel'}>
                  {extra === 'cancel' ? <CancelForm callback={callback} onDone={finished} /> : null}
                </div>
              </>
            ) : (
              <p>
                {callback.status === 'completed'
                  ? t('callbacks.detail.completedText', { at: formatDateTime(callback.completedAt ?? callback.updatedAt, locale) })
                  : t('callbacks.detail.cancelledText')}
              </p>
            )}
          </Panel>
        </div>
        <div className="customer-grid__column">
          <Panel title={t('callbacks.detail.history')}>
            <CallbackHistory callback={callback} />
          </Panel>
        </div>
      </div>
    </article>
  );
}
