import { saveSession, type CaseWithContacts } from '@loket/web/api-client';
import { fakeApi, renderRoutes, sessionUser, testSession } from '@loket/web/testing';
import { NowProvider } from '@loket/web/ui';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CasePage } from '../../contact-log';
import { anouk, klantcontact, lindeCalendar, openCase } from '../../../test/fixtures';

const NOW = new Date('2026-12-03T10:00:00+01:00');
const technisch = { id: 'team-tb', name: 'Technisch beheer', lead: null, manager: null, members: [{ id: 'u9', displayName: 'Tim Technisch' }] };

type Answer = { status?: number; body?: unknown } | undefined;

function setup(item: CaseWithContacts, onForward?: (body: Record<string, unknown>) => Answer) {
  saveSession(testSession());
  let current = item;
  const api = fakeApi((url, init) => {
    const method = init.method ?? 'GET';
    if (url.pathname === '/api/v1/auth/me') return { body: sessionUser('staff', { id: anouk.id, displayName: anouk.displayName }) };
    if (url.pathname === '/api/v1/sla/calendar') return { body: lindeCalendar() };
    if (url.pathname === '/api/v1/teams') return { body: { items: [klantcontact, technisch] } };
    if (url.pathname === '/api/v1/cases/case-1' && method === 'GET') return { body: current };
    if (url.pathname === '/api/v1/cases/case-1/forward' && method === 'POST') {
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      const answer = onForward?.(body);
      if (answer) return answer;
      current = {
        ...current, ownerId: null, owner: null, team: { id: 'team-tb', name: 'Technisch beheer' }, forwardedBy: anouk, forwardedAt: '2026-12-03T09:05:00.000Z',
        events: [{ id: 'ev-1', type: 'forwarded', from: 'Klantcontact', to: 'Technisch beheer', note: String(body['note']), by: anouk, at: '2026-12-03T09:05:00.000Z' }],
      };
      return { body: current };
    }
    if (url.pathname === '/api/v1/cases/case-1/claim' && method === 'POST') {
      current = { ...current, ownerId: anouk.id, owner: anouk };
      return { body: current };
    }
    return undefined;
  });
  const view = renderRoutes(
    [{ element: (<NowProvider now={NOW}><Outlet /></NowProvider>), children: [{ path: '/klanten/:id/vragen/:caseId', element: <CasePage /> }] }],
    '/klanten/c-kees/vragen/case-1',
  );
  return { ...api, ...view };
}

const ownership = () => screen.getByRole('region', { name: 'Wie behandelt deze vraag' });
const termOf = (container: HTMLElement, term: string) => within(container).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;

// Whole screens with their data: slow on a busy machine, so more than the default 5 seconds.
describe('Doorzetten and Oppakken on the case page', { timeout: 20_000 }, () => {
  it('forwards the question to a team with a note and tells the customer; the page then shows the team queue', async () => {
    const { calls } = setup({ ...openCase(), team: { id: 'team-kc', name: 'Klantcontact' } });
    await screen.findByRole('heading', { level: 1, name: 'Lekkage badkamer' });
    expect(termOf(ownership(), 'Team').textContent).toBe('Klantcontact');
    await waitFor(() => expect(termOf(ownership(), 'Behandelaar').textContent).toBe('Anouk Klantcontact (jij)'));
    // Someone has it: nothing to claim.
    expect(within(ownership()).queryByRole('button', { name: 'Oppakken' })).toBeNull();

    fireEvent.click(within(ownership()).getByRole('button', { name: 'Doorzetten' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vraag doorzetten' });
    // The required fields first: a team and a note.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Doorzetten' }));
    expect(await within(dialog).findByText('Kies een team.')).toBeTruthy();
    expect(within(dialog).getByText('Schrijf een notitie voor de behandelaar.')).toBeTruthy();
    expect(calls.some((call) => call.url.pathname.endsWith('/forward'))).toBe(false);

    await waitFor(() => expect(within(dialog).getAllByRole('option', { name: 'Technisch beheer' })).toHaveLength(1));
    fireEvent.change(within(dialog).getByLabelText('Team'), { target: { value: 'team-tb' } });
    fireEvent.change(within(dialog).getByLabelText(/Notitie voor de behandelaar/), { target: { value: 'Lekkage onder het bad, graag een monteur.' } });
    fireEvent.click(within(dialog).getByLabelText('Klant laten weten wie de vraag nu behandelt'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Doorzetten' }));

    expect(await screen.findByText('Doorgezet naar Technisch beheer.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    const sent = calls.find((call) => call.url.pathname === '/api/v1/cases/case-1/forward');
    expect(JSON.parse(String(sent?.init.body))).toEqual({ teamId: 'team-tb', note: 'Lekkage onder het bad, graag een monteur.', tellCustomer: true });
    await waitFor(() => expect(termOf(ownership(), 'Behandelaar').textContent).toBe('Nog niemand: de vraag staat in de wachtrij van Technisch beheer'));
    expect(termOf(ownership(), 'Team').textContent).toBe('Technisch beheer');
    expect(termOf(ownership(), 'Doorgezet').textContent).toBe('door Anouk Klantcontact, 3 december 2026 om 10:05');
    // The hand-off and its note on the question's time line.
    const timeline = screen.getByRole('region', { name: 'Contactmomenten' });
    expect(within(timeline).getByText('Doorgezet naar Technisch beheer door Anouk Klantcontact.')).toBeTruthy();
    expect(within(timeline).getByText('Lekkage onder het bad, graag een monteur.')).toBeTruthy();
  });

  it('forwards to a colleague and shows the API’s field error by the field', async () => {
    setup(openCase(), (body) =>
      body['userId'] === 'u9' ? { status: 400, body: { type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ field: 'userId', code: 'not_allowed', message: 'x' }] } } : undefined,
    );
    await screen.findByRole('heading', { level: 1, name: 'Lekkage badkamer' });
    const open = within(ownership()).getByRole('button', { name: 'Doorzetten' });
    open.focus();
    fireEvent.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Vraag doorzetten' });
    fireEvent.click(within(dialog).getByLabelText('Een collega'));
    const colleague = await within(dialog).findByLabelText('Collega');
    // Me not among them.
    await waitFor(() => expect(within(colleague).getAllByRole('option').map((option) => option.textContent)).toEqual(['Kies een collega', 'Tim Technisch', 'Tom Teamleider']));
    fireEvent.change(colleague, { target: { value: 'u9' } });
    fireEvent.change(within(dialog).getByLabelText(/Notitie/), { target: { value: 'Graag even bellen.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Doorzetten' }));
    await waitFor(() => expect(colleague.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('Deze collega kan geen vragen behandelen.')).toBeTruthy();
    // Esc closes the dialog; the button that opened it has the focus again.
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(open);
  });

  it('offers "Oppakken" while nobody handles the question', async () => {
    const { calls } = setup(openCase({ ownerId: null, owner: null }));
    await screen.findByRole('heading', { level: 1, name: 'Lekkage badkamer' });
    expect(termOf(ownership(), 'Behandelaar').textContent).toBe('Nog niemand');
    fireEvent.click(within(ownership()).getByRole('button', { name: 'Oppakken' }));
    expect(await screen.findByText('Je hebt de vraag opgepakt. Hij staat nu in Mijn werk.')).toBeTruthy();
    expect(calls.some((call) => call.init.method === 'POST' && call.url.pathname === '/api/v1/cases/case-1/claim')).toBe(true);
    await waitFor(() => expect(termOf(ownership(), 'Behandelaar').textContent).toBe('Anouk Klantcontact (jij)'));
  });
});
