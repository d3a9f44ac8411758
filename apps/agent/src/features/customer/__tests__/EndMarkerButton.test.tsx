import { saveSession } from '@loket/web/api-client';
import { fakeApi, renderRoutes, testSession } from '@loket/web/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { customer, marker } from '../../../test/fixtures';
import { CustomerPage } from '../components/CustomerPage';
import { endDateForToday } from '../hooks/markers';

const sch = marker({ id: 'm-sch', code: 'SCH', note: 'Achterstand van twee maanden.', validFrom: '2024-01-10' });

function setup() {
  let markers = [sch];
  const api = fakeApi((url, init) => {
    if (init.method === 'PATCH' && url.pathname === '/api/v1/customers/c-kees/markers/m-sch') {
      const body = JSON.parse(String(init.body));
      markers = [{ ...sch, validUntil: body.validUntil, active: false }];
      return { body: markers[0] };
    }
    return { body: { customer: customer({ markers }), contracts: [], openCases: [], openCallbacks: [], recentContacts: [] } };
  });
  saveSession(testSession());
  const rendered = renderRoutes(
    [
      { path: '/klanten/:id', element: <CustomerPage /> },
      { path: '/', element: <p>zoekscherm</p> },
    ],
    '/klanten/c-kees',
  );
  return { ...api, ...rendered };
}

describe('ending a marker', () => {
  it('asks first, then ends it as of today (valid up to and including yesterday)', async () => {
    const { calls } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Signalering Huurschuld beëindigen' }));
    expect(screen.getByText('Weet je zeker dat je de signalering Huurschuld wilt beëindigen?')).toBeTruthy();
    expect(calls.some((call) => call.init.method === 'PATCH')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Ja, beëindigen' }));
    expect(await screen.findByText('De signalering Huurschuld is beëindigd.')).toBeTruthy();
    const patch = calls.find((call) => call.init.method === 'PATCH');
    expect(JSON.parse(String(patch?.init.body))).toEqual({ validUntil: endDateForToday() });
    await waitFor(() => expect(screen.getByText('Geen actieve signaleringen.')).toBeTruthy());
  });

  it('Esc in the question cancels it and keeps the agent on the page', async () => {
    const { router } = setup();
    fireEvent.click(await screen.findByRole('button', { name: 'Signalering Huurschuld beëindigen' }));
    const yes = screen.getByRole('button', { name: 'Ja, beëindigen' });
    expect(document.activeElement).toBe(yes);
    fireEvent.keyDown(yes, { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Ja, beëindigen' })).toBeNull();
    expect(router.state.location.pathname).toBe('/klanten/c-kees');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Signalering Huurschuld beëindigen' })));
  });
});

describe('endDateForToday', () => {
  it('is the day before today', () => {
    expect(endDateForToday(new Date(2026, 0, 1, 10))).toBe('2025-12-31');
  });
});
