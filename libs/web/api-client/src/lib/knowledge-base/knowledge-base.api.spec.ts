import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApiClient } from '../http';
import { saveSession } from '../session-store';
import { knowledgeBaseApi } from './knowledge-base.api';

function respond(status: number, body?: unknown) {
  return vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

const callOf = (fetch: ReturnType<typeof respond>) => fetch.mock.calls[0] as unknown as [string, RequestInit];

describe('knowledgeBaseApi', () => {
  beforeEach(() => {
    sessionStorage.clear();
    saveSession({ accessToken: 'abc', expiresAt: new Date(Date.now() + 60_000).toISOString() });
  });

  it('searches with the text, audience and topic, and leaves out what is not given', async () => {
    const fetch = respond(200, { items: [] });
    configureApiClient({ fetch: fetch as unknown as typeof globalThis.fetch });
    await knowledgeBaseApi.search({ q: 'huur opzeggen', topic: 't-huur', limit: 10 });
    expect(callOf(fetch)[0]).toBe('/api/v1/articles?q=huur+opzeggen&topic=t-huur&limit=10');
  });

  it('sends an edit with its base version as PATCH, and a restore with the version', async () => {
    const fetch = respond(200, { id: 'a/1' });
    configureApiClient({ fetch: fetch as unknown as typeof globalThis.fetch });
    await knowledgeBaseApi.update('a/1', { baseVersion: 3, title: 'Nieuw' });
    await knowledgeBaseApi.restore('a/1', 2);
    const [url, init] = callOf(fetch);
    expect(url).toBe('/api/v1/articles/a%2F1');
    expect(init.method).toBe('PATCH');
    expect(JSON.parse(String(init.body))).toEqual({ baseVersion: 3, title: 'Nieuw' });
    const [restoreUrl, restoreInit] = fetch.mock.calls[1] as unknown as [string, RequestInit];
    expect(restoreUrl).toBe('/api/v1/articles/a%2F1/restore');
    expect(JSON.parse(String(restoreInit.body))).toEqual({ version: 2 });
  });

  it('takes the 204 of feedback as done, and asks the portal for public articles only', async () => {
    const fetch = respond(204);
    configureApiClient({ fetch: fetch as unknown as typeof globalThis.fetch });
    await expect(knowledgeBaseApi.feedback('a1', { helpful: true })).resolves.toBeUndefined();
    expect(callOf(fetch)[0]).toBe('/api/v1/articles/a1/feedback');
    const search = respond(200, { items: [] });
    configureApiClient({ fetch: search as unknown as typeof globalThis.fetch });
    await knowledgeBaseApi.portalSearch('huur');
    expect(callOf(search)[0]).toBe('/api/v1/portal/articles?q=huur');
  });

  it('asks for the comparison of two versions with from and to, and for the dashboard of the editors', async () => {
    const fetch = respond(200, {});
    configureApiClient({ fetch: fetch as unknown as typeof globalThis.fetch });
    await knowledgeBaseApi.diff('a/1', 2, 4);
    await knowledgeBaseApi.dashboard();
    expect(callOf(fetch)[0]).toBe('/api/v1/articles/a%2F1/diff?from=2&to=4');
    expect((fetch.mock.calls[1] as unknown as [string])[0]).toBe('/api/v1/articles/dashboard');
  });
});
