import type { StaffRole } from '@loket/shared/contracts';
import { saveSession, type Callback } from '@loket/web/api-client';
import { fakeApi, renderRoutes, sessionUser, testSession } from '@loket/web/testing';
import { NowProvider } from '@loket/web/ui';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/routes';
import { anouk, callbackFixture, lindeCalendar } from '../../../test/fixtures';

/** Thursday 3 December 2026, 10:00 in Amsterdam; De Linde is open until 17:00. */
const NOW = new Date('2026-12-03T10:00:00+01:00');

/** Due today at 11:00 (a specific time, 10:45), one attempt so far: at risk. */
const soon = callbackFixture({
  id: 'cb-soon', customerId: 'c-kees', customerName: 'Kees van den Berg', phoneNumber: '+31623456789', reason: 'Terugbellen over de huurverhoging.',
  windowStart: '2026-12-03T09:45:00.000Z', dueAt: '2026-12-03T10:00:00.000Z', dayPart: null, attemptCount: 1,
});
/** Tomorrow morning (the fixture). */
const tomorrow = callbackFixture();
const queued = callbackFixture({
  id: 'cb-team', customerId: 'c-fatma', customerName: 'Fatma Yılmaz', assignee: null, reason: 'Vraag over de servicekosten.', requestedByCustomer: true,
  windowStart: '2026-12-03T11:00:00.000Z', dueAt: '2026-12-03T16:00:00.000Z', dayPart: 'MID',
});
const late = callbackFixture({
  id: 'cb-late', customerName: 'Piet Laat', reason: 'Al twee keer gebeld, nog niets gehoord.', escalationLevel: 2, attemptCount: 3,
  windowStart: '2026-12-01T07:30:00.000Z', dueAt: '2026-12-01T11:00:00.000Z', newExpectationAt: '2026-12-03T16:00:00.000Z',
});

function setup(roles: StaffRole[] = ['agent'], path = '/terugbellen', mine: Callback[] = [tomorrow, soon]) {
  saveSession(testSession());
  let team: Callback[] = [queued];
  const api = fakeApi((url, init) => {
    const method = init.method ?? 'GET';
    if (url.pathname === '/api/v1/auth/me') return { body: sessionUser('staff', { id: anouk.id, displayName: anouk.displayName, roles }) };
    if (url.pathname === '/api/v1/sla/calendar') return { body: lindeCalendar() };
    if (url.pathname === '/api/v1/callbacks' && method === 'GET') {
      const assignee = url.searchParams.get('assignee');
      // The API sorts by due moment; the page must not rely on it.
      if (assignee === 'me') return { body: { items: mine, nextCursor: null } };
      if (assignee === 'team') return { body: { items: team, nextCursor: null } };
      if (assignee === 'all' && url.searchParams.get('escalated') === 'true') return { body: { items: [late], nextCursor: null } };
    }
    if (url.pathname === '/api/v1/callbacks/cb-team/claim' && method === 'POST') {
      team = [];
      return { body: { ...queued, assignee: anouk, attempts: [], escalations: [], reschedules: [] } };
    }
    return undefined;
  });
  const view = renderRoutes([{ element: (<NowProvider now={NOW}><Outlet /></NowProvider>), children: routes }], path);
  return { ...api, ...view };
}

const rows = () => screen.getAllByRole('listitem').filter((item) => item.classList.contains('callback-item'));
const fact = (row: HTMLElement, term: string) => within(row).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('Mijn terugbelverzoeken', () => {
  it('lists my callbacks, the first due on top, with customer, number, reason, window, due moment and attempts', async () => {
    setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn terugbelverzoeken' })).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: 'Mijn terugbelverzoeken' }).getAttribute('aria-current')).toBe('page');
    await waitFor(() => expect(rows()).toHaveLength(2));
    const [first, second] = rows() as [HTMLElement, HTMLElement];

    expect(within(first).getByRole('link', { name: 'Kees van den Berg' }).getAttribute('href')).toBe('/klanten/c-kees');
    expect(within(first).getByText('Terugbellen over de huurverhoging.')).toBeTruthy();
    expect(fact(first, 'Wanneer').textContent).toBe('vandaag 10:45–11:00');
    expect(within(fact(first, 'Telefoon')).getByRole('link', { name: '06 23456789' }).getAttribute('href')).toBe('tel:+31623456789');
    expect(fact(first, 'Belpogingen').textContent).toBe('1 belpoging');
    await waitFor(() => expect(fact(first, 'Termijn').textContent).toContain('over 1 werkuur'));
    expect(fact(first, 'Termijn').querySelector('[data-risk]')?.getAttribute('data-risk')).toBe('at_risk');

    expect(within(second).getByRole('link', { name: 'Sanne de Vries' })).toBeTruthy();
    expect(fact(second, 'Wanneer').textContent).toBe('morgenochtend (08:30–12:00)');
    expect(fact(second, 'Termijn').textContent).toContain('uiterlijk morgen 12:00');
    expect(fact(second, 'Belpogingen').textContent).toBe('Nog niet gebeld');
    expect(within(second).getByRole('link', { name: /^Afhandelen/ }).getAttribute('href')).toBe('/terugbellen/cb-1');
    // An agent has no escalation board.
    expect(screen.queryByRole('tab', { name: /Escalaties/ })).toBeNull();
  });

  it('takes a callback from the team queue with "Oppakken" and tells the agent where it went', async () => {
    const { calls } = setup();
    const teamTab = await screen.findByRole('tab', { name: /^Wachtrij van mijn team/ });
    fireEvent.click(teamTab);
    await waitFor(() => expect(teamTab.getAttribute('aria-selected')).toBe('true'));
    await waitFor(() => expect(rows()).toHaveLength(1));
    const row = rows()[0] as HTMLElement;
    expect(within(row).getByText('Via Mijn Loket')).toBeTruthy();
    expect(fact(row, 'Wie belt').textContent).toBe('team Klantcontact (nog niet opgepakt)');
    expect(fact(row, 'Wanneer').textContent).toBe('vanmiddag (12:00–17:00)');

    fireEvent.click(within(row).getByRole('button', { name: 'Oppakken (terugbelverzoek van Fatma Yılmaz)' }));
    expect(await screen.findByText(/Je hebt het terugbelverzoek van Fatma Yılmaz opgepakt\./)).toBeTruthy();
    expect(calls.some((call) => call.init.method === 'POST' && call.url.pathname === '/api/v1/callbacks/cb-team/claim')).toBe(true);
    expect(await screen.findByText('De wachtrij van je team is leeg.')).toBeTruthy();
  });

  it('moves between the lists with the arrow keys and keeps the choice in the address', async () => {
    const { router } = setup(['team_lead']);
    const mine = await screen.findByRole('tab', { name: /^Voor mij/ });
    expect(mine.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(mine, { key: 'ArrowRight' });
    const team = screen.getByRole('tab', { name: /^Wachtrij van mijn team/ });
    await waitFor(() => expect(document.activeElement).toBe(team));
    expect(router.state.location.search).toBe('?lijst=team');
    fireEvent.keyDown(team, { key: 'End' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('tab', { name: /^Escalaties/ })));
    expect(router.state.location.search).toBe('?lijst=escalaties');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement).toBe(mine));
    expect(router.state.location.search).toBe('');
  });

  it('shows a team lead the escalations with their level, asking the API for the escalated ones of everybody', async () => {
    const { calls } = setup(['team_lead'], '/terugbellen?lijst=escalaties');
    const tab = await screen.findByRole('tab', { name: 'Escalaties (1)' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(rows()).toHaveLength(1));
    const row = rows()[0] as HTMLElement;
    expect(within(row).getByText('Escalatie niveau 2: manager')).toBeTruthy();
    expect(fact(row, 'Belpogingen').textContent).toBe('3 belpogingen');
    expect(fact(row, 'Wie belt').textContent).toBe('Anouk Klantcontact');
    await waitFor(() => expect(fact(row, 'Termijn').querySelector('[data-risk]')?.getAttribute('data-risk')).toBe('breached'));
    const board = calls.find((call) => call.url.pathname === '/api/v1/callbacks' && call.url.searchParams.get('escalated') === 'true');
    expect(Object.fromEntries(board?.url.searchParams ?? [])).toEqual({ assignee: 'all', status: 'open', escalated: 'true', limit: '50' });
  });

  it('never hangs on odd data: a callback dated 9999 and one dated year 1 are listed like any other', async () => {
    const farAhead = callbackFixture({
      id: 'cb-9999', customerId: 'c-ver', customerName: 'Vera Ver', reason: 'Verplaatst naar 9999.',
      windowStart: '9999-12-31T07:30:00.000Z', dueAt: '9999-12-31T11:00:00.000Z', dayPart: 'OCH',
    });
    const longAgo = callbackFixture({
      id: 'cb-0001', customerId: 'c-oud', customerName: 'Otto Oud', reason: 'Ingevoerd met jaar 1.',
      windowStart: '0001-01-01T08:00:00.000Z', dueAt: '0001-01-01T11:00:00.000Z', dayPart: null,
    });
    // Before the fix this list never finished rendering (work hours counted day by day up to 9999): the test's own time limit catches a hang.
    setup(['agent'], '/terugbellen', [farAhead, soon, longAgo]);
    await waitFor(() => expect(rows()).toHaveLength(3));
    const [first, second, third] = rows() as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(first).getByRole('link', { name: 'Otto Oud' })).toBeTruthy();
    expect(within(second).getByRole('link', { name: 'Kees van den Berg' })).toBeTruthy();
    expect(within(third).getByRole('link', { name: 'Vera Ver' })).toBeTruthy();
    // The calendar has loaded once the near one shows work hours; the far one then still reads as a date.
    await waitFor(() => expect(fact(second, 'Termijn').textContent).toContain('over 1 werkuur'));
    expect(fact(third, 'Termijn').textContent).toContain('uiterlijk 31 december 9999 12:00');
    expect(fact(third, 'Termijn').querySelector('[data-risk]')?.getAttribute('data-risk')).toBe('ok');
    expect(fact(third, 'Wanneer').textContent).toContain('31 december 9999');
    expect(fact(first, 'Termijn').querySelector('[data-risk]')?.getAttribute('data-risk')).toBe('breached');
  });
});
