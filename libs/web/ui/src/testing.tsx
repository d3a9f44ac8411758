/**
 * Test helpers for the web apps and libraries; import `@loket/web/testing` from tests only.
 * A fake API behind `fetch`, routes in a memory router with a fresh query cache, and fixtures.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import type { Contract, LoginResponse, SessionUser } from '@loket/web/api-types';
import { mergeTexts, setupI18n, uiTexts, type TextTree } from './lib/i18n/i18n';

type Handler = (url: URL, init: RequestInit) => { status?: number; body?: unknown } | undefined;

/**
 * A fake API: every `fetch` goes through `handler` and is recorded for assertions; what the
 * handler leaves unanswered is a 404. The API client uses the global `fetch` by default.
 */
export function fakeApi(handler: Handler) {
  const calls: { url: URL; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    calls.push({ url, init });
    const answer = handler(url, init) ?? { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } };
    const status = answer.status ?? 200;
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
      status,
      headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  });
  return { calls };
}

/** A session valid for an hour, for `saveSession` from the API client. */
export function testSession(accessToken = 'test-token') {
  return { accessToken, expiresAt: new Date(Date.now() + 3600_000).toISOString() };
}

/**
 * Starts i18next in Dutch for a library's tests: this library's texts, then `texts` standing in
 * for what an app brings (and another library's texts, if any).
 */
export function startI18n(...texts: TextTree[]) {
  const nl = texts.reduce<TextTree>((merged, tree) => mergeTexts(merged, tree), uiTexts.nl);
  return setupI18n({ resources: { nl, en: nl }, storageKey: 'loket.test.language', language: 'nl' });
}

/** Renders routes in a memory router with a fresh query cache, as the apps do. */
export function renderRoutes(routes: RouteObject[], initialPath: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [initialPath] });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}

export function renderWithRouter(element: ReactElement, path = '/') {
  return renderRoutes([{ path: '*', element }], path);
}

/** Fills in the login form (labels as in both apps) and submits it. */
export function submitLogin(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
}

/** A logged-in user of Woonstichting De Linde: an agent (`staff`) or a tenant. */
export function sessionUser(kind: SessionUser['kind'], overrides: Partial<SessionUser> = {}): SessionUser {
  return {
    id: 'u1', email: 'x@linde.demo', displayName: 'Anna Agent', kind, roles: kind === 'staff' ? ['agent'] : [],
    organization: { id: 'o1', slug: 'linde', name: 'Woonstichting De Linde' }, customerId: kind === 'tenant' ? 'c1' : null,
    notificationHours: 'opening_hours',
    ...overrides,
  };
}

/** What POST /auth/login answers for `user`. */
export function loginResponse(user: SessionUser, accessToken = 'tok'): LoginResponse {
  return { accessToken, expiresAt: new Date(Date.now() + 3600_000).toISOString(), user };
}

/** The rental contract of Lindelaan 12 A, active since 1 January 2015, € 612,45 a month. */
export function contract(overrides: Partial<Contract> = {}): Contract {
  return {
    id: 'k-1',
    externalId: null,
    contractNumber: 'HC-100001',
    status: 'active',
    startDate: '2015-01-01',
    endDate: null,
    rentCents: 61245,
    role: 'HUU',
    unit: {
      id: 'u-1',
      externalId: null,
      unitType: 'Eengezinswoning',
      address: { street: 'Lindelaan', houseNumber: 12, houseLetter: 'A', houseNumberAddition: null, postcode: '5161AB', city: 'Sprang-Capelle' },
    },
    ...overrides,
  };
}
