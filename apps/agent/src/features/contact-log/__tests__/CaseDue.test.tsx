import { saveSession, type CaseSla } from '@loket/web/api-client';
import { NowProvider } from '@loket/web/ui';
import { fakeApi, renderRoutes, testSession } from '@loket/web/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { describe, expect, it } from 'vitest';
import { customer, lindeCalendar, openCase } from '../../../test/fixtures';
import { CustomerPage } from '../../customer';
import { CasePage } from '../components/CasePage';

/** Thursday 3 December 2026, 16:00 in Amsterdam: an hour before closing. */
const NOW = new Date('2026-12-03T16:00:00+01:00');

function clock(overrides: Partial<CaseSla> = {}): CaseSla {
  return {
    state: 'running', receivedAt: '2026-12-03T08:00:00Z', firstResponseDueAt: '2026-12-04T09:00:00Z', dueAt: '2026-12-10T16:00:00Z',
    firstRespondedAt: null, pausedSince: null, pausedMinutes: 0, firstResponseBreachedAt: null, resolutionBreachedAt: null,
    ...overrides,
  };
}

function render(path: string, answer: (pathname: string) => unknown, calendar = true) {
  saveSession(testSession());
  fakeApi((url) => {
    if (url.pathname === '/api/v1/sla/calendar') return calendar ? { body: lindeCalendar() } : { status: 403, body: { status: 403, title: 'Forbidden' } };
    const body = answer(url.pathname);
    return body === undefined ? undefined : { body };
  });
  return renderRoutes(
    [
      {
        element: (
          <NowProvider now={NOW}>
            <Outlet />
          </NowProvider>
        ),
        children: [
          { path: '/klanten/:id', element: <CustomerPage /> },
          { path: '/klanten/:id/vragen/:caseId', element: <CasePage /> },
        ],
      },
    ],
    path,
  );
}

const details = () => screen.getByRole('region', { name: 'Over deze vraag' });
const termOf = (container: HTMLElement, term: string) =>
  within(container).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('due moments on the case page', () => {
  it('says when the first response and the answer are due, counted in opening hours', async () => {
    const item = openCase({ firstResponseDueAt: '2026-12-04T09:00:00Z', dueAt: '2026-12-10T16:00:00Z', sla: clock() });
    render('/klanten/c-kees/vragen/case-1', (pathname) => (pathname === '/api/v1/cases/case-1' ? item : undefined));
    await screen.findByRole('heading', { level: 1, name: 'Lekkage badkamer' });
    // 16:00 today → 10:00 tomorrow is 2.5 work hours: at risk, though 18 hours on the clock.
    await waitFor(() => expect(termOf(details(), 'Eerste reactie').querySelector('[data-risk]')?.getAttribute('data-risk')).toBe('at_risk'));
    const first = termOf(details(), 'Eerste reactie');
    expect(within(first).getByText('uiterlijk morgen 10:00')).toBeTruthy();
    expect(within(first).getByText('Termijn: vrijdag 4 december 2026 om 10:00')).toBeTruthy();
    const answer = termOf(details(), 'Antwoord aan klant');
    expect(within(answer).getByText('uiterlijk 10 december 17:00')).toBeTruthy();
    expect(answer.querySelector('[data-risk]')?.getAttribute('data-risk')).toBe('ok');
  });

  it('says in Dutch that the clock is paused while the question waits for the customer', async () => {
    const item = openCase({
      status: 'waiting_for_customer', firstResponseDueAt: '2026-12-04T09:00:00Z', dueAt: '2026-12-10T16:00:00Z',
      sla: clock({ state: 'paused', pausedSince: '2026-12-03T14:00:00Z', firstRespondedAt: '2026-12-03T10:00:00Z' }),
    });
    render('/klanten/c-kees/vragen/case-1', (pathname) => (pathname === '/api/v1/cases/case-1' ? item : undefined));
    await screen.findByRole('heading', { level: 1, name: 'Lekkage badkamer' });
    expect(within(termOf(details(), 'Antwoord aan klant')).getByText('gepauzeerd: wacht op klant')).toBeTruthy();
    expect(within(termOf(details(), 'Eerste reactie')).getByText('klaar, op tijd')).toBeTruthy();
  });

  it('still names the due moment when the calendar cannot be read, without work hours', async () => {
    const item = openCase({ firstResponseDueAt: '2026-12-03T16:30:00Z', sla: clock({ firstResponseDueAt: '2026-12-03T16:30:00Z', dueAt: null }) });
    render('/klanten/c-kees/vragen/case-1', (pathname) => (pathname === '/api/v1/cases/case-1' ? item : undefined), false);
    await screen.findByRole('heading', { level: 1, name: 'Lekkage badkamer' });
    expect(within(termOf(details(), 'Eerste reactie')).getByText('uiterlijk vandaag 17:30')).toBeTruthy();
    expect(within(details()).queryByText('Antwoord aan klant')).toBeNull();
  });
});

describe('due moments in the open questions of the customer page', () => {
  it('shows each open question’s first response and answer, late ones as late', async () => {
    const cases = [
      openCase({ firstResponseDueAt: '2026-12-04T09:00:00Z', dueAt: null, sla: clock({ dueAt: null }) }),
      openCase({
        id: 'case-2', subject: 'Sleutel kwijt', firstResponseDueAt: '2026-12-02T16:00:00Z', dueAt: '2026-12-09T16:00:00Z',
        sla: clock({ firstResponseDueAt: '2026-12-02T16:00:00Z', dueAt: '2026-12-09T16:00:00Z', firstResponseBreachedAt: '2026-12-02T16:00:30Z' }),
      }),
    ];
    render('/klanten/c-kees', (pathname) =>
      pathname === '/api/v1/customers/c-kees/overview'
        ? { customer: customer(), contracts: [], openCases: cases, openCallbacks: [], recentContacts: [] }
        : pathname.endsWith('/timeline')
          ? { items: [], nextCursor: null }
          : undefined,
    );
    const region = await screen.findByRole('region', { name: 'Open vragen' });
    const leak = within(region).getByRole('link', { name: 'Lekkage badkamer' }).closest('li') as HTMLElement;
    expect(await within(termOf(leak, 'Eerste reactie')).findByText('uiterlijk morgen 10:00')).toBeTruthy();
    expect(within(leak).queryByText('Antwoord aan klant')).toBeNull();
    const key = within(region).getByRole('link', { name: 'Sleutel kwijt' }).closest('li') as HTMLElement;
    expect(within(termOf(key, 'Eerste reactie')).getByText('te laat sinds gisteren 17:00')).toBeTruthy();
    expect(termOf(key, 'Eerste reactie').querySelector('[data-risk]')?.getAttribute('data-risk')).toBe('breached');
    expect(within(termOf(key, 'Antwoord aan klant')).getByText('uiterlijk woensdag 17:00')).toBeTruthy();
  });
});
