import { Client } from 'pg';
import type { INestApplicationContext } from '@nestjs/common';
import { AccessLog, queryName } from '@loket/server/platform';
import { SearchLog } from '@loket/server/knowledge-base';
import { bootApp, createOrg, customerBody, type TestApp } from '../apps/api/src/testing/harness';
import { startBareServer, type BareServer } from './bare-server';

/**
 * The benchmark compares Loket with a bare Fastify server; the comparison is only honest when
 * both do the same work. This counts the SQL statements each side sends to PostgreSQL for one
 * request (the batched access-log write included) and requires the same statements, by name.
 */
describe('the bare bench server runs the statements Loket runs', () => {
  let bare: BareServer;
  let t: TestApp;
  let token: string;
  let customerId: string;
  const seen: string[] = [];
  let recording = false;
  const originalQuery = Client.prototype.query;

  beforeAll(async () => {
    // Both Nest contexts live in this process; the bare one first, so Loket's is the one its
    // transactions register with (nestjs-cls keeps one TransactionHost per connection name).
    bare = await startBareServer(0);
    t = await bootApp();
    const org = await createOrg(t, 'Bench');
    const agent = await org.staff(['agent']);
    token = agent.token;
    customerId = (await t.request('POST', '/customers', { token, body: customerBody() })).body.id;
    // Every section of the overview has something to show: an open case, a recent contact, an open callback.
    const contact = await t.request('POST', '/contacts', { token, body: contactBody() });
    expect(contact.status).toBe(201);
    const callback = await t.request('POST', '/callbacks', { token, body: { customerId, caseId: contact.body.caseId, reason: 'Over de kraan', confirm: false } });
    expect(callback.status).toBe(201);
    // A published article, so a knowledge-base search finds something.
    const editor = await org.staff(['kb_editor']);
    const article = await t.request('POST', '/articles', {
      token: editor.token,
      body: { title: 'De kraan in de keuken lekt', questions: ['Mijn kraan lekt, wat nu?'], body: 'Draai de stopkraan dicht en meld de lekkage.', audience: 'public' },
    });
    expect((await t.request('POST', `/articles/${article.body.id}/publish`, { token: editor.token })).status).toBe(200);
    Client.prototype.query = function (this: Client, ...args: unknown[]) {
      const config = args[0] as string | { text?: string };
      if (recording) seen.push(queryName(typeof config === 'string' ? config : (config?.text ?? '')));
      return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof Client.prototype.query;
  }, 120_000);

  afterAll(async () => {
    Client.prototype.query = originalQuery;
    await bare?.close();
    await t?.close();
  });

  function contactBody() {
    return { customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject: 'Lekkende kraan' }, summary: 'De kraan lekt.', outcome: 'callback_agreed' };
  }

  /** The statements of one request (and of the access-log write it caused), by name, sorted. */
  async function statements(run: () => Promise<number>, context: INestApplicationContext): Promise<{ status: number; statements: string[] }> {
    const flush = () => Promise.all([context.get(AccessLog).flush(), context.get(SearchLog).flush()]);
    await flush();
    seen.length = 0;
    recording = true;
    const status = await run();
    await flush();
    recording = false;
    return { status, statements: [...seen].sort() };
  }

  const viaLoket = (method: 'GET' | 'POST', url: string, body?: unknown) => async () => (await t.request(method, url, { token, body })).status;
  const viaBare = (method: 'GET' | 'POST', url: string, body?: unknown) => async () =>
    (
      await fetch(`http://127.0.0.1:${bare.port}/api/v1${url}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      })
    ).status;

  const none = (): unknown => undefined;
  // Words no article uses, so each side does the same work: the full-text search and a typo lookup for the odd word.
  const QUESTIONS = ['vloerkwast', 'tuinslang', 'raamklink', 'deurmat'];
  let asked = 0;
  it.each<[string, 'GET' | 'POST', () => string, () => unknown, number]>([
    ['the customer overview', 'GET', () => `/customers/${customerId}/overview`, none, 200],
    ['a customer search', 'GET', () => `/customers?q=${encodeURIComponent('Boer')}`, none, 200],
    ['logging a contact', 'POST', () => '/contacts', contactBody, 201],
    // A question not asked before each time: the full-text search, not the result cache.
    ['a knowledge-base search', 'GET', () => `/articles?q=${encodeURIComponent(`kraan lekt ${QUESTIONS[asked++ % QUESTIONS.length]}`)}`, none, 200],
  ])('%s', async (_name, method, url, body, expected) => {
    // The first request of each side looks the session up and fills the caches; the second is the one a busy server serves.
    for (const side of [viaLoket, viaBare]) expect(await side(method, url(), body())()).toBe(expected);
    const loket = await statements(viaLoket(method, url(), body()), t.app);
    const baseline = await statements(viaBare(method, url(), body()), bare.context);
    expect(loket.status).toBe(expected);
    expect(baseline.status).toBe(expected);
    expect(loket.statements.length).toBeGreaterThan(0);
    expect(baseline.statements).toEqual(loket.statements);
  });
});
