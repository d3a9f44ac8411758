import { isApiError, useCallbacks, useClaimCallback, useSessionUser, type CallbackListQuery, type Callback } from '@loket/web/api-client';
import { Alert, Button, EmptyState, Loading, LoadError, useDocumentTitle, useFocusOnMount, useUrlSearchParams } from '@loket/web/ui';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CallbackList } from './CallbackList';
import { callbackPath } from './parts';

/** The lists of "Mijn terugbelverzoeken", in the URL as `?lijst=`. */
const TABS = ['mine', 'team', 'escalated'] as const;
type Tab = (typeof TABS)[number];
const TAB_PARAM: Record<Tab, string> = { mine: 'mijn', team: 'team', escalated: 'escalaties' };

function tabFromParam(value: string | null, tabs: readonly Tab[]): Tab {
  const tab = (Object.keys(TAB_PARAM) as Tab[]).find((key) => TAB_PARAM[key] === value);
  return tab && tabs.includes(tab) ? tab : 'mine';
}

type ListQuery = CallbackListQuery;

/** A tab's name with how many callbacks it holds ("Mijn terugbelverzoeken (3)"). */
function TabLabel({ label, query }: { label: string; query: ListQuery }) {
  const { t } = useTranslation();
  if (!query.data) return label;
  const count = query.data.pages.reduce((sum, page) => sum + page.items.length, 0);
  return query.hasNextPage ? t('callbacks.tabCountMore', { label, count }) : t('callbacks.tabCount', { label, count });
}

function ListPanel({ tab, query, onClaim, claimingId }: { tab: Tab; query: ListQuery; onClaim?: (item: Callback) => void; claimingId: string | null }) {
  const { t } = useTranslation();
  if (query.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (query.isError) return <LoadError offline={isApiError(query.error) && query.error.status === 0} onRetry={() => void query.refetch()} />;
  const items = query.data.pages.flatMap((page) => page.items);
  return (
    <>
      <p className="callbacks__intro">{t(`callbacks.intros.${tab}`)}</p>
      {items.length === 0 ? (
        <EmptyState>
          <p>{t(`callbacks.empty.${tab}`)}</p>
        </EmptyState>
      ) : (
        <CallbackList callbacks={items} onClaim={onClaim} claimingId={claimingId} showCaller={tab !== 'mine'} />
      )}
      {query.hasNextPage ? (
        <Button variant="secondary" busy={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          {query.isFetchingNextPage ? t('callbacks.loadingMore') : t('callbacks.more')}
        </Button>
      ) : null}
    </>
  );
}

/**
 * "Mijn terugbelverzoeken" (/terugbellen): my callbacks, my team's queue (claim one with "Oppakken")
 * and, for team leads and administrators, the escalations. Each list is sorted by due moment. The
 * tabs follow the ARIA tabs pattern: arrow keys, Home and End move between them.
 */
export function CallbacksPage() {
  const { t } = useTranslation();
  const me = useSessionUser();
  const roles = me.data?.roles ?? [];
  const isLead = roles.includes('team_lead') || roles.includes('admin');
  const tabs: readonly Tab[] = isLead ? TABS : TABS.filter((tab) => tab !== 'escalated');
  const [params, setParams] = useUrlSearchParams();
  const current = tabFromParam(params.get('lijst'), tabs);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const claim = useClaimCallback();
  const [claimed, setClaimed] = useState<Callback | null>(null);
  const [claimError, setClaimError] = useState<string | null>(null);
  useDocumentTitle(t('callbacks.title'), t('app.titleSuffix'));

  const queries: Record<Tab, ListQuery> = {
    mine: useCallbacks({ assignee: 'me', status: 'open' }),
    team: useCallbacks({ assignee: 'team', status: 'open' }),
    escalated: useCallbacks({ assignee: 'all', status: 'open', escalated: true }, isLead),
  };

  const select = (tab: Tab, focus = false) => {
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (tab === 'mine') next.delete('lijst');
      else next.set('lijst', TAB_PARAM[tab]);
      return next;
    }, { replace: true });
    if (focus) tabRefs.current[tab]?.focus();
  };

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = tabs.indexOf(current);
    const target =
      event.key === 'ArrowRight' ? tabs[(index + 1) % tabs.length]
      : event.key === 'ArrowLeft' ? tabs[(index - 1 + tabs.length) % tabs.length]
      : event.key === 'Home' ? tabs[0]
      : event.key === 'End' ? tabs[tabs.length - 1]
      : undefined;
    if (!target) return;
    event.preventDefault();
    select(target, true);
  };

  const onClaim = (item: Callback) => {
    setClaimed(null);
    setClaimError(null);
    claim.mutate(item.id, {
      onSuccess: () => setClaimed(item),
      onError: () => {
        setClaimError(t('callbacks.claimFailed'));
        void queries.team.refetch();
      },
    });
  };

  return (
    <article className="callbacks-page" aria-labelledby="terugbellen-titel">
      <h1 id="terugbellen-titel" ref={headingRef} tabIndex={-1}>
        {t('callbacks.title')}
      </h1>
      <div role="status" className="status-message">
        {claimed ? (
          <Alert tone="success">
            <p>
              {t('callbacks.claimed', { name: claimed.customerName })} <Link to={callbackPath(claimed.id)}>{t('callbacks.claimedOpen')}</Link>
            </p>
          </Alert>
        ) : null}
      </div>
      <div aria-live="assertive">{claimError ? <Alert tone="error">{claimError}</Alert> : null}</div>
      <div role="tablist" aria-label={t('callbacks.tabsLabel')} className="callbacks-tabs">
        {tabs.map((tab) => (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={tab === current}
            aria-controls={`lijst-${tab}`}
            tabIndex={tab === current ? 0 : -1}
            className="callbacks-tabs__tab"
            ref={(element) => {
              tabRefs.current[tab] = element;
            }}
            onClick={() => select(tab)}
            onKeyDown={onTabKeyDown}
          >
            <TabLabel label={t(`callbacks.tabs.${tab}`)} query={queries[tab]} />
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`lijst-${current}`} aria-labelledby={`tab-${current}`} tabIndex={0} className="callbacks-panel">
        <ListPanel
          tab={current}
          query={queries[current]}
          onClaim={current === 'team' ? onClaim : undefined}
          claimingId={claim.isPending ? (claim.variables ?? null) : null}
        />
      </div>
    </article>
  );
}
