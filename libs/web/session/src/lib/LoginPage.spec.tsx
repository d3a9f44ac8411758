import { loginResponse, renderRoutes, sessionUser, startI18n, submitLogin } from '@loket/web/testing';
import { screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { appTexts, failure, fakeBackend } from './fake-backend';
import { LoginPage } from './LoginPage';
import { safeNextPath } from './login-path';
import type { SessionBackend } from './session-backend';
import { sessionTexts } from './texts/texts';

function renderLogin(backend: SessionBackend, path = '/inloggen') {
  return renderRoutes(
    [
      { path: '/inloggen', element: <LoginPage kind="tenant" backend={backend} /> },
      { path: '*', element: <p>verder</p> },
    ],
    path,
  );
}

describe('LoginPage', () => {
  beforeAll(() => startI18n(sessionTexts.nl, appTexts));

  it('explains empty fields next to the fields', async () => {
    renderLogin(fakeBackend());
    submitLogin('', '');
    const email = screen.getByLabelText('E-mailadres');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(email.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Vul uw e-mailadres in.');
    expect(screen.getByText('Vul uw wachtwoord in.')).toBeTruthy();
  });

  it('logs in and goes on to where the person was going', async () => {
    const backend = fakeBackend({ login: async () => loginResponse(sessionUser('tenant')) });
    const { router } = renderLogin(backend, '/inloggen?volgende=%2Fgegevens%3Ftab%3D2');
    submitLogin('huurder@linde.demo', 'Loket-demo-1');
    await waitFor(() => expect(router.state.location.pathname).toBe('/gegevens'));
    expect(router.state.location.search).toBe('?tab=2');
    expect(backend.hasSession()).toBe(true);
  });

  it('refuses an account of the other kind and keeps no session', async () => {
    const backend = fakeBackend({ login: async () => loginResponse(sessionUser('staff')) });
    const { router } = renderLogin(backend);
    submitLogin('agent@linde.demo', 'Loket-demo-1');
    expect(await screen.findByText('Dit is de inlog voor huurders.')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/inloggen');
    expect(backend.hasSession()).toBe(false);
  });

  it('says plainly when the password is wrong, when there is no connection, and when it was too often', async () => {
    const answers = [failure({ status: 401 }), failure({ status: 0 }), failure({ status: 429 })];
    renderLogin(fakeBackend({ login: () => Promise.reject(answers.shift()) }));
    submitLogin('huurder@linde.demo', 'fout');
    expect(await screen.findByText('Uw e-mailadres of wachtwoord klopt niet.')).toBeTruthy();
    submitLogin('huurder@linde.demo', 'fout');
    expect(await screen.findByText('Er is nu geen verbinding.')).toBeTruthy();
    submitLogin('huurder@linde.demo', 'fout');
    expect(await screen.findByText('U heeft het te vaak geprobeerd.')).toBeTruthy();
  });

  it('puts what the API says about a field next to that field, in its own words for the code', async () => {
    renderLogin(fakeBackend({ login: () => Promise.reject(failure({ status: 400, fieldCodes: { email: 'not_an_email' } })) }));
    submitLogin('huurder@linde.demo', 'Loket-demo-1');
    const email = screen.getByLabelText('E-mailadres');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(email.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Vul een geldig e-mailadres in.');
  });

  it('says why the person is back at the login, and starts there', () => {
    renderLogin(fakeBackend(), '/inloggen?verlopen=1');
    expect(screen.getByText('U was een tijd niet actief. Log opnieuw in.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Inloggen' }));
    expect(document.title).toBe('Inloggen – Test');
  });
});

describe('safeNextPath', () => {
  it('only goes on to a path inside this app', () => {
    expect(safeNextPath('/klanten/1?x=2')).toBe('/klanten/1?x=2');
    expect(safeNextPath('//elders.example/pad')).toBe('/');
    expect(safeNextPath('https://elders.example/')).toBe('/');
    expect(safeNextPath('/inloggen?volgende=/x')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});
