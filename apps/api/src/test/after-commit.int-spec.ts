import type { ChildProcess } from 'node:child_process';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { OUTBOX_QUEUE, inTransaction, type Actor } from '@loket/server/platform';
import { CALLBACKS_QUEUE, CallbacksService, stageBucketOf, stageJobId } from '@loket/server/callbacks';
import { ContactLogService } from '@loket/server/contact-log';
import { ALWAYS_OPEN, bootApp, createOrg, customerBody, type TestApp, type TestOrg } from '../testing/harness';
import { eventually, startMailCatcher, startWorker, type MailCatcher } from '../testing/processes';

jest.setTimeout(90_000);

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// Queues of their own: no other test's worker delivers these messages, and this worker delivers no other test's.
const PREFIX = `${process.env.REDIS_PREFIX ?? 'loket-test'}-after-commit`;

/**
 * Issue part 3, "after commit, once": a use case that calls nested use cases which write outbox
 * messages and queue jobs, and then fails, leaves nothing behind — no outbox row, no job in Redis,
 * no mail. When it commits, every job is queued once, and only after the commit.
 */
describe('work after commit: nested use cases queue once, and nothing when the outer one fails', () => {
  let t: TestApp;
  let org: TestOrg;
  let actor: Actor;
  let catcher: MailCatcher;
  let worker: ChildProcess;
  let outboxQueue: Queue;
  let redis: Redis;
  let callbacksQueue: Queue;
  let callbacks: CallbacksService;
  let contactLog: ContactLogService;
  const previousPrefix = process.env.REDIS_PREFIX;

  /** What the outer use case does before it ends: a callback agreed (its confirmation, its stage jobs) and the call logged as a contact with a confirmation. */
  interface Inner {
    messageIds: string[];
    callbackId: string;
    contactId: string;
    stageBucket: number;
    /** Jobs in Redis for these messages and the stage, seen from inside the open transaction. */
    jobsSeenInside: number;
  }

  const tx = () => TransactionHost.getInstance<TransactionalAdapterTypeOrm>().tx;

  async function innerSteps(customerId: string): Promise<Inner> {
    const contact = await contactLog.logContact(actor, {
      customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject: 'Lekkende kraan' },
      summary: 'De kraan lekt. We bellen u terug.', outcome: 'callback_agreed', confirm: true,
    } as Parameters<ContactLogService['logContact']>[1]);
    const at = new Date(Date.now() + 30 * 60_000);
    const callback = await callbacks.create(actor, { customerId, caseId: contact.caseId, reason: 'Over de lekkende kraan', at: at.toISOString(), confirm: true });
    const messages: { id: string }[] = await tx().query(
      `SELECT id FROM outbox_messages WHERE organization_id = $1 AND reference_id = ANY($2::uuid[]) ORDER BY created_at`,
      [org.id, [contact.id, callback.id]],
    );
    const stageBucket = stageBucketOf(new Date(callback.dueAt));
    const jobs = await Promise.all([...messages.map((m) => outboxQueue.getJob(m.id)), callbacksQueue.getJob(stageJobId(stageBucket))]);
    return { messageIds: messages.map((m) => m.id), callbackId: callback.id, contactId: contact.id, stageBucket, jobsSeenInside: jobs.filter(Boolean).length };
  }

  /** The outbox queue's event log for these jobs: every add, also one refused as a duplicate. */
  async function addsOf(jobIds: string[]): Promise<{ jobId: string; event: string }[]> {
    const entries = (await redis.xrange(`${PREFIX}:${OUTBOX_QUEUE}:events`, '-', '+')) as [string, string[]][];
    return entries
      .map(([, fields]) => Object.fromEntries(fields.flatMap((_, i) => (i % 2 === 0 ? [[fields[i], fields[i + 1]]] : []))) as Record<string, string>)
      .filter((e) => jobIds.includes(e['jobId']) && (e['event'] === 'added' || e['event'] === 'duplicated'))
      .map((e) => ({ jobId: e['jobId'], event: e['event'] }));
  }

  async function newCustomer(email: string): Promise<string> {
    const res = await t.request('POST', '/customers', { token: staffToken, body: customerBody({ email }) });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  let staffToken: string;
  const failedEmail = `mislukt-${Date.now()}@example.nl`;

  beforeAll(async () => {
    process.env.REDIS_PREFIX = PREFIX;
    catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
    worker = await startWorker({ REDIS_PREFIX: PREFIX, SMTP_URL: `smtp://127.0.0.1:${catcher.smtpPort}` });
    t = await bootApp();
    outboxQueue = new Queue(OUTBOX_QUEUE, { connection: { url: REDIS_URL }, prefix: PREFIX });
    callbacksQueue = new Queue(CALLBACKS_QUEUE, { connection: { url: REDIS_URL }, prefix: PREFIX });
    redis = new Redis(REDIS_URL);
    callbacks = t.app.get(CallbacksService);
    contactLog = t.app.get(ContactLogService);
    org = await createOrg(t, 'Woonstichting Nacommit');
    const admin = await org.staff(['admin']);
    const agent = await org.staff(['agent']);
    staffToken = agent.token;
    expect((await t.request('PUT', '/sla/calendar', { token: admin.token, body: ALWAYS_OPEN })).status).toBe(200);
    actor = { userId: agent.id, organizationId: org.id, kind: 'staff', roles: ['agent'], scopes: [], customerId: null, sessionId: 'after-commit-test' };
  });
  afterAll(async () => {
    worker?.kill('SIGTERM');
    for (const q of [outboxQueue, callbacksQueue]) {
      await q?.obliterate({ force: true }).catch(() => undefined);
      await q?.close();
    }
    redis?.disconnect();
    await t?.close();
    await catcher?.close();
    process.env.REDIS_PREFIX = previousPrefix;
  });

  it('leaves no outbox row, no job and no mail when the use case fails after its nested use cases wrote and queued', async () => {
    const customerId = await newCustomer(failedEmail);
    let inner: Inner | undefined;
    const failure = await inTransaction(async () => {
      inner = await innerSteps(customerId);
      // The outer step fails for real: PostgreSQL refuses a second organization with this slug.
      await tx().query(`INSERT INTO organizations (slug, name) VALUES ($1, 'Dubbel')`, [org.slug]);
    }).then(() => null, (e: Error & { code?: string }) => e);

    expect(failure?.code).toBe('23505'); // unique_violation
    const done = inner as Inner;
    // Inside the transaction the nested use cases had written both messages, and nothing had reached Redis.
    expect(done.messageIds).toHaveLength(2);
    expect(done.jobsSeenInside).toBe(0);
    // After the rollback: no message, no callback, no contact …
    expect(await t.db.query(`SELECT id FROM outbox_messages WHERE id = ANY($1::uuid[])`, [done.messageIds])).toEqual([]);
    expect(await t.db.query(`SELECT id FROM callbacks WHERE id = $1`, [done.callbackId])).toEqual([]);
    expect(await t.db.query(`SELECT id FROM contacts WHERE id = $1`, [done.contactId])).toEqual([]);
    // … no job was ever added for them, and no stage check for the callback.
    expect(await addsOf(done.messageIds)).toEqual([]);
    for (const id of done.messageIds) expect(await outboxQueue.getJob(id)).toBeUndefined();
    expect(await callbacksQueue.getJob(stageJobId(done.stageBucket))).toBeUndefined();
  });

  it('queues each job once, after the outermost commit, and the mail goes out', async () => {
    const email = `gelukt-${Date.now()}@example.nl`;
    const customerId = await newCustomer(email);
    const inner = await inTransaction(() => innerSteps(customerId));

    // Not queued while the transaction was open (the nested use cases had returned by then) …
    expect(inner.messageIds).toHaveLength(2);
    expect(inner.jobsSeenInside).toBe(0);
    // … and queued exactly once each after it committed: one add, no second add refused as a duplicate.
    expect((await addsOf(inner.messageIds)).sort((a, b) => a.jobId.localeCompare(b.jobId))).toEqual(
      [...inner.messageIds].sort().map((jobId) => ({ jobId, event: 'added' })),
    );
    expect(await callbacksQueue.getJob(stageJobId(inner.stageBucket))).toBeDefined();

    // Both e-mails arrive: the contact's confirmation and the callback's.
    const mails = await eventually(() => {
      const mine = catcher.messages.filter((m) => m.to.includes(email));
      return mine.length >= 2 ? mine : undefined;
    });
    expect(mails.map((m) => m.subject).sort()).toEqual(['Bevestiging: Lekkende kraan', 'We bellen u terug']);
    // The worker delivered these while the failed use case's mail never existed to be sent.
    expect(catcher.messages.filter((m) => m.to.includes(failedEmail))).toEqual([]);
  });
});
