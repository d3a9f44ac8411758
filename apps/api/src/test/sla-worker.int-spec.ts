import type { ChildProcess } from 'node:child_process';
import { Queue } from 'bullmq';
import { SLA_QUEUE } from '@loket/server/sla';
import { nextOpeningMoment, type CalendarSettings } from '@loket/shared/business-calendar';
import { ALWAYS_OPEN, bootApp, createOrg, customerBody, TestApp } from '../testing/harness';
import { eventually, startMailCatcher, startWorker, type MailCatcher } from '../testing/processes';

jest.setTimeout(90_000);
// Queues of their own: this file's worker handles this file's jobs.
const PREFIX = `loket-test-sla-${process.pid}`;

describe('breaches at the due moment, recalculation and notifications (real worker, Redis and PostgreSQL)', () => {
  let t: TestApp;
  let worker: ChildProcess;
  let catcher: MailCatcher;
  let queue: Queue;
  const previousPrefix = process.env.REDIS_PREFIX;

  beforeAll(async () => {
    process.env.REDIS_PREFIX = PREFIX;
    catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
    worker = await startWorker({ SMTP_URL: `smtp://127.0.0.1:${catcher.smtpPort}` });
    t = await bootApp();
    queue = new Queue(SLA_QUEUE, { connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }, prefix: PREFIX });
  });
  afterAll(async () => {
    worker?.kill('SIGTERM');
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await queue?.close();
    await t?.close();
    await catcher?.close();
    process.env.REDIS_PREFIX = previousPrefix;
  });

  async function setup(calendar: unknown, policies: unknown[]) {
    const org = await createOrg(t, 'Woonstichting Klok');
    const admin = await org.staff(['admin']);
    expect((await t.request('PUT', '/sla/calendar', { token: admin.token, body: calendar })).status).toBe(200);
    expect((await t.request('PUT', '/sla/policies', { token: admin.token, body: { items: policies } })).status).toBe(200);
    const agent = await org.staff(['agent']);
    const customerId = (await t.request('POST', '/customers', { token: agent.token, body: customerBody() })).body.id as string;
    return { org, admin, agent, customerId };
  }

  const call = (token: string, customerId: string, occurredAt: Date, subject: string) =>
    t.request('POST', '/contacts', {
      token,
      body: { customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', summary: 'Graag terugbellen.', outcome: 'callback_agreed', newCase: { subject }, occurredAt: occurredAt.toISOString() },
    });

  it('records a breach within seconds of its due moment, and a case waiting for the customer does not breach', async () => {
    const { agent, customerId } = await setup(ALWAYS_OPEN, [{ channel: 'phone', firstResponse: { type: 'business_hours', hours: 0.25 } }]);
    // Received 15 minutes minus 4 seconds ago: the callback is due 4 seconds from now.
    const receivedAt = new Date(Date.now() - 15 * 60_000 + 4_000);
    const late = await call(agent.token, customerId, receivedAt, 'Te laat');
    const waiting = await call(agent.token, customerId, receivedAt, 'Wacht op klant');
    expect((await t.request('PATCH', `/cases/${waiting.body.caseId}`, { token: agent.token, body: { status: 'waiting_for_customer' } })).status).toBe(200);
    const due = new Date((await t.request('GET', `/cases/${late.body.caseId}`, { token: agent.token })).body.firstResponseDueAt);
    expect(Math.abs(due.getTime() - (receivedAt.getTime() + 15 * 60_000))).toBeLessThan(1_000);

    const [breach] = await eventually(async () => {
      const rows = await t.db.query(`SELECT target, due_at, detected_at FROM sla_breaches WHERE case_id = $1`, [late.body.caseId]);
      return rows.length ? rows : undefined;
    });
    expect(breach.target).toBe('first_response');
    const latency = new Date(breach.detected_at).getTime() - new Date(breach.due_at).getTime();
    expect(latency).toBeGreaterThanOrEqual(0);
    expect(latency).toBeLessThan(5_000);
    const c = (await t.request('GET', `/cases/${late.body.caseId}`, { token: agent.token })).body;
    expect(c.sla.firstResponseBreachedAt).not.toBeNull();

    // The paused case was due at the same moment and was checked in the same statement: no breach.
    expect(await t.db.query(`SELECT 1 FROM sla_breaches WHERE case_id = $1`, [waiting.body.caseId])).toEqual([]);
    // The owner hears of it by e-mail (the calendar is always open, so nothing is held back). Other test
    // files run workers of their own on the same database, so the outbox is where to look, not one catcher.
    const sent = await eventually(async () => {
      const rows: { subject: string; body: string; status: string; not_before: Date | null }[] = await t.db.query(
        `SELECT subject, body, status, not_before FROM outbox_messages WHERE recipient = $1 AND reference_type = 'sla_breach'`,
        [agent.email],
      );
      return rows[0]?.status === 'sent' ? rows[0] : undefined;
    });
    expect(sent.subject).toBe('Een vraag is over de termijn');
    expect(sent.body).toContain(`/vragen/${late.body.caseId}`);
    expect(sent.not_before).toBeNull();
  });

  it('rebuilds a lost breach check from the database (reconciler) and never records a breach twice', async () => {
    const { agent, customerId } = await setup(ALWAYS_OPEN, [{ channel: 'phone', firstResponse: { type: 'business_hours', hours: 0.25 } }]);
    const lost = await call(agent.token, customerId, new Date(Date.now() - 20 * 60_000), 'Kwijtgeraakte controle');
    // Redis loses the scheduled check before it runs.
    await queue.drain(true);
    await queue.add('reconcile', {}, { jobId: `reconcile-test-${Date.now()}` });
    await eventually(async () => (await t.db.query(`SELECT 1 FROM sla_breaches WHERE case_id = $1`, [lost.body.caseId])).length > 0 || undefined);
    await queue.add('reconcile', {}, { jobId: `reconcile-test-again-${Date.now()}` });
    await queue.add('breach-check', { bucket: Date.now() }, { jobId: `breach-test-${Date.now()}` });
    await eventually(async () => {
      const counts = await queue.getJobCounts('wait', 'active');
      return counts.wait + counts.active === 0 || undefined;
    });
    expect(await t.db.query(`SELECT target FROM sla_breaches WHERE case_id = $1`, [lost.body.caseId])).toEqual([{ target: 'first_response' }]);
  });

  it('holds staff notifications until the next opening moment, unless the employee chose otherwise', async () => {
    // Open one hour, three days from now: the organization is closed now.
    const day = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'][new Date(Date.now() + 3 * 86_400_000).getDay()];
    const calendar = { timeZone: 'Europe/Amsterdam', openingHours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [], [day]: [['08:00', '09:00']] } };
    const { org, agent, customerId } = await setup(calendar, [{ channel: 'phone', firstResponse: { type: 'working_days', days: 1 } }]);
    const night = await org.staff(['agent']);
    const never = await org.staff(['agent']);
    expect((await t.request('PATCH', '/auth/me', { token: night.token, body: { notificationHours: 'any_time' } })).body.notificationHours).toBe('any_time');
    expect((await t.request('PATCH', '/auth/me', { token: never.token, body: { notificationHours: 'never' } })).status).toBe(200);
    const bad = await t.request('PATCH', '/auth/me', { token: never.token, body: { notificationHours: 'sometimes' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('notificationHours');

    const longAgo = new Date(Date.now() - 30 * 86_400_000);
    const cases: string[] = [];
    for (const who of [agent, night, never]) cases.push((await call(who.token, customerId, longAgo, `Oud verzoek ${who.email}`)).body.caseId);
    const messages = await eventually(async () => {
      const rows: { recipient: string; not_before: Date | null; status: string }[] = await t.db.query(
        `SELECT recipient, not_before, status FROM outbox_messages WHERE organization_id = $1 AND reference_type = 'sla_breach'`,
        [org.id],
      );
      const breaches = await t.db.query(`SELECT 1 FROM sla_breaches WHERE case_id = ANY($1::uuid[]) AND notified_at IS NOT NULL`, [cases]);
      return rows.length === 2 && breaches.length === 3 ? rows : undefined;
    });
    const held = messages.find((m) => m.recipient === agent.email);
    expect(held?.not_before?.toISOString()).toBe(nextOpeningMoment(calendar as CalendarSettings, new Date()).toISOString());
    expect(held?.status).toBe('pending');
    expect(messages.find((m) => m.recipient === night.email)?.not_before).toBeNull();
    expect(messages.find((m) => m.recipient === never.email)).toBeUndefined();
    // The one who wants to know at any time got it; the held one waits for Monday morning (or whenever we open).
    await eventually(async () => (await t.db.query(`SELECT 1 FROM outbox_messages WHERE recipient = $1 AND status = 'sent'`, [night.email])).length > 0 || undefined);
    expect((await t.db.query(`SELECT status FROM outbox_messages WHERE recipient = $1`, [agent.email]))[0].status).toBe('pending');
  });

  it('recalculates open cases after a calendar change, records old → new, and keeps breaches as they were', async () => {
    const linde = {
      timeZone: 'Europe/Amsterdam',
      openingHours: { mon: [['08:30', '17:00']], tue: [['08:30', '17:00']], wed: [['08:30', '17:00']], thu: [['08:30', '17:00']], fri: [['08:30', '12:00']], sat: [], sun: [] },
      publicHolidays: { country: 'NL', goodFriday: 'open', liberationDay: 'lustrum_years' },
    };
    const { admin, agent, customerId } = await setup(linde, [{ channel: 'phone', firstResponse: { type: 'working_days', days: 1 } }]);
    const open = await call(agent.token, customerId, new Date(), 'Loopt nog');
    const old = await call(agent.token, customerId, new Date(Date.now() - 30 * 86_400_000), 'Al te laat');
    await eventually(async () => (await t.db.query(`SELECT 1 FROM sla_breaches WHERE case_id = $1`, [old.body.caseId])).length > 0 || undefined);
    const before = (await t.request('GET', `/cases/${open.body.caseId}`, { token: agent.token })).body.firstResponseDueAt;

    // The office closes for the next three weeks.
    const from = new Date().toISOString().slice(0, 10);
    const to = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
    const put = await t.request('PUT', '/sla/calendar', { token: admin.token, body: { ...linde, closingDays: [{ from, to, reason: 'Verbouwing' }] } });
    expect(put.status).toBe(200);
    const recalculation = await eventually(async () => {
      const [r] = await t.db.query(`SELECT status, cases, changed FROM sla_recalculations WHERE organization_id = (SELECT organization_id FROM case_clocks WHERE case_id = $1) ORDER BY created_at DESC LIMIT 1`, [open.body.caseId]);
      return r?.status === 'done' ? r : undefined;
    });
    expect(recalculation).toMatchObject({ changed: 1 });
    const after = (await t.request('GET', `/cases/${open.body.caseId}`, { token: agent.token })).body.firstResponseDueAt;
    expect(new Date(after).getTime()).toBeGreaterThan(new Date(to).getTime());
    const changes = await t.request('GET', `/sla/cases/${open.body.caseId}/due-changes`, { token: agent.token });
    expect(changes.body.items).toEqual([{ caseId: open.body.caseId, target: 'first_response', from: before, to: after, reason: 'calendar_changed', at: expect.any(String) }]);
    expect(await t.db.query(`SELECT target FROM sla_breaches WHERE case_id = $1`, [old.body.caseId])).toEqual([{ target: 'first_response' }]);
  });
});
