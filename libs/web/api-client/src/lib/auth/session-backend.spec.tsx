import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, configureApiClient } from '../http';
import { getAccessToken } from '../session-store';
import { WrongAccountKindError } from './auth.hooks';
import { describeError, sessionBackend } from './session-backend';

const user = (kind: 'staff' | 'tenant') => ({
  id: 'u1', email: 'x@linde.demo', displayName: 'Anna Agent', kind, roles: [],
  organization: { id: 'o1', slug: 'linde', name: 'Woonstichting De Linde' }, customerId: null,
});

function answer(body: unknown, status = 200) {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={new QueryClient()}>{children}</QueryClientProvider>;
}

describe('sessionBackend.useLogin', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps the session of an account of the expected kind', async () => {
    configureApiClient({ fetch: vi.fn(async () => answer({ accessToken: 'tok', expiresAt: new Date(Date.now() + 60_000).toISOString(), user: user('staff') })) });
    const { result } = renderHook(() => sessionBackend.useLogin({ expectedKind: 'staff' }), { wrapper });
    act(() => result.current.mutate({ email: 'agent@linde.demo', password: 'x' }));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(getAccessToken()).toBe('tok');
  });

  it('logs an account of the other kind out again with its own token, and keeps no session', async () => {
    const fetch = vi.fn(async (url: RequestInfo | URL) =>
      String(url).endsWith('/auth/login') ? answer({ accessToken: 'tenant-tok', expiresAt: new Date(Date.now() + 60_000).toISOString(), user: user('tenant') }) : answer(undefined, 204),
    );
    configureApiClient({ fetch: fetch as unknown as typeof globalThis.fetch });
    const { result } = renderHook(() => sessionBackend.useLogin({ expectedKind: 'staff' }), { wrapper });
    act(() => result.current.mutate({ email: 'huurder@linde.demo', password: 'x' }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(describeError(result.current.error).wrongAccountKind).toBe(true);
    expect(getAccessToken()).toBeNull();
    const logout = fetch.mock.calls.find(([url]) => String(url).endsWith('/auth/logout')) as unknown as [string, RequestInit];
    expect(logout[1].headers).toMatchObject({ Authorization: 'Bearer tenant-tok' });
  });
});

describe('describeError', () => {
  it('reads the status, field errors and detail of an API error', () => {
    const error = new ApiError(400, { type: 'x', title: 'Invalid', status: 400, detail: 'Controleer de velden.', correlationId: 'c', errors: [{ field: 'email', code: 'invalid_format', message: 'Ongeldig' }] });
    expect(describeError(error)).toEqual({ status: 400, fieldErrors: { email: 'Ongeldig' }, detail: 'Controleer de velden.', wrongAccountKind: false });
  });

  it('tells a refused account kind from any other error', () => {
    expect(describeError(new WrongAccountKindError('tenant'))).toMatchObject({ status: undefined, wrongAccountKind: true });
    expect(describeError(new Error('boom'))).toMatchObject({ status: undefined, wrongAccountKind: false });
  });
});
