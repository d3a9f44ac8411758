import { saveSession } from '@loket/web/api-client';
import { fakeApi, renderRoutes, sessionUser, testSession } from '@loket/web/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { IntegrationClientsPage } from '../components/IntegrationClientsPage';

const client = (id: string, name: string, overrides: Record<string, unknown> = {}) => ({
  id, name, clientId: `lkc_${id}`, status: 'active', scopes: ['relaties.read'], createdAt: '2026-12-01T10:00:00Z', rotatedAt: null, revokedAt: null,
  lastUsedAt: null, ...overrides,
});

describe('Koppelingen', () => {
  it('lists the clients with readable scopes and status; a new one shows its secret once', async () => {
    let clients = [client('a', 'Empire', { lastUsedAt: '2026-12-07T09:00:00Z' }), client('b', 'Oud systeem', { status: 'revoked', revokedAt: '2026-12-02T10:00:00Z' })];
    const { calls } = fakeApi((url, init) => {
      if (url.pathname === '/api/v1/auth/me') return { body: sessionUser('staff', { roles: ['admin'] }) };
      if (url.pathname === '/api/v1/integration-clients' && init.method === 'POST') {
        const body = JSON.parse(String(init.body)) as { name: string; scopes: string[] };
        const made = client('c', body.name, { scopes: body.scopes });
        clients = [made, ...clients];
        return { status: 201, body: { ...made, clientSecret: 'lks_geheim' } };
      }
      if (url.pathname === '/api/v1/integration-clients') return { body: clients };
      return undefined;
    });
    saveSession(testSession());
    renderRoutes([{ path: '/', element: <IntegrationClientsPage /> }], '/');
    const empire = await screen.findByRole('row', { name: /Empire/ });
    expect(within(empire).getByText('Klanten bekijken')).toBeTruthy();
    expect(within(empire).getByText('Actief')).toBeTruthy();
    const old = screen.getByRole('row', { name: /Oud systeem/ });
    expect(within(old).getByText(/Ingetrokken op/)).toBeTruthy();
    expect(within(old).queryByRole('button')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Nieuwe koppeling' }));
    const dialog = screen.getByRole('dialog', { name: 'Nieuwe koppeling' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Koppeling maken' }));
    expect(within(dialog).getByText('Vul een naam in.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Naam'), { target: { value: 'Tobias' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Koppeling maken' }));
    expect(within(dialog).getByText('Kies minstens één ding dat het systeem mag doen.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Huurcontracten bijwerken/ }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Klanten bijwerken/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Koppeling maken' }));

    const secret = await screen.findByRole('dialog', { name: 'Koppeling Tobias is gemaakt' });
    expect((within(secret).getByLabelText('Geheim (client secret)') as HTMLInputElement).value).toBe('lks_geheim');
    expect(within(secret).getByText('U ziet dit geheim maar één keer')).toBeTruthy();
    // The scopes in the API's order, whatever order they were ticked in.
    expect(JSON.parse(String(calls.find((c) => c.init.method === 'POST')?.init.body))).toEqual({ name: 'Tobias', scopes: ['relaties.write', 'overeenkomsten.write'] });
    fireEvent.click(within(secret).getByRole('button', { name: 'Ik heb het geheim bewaard' }));
    expect(screen.queryByText('lks_geheim')).toBeNull();
    expect(await screen.findByRole('row', { name: /Tobias/ })).toBeTruthy();
  }, 20_000);

  it('is for admins only', async () => {
    fakeApi((url) => (url.pathname === '/api/v1/auth/me' ? { body: sessionUser('staff') } : undefined));
    saveSession(testSession());
    renderRoutes([{ path: '/', element: <IntegrationClientsPage /> }], '/');
    expect(await screen.findByText('Dit scherm is alleen voor beheerders.')).toBeTruthy();
  });
});
