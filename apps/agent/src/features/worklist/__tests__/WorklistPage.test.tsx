import type { StaffRole } from '@loket/shared/contracts';
import { saveSession } from '@loket/web/api-client';
import { fakeApi, renderRoutes, sessionUser, testSession } from '@loket/web/testing';
import { NowProvider } from '@loket/web/ui';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/routes';
import { anouk, klantcontact, lindeCalendar, topicsFixture } from '../../../test/fixtures';
import type { WorkItem, WorklistCounts, WorklistPage } from '../api/types';

/** Thursday 3 December 2026, 10:00 in Amsterdam; De Linde is open until 17:00. */
const NOW = new Date('2026-12-03T10:00:00+01:00');

function workItem(overrides: Partial<WorkItem> = {}): WorkItem {
  return {
    id: 'case-1', kind: 'case', caseId: 'case-1', callbackId: null, contactId: null, subject: 'Lekkage badkamer',
    customer: { id: 'c-sanne', fullName: 'Sanne de Vries', customerNumber: '100001', safetyMarkers: [] },
    topic: { id: 't-rep', code: 'reparatie', name: 'Reparatie en onderhoud' }, channel: 'phone', location: null,
    team: { id: 'team-kc', name: 'Klantcontact' }, owner: anouk, status: 'open', dueAt: '2026-12-04T16:00:00+01:00', dueTarget: 'resolution', clockState: 'running',
    forwardedBy: null, forwardedAt: null, openedAt: '2026-12-02T09:00:00+01:00',
    ...overrides,
  };
}

/** Overdue since yesterday, Kees (aggression marker), a question. */
const late = workItem({
  id: 'case-kees', caseId: 'case-kees', subject: 'Buren maken herrie', dueAt: '2026-12-02T12:00:00+01:00',
  customer: { id: 'c-kees', fullName: 'Kees van den Berg', customerNumber: '100002', safetyMarkers: ['AGR'] },
});
/** A callback due today at 11:00. */
const callback = workItem({ id: 'cb-1', kind: 'callback', callbackId: 'cb-1', dueTarget: 'callback', clockState: null, subject: 'Terugbellen over de huur', dueAt: '2026-12-03T11:00:00+01:00' });
const mine = [late, callback, workItem()];
const queued = workItem({ id: 'case-q', caseId: 'case-q', subject: 'Schimmel in de slaapkamer', owner: null, team: { id: 'team-tb', name: 'Technisch beheer' } });
const forwarded = workItem({
  id: 'case-f', caseId: 'case-f', subject: 'Kapotte kraan', owner: null, team: { id: 'team-tb', name: 'Technisch beheer' },
  forwardedBy: anouk, forwardedAt: '2026-12-03T09:15:00+01:00',
});
const counts: WorklistCounts = { me: 3, team: 1, forwarded: 1, all: 12, overdue: 1, today: 1, week: 3 };

function setup(roles: StaffRole[] = ['agent'], path = '/werk', answer?: (url: URL) => { status?: number; body?: unknown } | undefined) {
  saveSession(testSession());
  let team = [queued];
  const api = fakeApi((url, init) => {
    const method = init.method ?? 'GET';
    if (url.pathname === '/api/v1/auth/me') return { body: sessionUser('staff', { id: anouk.id, displayName: anouk.displayName, roles }) };
    if (url.pathname === '/api/v1/sla/calendar') return { body: lindeCalendar() };
    if (url.pathname === '/api/v1/teams') return { body: { items: [klantcontact, { ...klantcontact, id: 'team-tb', name: 'Technisch beheer' }] } };
    if (url.pathname === '/api/v1/topics') return { body: { items: topicsFixture } };
    if (url.pathname === '/api/v1/locations') return { body: { items: [{ id: 'loc-1', code: 'SPR', name: 'Sprang-Capelle' }] } };
    if (url.pathname === '/api/v1/worklist') {
      const custom = answer?.(url);
      if (custom) return custom;
      const scope = url.searchParams.get('scope');
      const items = scope === 'team' ? team : scope === 'forwarded' ? [forwarded] : scope === 'all' ? [...mine, queued] : mine;
      const page: WorklistPage = { items, nextCursor: null, counts: { ...counts, team: team.length, all: roles.includes('agent') ? null : 12 } };
      return { body: page };
    }
    if (url.pathname === '/api/v1/cases/case-q/claim' && method === 'POST') {
      team = [];
      return { body: { id: 'case-q', customerId: 'c-sanne', ownerId: anouk.id, owner: anouk } };
    }
    return undefined;
  });
  const view = renderRoutes([{ element: (<NowProvider now={NOW}><Outlet /></NowProvider>), children: routes }], path);
  return { ...api, ...view };
}

const rows = () => screen.getAllByRole('listitem').filter((item) => item.classList.contains('work-item'));
const fact = (row: HTMLElement, term: string) => within(row).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
const worklistCalls = (calls: { url: URL }[]) => calls.filter((call) => call.url.pathname === '/api/v1/worklist').map((call) => Object.fromEntries(call.url.searchParams));

// Whole screens with their data: slow on a busy machine, so more than the default 5 seconds.
describe('Mijn werk', { timeout: 20_000 }, () => {
  it('lists my open work by due moment with the risk colour, the customer with the safety warning, and counts on the tabs', async () => {
    const { calls } = setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn werk' })).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Hoofdmenu' })).getByRole('link', { name: 'Mijn werk' }).getAttribute('aria-current')).toBe('page');
    await waitFor(() => expect(rows()).toHaveLength(3));
    const [first, second] = rows() as [HTMLElement, HTMLElement];

    expect(within(first).getByRole('link', { name: 'Buren maken herrie' }).getAttribute('href')).toBe('/klanten/c-kees/vragen/case-kees');
    expect(within(first).getByRole('link', { name: 'Kees van den Berg' }).getAttribute('href')).toBe('/klanten/c-kees');
    // The safety warning beside the name, spoken as well.
    expect(within(first).getByText('Agressie')).toBeTruthy();
    expect(within(first).getByText('Let op, veiligheidsmarkering:')).toBeTruthy();
    await waitFor(() => expect(fact(first, 'Termijn').querySelector('[data-risk]')?.getAttribute('data-risk')).toBe('breached'));
    expect(within(first).getByText('Vraag')).toBeTruthy();

    expect(within(second).getByText('Terugbellen')).toBeTruthy();
    expect(within(second).getByRole('link', { name: 'Terugbellen over de huur' }).getAttribute('href')).toBe('/terugbellen/cb-1');
    await waitFor(() => expect(fact(second, 'Termijn').querySelector('[data-risk]')?.getAttribute('data-risk')).toBe('at_risk'));
    expect(fact(second, 'Termijn').textContent).toContain('over 1 werkuur');
    expect(within(second).queryByText(/Let op/)).toBeNull();

    expect(screen.getByRole('tab', { name: 'Mijn werk (3)' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tab', { name: 'Teamwachtrij (1)' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Doorgezet door mij (1)' })).toBeTruthy();
    // An agent has no "Alles open".
    expect(screen.queryByRole('tab', { name: /Alles open/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Te laat (1)' })).toBeTruthy();
    expect(worklistCalls(calls)[0]).toEqual({ scope: 'me', limit: '25' });
  });

  it('claims work from the team queue with "Oppakken"; the row leaves the queue', async () => {
    const { calls } = setup(['agent'], '/werk?lijst=team');
    await waitFor(() => expect(rows()).toHaveLength(1));
    const row = rows()[0] as HTMLElement;
    expect(fact(row, 'Behandelaar').textContent).toBe('wachtrij Technisch beheer');
    fireEvent.click(within(row).getByRole('button', { name: 'Oppakken (‘Schimmel in de slaapkamer’ van Sanne de Vries)' }));
    expect(await screen.findByText(/Je hebt ‘Schimmel in de slaapkamer’ van Sanne de Vries opgepakt\./)).toBeTruthy();
    expect(calls.some((call) => call.init.method === 'POST' && call.url.pathname === '/api/v1/cases/case-q/claim')).toBe(true);
    expect(await screen.findByText('De wachtrij van je teams is leeg.')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Teamwachtrij (0)' })).toBeTruthy();
  });

  it('shows what I forwarded, with when and by whom', async () => {
    setup(['agent'], '/werk?lijst=doorgezet');
    await waitFor(() => expect(rows()).toHaveLength(1));
    const row = rows()[0] as HTMLElement;
    expect(within(row).getByRole('link', { name: 'Kapotte kraan' })).toBeTruthy();
    expect(fact(row, 'Doorgezet').textContent).toBe('3 december 2026 om 09:15 door Anouk Klantcontact');
    expect(within(row).queryByRole('button', { name: /Oppakken/ })).toBeNull();
  });

  it('gives a team lead "Alles open" with filters that live in the address', async () => {
    const { calls, router } = setup(['team_lead'], '/werk?lijst=alles&kanaal=phone&termijn=overdue&kanaal2=x');
    const tab = await screen.findByRole('tab', { name: 'Alles open (12)' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(worklistCalls(calls)[0]).toEqual({ scope: 'all', channel: 'phone', due: 'overdue', limit: '25' });
    const filters = screen.getByRole('search', { name: 'Filters' });
    expect((within(filters).getByLabelText('Kanaal') as HTMLSelectElement).value).toBe('phone');

    await waitFor(() => expect(within(filters).getAllByRole('option', { name: 'Technisch beheer' })).toHaveLength(1));
    fireEvent.change(within(filters).getByLabelText('Team'), { target: { value: 'team-tb' } });
    await waitFor(() => expect(router.state.location.search).toContain('team=team-tb'));
    await waitFor(() => expect(worklistCalls(calls).at(-1)).toEqual({ scope: 'all', team: 'team-tb', channel: 'phone', due: 'overdue', limit: '25' }));

    fireEvent.click(screen.getByRole('button', { name: 'Filters wissen' }));
    await waitFor(() => expect(router.state.location.search).toBe('?lijst=alles&kanaal2=x'));
    await waitFor(() => expect(worklistCalls(calls).at(-1)).toEqual({ scope: 'all', limit: '25' }));
  });

  it('keeps every filter chosen in quick succession, before the list has shown the first one', async () => {
    const { router } = setup(['team_lead'], '/werk?lijst=alles');
    const filters = await screen.findByRole('search', { name: 'Filters' });
    await waitFor(() => expect(within(filters).getAllByRole('option', { name: 'Technisch beheer' })).toHaveLength(1));
    // Two choices before the page renders again (one batch): the second must not start from the address before the first.
    act(() => {
      fireEvent.change(within(filters).getByLabelText('Team'), { target: { value: 'team-tb' } });
      fireEvent.change(within(filters).getByLabelText('Kanaal'), { target: { value: 'email' } });
    });
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('kanaal')).toBe('email'));
    expect(new URLSearchParams(router.state.location.search).get('team')).toBe('team-tb');
  });

  it('moves between the lists with the arrow keys; a list without a filter drops it from the address', async () => {
    const { router } = setup(['team_lead'], '/werk?lijst=alles&kanaal=phone');
    const all = await screen.findByRole('tab', { name: /^Alles open/ });
    fireEvent.keyDown(all, { key: 'Home' });
    const me = screen.getByRole('tab', { name: /^Mijn werk/ });
    await waitFor(() => expect(document.activeElement).toBe(me));
    expect(router.state.location.search).toBe('');
    fireEvent.keyDown(me, { key: 'ArrowRight' });
    await waitFor(() => expect(router.state.location.search).toBe('?lijst=team'));
  });

  it('pages with "Volgende pagina" (keyset, in the address) and back to the first page', async () => {
    const { calls, router } = setup(['agent'], '/werk', (url) => {
      const cursor = url.searchParams.get('cursor');
      const page: WorklistPage = cursor
        ? { items: [workItem({ id: 'case-2', caseId: 'case-2', subject: 'Tweede pagina' })], nextCursor: null, counts }
        : { items: mine, nextCursor: 'abc', counts };
      return { body: page };
    });
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'Volgende pagina' }));
    await waitFor(() => expect(router.state.location.search).toBe('?vanaf=abc'));
    expect(await screen.findByRole('link', { name: 'Tweede pagina' })).toBeTruthy();
    expect(worklistCalls(calls).at(-1)).toEqual({ scope: 'me', cursor: 'abc', limit: '25' });
    expect(screen.queryByRole('button', { name: 'Volgende pagina' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Eerste pagina' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('says so when the list is empty, and when a filter in the address is refused', async () => {
    setup(['agent'], '/werk?soort=case', (url) =>
      url.searchParams.get('kind') === 'case'
        ? { status: 400, body: { type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ field: 'kind', code: 'unknown_value', message: 'x' }] } }
        : { body: { items: [], nextCursor: null, counts } },
    );
    expect(await screen.findByText(/Een filter in het adres klopt niet/)).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Filters wissen' })[0] as HTMLElement);
    expect(await screen.findByText('Je hebt geen open werk. Goed bezig!')).toBeTruthy();
  });
});
