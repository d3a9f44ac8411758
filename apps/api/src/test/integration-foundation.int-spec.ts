import { Client } from 'pg';
import { EventLog, inTransaction } from '@loket/server/platform';
import { bootApp, call, createOrg, type TestApp, type TestOrg } from '../testing/harness';
import { eventually } from '../testing/processes';

/**
 * The events' `n` after `cursor` once `ready` holds for them. Other test files write to this database at
 * the same time, and their open transactions hold the feed back for a moment: wait for it.
 */
async function eventsWhen(log: EventLog, orgId: string, cursor: string | null, ready: (data: unknown[]) => boolean): Promise<unknown[]> {
  return eventually(async () => {
    const n = (await log.after(orgId, cursor, { limit: 100 })).map((e) => e.data['n']);
    return ready(n) ? n : undefined;
  }, 10_000);
}

describe('integration clients and the event log', () => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    t = await bootApp();
    org = await createOrg(t);
  });
  afterAll(() => t.close());

  it('gives a client a short-lived token for its credentials as a form, as JSON and as HTTP Basic; a wrong secret is a 401', async () => {
    const c = await org.client(['relaties.write', 'vastgoed.write']);
    const form = await t.request('POST', '/auth/token', {
      body: `grant_type=client_credentials&client_id=${c.clientId}&client_secret=${encodeURIComponent(c.clientSecret)}&scope=vastgoed.write`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(200);
    expect(form.body).toMatchObject({ token_type: 'Bearer', expires_in: 900, scope: 'vastgoed.write' });
    const basic = await t.request('POST', '/auth/token', {
      body: { grant_type: 'client_credentials' },
      headers: { authorization: `Basic ${Buffer.from(`${c.clientId}:${c.clientSecret}`).toString('base64')}` },
    });
    expect(basic.status).toBe(200);
    expect(basic.body.scope).toBe('relaties.write vastgoed.write');

    const wrong = await call(t, 'post', '/api/v1/auth/token', { body: { grant_type: 'client_credentials', client_id: c.clientId, client_secret: `${c.clientSecret}x` } });
    expect(wrong.status).toBe(401);
    const more = await t.request('POST', '/auth/token', { body: { grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret, scope: 'webhooks.manage' } });
    expect(more.status).toBe(400);
    expect(more.body.errors[0]).toMatchObject({ field: 'scope', code: 'scope_not_granted' });
  });

  it('refuses a client on the routes of people', async () => {
    const c = await org.client(['relaties.write']);
    const res = await t.request('GET', '/customers?q=Boer', { token: c.token });
    expect(res.status).toBe(403);
    const me = await t.request('GET', '/auth/me', { token: c.token });
    expect(me.status).toBe(403);
  });

  it('reads events in one stable order, only once their transaction has finished', async () => {
    const log = t.app.get(EventLog);
    const before = await log.after(org.id, null, { limit: 1000 });
    const last = before.at(-1)?.cursor ?? null;
    const at = new Date('2026-03-02T10:00:00Z');
    await inTransaction(async () => {
      await log.publish({ organizationId: org.id, type: 'customer.updated', customerId: null, subjectId: org.id, data: { n: 1 }, at });
      await log.publish({ organizationId: org.id, type: 'case.opened', customerId: null, subjectId: org.id, data: { n: 2 }, at });
    });
    await inTransaction(() => log.publish({ organizationId: org.id, type: 'case.resolved', customerId: null, subjectId: org.id, data: { n: 3 }, at }));
    expect(await eventsWhen(log, org.id, last, (n) => n.length >= 3)).toEqual([1, 2, 3]);
    const events = await log.after(org.id, last, { limit: 10 });
    expect((await log.after(org.id, events[1].cursor, { limit: 10 })).map((e) => e.data['n'])).toEqual([3]);
    expect((await log.after(org.id, last, { types: ['case.opened'], limit: 10 })).map((e) => e.data['n'])).toEqual([2]);
    const other = await createOrg(t, 'Ander');
    expect(await log.after(other.id, null, { limit: 10 })).toEqual([]);
  });

  it('holds back an event behind a transaction of this database that is still open, not behind one in another database', async () => {
    const log = t.app.get(EventLog);
    const at = new Date('2026-03-02T11:00:00Z');
    const start = (await log.after(org.id, null, { limit: 10_000 })).at(-1)?.cursor ?? null;
    const url = new URL(process.env['DATABASE_URL'] as string);
    const here = new Client({ connectionString: url.toString() });
    url.pathname = '/postgres';
    const elsewhere = new Client({ connectionString: url.toString() });
    await Promise.all([here.connect(), elsewhere.connect()]);
    try {
      // A long transaction in another database, holding a transaction id.
      await elsewhere.query('BEGIN');
      await elsewhere.query('SELECT pg_current_xact_id()');
      // A transaction here that writes an event and stays open.
      await here.query('BEGIN');
      await here.query(
        `INSERT INTO integration_events (id, tx, organization_id, type, customer_id, subject_id, occurred_at, data)
         VALUES (gen_random_uuid(), (pg_current_xact_id())::text::bigint, $1, 'case.opened', NULL, $1, $2, '{"n":"open"}')`,
        [org.id, at],
      );
      await inTransaction(() => log.publish({ organizationId: org.id, type: 'case.resolved', customerId: null, subjectId: org.id, data: { n: 'later' }, at }));
      // The later event waits for the open one, which comes first in the order once it commits.
      expect(await log.after(org.id, start, { limit: 10 })).toEqual([]);
      await here.query('COMMIT');
      expect(await eventsWhen(log, org.id, start, (n) => n.length >= 2)).toEqual(['open', 'later']);
      // The other database's transaction is still open, and holds nothing back.
      await inTransaction(() => log.publish({ organizationId: org.id, type: 'case.resolved', customerId: null, subjectId: org.id, data: { n: 'last' }, at }));
      expect(await eventsWhen(log, org.id, start, (n) => n.length >= 3)).toEqual(['open', 'later', 'last']);
    } finally {
      await here.query('ROLLBACK').catch(() => undefined);
      await elsewhere.query('ROLLBACK').catch(() => undefined);
      await Promise.all([here.end(), elsewhere.end()]);
    }
  });
});
