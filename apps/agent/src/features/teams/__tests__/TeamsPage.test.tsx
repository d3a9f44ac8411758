import type { StaffRole } from '@loket/shared/contracts';
import { saveSession, type Team } from '@loket/web/api-client';
import { fakeApi, renderRoutes, sessionUser, testSession } from '@loket/web/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/routes';
import { anouk, klantcontact, teamlead } from '../../../test/fixtures';

const tim = { id: 'u9', displayName: 'Tim Technisch' };
const technisch: Team = { id: 'team-tb', name: 'Technisch beheer', lead: null, manager: null, members: [tim] };

function setup(roles: StaffRole[], me = anouk) {
  saveSession(testSession());
  let teams: Team[] = [klantcontact, technisch];
  const api = fakeApi((url, init) => {
    const method = init.method ?? 'GET';
    if (url.pathname === '/api/v1/auth/me') return { body: sessionUser('staff', { id: me.id, displayName: me.displayName, roles }) };
    if (url.pathname === '/api/v1/teams' && method === 'GET') return { body: { items: teams } };
    if (url.pathname === '/api/v1/teams' && method === 'POST') {
      const body = JSON.parse(String(init.body)) as { name: string };
      if (body.name === 'Klantcontact') return { status: 409, body: { status: 409, title: 'Conflict', errors: [{ field: 'name', code: 'duplicate', message: 'x' }] } };
      const team: Team = { id: 'team-new', name: body.name, lead: null, manager: null, members: [] };
      teams = [...teams, team];
      return { body: team };
    }
    const match = /^\/api\/v1\/teams\/([^/]+)(\/members)?$/.exec(url.pathname);
    if (match) {
      const body = JSON.parse(String(init.body)) as { name?: string; leadId?: string | null; userIds?: string[] };
      const people = [anouk, teamlead, tim];
      teams = teams.map((team) => {
        if (team.id !== match[1]) return team;
        if (match[2]) return { ...team, members: people.filter((person) => body.userIds?.includes(person.id)) };
        return { ...team, name: body.name ?? team.name, lead: body.leadId === undefined ? team.lead : people.find((person) => person.id === body.leadId) ?? null };
      });
      return { body: teams.find((team) => team.id === match[1]) };
    }
    return undefined;
  });
  const view = renderRoutes(routes, '/teams');
  return { ...api, ...view };
}

const card = (name: string) => screen.getByRole('region', { name });

// Whole screens with their data: slow on a busy machine, so more than the default 5 seconds.
describe('Teams', { timeout: 20_000 }, () => {
  it('lets an administrator create a team, add and remove members and choose the lead', async () => {
    const { calls } = setup(['admin']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Teams' })).toBeTruthy();
    await screen.findByRole('region', { name: 'Technisch beheer' });
    expect(within(card('Klantcontact')).getByText('Tom Teamleider', { selector: 'dd' })).toBeTruthy();
    expect(within(card('Klantcontact')).getByText('2 leden')).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Nieuw team' });
    fireEvent.click(within(form).getByRole('button', { name: 'Team aanmaken' }));
    expect(await within(form).findByText('Vul een naam in.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Naam van het team'), { target: { value: 'Verhuur' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Team aanmaken' }));
    expect(await screen.findByText('Team Verhuur is aangemaakt.')).toBeTruthy();
    const verhuur = await screen.findByRole('region', { name: 'Verhuur' });
    expect(within(verhuur).getByText('Dit team heeft nog geen leden.')).toBeTruthy();

    fireEvent.change(within(verhuur).getByLabelText('Lid toevoegen'), { target: { value: 'u9' } });
    fireEvent.click(within(verhuur).getByRole('button', { name: 'Toevoegen' }));
    expect(await screen.findByText('Tim Technisch zit nu in Verhuur.')).toBeTruthy();
    const put = calls.find((call) => call.init.method === 'PUT' && call.url.pathname === '/api/v1/teams/team-new/members');
    expect(JSON.parse(String(put?.init.body))).toEqual({ userIds: ['u9'] });

    await waitFor(() => expect(within(card('Verhuur')).getAllByRole('option', { name: 'Tim Technisch' })).toHaveLength(1));
    fireEvent.change(within(card('Verhuur')).getByLabelText('Teamleider'), { target: { value: 'u9' } });
    fireEvent.click(within(card('Verhuur')).getByRole('button', { name: 'Teamleider opslaan' }));
    expect(await screen.findByText('Tim Technisch is nu teamleider van Verhuur.')).toBeTruthy();

    fireEvent.click(within(card('Klantcontact')).getByRole('button', { name: 'Verwijderen Anouk Klantcontact uit Klantcontact' }));
    expect(await screen.findByText('Anouk Klantcontact is uit Klantcontact gehaald.')).toBeTruthy();
    await waitFor(() => expect(within(card('Klantcontact')).getByText('1 lid')).toBeTruthy());
  });

  it('renames a team and shows a refused name by the field', async () => {
    setup(['admin']);
    const team = await screen.findByRole('region', { name: 'Technisch beheer' });
    fireEvent.click(within(team).getByRole('button', { name: 'Naam wijzigen Technisch beheer' }));
    fireEvent.change(within(team).getByLabelText('Naam van het team'), { target: { value: 'Techniek' } });
    fireEvent.click(within(team).getByRole('button', { name: 'Naam opslaan' }));
    expect(await screen.findByText('Het team heet nu Techniek.')).toBeTruthy();
    expect(await screen.findByRole('region', { name: 'Techniek' })).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Nieuw team' });
    const name = within(form).getByLabelText('Naam van het team');
    fireEvent.change(name, { target: { value: 'Klantcontact' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Team aanmaken' }));
    expect(await within(form).findByText('Dit staat er al.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
  });

  it('lets a team lead change only the teams they lead, and create none', async () => {
    setup(['team_lead'], teamlead);
    await screen.findByRole('region', { name: 'Technisch beheer' });
    expect(screen.queryByRole('form', { name: 'Nieuw team' })).toBeNull();
    expect(within(card('Klantcontact')).getByRole('button', { name: /^Naam wijzigen/ })).toBeTruthy();
    expect(within(card('Technisch beheer')).queryByRole('button', { name: /Naam wijzigen|Verwijderen/ })).toBeNull();
  });

  it('tells an agent the screen is not for them', async () => {
    setup(['agent']);
    expect(await screen.findByText('Alleen teamleiders en beheerders kunnen teams beheren.')).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).queryByRole('link', { name: 'Teams' })).toBeNull();
  });
});
