import { QueryClient } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createSessionApp } from './createSessionApp';
import { fakeBackend } from './fake-backend';

describe('createSessionApp', () => {
  it('goes to the login page when the session is lost, to come back afterwards, and forgets what it loaded', async () => {
    window.history.pushState({}, '', '/klanten/7?tab=contracten');
    const backend = fakeBackend({ loggedIn: true });
    const queryClient = new QueryClient();
    queryClient.setQueryData(['klant', '7'], { naam: 'Kees' });
    const App = createSessionApp({
      routes: [
        { path: '/inloggen', element: <p>inlogscherm</p> },
        { path: '*', element: <p>klantbeeld</p> },
      ],
      backend,
      queryClient,
    });
    render(<App />);
    expect(screen.getByText('klantbeeld')).toBeTruthy();

    act(() => backend.loseSession());
    expect(await screen.findByText('inlogscherm')).toBeTruthy();
    expect(window.location.search).toBe(`?verlopen=1&volgende=${encodeURIComponent('/klanten/7?tab=contracten')}`);
    expect(queryClient.getQueryData(['klant', '7'])).toBeUndefined();

    act(() => backend.loseSession());
    expect(window.location.search).toBe(`?verlopen=1&volgende=${encodeURIComponent('/klanten/7?tab=contracten')}`);
  });
});
