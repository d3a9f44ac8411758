import { renderRoutes, sessionUser, startI18n } from '@loket/web/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { appTexts, failure, fakeBackend } from './fake-backend';
import { RequireSession } from './RequireSession';
import type { SessionBackend } from './session-backend';
import { sessionTexts } from './texts/texts';

function renderGuarded(backend: SessionBackend) {
  return renderRoutes(
    [
      { element: <RequireSession kind="staff" backend={backend} />, children: [{ path: '/klanten/:id', element: <p>klantbeeld</p> }] },
      { path: '/inloggen', element: <p>inlogscherm</p> },
    ],
    '/klanten/7?tab=contracten',
  );
}

describe('RequireSession', () => {
  beforeAll(() => startI18n(sessionTexts.nl, appTexts));

  it('sends someone without a session to the login, to come back afterwards', () => {
    const { router } = renderGuarded(fakeBackend());
    expect(screen.getByText('inlogscherm')).toBeTruthy();
    expect(router.state.location.search).toBe(`?volgende=${encodeURIComponent('/klanten/7?tab=contracten')}`);
  });

  it('shows the page to an account of the right kind', async () => {
    renderGuarded(fakeBackend({ loggedIn: true, me: async () => sessionUser('staff') }));
    expect(screen.getByText('Even geduld…')).toBeTruthy();
    expect(await screen.findByText('klantbeeld')).toBeTruthy();
  });

  it('forgets an account of the other kind and sends it to the login', async () => {
    const backend = fakeBackend({ loggedIn: true, me: async () => sessionUser('tenant') });
    const { router } = renderGuarded(backend);
    expect(await screen.findByText('inlogscherm')).toBeTruthy();
    expect(router.state.location.search).toBe('');
    expect(backend.hasSession()).toBe(false);
  });

  it('sends an expired session to the login', async () => {
    const { router } = renderGuarded(fakeBackend({ loggedIn: true, me: () => Promise.reject(failure({ status: 401 })) }));
    expect(await screen.findByText('inlogscherm')).toBeTruthy();
    expect(router.state.location.search).toContain('volgende=');
  });

  it('says when there is no connection, and tries again on request', async () => {
    let online = false;
    renderGuarded(fakeBackend({ loggedIn: true, me: async () => (online ? sessionUser('staff') : Promise.reject(failure({ status: 0 }))) }));
    expect((await screen.findByRole('alert')).textContent).toContain('Er is nu geen verbinding.');
    online = true;
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    await waitFor(() => expect(screen.getByText('klantbeeld')).toBeTruthy());
  });
});
