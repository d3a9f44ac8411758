import { isApiError, type PersonRef, type Team } from '@loket/web/api-client';
import { Alert, Button, fieldErrorKey, Panel, SelectField, TextField, VisuallyHidden } from '@loket/web/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetTeamMembers, useUpdateTeam } from '../api/teams';

interface TeamCardProps {
  team: Team;
  /** Whether this person may change the team (an administrator, or the team's lead). */
  canEdit: boolean;
  /** Everyone who can join a team. */
  staff: readonly PersonRef[];
  onMessage: (message: string) => void;
}

const byName = (a: PersonRef, b: PersonRef) => a.displayName.localeCompare(b.displayName, 'nl');

/** One team: its lead and members; for those who may, rename, choose the lead, add and remove members. */
export function TeamCard({ team, canEdit, staff, onMessage }: TeamCardProps) {
  const { t } = useTranslation();
  const update = useUpdateTeam(team.id);
  const setMembers = useSetTeamMembers(team.id);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(team.name);
  const [nameError, setNameError] = useState<string | undefined>();
  const [newMember, setNewMember] = useState('');
  const [memberError, setMemberError] = useState<string | undefined>();
  const [lead, setLead] = useState(team.lead?.id ?? '');
  const [leadError, setLeadError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);

  const members = [...team.members].sort(byName);
  const memberIds = new Set(members.map((member) => member.id));
  const candidates = staff.filter((person) => !memberIds.has(person.id));

  const fail = (failure: unknown, field: string, show: (text: string) => void) => {
    const code = isApiError(failure) ? failure.fieldCodes[field] : undefined;
    if (code) show(t(fieldErrorKey(code)));
    else setError(isApiError(failure) && failure.status === 403 ? t('teams.errors.forbidden') : t('app.genericError'));
  };

  const onRename = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const trimmed = name.trim();
    if (!trimmed) {
      setNameError(t('teams.errors.nameRequired'));
      return;
    }
    setNameError(undefined);
    update.mutate(
      { name: trimmed },
      {
        onSuccess: () => {
          setRenaming(false);
          onMessage(t('teams.renamed', { name: trimmed }));
        },
        onError: (failure) => fail(failure, 'name', setNameError),
      },
    );
  };

  const onLead = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setLeadError(undefined);
    update.mutate(
      { leadId: lead || null },
      {
        onSuccess: () => {
          const person = members.find((member) => member.id === lead);
          onMessage(person ? t('teams.leadSet', { name: person.displayName, team: team.name }) : t('teams.leadCleared', { team: team.name }));
        },
        onError: (failure) => fail(failure, 'leadId', setLeadError),
      },
    );
  };

  const onAdd = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const person = staff.find((candidate) => candidate.id === newMember);
    if (!person) {
      setMemberError(t('teams.errors.memberRequired'));
      return;
    }
    setMemberError(undefined);
    setMembers.mutate([...memberIds, person.id], {
      onSuccess: () => {
        setNewMember('');
        onMessage(t('teams.added', { name: person.displayName, team: team.name }));
      },
      onError: (failure) => fail(failure, 'userIds', setMemberError),
    });
  };

  const onRemove = (person: PersonRef) => {
    setError(null);
    setMembers.mutate(
      members.filter((member) => member.id !== person.id).map((member) => member.id),
      {
        onSuccess: () => onMessage(t('teams.removed', { name: person.displayName, team: team.name })),
        onError: (failure) => fail(failure, 'userIds', setMemberError),
      },
    );
  };

  return (
    <Panel title={team.name} className="team-card">
      <dl className="case-item__facts">
        <div>
          <dt>{t('teams.lead')}</dt>
          <dd>{team.lead?.displayName ?? t('teams.noLead')}</dd>
        </div>
        <div>
          <dt>{t('teams.memberCount')}</dt>
          <dd>{t('teams.members', { count: members.length })}</dd>
        </div>
      </dl>
      <h3 className="team-card__heading">{t('teams.membersTitle', { team: team.name })}</h3>
      {members.length === 0 ? (
        <p>{t('teams.noMembers')}</p>
      ) : (
        <ul className="team-card__members">
          {members.map((member) => (
            <li key={member.id}>
              <span>{member.displayName}</span>
              {team.lead?.id === member.id ? <span className="team-card__lead"> ({t('teams.leadShort')})</span> : null}
              {canEdit ? (
                <Button variant="subtle" busy={setMembers.isPending} onClick={() => onRemove(member)}>
                  {t('teams.remove')} <VisuallyHidden>{t('teams.removeWho', { name: member.displayName, team: team.name })}</VisuallyHidden>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <div aria-live="assertive">{error ? <Alert tone="error">{error}</Alert> : null}</div>
      {canEdit ? (
        <div className="team-card__forms">
          <form onSubmit={onAdd} noValidate className="team-card__form" aria-label={t('teams.addLabel', { team: team.name })}>
            <SelectField
              label={t('teams.addMember')}
              placeholder={t('teams.choosePerson')}
              options={candidates.map((person) => ({ value: person.id, label: person.displayName }))}
              value={newMember}
              error={memberError}
              onChange={(event) => setNewMember(event.target.value)}
            />
            <Button type="submit" variant="secondary" busy={setMembers.isPending}>
              {t('teams.add')}
            </Button>
          </form>
          <form onSubmit={onLead} noValidate className="team-card__form" aria-label={t('teams.leadLabel', { team: team.name })}>
            <SelectField
              label={t('teams.chooseLead')}
              placeholder={t('teams.noLead')}
              options={members.map((person) => ({ value: person.id, label: person.displayName }))}
              value={lead}
              error={leadError}
              onChange={(event) => setLead(event.target.value)}
            />
            <Button type="submit" variant="secondary" busy={update.isPending}>
              {t('teams.saveLead')}
            </Button>
          </form>
          {renaming ? (
            <form onSubmit={onRename} noValidate className="team-card__form" aria-label={t('teams.renameLabel', { team: team.name })}>
              <TextField label={t('teams.name')} value={name} error={nameError} onChange={(event) => setName(event.target.value)} />
              <div className="button-row">
                <Button type="submit" busy={update.isPending}>
                  {t('teams.saveName')}
                </Button>
                <Button variant="secondary" onClick={() => { setRenaming(false); setName(team.name); setNameError(undefined); }}>
                  {t('teams.cancel')}
                </Button>
              </div>
            </form>
          ) : (
            <div>
              <Button variant="secondary" onClick={() => setRenaming(true)}>
                {t('teams.rename')} <VisuallyHidden>{team.name}</VisuallyHidden>
              </Button>
            </div>
          )}
        </div>
      ) : null}
    </Panel>
  );
}
