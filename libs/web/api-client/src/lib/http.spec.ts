import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiRequest, configureApiClient, isApiError } from './http';
import { getAccessToken, saveSession } from './session-store';

function respond(status: number, body?: unknown, type = 'application/json') {
  return vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': type } }));
}

describe('apiRequest', () => {
  const onUnauthorized = vi.fn();
  beforeEach(() => {
    sessionStorage.clear();
    onUnauthorized.mockReset();
    saveSession({ accessToken: 'abc', expiresAt: new Date(Date.now() + 60_000).toISOString() });
  });
  afterEach(() => configureApiClient({ onUnauthorized: undefined }));

  it('sends the bearer token and JSON to the /api/v1 base', async () => {
    const fetch = respond(200, { ok: true });
    configureApiClient({ fetch: fetch as unknown as typeof globalThis.fetch });
    await apiRequest('/customers', { method: 'PATCH', query: { q: '5161 ab 12', limit: 20, cursor: undefined }, body: { email: null } });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/customers?q=5161+ab+12&limit=20');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer abc', 'Content-Type': 'application/json' });
    expect(init.body).toBe('{"email":null}');
  });

  it('forgets the session and reports a 401, so the app can go to the login', async () => {
    configureApiClient({ fetch: respond(401, { status: 401, title: 'Unauthorized', type: 'x', correlationId: 'c' }, 'application/problem+json') as unknown as typeof fetch, onUnauthorized });
    await expect(apiRequest('/auth/me')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(getAccessToken()).toBeNull();
  });

  it('treats a 401 on login as an answer, not as an expired session', async () => {
    configureApiClient({ fetch: respond(401, { status: 401, title: 'Unauthorized', type: 'x', correlationId: 'c' }) as unknown as typeof fetch, onUnauthorized });
    await expect(apiRequest('/auth/login', { method: 'POST', body: {}, allowUnauthorized: true, token: null })).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).not.toHaveBeenCalled();
    expect(getAccessToken()).toBe('abc');
  });

  it('exposes problem+json field error codes by field, never the message', async () => {
    const problem = { type: 'validation-failed', title: 'Invalid request', status: 400, correlationId: 'c', errors: [{ field: 'email', code: 'not_an_email', message: 'is geen geldig e-mailadres' }, { field: 'email', code: 'too_long', message: 'x' }] };
    configureApiClient({ fetch: respond(400, problem, 'application/problem+json') as unknown as typeof fetch });
    const error = await apiRequest('/portal/preferences', { method: 'PATCH', body: {} }).catch((e: unknown) => e);
    expect(isApiError(error) && error.fieldCodes).toEqual({ email: 'not_an_email' });
    expect(isApiError(error) && error.fieldProblems).toEqual([{ field: 'email', code: 'not_an_email' }, { field: 'email', code: 'too_long' }]);
  });

  it('asks for answers in the language the page is in', async () => {
    const fetch = respond(200, {});
    configureApiClient({ fetch: fetch as unknown as typeof globalThis.fetch });
    document.documentElement.lang = 'en';
    await apiRequest('/auth/me');
    document.documentElement.lang = 'nl';
    await apiRequest('/auth/me');
    const sent = fetch.mock.calls.map((call) => ((call as unknown as [string, RequestInit])[1].headers as Record<string, string>)['Accept-Language']);
    expect(sent).toEqual(['en', 'nl']);
  });

  it('reports a failed connection as status 0', async () => {
    configureApiClient({ fetch: vi.fn(async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch });
    await expect(apiRequest('/customers')).rejects.toMatchObject({ status: 0 });
  });

  it('does not send an expired token', async () => {
    saveSession({ accessToken: 'old', expiresAt: new Date(Date.now() - 1000).toISOString() });
    const fetch = respond(200, {});
    configureApiClient({ fetch: fetch as unknown as typeof globalThis.fetch });
    await apiRequest('/auth/me');
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>)['Authorization']).toBeUndefined();
  });
});

describe('a session that runs out while the person works', () => {
  const onUnauthorized = vi.fn();
  const problem401 = { status: 401, title: 'Unauthorized', type: 'x', correlationId: 'c' };
  /** 401 for the old token, 200 for the new one. */
  const server = () =>
    vi.fn(async (_url: string, init: RequestInit) => {
      const auth = (init.headers as Record<string, string>)['Authorization'];
      return auth === 'Bearer new'
        ? new Response(JSON.stringify({ ok: true }), { status: 200, headers: { 'content-type': 'application/json' } })
        : new Response(JSON.stringify(problem401), { status: 401, headers: { 'content-type': 'application/problem+json' } });
    });
  beforeEach(() => {
    sessionStorage.clear();
    onUnauthorized.mockReset();
    saveSession({ accessToken: 'old', expiresAt: new Date(Date.now() + 60_000).toISOString() });
  });
  afterEach(() => configureApiClient({ onUnauthorized: undefined, renewSession: undefined }));

  it('asks once to log in again, then sends every waiting request again with the new token', async () => {
    const renew = vi.fn(async () => {
      saveSession({ accessToken: 'new', expiresAt: new Date(Date.now() + 60_000).toISOString() });
      return true;
    });
    const fetch = server();
    configureApiClient({ fetch: fetch as unknown as typeof globalThis.fetch, onUnauthorized, renewSession: renew });
    const answers = await Promise.all([apiRequest('/contacts', { method: 'POST', body: { summary: 'x' } }), apiRequest('/auth/me')]);
    expect(answers).toEqual([{ ok: true }, { ok: true }]);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).not.toHaveBeenCalled();
    const contactPosts = fetch.mock.calls.filter((call) => String(call[0]).endsWith('/contacts'));
    expect(contactPosts.map((call) => (call[1] as RequestInit).body)).toEqual(['{"summary":"x"}', '{"summary":"x"}']);
  });

  it('when the person gives up, the 401 goes its usual way (session forgotten, to the login)', async () => {
    configureApiClient({ fetch: server() as unknown as typeof globalThis.fetch, onUnauthorized, renewSession: async () => false });
    await expect(apiRequest('/auth/me')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(getAccessToken()).toBeNull();
  });

  it('a token that ran out on this side is renewed before the request is sent', async () => {
    saveSession({ accessToken: 'old', expiresAt: new Date(Date.now() - 1000).toISOString() });
    const renew = vi.fn(async () => {
      saveSession({ accessToken: 'new', expiresAt: new Date(Date.now() + 60_000).toISOString() });
      return true;
    });
    const fetch = server();
    configureApiClient({ fetch: fetch as unknown as typeof globalThis.fetch, onUnauthorized, renewSession: renew });
    await expect(apiRequest('/auth/me')).resolves.toEqual({ ok: true });
    expect(renew).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
