import type { StaffRole } from '@loket/shared/contracts';
import { saveSession } from '@loket/web/api-client';
import { fakeApi, renderRoutes, sessionUser, testSession } from '@loket/web/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { customer } from '../../../test/fixtures';
import { CustomerPage } from '../../customer';

const kees = customer();

function setup(roles: StaffRole[]) {
  saveSession(testSession());
  const api = fakeApi((url) => {
    if (url.pathname === '/api/v1/auth/me') return { body: sessionUser('staff', { roles }) };
    if (url.pathname === '/api/v1/customers/c-kees/overview') return { body: { customer: kees, contracts: [], openCases: [], openCallbacks: [], recentContacts: [] } };
    if (url.pathname === '/api/v1/customers/c-kees/access-log') {
      if (url.searchParams.get('cursor') === 'p2') {
        return { body: { items: [{ at: '2026-12-01T08:00:00.000Z', user: null, view: 'export' }], nextCursor: null } };
      }
      return {
        body: {
          items: [
            { at: '2026-12-03T09:05:00.000Z', user: { id: 'u-anouk', displayName: 'Anouk Klantcontact' }, view: 'overview' },
            { at: '2026-12-03T08:59:00.000Z', user: { id: 'u-anouk', displayName: 'Anouk Klantcontact' }, view: 'search' },
            { at: '2026-12-02T19:30:00.000Z', user: { id: 'u-kees', displayName: 'Kees van den Berg' }, view: 'portal' },
          ],
          nextCursor: 'p2',
        },
      };
    }
    return undefined;
  });
  const view = renderRoutes([{ path: '/klanten/:id', element: <CustomerPage /> }, { path: '/inzage', element: <p>inzage medewerker</p> }], '/klanten/c-kees');
  return { ...api, ...view };
}

const accessCalls = (calls: { url: URL }[]) => calls.filter((call) => call.url.pathname.endsWith('/access-log'));

describe('who looked at this file (customer page)', () => {
  it('shows an administrator, on request, who looked when and where, newest first, and pages on', async () => {
    const { calls, router } = setup(['admin']);
    const panel = within(await screen.findByRole('region', { name: 'Inzage in dit dossier' }));
    // Looking is itself on record: nothing is fetched until the administrator asks.
    expect(accessCalls(calls)).toEqual([]);
    const toggle = panel.getByRole('button', { name: 'Wie bekeek dit dossier?' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    const table = await panel.findByRole('table', { name: 'Wie dit dossier bekeek, nieuwste eerst' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['3 december 2026 om 10:05', 'Anouk Klantcontact', 'Klantbeeld'],
      ['3 december 2026 om 09:59', 'Anouk Klantcontact', 'Zoekresultaat'],
      ['2 december 2026 om 20:30', 'Kees van den Berg (de klant zelf)', 'Mijn Loket'],
    ]);
    expect(accessCalls(calls)).toHaveLength(1);

    fireEvent.click(panel.getByRole('button', { name: 'Meer laden' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(5));
    expect(within(table).getByText('Account bestaat niet meer')).toBeTruthy();
    // A download of the whole file (AVG export) is a read too.
    expect(within(table).getByText('Gegevens gedownload')).toBeTruthy();
    expect(accessCalls(calls)[1]?.url.searchParams.get('cursor')).toBe('p2');
    expect(panel.queryByRole('button', { name: 'Meer laden' })).toBeNull();

    // The same button folds the list away again.
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(panel.queryByRole('table')).toBeNull();

    fireEvent.click(toggle);
    const again = await panel.findByRole('table', { name: 'Wie dit dossier bekeek, nieuwste eerst' });
    fireEvent.click(within(again).getAllByRole('link', { name: 'Anouk Klantcontact' })[0] as HTMLElement);
    await waitFor(() => expect(router.state.location.search).toBe('?medewerker=u-anouk'));
  });

  it('is not there for agents and team leads', async () => {
    const { calls } = setup(['agent', 'team_lead']);
    await screen.findByRole('heading', { level: 1, name: kees.fullName });
    await waitFor(() => expect(calls.some((call) => call.url.pathname === '/api/v1/auth/me')).toBe(true));
    expect(screen.queryByRole('region', { name: 'Inzage in dit dossier' })).toBeNull();
    expect(accessCalls(calls)).toEqual([]);
  });
});
