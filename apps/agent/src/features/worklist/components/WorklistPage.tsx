import { isApiError, useClaimCallback, useSessionUser } from '@loket/web/api-client';
import { fieldErrorKey, Alert, Button, EmptyState, Loading, LoadError, useDocumentTitle, useFocusOnMount, useUrlSearchParams } from '@loket/web/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClaimCase } from '../../forward/api/forward';
import type { WorkDue, WorkItem, WorklistCounts, WorkScope } from '../api/types';
import { useWorklist, worklistKeys } from '../api/worklist';
import { WorkList, workItemPath } from './WorkList';
import { WorklistFilters } from './WorklistFilters';
import {
  DUES, filtersFor, filtersFromParams, queryFromParams, scopeFromParams, SCOPES, withCursor, withFilter, withoutFilters, withScope,
} from './params';

const COUNT_OF: Record<WorkScope, keyof WorklistCounts> = { me: 'me', team: 'team', forwarded: 'forwarded', all: 'all' };

/** "Te laat (2)", "Vandaag (5)", "Deze week (9)": a quick filter on the due moment, with its count. */
function DueSummary({ counts, current, onPick }: { counts: WorklistCounts; current: string | undefined; onPick: (due: WorkDue | null) => void }) {
  const { t } = useTranslation();
  return (
    <ul className="work-due-summary" aria-label={t('worklist.dueSummary')}>
      {DUES.map((due) => (
        <li key={due}>
          <Button
            variant={current === due ? 'primary' : 'secondary'}
            aria-pressed={current === due}
            className={`work-due-summary__item work-due-summary__item--${due}`}
            onClick={() => onPick(current === due ? null : due)}
          >
            {t(`worklist.dueCounts.${due}`, { count: counts[due] })}
          </Button>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Mijn werk" (/werk): my open questions, callbacks and counter follow-ups in one list by the next
 * due moment; my teams' queue (claim with "Oppakken"); what I forwarded; and for team leads and
 * administrators everything open, with filters. The list, its filters and the page are in the
 * address. The tabs follow the ARIA tabs pattern (arrow keys, Home, End).
 */
export function WorklistPage() {
  const { t } = useTranslation();
  const me = useSessionUser();
  const roles = me.data?.roles ?? [];
  const supervises = roles.includes('team_lead') || roles.includes('admin');
  const scopes: readonly WorkScope[] = supervises ? SCOPES : SCOPES.filter((scope) => scope !== 'all');
  const [params, setParams] = useUrlSearchParams();
  const scope = scopeFromParams(params, scopes);
  const filters = filtersFromParams(params);
  const query = useWorklist(queryFromParams(params, scope));
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const tabRefs = useRef<Partial<Record<WorkScope, HTMLButtonElement | null>>>({});
  const claimCase = useClaimCase();
  const claimCallback = useClaimCallback();
  const queryClient = useQueryClient();
  const [claimed, setClaimed] = useState<WorkItem | null>(null);
  const [claimError, setClaimError] = useState<string | null>(null);
  const [claimingId, setClaimingId] = useState<string | null>(null);
  useDocumentTitle(t(`worklist.tabs.${scope}`), t('app.titleSuffix'));

  const select = (next: WorkScope, focus = false) => {
    setParams((previous) => withScope(previous, next));
    if (focus) tabRefs.current[next]?.focus();
  };

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = scopes.indexOf(scope);
    const target =
      event.key === 'ArrowRight' ? scopes[(index + 1) % scopes.length]
      : event.key === 'ArrowLeft' ? scopes[(index - 1 + scopes.length) % scopes.length]
      : event.key === 'Home' ? scopes[0]
      : event.key === 'End' ? scopes[scopes.length - 1]
      : undefined;
    if (!target) return;
    event.preventDefault();
    select(target, true);
  };

  const onClaim = (item: WorkItem) => {
    setClaimed(null);
    setClaimError(null);
    setClaimingId(item.id);
    const done = {
      onSuccess: () => {
        setClaimed(item);
        void queryClient.invalidateQueries({ queryKey: worklistKeys.all });
      },
      onError: () => {
        setClaimError(t('worklist.claimFailed'));
        void query.refetch();
      },
      onSettled: () => setClaimingId(null),
    };
    if (item.kind === 'callback' && item.callbackId) claimCallback.mutate(item.callbackId, done);
    else claimCase.mutate(item.caseId, done);
  };

  const counts = query.data?.counts;
  const tabLabel = (tab: WorkScope) => {
    const label = t(`worklist.tabs.${tab}`);
    const count = counts?.[COUNT_OF[tab]];
    return typeof count === 'number' ? t('worklist.tabCount', { label, count }) : label;
  };
  const items = query.data?.items ?? [];
  const cursor = params.get('vanaf');
  const filterNames = filtersFor(scope);
  const filtered = filterNames.some((name) => filters[name]);
  const badFilter = query.isError && isApiError(query.error) && query.error.status === 400 ? query.error.fieldProblems[0] : undefined;

  return (
    <article className="callbacks-page work-page" aria-labelledby="werk-titel">
      <h1 id="werk-titel" ref={headingRef} tabIndex={-1}>
        {t('worklist.title')}
      </h1>
      <div role="status" className="status-message">
        {claimed ? (
          <Alert tone="success">
            <p>
              {t('worklist.claimed', { subject: claimed.subject, name: claimed.customer.fullName })}{' '}
              <Link to={workItemPath(claimed)}>{t('worklist.claimedOpen')}</Link>
            </p>
          </Alert>
        ) : null}
      </div>
      <div aria-live="assertive">{claimError ? <Alert tone="error">{claimError}</Alert> : null}</div>
      <div role="tablist" aria-label={t('worklist.tabsLabel')} className="callbacks-tabs">
        {scopes.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`werk-tab-${tab}`}
            aria-selected={tab === scope}
            aria-controls={`werk-lijst-${tab}`}
            tabIndex={tab === scope ? 0 : -1}
            className="callbacks-tabs__tab"
            ref={(element) => {
              tabRefs.current[tab] = element;
            }}
            onClick={() => select(tab)}
            onKeyDown={onTabKeyDown}
          >
            {tabLabel(tab)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`werk-lijst-${scope}`} aria-labelledby={`werk-tab-${scope}`} className="callbacks-panel">
        <p className="callbacks__intro">{t(`worklist.intros.${scope}`)}</p>
        {counts ? (
          <DueSummary counts={counts} current={filters.due} onPick={(due) => setParams((previous) => withFilter(previous, 'due', due))} />
        ) : null}
        <WorklistFilters
          names={filterNames}
          values={filters}
          onChange={(name, value) => setParams((previous) => withFilter(previous, name, value))}
          onClear={() => setParams((previous) => withoutFilters(previous))}
        />
        {query.isPending ? <Loading>{t('app.loading')}</Loading> : null}
        {query.isError ? (
          badFilter ? (
            <Alert tone="error" live="alert">
              <p>{t('worklist.badFilter', { reason: t(fieldErrorKey(badFilter.code)) })}</p>
              <Button variant="secondary" onClick={() => setParams((previous) => withoutFilters(previous))}>
                {t('worklist.clearFilters')}
              </Button>
            </Alert>
          ) : (
            <LoadError offline={isApiError(query.error) && query.error.status === 0} onRetry={() => void query.refetch()} />
          )
        ) : null}
        {query.isSuccess ? (
          <>
            <p className="lk-visually-hidden" role="status">
              {t('worklist.shown', { count: items.length })}
            </p>
            {items.length === 0 ? (
              <EmptyState>
                <p>{filtered ? t('worklist.emptyFiltered') : t(`worklist.empty.${scope}`)}</p>
              </EmptyState>
            ) : (
              <WorkList
                items={items}
                onClaim={scope === 'team' ? onClaim : undefined}
                claimingId={claimingId}
                showForwarded={scope === 'forwarded'}
              />
            )}
            <div className="button-row work-paging">
              {cursor ? (
                <Button variant="secondary" onClick={() => setParams((previous) => withCursor(previous, null))}>
                  {t('worklist.firstPage')}
                </Button>
              ) : null}
              {query.data.nextCursor ? (
                <Button
                  variant="secondary"
                  busy={query.isPlaceholderData}
                  onClick={() => setParams((previous) => withCursor(previous, query.data.nextCursor))}
                >
                  {t('worklist.nextPage')}
                </Button>
              ) : null}
            </div>
          </>
        ) : null}
      </div>
    </article>
  );
}
