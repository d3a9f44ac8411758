import { isApiError, useEmployeeAccessLog, useSessionUser, useTeams, type PersonRef, type SessionUser, type Team } from '@loket/web/api-client';
import { Alert, Button, EmptyState, Loading, LoadError, SafetyFlag, SelectField, useDocumentTitle, useFocusOnMount } from '@loket/web/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AccessMoment, useViewLabel } from './parts';

/** Whom this user may look up: administrators everyone in a team; a team lead the teams they lead or manage, and themself. */
function peopleFor(me: SessionUser, teams: readonly Team[]): PersonRef[] {
  const isAdmin = me.roles.includes('admin');
  const people = new Map<string, PersonRef>();
  const add = (person: PersonRef | null) => {
    if (person) people.set(person.id, person);
  };
  if (!isAdmin) add({ id: me.id, displayName: me.displayName });
  for (const team of teams) {
    const mine = team.lead?.id === me.id || team.manager?.id === me.id;
    if (!isAdmin && !mine) continue;
    team.members.forEach(add);
    if (isAdmin) {
      add(team.lead);
      add(team.manager);
    }
  }
  return [...people.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
}

/**
 * "Inzage door medewerkers" (/inzage?medewerker=<id>): which customers one employee looked at,
 * newest first. For team leads (their own team) and administrators (everyone).
 */
export function EmployeeAccessPage() {
  const { t } = useTranslation();
  const me = useSessionUser();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  useDocumentTitle(t('accessLog.employee.title'), t('app.titleSuffix'));
  const roles = me.data?.roles ?? [];
  const allowed = roles.includes('team_lead') || roles.includes('admin');
  return (
    <article className="access-log" aria-labelledby="inzage-titel">
      <h1 id="inzage-titel" ref={headingRef} tabIndex={-1}>
        {t('accessLog.employee.title')}
      </h1>
      {me.isPending ? (
        <Loading>{t('app.loading')}</Loading>
      ) : allowed && me.data ? (
        <EmployeeAccess me={me.data} />
      ) : (
        <Alert tone="info" title={t('accessLog.employee.noAccess.title')}>
          <p>{t('accessLog.employee.noAccess.text')}</p>
          <p>
            <Link to="/">{t('accessLog.employee.noAccess.back')}</Link>
          </p>
        </Alert>
      )}
    </article>
  );
}

function EmployeeAccess({ me }: { me: SessionUser }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const chosen = params.get('medewerker');
  const teams = useTeams();
  const [choice, setChoice] = useState(chosen ?? '');
  const [error, setError] = useState<string | undefined>();
  const log = useEmployeeAccessLog(chosen);
  const people = peopleFor(me, teams.data ?? []);
  // Someone reached through a link (e.g. from a customer's access log) who is in no team.
  const shown = log.data?.pages[0]?.employee;
  if (shown && !people.some((p) => p.id === shown.id)) people.unshift(shown);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) {
      setError(t('accessLog.employee.chooseError'));
      return;
    }
    setError(undefined);
    setParams({ medewerker: choice });
  };

  return (
    <>
      <p className="access-log__intro">{t('accessLog.employee.intro')}</p>
      <form className="access-log__form" onSubmit={submit} noValidate>
        <SelectField
          label={t('accessLog.employee.employee')}
          placeholder={t('accessLog.employee.choose')}
          options={people.map((p) => ({ value: p.id, label: p.displayName }))}
          value={choice}
          error={error}
          onChange={(event) => setChoice(event.target.value)}
        />
        <Button type="submit">{t('accessLog.employee.submit')}</Button>
      </form>
      {chosen ? <EmployeeAccessList log={log} /> : null}
    </>
  );
}

function EmployeeAccessList({ log }: { log: ReturnType<typeof useEmployeeAccessLog> }) {
  const { t } = useTranslation();
  const viewLabel = useViewLabel();
  if (log.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (log.isError) {
    const status = isApiError(log.error) ? log.error.status : null;
    if (status === 403 || status === 404) {
      return (
        <Alert tone="warning">
          <p>{status === 403 ? t('accessLog.employee.notYourTeam') : t('accessLog.employee.notFound')}</p>
        </Alert>
      );
    }
    return <LoadError offline={status === 0} onRetry={() => void log.refetch()} />;
  }
  const employee = log.data.pages[0]?.employee;
  const items = log.data.pages.flatMap((page) => page.items);
  return (
    <section aria-labelledby="inzage-resultaat" className="access-log__result">
      <h2 id="inzage-resultaat">{t('accessLog.employee.resultTitle', { name: employee?.displayName ?? '' })}</h2>
      {items.length === 0 ? (
        <EmptyState>
          <p>{t('accessLog.employee.empty')}</p>
        </EmptyState>
      ) : (
        <div className="access-log__scroll">
          <table className="lk-table access-log__table">
            <caption className="lk-visually-hidden">{t('accessLog.employee.caption', { name: employee?.displayName ?? '' })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('accessLog.when')}</th>
                <th scope="col">{t('accessLog.customerColumn')}</th>
                <th scope="col">{t('accessLog.where')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item, index) => (
                <tr key={`${item.at}-${index}`}>
                  <td>
                    <AccessMoment at={item.at} />
                  </td>
                  <td>
                    {item.customer ? (
                      <>
                        <Link to={`/klanten/${encodeURIComponent(item.customer.id)}`}>{item.customer.fullName}</Link>
                        <SafetyFlag codes={item.customer.safetyMarkers} />{' '}
                        <span className="muted">{t('accessLog.employee.customerNumber', { number: item.customer.customerNumber })}</span>
                      </>
                    ) : (
                      t('accessLog.employee.customerGone')
                    )}
                  </td>
                  <td>{viewLabel(item.view)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.hasNextPage ? (
        <Button variant="secondary" busy={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
          {log.isFetchingNextPage ? t('accessLog.loadingMore') : t('accessLog.more')}
        </Button>
      ) : null}
    </section>
  );
}
