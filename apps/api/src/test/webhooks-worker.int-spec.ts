import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { EventLog, WEBHOOKS_QUEUE, inTransaction } from '@loket/server/platform';
import type { IntegrationEventType } from '@loket/shared/contracts';
import { bootApp, createOrg, type TestApp, type TestOrg } from '../testing/harness';
import { eventually, startWorker, stop } from '../testing/processes';
import { startWebhookReceiver, type WebhookReceiver } from '../testing/webhook-receiver';

jest.setTimeout(180_000);
const PREFIX = `loket-test-wh-${process.pid}`;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Webhook delivery through the real worker, Redis and PostgreSQL, to a local receiver that checks every
 * signature. Time is driven through the deliveries' own moments (an hour or a day "passes" by moving a
 * delivery's first attempt back and making its next attempt due now), never by sleeping.
 */
describe('webhook delivery (real worker)', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: { token: string };
  let worker: ChildProcess;
  let receiver: WebhookReceiver;
  let queue: Queue;
  const previousPrefix = process.env.REDIS_PREFIX;
  const workerEnv = { REDIS_PREFIX: PREFIX, RECONCILE_EVERY_MS: '1000', SMTP_URL: 'smtp://127.0.0.1:9', JOB_LOCK_MS: '5000' };

  beforeAll(async () => {
    process.env.REDIS_PREFIX = PREFIX;
    receiver = await startWebhookReceiver();
    worker = await startWorker(workerEnv);
    t = await bootApp();
    queue = new Queue(WEBHOOKS_QUEUE, { connection: { url: REDIS_URL }, prefix: PREFIX });
    org = await createOrg(t, 'Woonstichting Webhook');
    admin = await org.staff(['admin']);
  });
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await receiver?.close();
    await t?.close();
    process.env.REDIS_PREFIX = previousPrefix;
  });

  /** A subscription of the organization to `events`, posting to its own path of the receiver. */
  async function subscription(events: IntegrationEventType[]): Promise<{ id: string; path: string }> {
    const path = `/hooks/${randomUUID()}`;
    const res = await t.request('POST', '/webhook-subscriptions', { token: admin.token, body: { url: receiver.url(path), events } });
    expect(res.status).toBe(201);
    receiver.expect(path, res.body.secret);
    return { id: res.body.id, path };
  }

  async function publish(events: { type: IntegrationEventType; customerId?: string | null; n: number }[]): Promise<string[]> {
    const log = t.app.get(EventLog);
    return inTransaction(async () => {
      const ids: string[] = [];
      for (const e of events) ids.push(await log.publish({ organizationId: org.id, type: e.type, customerId: e.customerId ?? null, subjectId: randomUUID(), data: { n: e.n }, at: new Date() }));
      return ids;
    });
  }

  const rows = (subscriptionId: string) =>
    t.db.query(`SELECT id, event_id, status, attempts, customer_id, leased_until IS NOT NULL AS in_flight FROM webhook_deliveries WHERE subscription_id = $1 ORDER BY seq`, [subscriptionId]) as Promise<
      { id: string; event_id: string; status: string; attempts: number; customer_id: string | null; in_flight: boolean }[]
    >;
  /** Time passes for this subscription's waiting deliveries: their first attempt `hours` earlier, the next one due now. */
  const hoursPass = (subscriptionId: string, hours: number) =>
    t.db.query(
      `UPDATE webhook_deliveries SET first_attempt_at = first_attempt_at - make_interval(hours => $2), next_attempt_at = now()
        WHERE subscription_id = $1 AND status IN ('pending', 'retrying')`,
      [subscriptionId, hours],
    );

  it('posts each event signed by the Standard Webhooks convention, with the event id, its body and the log of the attempt', async () => {
    const s = await subscription(['contact.logged', 'case.opened']);
    const customerId = randomUUID();
    const [id] = await publish([{ type: 'contact.logged', customerId, n: 1 }, { type: 'customer.updated', customerId, n: 2 }]);
    const [got] = await eventually(() => (receiver.delivered(s.path).length ? receiver.delivered(s.path) : undefined));
    expect(got).toMatchObject({ id, type: 'contact.logged', data: { n: 1 }, occurredAt: expect.stringMatching(/Z$/) });
    expect(Math.abs(got.timestamp * 1000 - Date.now())).toBeLessThan(60_000);
    expect(receiver.rejected).toEqual([]);
    const log = await eventually(async () => {
      const page = (await t.request('GET', `/webhook-deliveries?subscription=${s.id}`, { token: admin.token })).body;
      return page.items[0]?.status === 'delivered' ? page : undefined;
    });
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({ eventId: id, eventType: 'contact.logged', attempts: 1, lastStatusCode: 200, lastError: null, nextAttemptAt: null, deliveredAt: expect.any(String) });
    expect(log.items[0].attemptLog).toEqual([{ at: expect.any(String), statusCode: 200, durationMs: expect.any(Number), error: null }]);
  });

  it('retries a 500 with backoff under the same webhook-id, then delivers it', async () => {
    const s = await subscription(['case.opened']);
    receiver.answer((r, count) => (r.path === s.path && count <= 2 ? 500 : 200));
    const [id] = await publish([{ type: 'case.opened', customerId: randomUUID(), n: 1 }]);
    for (const attempt of [1, 2]) {
      const [row] = await eventually(async () => {
        const r = await rows(s.id);
        return r[0]?.attempts === attempt && r[0].status === 'retrying' && !r[0].in_flight ? r : undefined;
      });
      const [{ wait }] = await t.db.query(`SELECT extract(epoch FROM next_attempt_at - last_attempt_at) AS wait FROM webhook_deliveries WHERE id = $1`, [row.id]);
      // 10 s, then 20 s (±25 %).
      expect(Number(wait)).toBeGreaterThanOrEqual(7.5 * attempt);
      expect(Number(wait)).toBeLessThanOrEqual(12.5 * attempt);
      await hoursPass(s.id, 0);
    }
    await eventually(() => receiver.delivered(s.path).length === 1 || undefined);
    expect(receiver.all(s.path).map((r) => [r.id, r.status])).toEqual([[id, 500], [id, 500], [id, 200]]);
    const [detail] = (await t.request('GET', `/webhook-deliveries?subscription=${s.id}`, { token: admin.token })).body.items;
    await eventually(async () => ((await rows(s.id))[0].status === 'delivered' ? true : undefined));
    const done = (await t.request('GET', `/webhook-deliveries/${detail.id}`, { token: admin.token })).body;
    expect(done.attemptLog.map((a: { statusCode: number; error: string | null }) => [a.statusCode, a.error])).toEqual([[500, 'HTTP 500'], [500, 'HTTP 500'], [200, null]]);
    receiver.answer(() => 200);
  });

  it('gives a receiver that was down for an hour everything afterwards, each customer\'s events in order', async () => {
    const s = await subscription(['contact.logged', 'case.opened', 'case.resolved']);
    let down = true;
    receiver.answer((r) => (r.path === s.path && down ? 503 : 200));
    const customers = [randomUUID(), randomUUID(), randomUUID()];
    const published: { id: string; customerId: string }[] = [];
    for (let round = 0; round < 4; round++) {
      for (const customerId of customers) {
        const type = (['case.opened', 'contact.logged', 'contact.logged', 'case.resolved'] as const)[round];
        const [id] = await publish([{ type, customerId, n: round }]);
        published.push({ id, customerId });
      }
    }
    // Only the head of each customer's line is tried while the receiver is down; the rest wait behind it.
    await eventually(async () => {
      const r = await rows(s.id);
      return r.length === 12 && r.filter((d) => d.attempts > 0 && d.status === 'retrying' && !d.in_flight).length === 3 ? true : undefined;
    });
    const tried = (await rows(s.id)).filter((d) => d.attempts > 0).map((d) => d.event_id);
    expect(tried.sort()).toEqual(published.slice(0, 3).map((p) => p.id).sort());
    // An hour later it is back.
    down = false;
    await hoursPass(s.id, 1);
    await eventually(() => new Set(receiver.delivered(s.path).map((r) => r.id)).size === 12 || undefined, 30_000);
    for (const customerId of customers) {
      const expected = published.filter((p) => p.customerId === customerId).map((p) => p.id);
      const order = receiver.delivered(s.path).map((r) => r.id).filter((id) => expected.includes(id));
      expect(order).toEqual(expected);
    }
    expect(receiver.rejected).toEqual([]);
    receiver.answer(() => 200);
  });

  it('makes a delivery that fails for 24 hours a dead letter, lets the customer\'s next events pass, and replays it on request', async () => {
    const s = await subscription(['callback.escalated', 'callback.completed']);
    let failing = true;
    receiver.answer((r) => (r.path === s.path && r.type === 'callback.escalated' && failing ? 500 : 200));
    const customerId = randomUUID();
    const [dead, later] = await publish([{ type: 'callback.escalated', customerId, n: 1 }, { type: 'callback.completed', customerId, n: 2 }]);
    await eventually(async () => {
      const [r] = await rows(s.id);
      return r?.attempts === 1 && r.status === 'retrying' && !r.in_flight ? true : undefined;
    });
    expect(receiver.delivered(s.path)).toEqual([]);
    await hoursPass(s.id, 24);
    await eventually(async () => ((await rows(s.id))[0].status === 'dead' ? true : undefined));
    await eventually(() => receiver.delivered(s.path).length === 1 || undefined);
    expect(receiver.delivered(s.path).map((r) => r.id)).toEqual([later]);

    const log = (await t.request('GET', `/webhook-deliveries?subscription=${s.id}&status=dead`, { token: admin.token })).body.items;
    expect(log).toEqual([expect.objectContaining({ eventId: dead, status: 'dead', attempts: 2, nextAttemptAt: null, lastStatusCode: 500 })]);
    failing = false;
    const replay = await t.request('POST', `/webhook-deliveries/${log[0].id}/replay`, { token: admin.token });
    expect(replay.status).toBe(200);
    await eventually(() => receiver.delivered(s.path).length === 2 || undefined);
    expect(receiver.delivered(s.path).map((r) => r.id)).toEqual([later, dead]);

    // A time range again: both, in their order.
    const from = new Date(Date.now() - 3600_000).toISOString();
    const to = new Date(Date.now() + 60_000).toISOString();
    expect((await t.request('POST', `/webhook-subscriptions/${s.id}/replay`, { token: admin.token, body: { from, to } })).body).toEqual({ replayed: 2 });
    await eventually(() => receiver.delivered(s.path).length === 4 || undefined);
    expect(receiver.delivered(s.path).map((r) => r.id)).toEqual([later, dead, dead, later]);
    receiver.answer(() => 200);
  });

  it('holds the events of a paused subscription and sends them, in order, once it is resumed', async () => {
    const s = await subscription(['customer.updated']);
    expect((await t.request('PATCH', `/webhook-subscriptions/${s.id}`, { token: admin.token, body: { active: false } })).status).toBe(200);
    const customerId = randomUUID();
    const ids = await publish([1, 2, 3].map((n) => ({ type: 'customer.updated' as const, customerId, n })));
    await eventually(async () => ((await rows(s.id)).length === 3 ? true : undefined));
    expect(receiver.all(s.path)).toEqual([]);
    expect((await t.request('PATCH', `/webhook-subscriptions/${s.id}`, { token: admin.token, body: { active: true } })).status).toBe(200);
    await eventually(() => receiver.delivered(s.path).length === 3 || undefined);
    expect(receiver.delivered(s.path).map((r) => r.id)).toEqual(ids);
  });

  it('survives a killed worker and a flushed Redis: what was in flight is posted again (at least once), nothing is lost', async () => {
    const s = await subscription(['case.forwarded']);
    // The receiver takes the first post in and never answers; then the worker is killed mid-request.
    receiver.answer((r, count) => (r.path === s.path && count === 1 ? 'hang' : 200));
    const [inFlight] = await publish([{ type: 'case.forwarded', customerId: randomUUID(), n: 1 }]);
    await eventually(() => receiver.all(s.path).length === 1 || undefined);
    await stop(worker, 'SIGKILL');
    // While no worker runs: more events, and Redis loses every job of the queue.
    const [whileDown] = await publish([{ type: 'case.forwarded', customerId: randomUUID(), n: 2 }]);
    await queue.obliterate({ force: true });
    worker = await startWorker(workerEnv);
    await eventually(() => receiver.delivered(s.path).some((r) => r.id === whileDown) || undefined);
    // The killed worker's claim runs out (here: at once), and the event is posted again.
    await t.db.query(`UPDATE webhook_deliveries SET leased_until = now() WHERE subscription_id = $1 AND status <> 'delivered'`, [s.id]);
    await eventually(() => receiver.delivered(s.path).some((r) => r.id === inFlight) || undefined);
    expect(receiver.all(s.path).filter((r) => r.id === inFlight)).toHaveLength(2);
    expect(receiver.rejected).toEqual([]);
    receiver.answer(() => 200);
  });
});
