import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { CALLBACKS_QUEUE } from '@loket/server/callbacks';
import { OUTBOX_QUEUE } from '@loket/server/platform';
import { SLA_QUEUE, breachJobId, bucketOf } from '@loket/server/sla';
import { createDataSource } from '../database/data-source';
import { ALWAYS_OPEN, callbackAt, createOrg, customerBody, type Api } from '../testing/harness';
import { eventually, startApi, startMailCatcher, startPostgres, startWorker, stop, type MailCatcher, type Postgres } from '../testing/processes';

jest.setTimeout(120_000);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// Under this run's own prefix: deleting these keys touches no other test run sharing the Redis server.
const PREFIX = `${process.env.REDIS_PREFIX ?? 'loket-test'}-drills-${process.pid}`;
const DATABASE = 'loket_test_drills';
const SECOND = 1_000;

/**
 * The fault drills: what happens to escalations, mail and the API when a part of the platform fails.
 * Everything is real and separate: a PostgreSQL cluster of this file's own (it is restarted, and no
 * other test file's worker may act on its rows), the API and worker processes as they run in
 * production, Redis, and SMTP to the mail catcher. After each drill every escalation happened once,
 * every e-mail in the outbox was delivered once (the catcher counts them by message id), and the API
 * answers again.
 */
describe('fault drills (real API and worker processes, PostgreSQL, Redis, SMTP)', () => {
  let pg: Postgres;
  let db: DataSource;
  let api: Awaited<ReturnType<typeof startApi>>;
  let t: Api;
  let worker: ChildProcess | undefined;
  let catcher: MailCatcher;
  const catchers: MailCatcher[] = [];
  let redis: Redis;
  let queues: { outbox: Queue; callbacks: Queue; sla: Queue };
  let orgId: string;
  let agent: { id: string; token: string };
  let customerId: string;
  let workerEnv: Record<string, string>;

  beforeAll(async () => {
    pg = await startPostgres();
    const admin = new Client({ connectionString: pg.url('postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${DATABASE}`);
    await admin.end();
    // The committed migrations, as the global set-up runs them on the shared test database.
    db = createDataSource(pg.url(DATABASE));
    await db.initialize();
    await db.runMigrations({ transaction: 'each' });

    catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
    catchers.push(catcher);
    const env = { DATABASE_URL: pg.url(DATABASE), REDIS_PREFIX: PREFIX };
    // Reconcilers every second and a killed worker's jobs taken up again within seconds (production: 30 s each).
    workerEnv = { ...env, RECONCILE_EVERY_MS: '1000', JOB_LOCK_MS: '5000', SMTP_URL: `smtp://127.0.0.1:${catcher.smtpPort}` };
    [api, worker] = await Promise.all([startApi(env), startWorker(workerEnv)]);
    t = { db, request: api.request };

    redis = new Redis(REDIS_URL);
    const queue = (name: string) => new Queue(name, { connection: { url: REDIS_URL }, prefix: PREFIX });
    queues = { outbox: queue(OUTBOX_QUEUE), callbacks: queue(CALLBACKS_QUEUE), sla: queue(SLA_QUEUE) };

    const org = await createOrg(t, 'Woonstichting Storing');
    orgId = org.id;
    const admin1 = await org.staff(['admin']);
    agent = await org.staff(['agent']);
    const lead = await org.staff(['team_lead']);
    const manager = await org.staff(['admin']);
    const [{ id: teamId }] = await db.query(`INSERT INTO teams (organization_id, name, lead_id, manager_id) VALUES ($1, 'Klantcontact', $2, $3) RETURNING id`, [org.id, lead.id, manager.id]);
    await db.query(`UPDATE users SET team_id = $1 WHERE id = ANY($2::uuid[])`, [teamId, [agent.id, lead.id, manager.id]]);
    expect((await t.request('PUT', '/sla/calendar', { token: admin1.token, body: ALWAYS_OPEN })).status).toBe(200);
    // A first response within a quarter of an hour: a call from 15 minutes minus a few seconds ago breaches in a few seconds.
    expect((await t.request('PUT', '/sla/policies', { token: admin1.token, body: { items: [{ channel: 'phone', firstResponse: { type: 'business_hours', hours: 0.25 } }] } })).status).toBe(200);
    customerId = (await t.request('POST', '/customers', { token: agent.token, body: customerBody({ email: `storing-${Date.now()}@example.nl` }) })).body.id;
  });

  afterAll(async () => {
    await stop(worker, 'SIGKILL');
    await stop(api?.process, 'SIGKILL');
    for (const c of catchers) await c.close().catch(() => undefined);
    if (redis) {
      const keys = await redis.keys(`${PREFIX}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
    for (const q of Object.values(queues ?? {})) await q.close();
    await db?.destroy().catch(() => undefined);
    await pg?.destroy();
  });

  /** A contact logged through the API, of which the customer gets a written confirmation by e-mail. */
  const confirmContact = () =>
    t.request('POST', '/contacts', {
      token: agent.token,
      body: { customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject: 'Lekkage' }, summary: 'De kraan lekt.', outcome: 'answered', confirm: true },
    });
  /** `n` of them, each acknowledged. */
  async function confirmations(n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const res = await confirmContact();
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    return ids;
  }

  /** A case whose first response is due `inMs` from now (received a quarter of an hour minus that ago). */
  async function breachIn(inMs: number): Promise<{ caseId: string; due: Date }> {
    const res = await t.request('POST', '/contacts', {
      token: agent.token,
      body: {
        customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', summary: 'Graag terugbellen.', outcome: 'callback_agreed', newCase: { subject: 'Termijn' },
        occurredAt: new Date(Date.now() - 15 * 60 * SECOND + inMs).toISOString(),
      },
    });
    expect(res.status).toBe(201);
    const c = await t.request('GET', `/cases/${res.body.caseId}`, { token: agent.token });
    return { caseId: res.body.caseId, due: new Date(c.body.firstResponseDueAt) };
  }

  /** Callbacks whose reminder, level 1 and level 2 come `at` ms from now. */
  async function callbacksAt(n: number, at: [number, number, number]): Promise<string[]> {
    const ids: string[] = [];
    const now = Date.now();
    for (let i = 0; i < n; i++) {
      ids.push(await callbackAt(t, agent.token, customerId, { reminder: new Date(now + at[0]), due: new Date(now + at[1]), level2: new Date(now + at[2]) }));
    }
    return ids;
  }

  const timesDelivered = (messageId: string) => catchers.flatMap((c) => c.messages).filter((m) => m.headers['x-loket-message-id'] === messageId).length;

  /** Every e-mail in the organization's outbox is sent, and reached the mail server exactly once; nothing else did. */
  async function everyMailDeliveredOnce(): Promise<number> {
    const outbox = async () => (await db.query(`SELECT id, status FROM outbox_messages WHERE organization_id = $1 AND channel = 'email'`, [orgId])) as { id: string; status: string }[];
    await eventually(async () => (await outbox()).every((m) => m.status === 'sent' && timesDelivered(m.id) > 0) || undefined, 60_000).catch(() => undefined);
    const rows = await outbox();
    expect(rows.filter((m) => m.status !== 'sent')).toEqual([]);
    // No delivery is still under way that could send one again.
    await eventually(async () => (await queues.outbox.getActiveCount()) === 0 || undefined);
    expect(Object.fromEntries(rows.map((m) => [m.id, timesDelivered(m.id)]))).toEqual(Object.fromEntries(rows.map((m) => [m.id, 1])));
    expect(catchers.reduce((n, c) => n + c.messages.length, 0)).toBe(rows.length);
    return rows.length;
  }

  /** The escalations of each callback (by default reminder, level 1 and level 2), each recorded once. */
  async function everyEscalationOnce(expected: string[] | Record<string, number[]>): Promise<void> {
    const want = Array.isArray(expected) ? Object.fromEntries(expected.map((id) => [id, [0, 1, 2]])) : expected;
    const ids = Object.keys(want);
    const levels = async () => {
      const rows: { callback_id: string; level: number }[] = await db.query(`SELECT callback_id, level FROM callback_escalations WHERE callback_id = ANY($1::uuid[]) ORDER BY level`, [ids]);
      return Object.fromEntries(ids.map((id) => [id, rows.filter((r) => r.callback_id === id).map((r) => r.level)]));
    };
    await eventually(async () => {
      const now = await levels();
      return ids.every((id) => now[id].length >= want[id].length) || undefined;
    }, 60_000).catch(() => undefined); // the comparison below shows what is missing
    expect(await levels()).toEqual(want);
  }

  async function breachedOnce(caseId: string): Promise<void> {
    await eventually(async () => (await db.query(`SELECT 1 FROM sla_breaches WHERE case_id = $1 AND notified_at IS NOT NULL`, [caseId])).length > 0 || undefined, 60_000);
    expect(await db.query(`SELECT target FROM sla_breaches WHERE case_id = $1`, [caseId])).toEqual([{ target: 'first_response' }]);
  }

  async function apiAnswers(): Promise<void> {
    expect((await t.request('GET', '/health')).status).toBe(200);
    expect((await confirmContact()).status).toBe(201);
  }

  it('SMTP down while confirmations are queued: once it is back, each is delivered once and marked sent, also one whose retries ran out', async () => {
    const port = catcher.smtpPort;
    await catcher.close(); // the port refuses connections
    const contacts = await confirmations(5);
    const messages = async () =>
      (await db.query(`SELECT attempts, last_error, status FROM outbox_messages WHERE reference_id = ANY($1::uuid[])`, [contacts])) as { attempts: number; last_error: string | null; status: string }[];
    // The worker tried each one and could not reach the mail server.
    const failed = await eventually(async () => {
      const rows = await messages();
      return rows.length === 5 && rows.every((m) => m.attempts >= 1 && m.last_error) ? rows : undefined;
    });
    expect(failed.map((m) => m.status)).toEqual(Array(5).fill('pending'));
    // One whose attempts all ran out while the server was away (as in an outage of hours) is not given up.
    const id = randomUUID();
    await queues.outbox.add('deliver', { messageId: id }, { jobId: id, attempts: 1, delay: 500 });
    await db.query(
      `INSERT INTO outbox_messages (id, organization_id, channel, recipient, from_name, subject, body, status, reference_type, reference_id, created_at)
       VALUES ($1, $2, 'email', 'lang-weg@example.nl', 'Woonstichting Storing', 'Bevestiging', 'Tekst', 'pending', 'contact', gen_random_uuid(), now() - interval '1 minute')`,
      [id, orgId],
    );
    const [outOfAttempts] = await eventually(async () => {
      const rows: { status: string; last_error: string | null }[] = await db.query(`SELECT status, last_error FROM outbox_messages WHERE id = $1`, [id]);
      return rows[0]?.last_error ? rows : undefined;
    });
    expect(outOfAttempts.status).toBe('pending');

    catcher = await startMailCatcher({ smtpPort: port, httpPort: 0 });
    catchers.push(catcher);
    expect(await everyMailDeliveredOnce()).toBe(6);
    expect((await messages()).map((m) => m.status)).toEqual(Array(5).fill('sent'));
    await apiAnswers();
  });

  it('the worker killed (SIGKILL) while it delivers through a stalled mail server and escalations fall due, then restarted: each mail once, each escalation once', async () => {
    catcher.hold();
    await confirmations(14);
    // Every one of the worker's ten delivery slots is in the middle of a conversation with the mail server.
    await eventually(() => catcher.waiting() >= 10 || undefined);
    const callbacks = await callbacksAt(2, [1 * SECOND, 2 * SECOND, 3 * SECOND]);
    // The reminders are done; level 1 and 2 are due around the kill.
    await eventually(async () => (await db.query(`SELECT 1 FROM callbacks WHERE id = ANY($1::uuid[]) AND reminded_at IS NOT NULL`, [callbacks])).length === 2 || undefined);
    await stop(worker, 'SIGKILL');
    catcher.release();
    worker = await startWorker(workerEnv);

    await everyEscalationOnce(callbacks);
    await everyMailDeliveredOnce();
    // The ten that were cut off mid-conversation were tried twice and reached the customer once.
    const attempts: { attempts: number }[] = await db.query(`SELECT attempts FROM outbox_messages WHERE organization_id = $1 AND reference_type = 'contact' AND attempts > 1`, [orgId]);
    expect(attempts.length).toBeGreaterThanOrEqual(10);
    // The customers of both callbacks were told of the delay, once each.
    expect(await db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE reference_type = 'callback_delayed' AND reference_id = ANY($1::uuid[])`, [callbacks])).toEqual([{ n: 2 }]);
    await apiAnswers();
  });

  it('Redis flushed while callback escalations and a breach check are scheduled: the reconcilers rebuild them, each happens once', async () => {
    const callbacks = await callbacksAt(2, [3 * SECOND, 4 * SECOND, 5 * SECOND]);
    const breach = await breachIn(4 * SECOND);
    // The checks are in Redis: the breach check put there by the API, the stage checks by the reconciler.
    await eventually(async () => (!!(await queues.sla.getJob(breachJobId(bucketOf(breach.due)))) && (await queues.callbacks.getDelayed()).some((j) => j.name === 'stage-check')) || undefined);
    const keys = await redis.keys(`${PREFIX}:*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.del(...keys);

    await everyEscalationOnce(callbacks);
    await breachedOnce(breach.caseId);
    await everyMailDeliveredOnce();
    // The reconcilers' own schedules are back too.
    await eventually(async () => !!(await queues.callbacks.getJobScheduler('callbacks-reconcile')) && !!(await queues.outbox.getJobScheduler('outbox-reconcile')) || undefined);
    await apiAnswers();
  });

  it('PostgreSQL stopped (a crash) and started again under load: the API says so, answers again within seconds, loses no acknowledged write, doubles nothing', async () => {
    const acknowledged: { id: string; at: number }[] = [];
    const refused: { status: number; body: unknown; headers?: Record<string, unknown> }[] = [];
    let running = true;
    // Three agents logging contacts with a confirmation, as fast as the API takes them.
    const agentAtWork = async () => {
      while (running) {
        const res = await confirmContact().catch((e: Error) => ({ status: 0, body: e.message }));
        if (res.status === 201) acknowledged.push({ id: res.body.id, at: Date.now() });
        else {
          refused.push(res);
          await new Promise((r) => setTimeout(r, 100)); // the agent tries again a moment later
        }
      }
    };
    const load = [agentAtWork(), agentAtWork(), agentAtWork()];
    await eventually(() => acknowledged.length >= 6 || undefined);
    // Some confirmations are in the middle of being delivered when the database goes.
    catcher.hold();
    await eventually(() => catcher.waiting() >= 3 || undefined);
    // Due while the database is away: a breach, and a callback's reminder and level 1 (a reminder after
    // the due moment is pointless: level 1 takes its place). Another's reminder then, its level 1 after.
    const breach = await breachIn(3 * SECOND);
    const [overdue] = await callbacksAt(1, [2 * SECOND, 3 * SECOND, 7 * SECOND]);
    const [reminded] = await callbacksAt(1, [2 * SECOND, 10 * SECOND, 11 * SECOND]);
    const downUntil = Date.now() + 4 * SECOND;
    expect(await db.query(`SELECT 1 FROM callbacks WHERE id = ANY($1::uuid[]) AND reminded_at IS NOT NULL`, [[overdue, reminded]])).toEqual([]);
    await pg.stop('immediate');
    // The API tells what is wrong while the database is away.
    const health = await eventually(async () => {
      const h = await t.request('GET', '/health');
      return h.status === 503 ? h.body : undefined;
    });
    expect(health.checks).toEqual({ db: 'down', redis: 'up' });
    // The mail server takes them now, while the worker cannot record that they were sent.
    const heldBack = catcher.waiting();
    catcher.release();
    // Down past those moments: the worker's checks for them fail meanwhile.
    await eventually(() => Date.now() > downUntil || undefined);
    await pg.start();
    const back = Date.now();
    await eventually(async () => (await t.request('GET', '/health')).status === 200 || undefined, 15_000);
    await eventually(() => acknowledged.filter((a) => a.at > back).length >= 6 || undefined, 15_000);
    running = false;
    await Promise.all(load);
    // While it was down, writes were refused as "try again shortly" (503, Retry-After), with no internals.
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect(r.status).toBe(503);
      expect(r.headers?.['retry-after']).toBe('5');
      expect(r.body).toMatchObject({ type: 'urn:loket:problem:unavailable', correlationId: expect.any(String) });
      expect(JSON.stringify(r.body)).not.toMatch(/ECONNREFUSED|INSERT|SELECT|at .*\.ts/);
    }

    // Every acknowledged contact is there; each has one confirmation, never two.
    const ids = acknowledged.map((a) => a.id);
    expect((await db.query(`SELECT id FROM contacts WHERE id = ANY($1::uuid[])`, [ids])).length).toBe(ids.length);
    const perContact: { n: number }[] = await db.query(
      `SELECT count(o.id)::int AS n FROM contacts c LEFT JOIN outbox_messages o ON o.reference_id = c.id WHERE c.customer_id = $1 AND c.outcome = 'answered' GROUP BY c.id`,
      [customerId],
    );
    expect(perContact.filter((c) => c.n !== 1)).toEqual([]);
    await everyEscalationOnce({ [overdue]: [1, 2], [reminded]: [0, 1, 2] });
    await breachedOnce(breach.caseId);
    await everyMailDeliveredOnce();
    expect(heldBack).toBeGreaterThanOrEqual(3);
    await apiAnswers();
  });
});
