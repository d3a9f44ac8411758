import { randomUUID } from 'node:crypto';
import { APP_CONFIG, EventLog, inTransaction, type AppConfig } from '@loket/server/platform';
import type { IntegrationEventType } from '@loket/shared/contracts';
import { bootApp, createOrg, type TestApp, type TestOrg } from '../testing/harness';
import { eventually } from '../testing/processes';

/**
 * Webhook subscriptions, the delivery log and replays through the API (no worker here: what is
 * queued stays pending). Posting, retries and ordering are in webhooks-worker.int-spec.
 */
describe('webhook subscriptions and the delivery log', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let admin: { token: string };
  let otherAdmin: { token: string };
  beforeAll(async () => {
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Haak');
    other = await createOrg(t, 'Woonstichting Anders');
    admin = await org.staff(['admin']);
    otherAdmin = await other.staff(['admin']);
  });
  afterAll(() => t.close());

  const receiver = 'https://erp.example.nl/hooks/loket';
  const subscribe = (token: string, body: Record<string, unknown>, headers?: Record<string, string>) => t.request('POST', '/webhook-subscriptions', { token, body, headers });

  async function publish(orgId: string, events: { type: IntegrationEventType; at: string; customerId?: string | null; n: number }[]): Promise<string[]> {
    const log = t.app.get(EventLog);
    return inTransaction(async () => {
      const ids: string[] = [];
      for (const e of events) ids.push(await log.publish({ organizationId: orgId, type: e.type, customerId: e.customerId ?? null, subjectId: randomUUID(), data: { n: e.n }, at: new Date(e.at) }));
      return ids;
    }).then(async (ids) => {
      // Readers see an event once every older transaction that could have written it has finished: wait for that (no sleep).
      await eventually(async () => ((await log.between(orgId, new Date(0), new Date('2100-01-01'), { limit: 100_000 })).filter((e) => ids.includes(e.id)).length === ids.length ? true : undefined));
      return ids;
    });
  }

  it('lets an admin subscribe a receiver: the secret (Standard Webhooks) is shown once, never again', async () => {
    const res = await subscribe(admin.token, { url: receiver, events: ['contact.logged', 'callback.escalated'], description: 'Empire' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ url: receiver, events: ['contact.logged', 'callback.escalated'], description: 'Empire', active: true, secretRotatedAt: null });
    expect(res.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(res.body.secret.slice(6), 'base64')).toHaveLength(32);
    const one = await t.request('GET', `/webhook-subscriptions/${res.body.id}`, { token: admin.token });
    expect(one.status).toBe(200);
    expect(one.body.secret).toBeUndefined();
    const list = await t.request('GET', '/webhook-subscriptions', { token: admin.token });
    expect(list.body.items.map((s: { id: string }) => s.id)).toContain(res.body.id);
    expect(JSON.stringify(list.body)).not.toContain(res.body.secret);

    const rotated = await t.request('POST', `/webhook-subscriptions/${res.body.id}/rotate-secret`, { token: admin.token });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(res.body.secret);
    expect(rotated.body.secretRotatedAt).toEqual(expect.any(String));
  });

  it('lets an integration client with webhooks.manage do the same; other clients and other staff are refused', async () => {
    const erp = await org.client(['webhooks.manage']);
    const made = await subscribe(erp.token, { url: receiver, events: ['customer.updated'] });
    expect(made.status).toBe(201);
    expect((await t.request('GET', '/webhook-subscriptions', { token: erp.token })).status).toBe(200);
    expect((await t.request('GET', '/webhook-deliveries', { token: erp.token })).status).toBe(200);

    const reader = await org.client(['relaties.read', 'contactmomenten.read']);
    const refused = await t.request('GET', '/webhook-subscriptions', { token: reader.token });
    expect(refused.status).toBe(403);
    expect((await subscribe(reader.token, { url: receiver, events: ['customer.updated'] })).status).toBe(403);
    expect((await t.request('GET', '/webhook-deliveries', { token: reader.token })).status).toBe(403);
    const agent = await org.staff(['agent']);
    expect((await t.request('GET', '/webhook-subscriptions', { token: agent.token })).status).toBe(403);
    expect((await t.request('POST', `/webhook-subscriptions/${made.body.id}/replay`, { token: agent.token, body: { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' } })).status).toBe(403);
  });

  it('refuses a URL that is not http(s) or points at the API itself, naming url with a code', async () => {
    const config = t.app.get<AppConfig>(APP_CONFIG);
    const cases: [string, string, Record<string, string>?][] = [
      ['ftp://erp.example.nl/hook', 'not_a_web_address'],
      ['erp.example.nl/hook', 'not_a_web_address'],
      ['javascript:alert(1)', 'not_a_web_address'],
      [`http://127.0.0.1:${config.PORT}/api/v1/webhook-subscriptions`, 'points_at_loket'],
      [`http://localhost:${config.PORT}/`, 'points_at_loket'],
      // The request's own host (the in-process requests come in on localhost:80).
      ['http://localhost/api/v1/auth/token', 'points_at_loket'],
      ['https://loket.woonstichting.nl/api/v1/x', 'points_at_loket', { 'x-forwarded-host': 'loket.woonstichting.nl' }],
    ];
    for (const [url, code, headers] of cases) {
      const res = await subscribe(admin.token, { url, events: ['case.opened'] }, headers);
      expect([url, res.status]).toEqual([url, 400]);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'url', code, message: expect.any(String) })]);
    }
    const dutch = await subscribe(admin.token, { url: 'ftp://x.nl', events: ['case.opened'] });
    expect(dutch.body.errors[0].message).toContain('https://');
    const events = await subscribe(admin.token, { url: receiver, events: ['case.exploded'] });
    expect(events.status).toBe(400);
    expect(events.body.errors[0].field).toMatch(/^events/);
    expect((await subscribe(admin.token, { url: receiver, events: [] })).status).toBe(400);
    // A receiver on another port of this machine is fine (as in the tests).
    expect((await subscribe(admin.token, { url: `http://127.0.0.1:${config.PORT + 1}/hook`, events: ['case.opened'] })).status).toBe(201);
    const s = await subscribe(admin.token, { url: receiver, events: ['case.opened'] });
    const patched = await t.request('PATCH', `/webhook-subscriptions/${s.body.id}`, { token: admin.token, body: { url: 'mailto:erp@example.nl' } });
    expect(patched.status).toBe(400);
    expect(patched.body.errors[0]).toMatchObject({ field: 'url', code: 'not_a_web_address' });
  });

  it('replays a time range in order, lists deliveries newest first with filters and paging, and replays one', async () => {
    const s = (await subscribe(admin.token, { url: receiver, events: ['case.opened', 'case.resolved'] })).body;
    const customer = randomUUID();
    await publish(org.id, [
      { type: 'case.opened', at: '2026-02-02T09:00:00Z', customerId: customer, n: 1 },
      { type: 'contact.logged', at: '2026-02-02T09:01:00Z', customerId: customer, n: 2 },
      { type: 'case.resolved', at: '2026-02-02T09:02:00Z', customerId: customer, n: 3 },
      { type: 'case.opened', at: '2026-02-02T10:00:00Z', n: 4 },
      { type: 'case.opened', at: '2026-02-03T10:00:00Z', n: 5 },
    ]);
    await publish(other.id, [{ type: 'case.opened', at: '2026-02-02T09:30:00Z', n: 6 }]);

    const replay = await t.request('POST', `/webhook-subscriptions/${s.id}/replay`, { token: admin.token, body: { from: '2026-02-02T00:00:00Z', to: '2026-02-03T00:00:00Z' } });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual({ replayed: 3 });

    const log = await t.request('GET', `/webhook-deliveries?subscription=${s.id}`, { token: admin.token });
    expect(log.status).toBe(200);
    expect(log.body.items.map((d: { eventType: string; status: string }) => [d.eventType, d.status])).toEqual([
      ['case.opened', 'pending'],
      ['case.resolved', 'pending'],
      ['case.opened', 'pending'],
    ]);
    expect(log.body.items[0]).toMatchObject({ subscriptionId: s.id, attempts: 0, nextAttemptAt: expect.any(String), attemptLog: [], lastStatusCode: null });

    const first = await t.request('GET', `/webhook-deliveries?subscription=${s.id}&limit=2`, { token: admin.token });
    expect(first.body.items).toHaveLength(2);
    const next = await t.request('GET', `/webhook-deliveries?subscription=${s.id}&limit=2&cursor=${first.body.nextCursor}`, { token: admin.token });
    expect(next.body.items.map((d: { id: string }) => d.id)).toEqual([log.body.items[2].id]);
    expect(next.body.nextCursor).toBeNull();
    expect((await t.request('GET', `/webhook-deliveries?status=delivered&subscription=${s.id}`, { token: admin.token })).body.items).toEqual([]);
    expect((await t.request('GET', '/webhook-deliveries?cursor=bogus', { token: admin.token })).body.errors[0]).toMatchObject({ field: 'cursor', code: 'not_a_cursor' });
    expect((await t.request('GET', '/webhook-deliveries?status=lost', { token: admin.token })).status).toBe(400);

    const again = await t.request('POST', `/webhook-deliveries/${log.body.items[2].id}/replay`, { token: admin.token });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ replayOf: log.body.items[2].id, eventId: log.body.items[2].eventId, status: 'pending' });
    const detail = await t.request('GET', `/webhook-deliveries/${again.body.id}`, { token: admin.token });
    expect(detail.body.id).toBe(again.body.id);

    const backwards = await t.request('POST', `/webhook-subscriptions/${s.id}/replay`, { token: admin.token, body: { from: '2026-02-03T00:00:00Z', to: '2026-02-02T00:00:00Z' } });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0]).toMatchObject({ field: 'to', code: 'not_after_other' });
    expect((await t.request('POST', `/webhook-subscriptions/${s.id}/replay`, { token: admin.token, body: { from: 'gisteren', to: '2026-02-02T00:00:00Z' } })).status).toBe(400);
  });

  it('keeps organizations apart: another organization cannot see, change, replay or delete them', async () => {
    const s = (await subscribe(admin.token, { url: receiver, events: ['case.opened'] })).body;
    await publish(org.id, [{ type: 'case.opened', at: '2026-02-05T09:00:00Z', n: 7 }]);
    await t.request('POST', `/webhook-subscriptions/${s.id}/replay`, { token: admin.token, body: { from: '2026-02-05T00:00:00Z', to: '2026-02-06T00:00:00Z' } });
    const delivery = (await t.request('GET', `/webhook-deliveries?subscription=${s.id}`, { token: admin.token })).body.items[0];
    expect(delivery).toBeDefined();

    const theirClient = await other.client(['webhooks.manage']);
    for (const token of [otherAdmin.token, theirClient.token]) {
      expect((await t.request('GET', `/webhook-subscriptions/${s.id}`, { token })).status).toBe(404);
      expect((await t.request('PATCH', `/webhook-subscriptions/${s.id}`, { token, body: { active: false } })).status).toBe(404);
      expect((await t.request('POST', `/webhook-subscriptions/${s.id}/rotate-secret`, { token })).status).toBe(404);
      expect((await t.request('POST', `/webhook-subscriptions/${s.id}/replay`, { token, body: { from: '2026-02-05T00:00:00Z', to: '2026-02-06T00:00:00Z' } })).status).toBe(404);
      expect((await t.request('GET', `/webhook-deliveries/${delivery.id}`, { token })).status).toBe(404);
      expect((await t.request('POST', `/webhook-deliveries/${delivery.id}/replay`, { token })).status).toBe(404);
      expect((await t.request('DELETE', `/webhook-subscriptions/${s.id}`, { token })).status).toBe(404);
      const theirs = await t.request('GET', '/webhook-subscriptions', { token });
      expect(theirs.body.items.map((x: { id: string }) => x.id)).not.toContain(s.id);
      const log = await t.request('GET', `/webhook-deliveries?subscription=${s.id}`, { token });
      expect(log.body.items).toEqual([]);
    }
    expect((await t.request('GET', `/webhook-subscriptions/not-an-id`, { token: admin.token })).status).toBe(404);
  });

  it('pauses, resumes and deletes a subscription', async () => {
    const s = (await subscribe(admin.token, { url: receiver, events: ['case.opened'] })).body;
    const paused = await t.request('PATCH', `/webhook-subscriptions/${s.id}`, { token: admin.token, body: { active: false, events: ['case.opened', 'case.resolved'] } });
    expect(paused.status).toBe(200);
    expect(paused.body).toMatchObject({ active: false, events: ['case.opened', 'case.resolved'] });
    expect((await t.request('PATCH', `/webhook-subscriptions/${s.id}`, { token: admin.token, body: { active: true } })).body.active).toBe(true);
    expect((await t.request('DELETE', `/webhook-subscriptions/${s.id}`, { token: admin.token })).status).toBe(204);
    expect((await t.request('GET', `/webhook-subscriptions/${s.id}`, { token: admin.token })).status).toBe(404);
  });
});
