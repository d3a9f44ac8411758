import type { StaffRole } from '@loket/shared/contracts';
import { saveSession, type Team } from '@loket/web/api-client';
import { fakeApi, renderRoutes, sessionUser, testSession } from '@loket/web/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EmployeeAccessPage } from '../components/EmployeeAccessPage';

const teams: Team[] = [
  {
    id: 't-1', name: 'Klantcontact', lead: { id: 'u-lead', displayName: 'Lotte Leider' }, manager: null,
    members: [{ id: 'u-anouk', displayName: 'Anouk Klantcontact' }, { id: 'u-bas', displayName: 'Bas Balie' }],
  },
  {
    id: 't-2', name: 'Wijkteam', lead: { id: 'u-other', displayName: 'Olga Anderteam' }, manager: null,
    members: [{ id: 'u-wim', displayName: 'Wim Wijk' }],
  },
];

function setup(roles: StaffRole[], path = '/inzage') {
  saveSession(testSession());
  const api = fakeApi((url) => {
    if (url.pathname === '/api/v1/auth/me') return { body: sessionUser('staff', { id: 'u-lead', displayName: 'Lotte Leider', roles }) };
    if (url.pathname === '/api/v1/teams') return { body: { items: teams } };
    if (url.pathname === '/api/v1/access-log') {
      const userId = url.searchParams.get('userId');
      if (userId === 'u-wim') return { status: 403, body: { type: 'urn:loket:problem:forbidden', title: 'Forbidden', status: 403 } };
      return {
        body: {
          employee: { id: userId, displayName: userId === 'u-anouk' ? 'Anouk Klantcontact' : 'Ida Inval' },
          items: [
            { at: '2026-12-03T09:05:00.000Z', customer: { id: 'c-kees', fullName: 'Kees van den Berg', customerNumber: '100002' }, view: 'timeline' },
            { at: '2026-12-03T09:04:00.000Z', customer: null, view: 'search' },
          ],
          nextCursor: null,
        },
      };
    }
    return undefined;
  });
  const view = renderRoutes([{ path: '/inzage', element: <EmployeeAccessPage /> }, { path: '/klanten/:id', element: <p>klantpagina</p> }, { path: '/', element: <p>zoeken</p> }], path);
  return { ...api, ...view };
}

const optionNames = () => within(screen.getByLabelText('Medewerker')).getAllByRole('option').map((o) => o.textContent);

describe('Inzage door medewerkers', () => {
  it('lets a team lead pick someone of their own team and shows which customers they looked at', async () => {
    const { router, calls } = setup(['team_lead']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Inzage door medewerkers' })).toBeTruthy();
    await waitFor(() => expect(optionNames()).toEqual(['Kies een medewerker', 'Anouk Klantcontact', 'Bas Balie', 'Lotte Leider']));

    fireEvent.click(screen.getByRole('button', { name: 'Toon wat deze medewerker bekeek' }));
    expect(await screen.findByText('Kies eerst een medewerker.')).toBeTruthy();
    expect(screen.getByLabelText('Medewerker').getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((call) => call.url.pathname === '/api/v1/access-log')).toBe(false);

    fireEvent.change(screen.getByLabelText('Medewerker'), { target: { value: 'u-anouk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toon wat deze medewerker bekeek' }));
    await waitFor(() => expect(router.state.location.search).toBe('?medewerker=u-anouk'));
    const table = await screen.findByRole('table', { name: 'Klanten bekeken door Anouk Klantcontact, nieuwste eerst' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['3 december 2026 om 10:05', 'Kees van den Berg (klantnummer 100002)', 'Tijdlijn'],
      ['3 december 2026 om 10:04', 'Klant bestaat niet meer', 'Zoekresultaat'],
    ]);
    expect(within(table).getByRole('link', { name: 'Kees van den Berg' }).getAttribute('href')).toBe('/klanten/c-kees');
  });

  it('tells a team lead kindly when someone is not in their team', async () => {
    setup(['team_lead'], '/inzage?medewerker=u-wim');
    expect(await screen.findByText('U ziet alleen wat de medewerkers van uw eigen team hebben bekeken.')).toBeTruthy();
  });

  it('shows an administrator everyone in a team, and someone reached by a link who is in none', async () => {
    setup(['admin'], '/inzage?medewerker=u-ida');
    await screen.findByRole('heading', { level: 2, name: 'Bekeken door Ida Inval' });
    expect(optionNames()).toEqual(['Kies een medewerker', 'Ida Inval', 'Anouk Klantcontact', 'Bas Balie', 'Lotte Leider', 'Olga Anderteam', 'Wim Wijk']);
    expect((screen.getByLabelText('Medewerker') as HTMLSelectElement).value).toBe('u-ida');
  });

  it('is not for agents', async () => {
    const { calls } = setup(['agent']);
    expect(await screen.findByText('Alleen teamleiders en beheerders zien wat medewerkers hebben bekeken.')).toBeTruthy();
    expect(calls.some((call) => call.url.pathname === '/api/v1/access-log' || call.url.pathname === '/api/v1/teams')).toBe(false);
  });
});
