import type { ChildProcess } from 'node:child_process';
import { Queue } from 'bullmq';
import { CALLBACKS_QUEUE, stageBucketOf, stageJobId } from '@loket/server/callbacks';
import { ALWAYS_OPEN, bootApp, callbackAt, createOrg, customerBody, TestApp, TestOrg } from '../testing/harness';
import { eventually, startWorker } from '../testing/processes';

jest.setTimeout(120_000);
const PREFIX = `loket-test-cb-${process.pid}`;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Reminder, level 1 and level 2 through the real worker and Redis. The business-time moments
 * themselves are tested in callbacks.int-spec with a fake clock; here a callback's moments are set a
 * few seconds ahead, as if the hours had passed, and the worker must act at them — once each. What
 * happens when Redis is flushed or the worker is killed is in drills.int-spec.
 */
describe('callback escalation (real worker, Redis and PostgreSQL)', () => {
  let t: TestApp;
  let org: TestOrg;
  let worker: ChildProcess;
  let queue: Queue;
  let agent: { id: string; token: string; email: string };
  let lead: { id: string; email: string };
  let manager: { id: string; email: string };
  let customerId: string;
  const previousPrefix = process.env.REDIS_PREFIX;
  // Reconcilers run every second in this test's worker (production: every 30 s).
  const workerEnv = { REDIS_PREFIX: PREFIX, RECONCILE_EVERY_MS: '1000', SMTP_URL: 'smtp://127.0.0.1:9' };

  beforeAll(async () => {
    process.env.REDIS_PREFIX = PREFIX;
    worker = await startWorker(workerEnv);
    t = await bootApp();
    queue = new Queue(CALLBACKS_QUEUE, { connection: { url: REDIS_URL }, prefix: PREFIX });
    org = await createOrg(t, 'Woonstichting Escalatie');
    const admin = await org.staff(['admin']);
    agent = await org.staff(['agent']);
    lead = await org.staff(['team_lead']);
    manager = await org.staff(['admin']);
    const [{ id: teamId }] = await t.db.query(`INSERT INTO teams (organization_id, name, lead_id, manager_id) VALUES ($1, 'Klantcontact', $2, $3) RETURNING id`, [org.id, lead.id, manager.id]);
    await t.db.query(`UPDATE users SET team_id = $1, notification_hours = 'any_time' WHERE id = ANY($2::uuid[])`, [teamId, [agent.id, lead.id, manager.id]]);
    expect((await t.request('PUT', '/sla/calendar', { token: admin.token, body: ALWAYS_OPEN })).status).toBe(200);
    customerId = (await t.request('POST', '/customers', { token: agent.token, body: customerBody({ email: `escalatie-${Date.now()}@example.nl` }) })).body.id;
  });
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await t?.close();
    process.env.REDIS_PREFIX = previousPrefix;
  });

  /** A callback whose reminder, due and level-2 moments are `offsets` seconds from now, with the checks the API schedules for them. */
  async function callbackDueIn(offsets: { reminder: number; due: number; level2: number }) {
    const at = (s: number) => new Date(Date.now() + s * 1000);
    const moments = { reminder: at(offsets.reminder), due: at(offsets.due), level2: at(offsets.level2) };
    const id = await callbackAt(t, agent.token, customerId, moments);
    // One delayed job per second, deterministic ids.
    await queue.addBulk(
      Object.values(moments).map((m) => ({ name: 'stage-check', data: { bucket: stageBucketOf(m) }, opts: { jobId: stageJobId(stageBucketOf(m)), delay: stageBucketOf(m) - Date.now(), removeOnComplete: true } })),
    );
    return { id, moments };
  }

  const escalations = (id: string) =>
    t.db.query(`SELECT level, kind, at, notified FROM callback_escalations WHERE callback_id = $1 ORDER BY level`, [id]) as Promise<{ level: number; kind: string; at: Date; notified: { id: string }[] }[]>;
  const messages = (id: string) => t.db.query(`SELECT reference_type, recipient FROM outbox_messages WHERE reference_id = $1 ORDER BY reference_type, recipient`, [id]) as Promise<{ reference_type: string; recipient: string }[]>;

  it('reminds the assignee, escalates to the team lead at due and to the manager later, telling the customer of the delay — each once, on time', async () => {
    const { id, moments } = await callbackDueIn({ reminder: 2, due: 4, level2: 6 });
    const all = await eventually(async () => {
      const rows = await escalations(id);
      return rows.length === 3 ? rows : undefined;
    });
    expect(all.map((e) => [e.level, e.kind, e.notified.map((p) => p.id)])).toEqual([
      [0, 'reminder', [agent.id]],
      [1, 'level_1', [lead.id]],
      [2, 'level_2', [manager.id]],
    ]);
    // Each at its moment, within seconds (no polling every few minutes).
    const lateness = all.map((e, i) => new Date(e.at).getTime() - [moments.reminder, moments.due, moments.level2][i].getTime());
    for (const ms of lateness) {
      expect(ms).toBeGreaterThanOrEqual(0);
      expect(ms).toBeLessThan(3_000);
    }
    const detail = (await t.request('GET', `/callbacks/${id}`, { token: agent.token })).body;
    expect(detail).toMatchObject({ escalationLevel: 2, newExpectationAt: expect.any(String) });
    // The team lead board shows it.
    const board = (await t.request('GET', '/callbacks?assignee=all&escalated=true', { token: agent.token })).body.items.map((c: { id: string }) => c.id);
    expect(board).toContain(id);
    // A reconcile pass later: nothing new is sent.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await messages(id)).toEqual([
      { reference_type: 'callback_delayed', recipient: expect.stringContaining('escalatie-') },
      { reference_type: 'callback_level_1', recipient: lead.email },
      { reference_type: 'callback_level_2', recipient: manager.email },
      { reference_type: 'callback_reminder', recipient: agent.email },
    ]);
  });

  it('a completed or rescheduled callback never escalates', async () => {
    const done = await callbackDueIn({ reminder: 3, due: 4, level2: 5 });
    const moved = await callbackDueIn({ reminder: 3, due: 4, level2: 5 });
    const watch = await callbackDueIn({ reminder: 3, due: 4, level2: 5 });
    expect((await t.request('POST', `/callbacks/${done.id}/complete`, { token: agent.token, body: { result: 'Teruggebeld: monteur komt.' } })).status).toBe(200);
    expect((await t.request('POST', `/callbacks/${moved.id}/reschedule`, { token: agent.token, body: { reason: 'Klant vraagt volgende week', requestedBy: 'customer' } })).status).toBe(200);
    // The third one, due at the same moments, shows the checks ran.
    await eventually(async () => ((await escalations(watch.id)).length === 3 ? true : undefined));
    expect(await escalations(done.id)).toEqual([]);
    expect((await escalations(moved.id)).filter((e) => e.level > 0)).toEqual([]);
  });
});
