import type { ChildProcess } from 'node:child_process';
import { Queue } from 'bullmq';
import { OUTBOX_QUEUE } from '@loket/server/platform';
import { bootApp, createOrg, customerBody, freezeClock, TestApp, TestOrg } from '../testing/harness';
import { eventually, startMailCatcher, startWorker, type MailCatcher } from '../testing/processes';

jest.setTimeout(60_000);

describe('written confirmation through the outbox, the worker and real SMTP (R18)', () => {
  let t: TestApp;
  let org: TestOrg;
  let agent: { token: string };
  let catcher: MailCatcher;
  let worker: ChildProcess;

  beforeAll(async () => {
    catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
    // The real worker process, as it runs in production, started from source.
    worker = await startWorker({ SMTP_URL: `smtp://127.0.0.1:${catcher.smtpPort}` });
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Proef');
    agent = await org.staff(['agent']);
  });
  afterEach(() => jest.useRealTimers());
  afterAll(async () => {
    worker?.kill('SIGTERM');
    await t?.close();
    await catcher?.close();
  });

  it('e-mails the customer who they spoke to, what was agreed and when to expect what', async () => {
    freezeClock('2026-11-23T10:00:00+01:00'); // the Monday before the agreed call
    const email = `bevestiging-${Date.now()}@example.nl`;
    const customer = (await t.request('POST', '/customers', { token: agent.token, body: customerBody({ firstName: 'Sanne', namePrefix: 'de', lastName: 'Vries', email }) })).body;
    const at = '2026-11-24T13:00:00+01:00';
    const contact = await t.request('POST', '/contacts', {
      token: agent.token,
      body: {
        customerId: customer.id, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject: 'Lekkage badkamer' },
        summary: 'De kraan in de badkamer lekt. Een monteur belt u voor een afspraak.', internalNote: 'NIET-IN-MAIL', outcome: 'callback_agreed',
        followUp: { channel: 'phone', at }, confirm: true,
      },
    });
    expect(contact.status).toBe(201);
    expect(contact.body.confirmation).toEqual({ status: 'queued', channel: 'email' });

    const mail = await eventually(() => catcher.messages.find((m) => m.to.includes(email)));
    expect(mail.subject).toBe('Bevestiging: Lekkage badkamer');
    expect(mail.from).toContain(`Woonstichting Proef ${org.slug}`);
    expect(mail.text).toContain('Beste Sanne de Vries,');
    expect(mail.text).toMatch(/U sprak met staff t-/);
    expect(mail.text).toContain('De kraan in de badkamer lekt.');
    expect(mail.text).toContain('We bellen u op dinsdag 24 november 2026 om 13:00.');
    expect(mail.text).not.toContain('NIET-IN-MAIL');

    const sent = await eventually(async () => {
      const c = await t.request('GET', `/contacts/${contact.body.id}`, { token: agent.token });
      return c.body.confirmation.status === 'sent' ? c.body : undefined;
    });
    expect(sent.confirmation).toEqual({ status: 'sent', channel: 'email' });
  });

  it('puts a letter in the print list when there is no e-mail address', async () => {
    freezeClock('2026-11-27T11:00:00+01:00'); // the Friday before the visit
    const customer = (await t.request('POST', '/customers', { token: agent.token, body: customerBody({ email: null }) })).body;
    const contact = await t.request('POST', '/contacts', {
      token: agent.token,
      body: { customerId: customer.id, channel: 'counter', direction: 'inbound', topic: 'klacht', newCase: { subject: 'Klacht over schoonmaak' }, summary: 'Het trappenhuis wordt niet schoongemaakt.', outcome: 'appointment_made', followUp: { channel: 'home_visit', at: '2026-12-01T10:00:00+01:00' }, confirm: true },
    });
    expect(contact.body.confirmation).toEqual({ status: 'queued', channel: 'letter' });
    const [row] = await t.db.query(`SELECT channel, status, body FROM outbox_messages WHERE reference_id = $1`, [contact.body.id]);
    expect(row).toMatchObject({ channel: 'letter', status: 'to_print' });
    expect(row.body).toContain('We komen bij u langs op dinsdag 1 december 2026 om 10:00.')
    expect(row.body).toContain('Bel ons gerust');
  });

  it('delivers a message whose job was lost (Redis flushed before it was queued)', async () => {
    const email = `verloren-${Date.now()}@example.nl`;
    const [row] = await t.db.query(
      `INSERT INTO outbox_messages (organization_id, channel, recipient, from_name, subject, body, status, reference_type, reference_id, created_at)
       VALUES ($1, 'email', $2, 'Woonstichting Proef', 'Bevestiging: verloren', 'Tekst', 'pending', 'contact', gen_random_uuid(), now() - interval '1 minute') RETURNING id`,
      [org.id, email],
    );
    const queue = new Queue(OUTBOX_QUEUE, { connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }, prefix: process.env.REDIS_PREFIX });
    expect(await queue.getJob(row.id)).toBeUndefined();
    await queue.add('reconcile', {});
    const mail = await eventually(() => catcher.messages.find((m) => m.to.includes(email)));
    expect(mail.subject).toBe('Bevestiging: verloren');
    await eventually(async () => ((await t.db.query(`SELECT status FROM outbox_messages WHERE id = $1`, [row.id]))[0].status === 'sent') || undefined);
    await queue.close();
  });
});
