import { isApiError, useSessionUser, useTeams, type PersonRef } from '@loket/web/api-client';
import { Alert, Button, EmptyState, fieldErrorKey, Loading, LoadError, Panel, TextField, useDocumentTitle, useFocusOnMount } from '@loket/web/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateTeam } from '../api/teams';
import { TeamCard } from './TeamCard';

/** Where the team management lives in the agent app. */
export const TEAMS_PATH = '/teams';

/** "Nieuw team" (administrators): a name; lead and members follow on the team's card. */
function NewTeamForm({ onMessage }: { onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const create = useCreateTeam();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('teams.errors.nameRequired'));
      return;
    }
    setError(undefined);
    create.mutate(
      { name: trimmed },
      {
        onSuccess: () => {
          setName('');
          onMessage(t('teams.created', { name: trimmed }));
        },
        onError: (failure) => {
          const code = isApiError(failure) ? failure.fieldCodes['name'] : undefined;
          if (code) setError(t(fieldErrorKey(code)));
          else setFormError(t('app.genericError'));
        },
      },
    );
  };
  return (
    <Panel title={t('teams.newTitle')}>
      <form onSubmit={onSubmit} noValidate className="team-card__form" aria-label={t('teams.newTitle')}>
        <TextField label={t('teams.name')} value={name} error={error} onChange={(event) => setName(event.target.value)} />
        <Button type="submit" busy={create.isPending}>
          {t('teams.create')}
        </Button>
      </form>
      <div aria-live="assertive">{formError ? <Alert tone="error">{formError}</Alert> : null}</div>
    </Panel>
  );
}

/**
 * "Teams" (/teams), for team leads and administrators: every team with its lead and members.
 * Administrators create teams and change every team; a team lead changes the teams they lead.
 */
export function TeamsPage() {
  const { t } = useTranslation();
  const me = useSessionUser();
  const roles = me.data?.roles ?? [];
  const isAdmin = roles.includes('admin');
  const supervises = isAdmin || roles.includes('team_lead');
  const teams = useTeams(supervises);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [message, setMessage] = useState<string | null>(null);
  useDocumentTitle(t('teams.title'), t('app.titleSuffix'));

  if (me.data && !supervises) {
    return (
      <article aria-labelledby="teams-titel">
        <h1 id="teams-titel" ref={headingRef} tabIndex={-1}>
          {t('teams.title')}
        </h1>
        <Alert tone="info">
          <p>{t('teams.noAccess')}</p>
        </Alert>
      </article>
    );
  }

  const people = new Map<string, PersonRef>();
  for (const team of teams.data ?? []) {
    for (const person of [...team.members, team.lead, team.manager]) if (person) people.set(person.id, person);
  }
  const staff = [...people.values()].sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
  const list = [...(teams.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  return (
    <article className="teams-page" aria-labelledby="teams-titel">
      <h1 id="teams-titel" ref={headingRef} tabIndex={-1}>
        {t('teams.title')}
      </h1>
      <p className="callbacks__intro">{isAdmin ? t('teams.introAdmin') : t('teams.introLead')}</p>
      <div role="status" className="status-message">
        {message ? <Alert tone="success">{message}</Alert> : null}
      </div>
      {isAdmin ? <NewTeamForm onMessage={setMessage} /> : null}
      {teams.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {teams.isError ? <LoadError offline={isApiError(teams.error) && teams.error.status === 0} onRetry={() => void teams.refetch()} /> : null}
      {teams.isSuccess && list.length === 0 ? (
        <EmptyState>
          <p>{t('teams.empty')}</p>
        </EmptyState>
      ) : null}
      <div className="teams-page__list">
        {list.map((team) => (
          <TeamCard
            key={team.id}
            team={team}
            canEdit={isAdmin || team.lead?.id === me.data?.id}
            staff={staff}
            onMessage={setMessage}
          />
        ))}
      </div>
    </article>
  );
}
