import { randomUUID } from 'node:crypto';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { AccessLog, ACCESS_KEY, AccessRule, CUSTOMER_READS_KEY } from '@loket/server/platform';
import { bootApp, freezeClock, createOrg, customerBody, TestApp, TestOrg } from '../testing/harness';
import { eventually } from '../testing/processes';

const LINDE = {
  timeZone: 'Europe/Amsterdam',
  openingHours: {
    mon: [['08:30', '17:00']], tue: [['08:30', '17:00']], wed: [['08:30', '17:00']], thu: [['08:30', '17:00']], fri: [['08:30', '12:00']], sat: [], sun: [],
  },
  publicHolidays: { country: 'NL', goodFriday: 'open', liberationDay: 'lustrum_years' },
};
const freezeAt = freezeClock;

type User = { id: string; token: string; email: string };

// Several logins (argon2) and a second application boot: generous on a busy machine.
jest.setTimeout(30_000);

describe('access log: every read of customer data is on record (AVG)', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: User;
  let agent: User;
  let lead: User;
  let outsider: User;
  let editor: User;
  let customerA: string;
  let customerB: string;
  let tenantA: User;
  let caseId: string;
  let contactId: string;
  let callbackId: string;
  const surname = `Inzage${randomUUID().slice(0, 6)}`;

  beforeAll(async () => {
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Inzage');
    admin = await org.staff(['admin']);
    agent = await org.staff(['agent']);
    lead = await org.staff(['team_lead', 'agent']);
    outsider = await org.staff(['agent']);
    editor = await org.staff(['kb_editor']);
    const [{ id: teamId }] = await t.db.query(`INSERT INTO teams (organization_id, name, lead_id) VALUES ($1, 'Klantcontact', $2) RETURNING id`, [org.id, lead.id]);
    await t.db.query(`UPDATE users SET team_id = $1 WHERE id = ANY($2::uuid[])`, [teamId, [agent.id, lead.id]]);
    expect((await t.request('PUT', '/sla/calendar', { token: admin.token, body: LINDE })).status).toBe(200);
    customerA = (await t.request('POST', '/customers', { token: agent.token, body: customerBody({ firstName: 'Anna', lastName: surname }) })).body.id;
    customerB = (await t.request('POST', '/customers', { token: agent.token, body: customerBody({ firstName: 'Bram', lastName: surname }) })).body.id;
    tenantA = await org.tenant(customerA);
    freezeAt('2026-12-07T10:00:00+01:00'); // a Monday morning: the office is open
    const contact = await t.request('POST', '/contacts', {
      token: agent.token,
      body: { customerId: customerA, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject: 'Lekkage' }, summary: 'De kraan lekt.', outcome: 'callback_agreed' },
    });
    expect(contact.status).toBe(201);
    ({ id: contactId, caseId } = contact.body);
    const callback = await t.request('POST', '/callbacks', { token: agent.token, body: { customerId: customerA, caseId, contactId, reason: 'Over de lekkage' } });
    expect(callback.status).toBe(201);
    callbackId = callback.body.id;
    jest.useRealTimers();
  });
  afterEach(() => jest.useRealTimers());
  afterAll(() => t.close());

  /** The newest audit row id: reads after it are what the next request recorded. */
  const mark = async (): Promise<string> => (await t.db.query(`SELECT coalesce(max(id), 0) AS id FROM audit_events`))[0].id;
  /** What was recorded after `since`, once the batch is written. */
  async function readsSince(since: string) {
    await t.app.get(AccessLog).flush();
    return (await t.db.query(
      `SELECT entity_id AS customer, actor_user_id AS actor, details->>'view' AS view, details::text AS details, at FROM audit_events
        WHERE id > $1 AND is_read AND organization_id = $2 ORDER BY id`,
      [since, org.id],
    )) as { customer: string; actor: string; view: string; details: string; at: Date }[];
  }

  it('records each staff read with the customer it showed and where', async () => {
    const cases: [string, string][] = [
      [`/customers/${customerA}`, 'record'],
      [`/customers/${customerA}/overview`, 'overview'],
      [`/customers/${customerA}/timeline`, 'timeline'],
      [`/cases?customerId=${customerA}`, 'cases'],
      [`/cases/${caseId}`, 'case'],
      [`/contacts/${contactId}`, 'contact'],
      ['/callbacks?assignee=me', 'callbacks'],
      [`/callbacks/${callbackId}`, 'callback'],
    ];
    for (const [url, view] of cases) {
      const since = await mark();
      const res = await t.request('GET', url, { token: agent.token });
      expect({ url, status: res.status }).toEqual({ url, status: 200 });
      expect({ url, reads: (await readsSince(since)).map((r) => ({ customer: r.customer, actor: r.actor, view: r.view })) }).toEqual({
        url,
        reads: [{ customer: customerA, actor: agent.id, view }],
      });
    }
  });

  it('records which customers a search showed, one row each, and never what was searched', async () => {
    const since = await mark();
    const res = await t.request('GET', `/customers?q=${surname}`, { token: agent.token });
    expect(res.body.items.map((h: { id: string }) => h.id).sort()).toEqual([customerA, customerB].sort());
    const reads = await readsSince(since);
    expect(reads.map((r) => [r.customer, r.view]).sort()).toEqual([[customerA, 'search'], [customerB, 'search']].sort());
    for (const r of reads) expect(r.details.toLowerCase()).not.toContain(surname.toLowerCase());
    // A search that shows nobody records nobody.
    const none = await mark();
    expect((await t.request('GET', '/customers?q=Zzyzxnietbestaand', { token: agent.token })).body.items).toEqual([]);
    expect(await readsSince(none)).toEqual([]);
  });

  it('records a list shown again to the same person within a minute once, and a file opened again every time', async () => {
    const reader = await org.staff(['agent']);
    const search = `/customers?q=${surname}`;
    const since = await mark();
    for (let i = 0; i < 3; i++) expect((await t.request('GET', search, { token: reader.token })).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await t.request('GET', `/customers/${customerA}/overview`, { token: reader.token })).status).toBe(200);
    const reads = (await readsSince(since)).filter((r) => r.actor === reader.id).map((r) => `${r.view} ${r.customer}`);
    expect(reads.sort()).toEqual([`overview ${customerA}`, `overview ${customerA}`, `search ${customerA}`, `search ${customerB}`].sort());
    // Someone else's search of the same customers is their own read.
    const other = await mark();
    await t.request('GET', search, { token: lead.token });
    expect((await readsSince(other)).filter((r) => r.actor === lead.id).map((r) => r.customer).sort()).toEqual([customerA, customerB].sort());
  });

  it('records a tenant reading their own data in Mijn Loket', async () => {
    for (const url of ['/portal/me', '/portal/file', '/portal/cases', `/portal/cases/${caseId}`, '/portal/callbacks']) {
      const since = await mark();
      expect({ url, status: (await t.request('GET', url, { token: tenantA.token })).status }).toEqual({ url, status: 200 });
      expect({ url, reads: (await readsSince(since)).map((r) => [r.customer, r.actor, r.view]) }).toEqual({ url, reads: [[customerA, tenantA.id, 'portal']] });
    }
  });

  it('records nothing for a read that was refused or found nothing', async () => {
    const other = await createOrg(t, 'Andere corporatie');
    const stranger = await other.staff(['agent', 'admin']);
    const since = await mark();
    expect((await t.request('GET', `/customers/${customerA}`, { token: stranger.token })).status).toBe(404);
    expect((await t.request('GET', `/customers/${customerA}/timeline`, { token: stranger.token })).status).toBe(404);
    expect((await t.request('GET', `/customers/${randomUUID()}/overview`, { token: agent.token })).status).toBe(404);
    expect((await t.request('GET', `/customers/${customerA}`, { token: editor.token })).status).toBe(403);
    expect(await readsSince(since)).toEqual([]);
  });

  it('takes the moment of a read from the application clock', async () => {
    freezeAt('2031-03-04T09:15:00+01:00');
    const since = await mark();
    await t.request('GET', `/customers/${customerB}`, { token: agent.token });
    const [read] = await readsSince(since);
    expect(read.at.toISOString()).toBe('2031-03-04T08:15:00.000Z');
  });

  it('every GET route that needs a login says which customers it shows (or that it shows none)', () => {
    const reflector = t.app.get(Reflector);
    const scanner = t.app.get(MetadataScanner);
    const undeclared: string[] = [];
    let declared = 0;
    for (const wrapper of t.app.get(DiscoveryService).getControllers()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || !wrapper.metatype) continue;
      for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const handler = instance[name] as () => unknown;
        if (Reflect.getMetadata(METHOD_METADATA, handler) !== RequestMethod.GET) continue;
        const access = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [handler, wrapper.metatype]);
        if (access?.kind === 'public') continue;
        if (reflector.getAllAndOverride(CUSTOMER_READS_KEY, [handler, wrapper.metatype])) declared += 1;
        else undeclared.push(`${wrapper.metatype.name}.${name} (${Reflect.getMetadata(PATH_METADATA, handler)})`);
      }
    }
    expect(declared).toBeGreaterThan(20);
    expect(undeclared).toEqual([]);
  });

  describe('GET /customers/{id}/access-log: who looked at this file', () => {
    it('shows an administrator who looked and when, newest first, in pages', async () => {
      const c = (await t.request('POST', '/customers', { token: agent.token, body: customerBody({ firstName: 'Pieter' }) })).body.id;
      const tenant = await org.tenant(c);
      freezeAt('2026-12-08T09:00:00+01:00');
      await t.request('GET', `/customers/${c}/overview`, { token: agent.token });
      freezeAt('2026-12-08T09:05:00+01:00');
      await t.request('GET', `/customers/${c}/timeline`, { token: lead.token });
      freezeAt('2026-12-08T09:10:00+01:00');
      await t.request('GET', '/portal/me', { token: tenant.token });
      jest.useRealTimers();
      await t.app.get(AccessLog).flush();

      const first = await t.request('GET', `/customers/${c}/access-log?limit=2`, { token: admin.token });
      expect(first.status).toBe(200);
      expect(first.body.items).toEqual([
        { at: '2026-12-08T08:10:00.000Z', user: { id: tenant.id, displayName: expect.any(String) }, view: 'portal' },
        { at: '2026-12-08T08:05:00.000Z', user: { id: lead.id, displayName: expect.any(String) }, view: 'timeline' },
      ]);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await t.request('GET', `/customers/${c}/access-log?limit=2&cursor=${first.body.nextCursor}`, { token: admin.token });
      expect(second.body.items).toEqual([{ at: '2026-12-08T08:00:00.000Z', user: { id: agent.id, displayName: expect.any(String) }, view: 'overview' }]);
      expect(second.body.nextCursor).toBeNull();
      // Reading the access log is itself on record.
      freezeAt('2026-12-08T09:20:00+01:00');
      await t.request('GET', `/customers/${c}/access-log`, { token: admin.token });
      jest.useRealTimers();
      await t.app.get(AccessLog).flush();
      const again = await t.request('GET', `/customers/${c}/access-log?limit=1`, { token: admin.token });
      expect(again.body.items[0]).toMatchObject({ user: { id: admin.id }, view: 'access_log' });
    });

    it('is for administrators of the organization only', async () => {
      const other = await createOrg(t, 'Andere corporatie');
      const otherAdmin = await other.staff(['admin']);
      const url = `/customers/${customerA}/access-log`;
      expect((await t.request('GET', url, { token: otherAdmin.token })).status).toBe(404);
      for (const who of [agent, lead, editor]) expect((await t.request('GET', url, { token: who.token })).status).toBe(403);
      expect((await t.request('GET', url, { token: tenantA.token })).status).toBe(404);
      expect((await t.request('GET', url)).status).toBe(401);
      expect((await t.request('GET', `/customers/${randomUUID()}/access-log`, { token: admin.token })).status).toBe(404);
      expect((await t.request('GET', `/customers/niet-een-id/access-log`, { token: admin.token })).status).toBe(404);
      const badCursor = await t.request('GET', `${url}?cursor=bogus`, { token: admin.token });
      expect(badCursor.status).toBe(400);
      expect(badCursor.body.errors.map((e: { field: string }) => e.field)).toEqual(['cursor']);
      const badLimit = await t.request('GET', `${url}?limit=1000`, { token: admin.token });
      expect(badLimit.status).toBe(400);
      expect(badLimit.body.errors.map((e: { field: string }) => e.field)).toEqual(['limit']);
    });
  });

  describe('GET /access-log?userId=: what one employee looked at', () => {
    it('lists the customers an employee saw, newest first, with name and number', async () => {
      const viewer = await org.staff(['agent']);
      const c = (await t.request('POST', '/customers', { token: admin.token, body: customerBody({ firstName: 'Greet', namePrefix: null, lastName: 'Kijker' }) })).body;
      freezeAt('2026-12-09T11:00:00+01:00');
      await t.request('GET', `/customers/${customerA}`, { token: viewer.token });
      freezeAt('2026-12-09T11:05:00+01:00');
      await t.request('GET', `/customers/${c.id}/overview`, { token: viewer.token });
      freezeAt('2032-01-05T12:00:00+01:00');
      await t.app.get(AccessLog).flush();
      const res = await t.request('GET', `/access-log?userId=${viewer.id}&limit=1`, { token: admin.token });
      expect(res.status).toBe(200);
      expect(res.body.employee).toEqual({ id: viewer.id, displayName: expect.any(String) });
      expect(res.body.items).toEqual([{ at: '2026-12-09T10:05:00.000Z', customer: { id: c.id, fullName: 'Greet Kijker', customerNumber: c.customerNumber, safetyMarkers: [] }, view: 'overview' }]);
      const next = await t.request('GET', `/access-log?userId=${viewer.id}&limit=1&cursor=${res.body.nextCursor}`, { token: admin.token });
      expect(next.body).toMatchObject({ items: [{ at: '2026-12-09T10:00:00.000Z', customer: { id: customerA }, view: 'record' }], nextCursor: null });
      jest.useRealTimers();
      // The administrator saw that customer's name here: that read is on record too (at 2032, the newest).
      await t.app.get(AccessLog).flush();
      const own = await t.request('GET', `/access-log?userId=${admin.id}&limit=2`, { token: admin.token });
      expect(own.body.items.map((i: { customer: { id: string }; view: string }) => [i.customer.id, i.view])).toEqual([[customerA, 'access_log'], [c.id, 'access_log']]);
    });

    it('lets a team lead see their own team members, and nobody else', async () => {
      expect((await t.request('GET', `/access-log?userId=${agent.id}`, { token: lead.token })).status).toBe(200);
      expect((await t.request('GET', `/access-log?userId=${lead.id}`, { token: lead.token })).status).toBe(200);
      const refused = await t.request('GET', `/access-log?userId=${outsider.id}`, { token: lead.token });
      expect(refused.status).toBe(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect((await t.request('GET', `/access-log?userId=${outsider.id}`, { token: admin.token })).status).toBe(200);
    });

    it('is refused to agents and editors, does not exist for tenants or another organization, and names a wrong field', async () => {
      for (const who of [agent, editor]) expect((await t.request('GET', `/access-log?userId=${agent.id}`, { token: who.token })).status).toBe(403);
      expect((await t.request('GET', `/access-log?userId=${agent.id}`, { token: tenantA.token })).status).toBe(404);
      const other = await createOrg(t, 'Andere corporatie');
      const otherAdmin = await other.staff(['admin']);
      expect((await t.request('GET', `/access-log?userId=${agent.id}`, { token: otherAdmin.token })).status).toBe(404);
      expect((await t.request('GET', `/access-log?userId=${randomUUID()}`, { token: admin.token })).status).toBe(404);
      for (const url of ['/access-log', '/access-log?userId=iemand']) {
        const bad = await t.request('GET', url, { token: admin.token });
        expect({ url, status: bad.status, fields: bad.body.errors?.map((e: { field: string }) => e.field) }).toEqual({ url, status: 400, fields: ['userId'] });
      }
    });
  });

  it('writes a read to the database within moments, without anyone flushing (what a crash can lose)', async () => {
    const since = await mark();
    expect((await t.request('GET', `/customers/${customerB}/timeline`, { token: agent.token })).status).toBe(200);
    const answered = Date.now();
    const rows = await eventually(async () => {
      const found = await t.db.query(`SELECT entity_id FROM audit_events WHERE id > $1 AND is_read AND actor_user_id = $2`, [since, agent.id]);
      return found.length ? found : undefined;
    }, 5_000);
    expect(Date.now() - answered).toBeLessThan(2_000);
    expect(rows).toEqual([{ entity_id: customerB }]);
  });

  it('writes what is still buffered when the API shuts down', async () => {
    const second = await bootApp();
    const since = await mark();
    expect((await second.request('GET', `/customers/${customerB}/overview`, { token: agent.token })).status).toBe(200);
    await second.close(); // no flush by hand: the shutdown does it
    const rows = await t.db.query(`SELECT entity_id FROM audit_events WHERE id > $1 AND is_read AND actor_user_id = $2`, [since, agent.id]);
    expect(rows).toEqual([{ entity_id: customerB }]);
  });
});
