import { renderRoutes, sessionUser, startI18n } from '@loket/web/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { appTexts, fakeBackend } from './fake-backend';
import { sessionTexts } from './texts/texts';
import { UserArea } from './UserArea';

describe('UserArea', () => {
  beforeAll(() => startI18n(sessionTexts.nl, appTexts));

  it('shows who is logged in for which corporation, and logs out to the login page that says so', async () => {
    const backend = fakeBackend({ loggedIn: true, me: async () => sessionUser('tenant', { displayName: 'Sanne de Vries' }) });
    const { router } = renderRoutes([{ path: '*', element: <UserArea kind="tenant" backend={backend} /> }], '/');
    const area = await screen.findByRole('region', { name: 'Ingelogd' });
    expect(area.textContent).toContain('Sanne de Vries');
    expect(area.textContent).toContain('Woonstichting De Linde');
    fireEvent.click(screen.getByRole('button', { name: 'Uitloggen' }));
    await waitFor(() => expect(router.state.location.pathname + router.state.location.search).toBe('/inloggen?uitgelogd=1'));
    expect(backend.hasSession()).toBe(false);
  });

  it('shows nothing for an account of another kind', async () => {
    const backend = fakeBackend({ loggedIn: true, me: async () => sessionUser('staff', { displayName: 'Anna Agent' }) });
    const both = (
      <>
        <UserArea kind="tenant" backend={backend} />
        <UserArea kind="staff" backend={backend} />
      </>
    );
    renderRoutes([{ path: '*', element: both }], '/');
    expect((await screen.findByRole('region', { name: 'Ingelogd' })).textContent).toContain('Anna Agent');
    expect(screen.getAllByRole('region')).toHaveLength(1);
  });
});
