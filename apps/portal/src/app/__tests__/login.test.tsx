import { hasSession } from '@loket/web/api-client';
import { fakeApi, loginResponse, renderRoutes, sessionUser, submitLogin } from '@loket/web/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { portalMe, tenantUser } from '../../test/fixtures';
import { routes } from '../routes';

// The login itself is tested in @loket/web/session; here: this app's wording and account kind.
describe('login of Mijn Loket', () => {
  it('addresses tenants with "u"', async () => {
    fakeApi(() => ({ status: 401, body: { type: 'about:blank', title: 'Unauthorized', status: 401, correlationId: 'x' } }));
    renderRoutes(routes, '/inloggen');
    submitLogin('', '');
    expect(await screen.findByText('Vul uw e-mailadres in.')).toBeTruthy();
    submitLogin('huurder@linde.demo', 'fout');
    expect(await screen.findByText(/Uw e-mailadres of wachtwoord klopt niet/)).toBeTruthy();
  });

  it('logs a tenant in and opens Mijn gegevens', async () => {
    fakeApi((url) => {
      if (url.pathname === '/api/v1/auth/login') return { body: loginResponse(tenantUser) };
      return url.pathname === '/api/v1/portal/me' ? { body: portalMe() } : undefined;
    });
    renderRoutes(routes, '/inloggen');
    submitLogin('huurder@linde.demo', 'Loket-demo-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeTruthy();
    expect(hasSession()).toBe(true);
  });

  it('refuses a staff account and keeps no session', async () => {
    fakeApi((url) => (url.pathname === '/api/v1/auth/login' ? { body: loginResponse(sessionUser('staff'), 'staff-tok') } : { status: 204 }));
    renderRoutes(routes, '/inloggen');
    submitLogin('agent@linde.demo', 'Loket-demo-1');
    expect(await screen.findByText(/Dit is de inlog voor huurders/)).toBeTruthy();
    expect(hasSession()).toBe(false);
  });
});
