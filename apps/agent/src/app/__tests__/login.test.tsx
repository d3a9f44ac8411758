import { hasSession } from '@loket/web/api-client';
import { fakeApi, loginResponse, renderRoutes, sessionUser, submitLogin } from '@loket/web/testing';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../routes';

// The login itself is tested in @loket/web/session; here: this app's wording and account kind.
describe('login of the agent app', () => {
  it('addresses staff with "je" and says plainly when the password is wrong', async () => {
    fakeApi(() => ({ status: 401, body: { type: 'about:blank', title: 'Unauthorized', status: 401, correlationId: 'x' } }));
    renderRoutes(routes, '/inloggen');
    submitLogin('', '');
    expect(await screen.findByText('Vul je e-mailadres in.')).toBeTruthy();
    submitLogin('agent@linde.demo', 'fout');
    expect(await screen.findByText(/Het e-mailadres of het wachtwoord klopt niet/)).toBeTruthy();
  });

  it('refuses a tenant account and keeps no session', async () => {
    const { calls } = fakeApi((url) => (url.pathname === '/api/v1/auth/login' ? { body: loginResponse(sessionUser('tenant'), 'tenant-tok') } : { status: 204 }));
    const { router } = renderRoutes(routes, '/inloggen');
    submitLogin('huurder@linde.demo', 'Loket-demo-1');
    expect(await screen.findByText(/Dit is de inlog voor medewerkers/)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/inloggen');
    expect(hasSession()).toBe(false);
    expect(calls.find((call) => call.url.pathname === '/api/v1/auth/logout')?.init.headers).toMatchObject({ Authorization: 'Bearer tenant-tok' });
  });

  it('logs a staff member in and opens the search', async () => {
    fakeApi((url) => (url.pathname === '/api/v1/auth/login' ? { body: loginResponse(sessionUser('staff')) } : undefined));
    const { router } = renderRoutes(routes, '/inloggen');
    submitLogin('agent@linde.demo', 'Loket-demo-1');
    expect(await screen.findByRole('combobox', { name: 'Zoek een klant' })).toBeTruthy();
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(hasSession()).toBe(true);
  });
});
