import { randomUUID } from 'node:crypto';
import { CustomersService } from '@loket/server/customers';
import { ALWAYS_OPEN, bootApp, call, createOrg, customerBody, freezeClock, type Schemas, type TestApp, type TestOrg } from '../testing/harness';
import { eventually } from '../testing/processes';

type User = { id: string; token: string; email: string };
type CustomerRef = Schemas['CustomerRefDto'];

/** Amsterdam wall-clock time (winter) becomes Node's clock, and with it the SQL's. */
const freezeAt = (local: string) => freezeClock(`${local}+01:00`);
/** A Monday morning: every marker below is dated around it. */
const MONDAY = '2026-12-07T10:00:00';

// Several logins (argon2): generous on a busy machine.
jest.setTimeout(30_000);

/**
 * Safety everywhere (R3): every staff row that names a customer carries the customer with the safety
 * markers (AGR, WAN) in force on the clock's day — the case, the case list, the callback and its list,
 * the access log — and the tenant never sees them.
 */
describe('safety markers on every row that names the customer', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: User;
  let agent: User;
  const surname = `Veilig${randomUUID().slice(0, 6)}`;
  /** Per customer: its id, the case and callback made for it. */
  const people: Record<'inForce' | 'expired' | 'future' | 'endsToday' | 'none', { id: string; caseId: string; callbackId: string; fullName: string }> = {} as never;

  const marker = (token: string, customerId: string, body: { code: string; validFrom: string; validUntil?: string | null; note?: string }) =>
    call(t, 'post', '/api/v1/customers/{id}/markers', {
      token, params: { id: customerId }, body: { note: 'Een medewerker bedreigd aan de balie.', ...body } as Schemas['CreateMarkerDto'],
    });

  beforeAll(async () => {
    freezeAt(MONDAY);
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Veilig');
    admin = await org.staff(['admin']);
    agent = await org.staff(['agent']);
    expect((await t.request('PUT', '/sla/calendar', { token: admin.token, body: ALWAYS_OPEN })).status).toBe(200);
    const firstNames = { inForce: 'Karel', expired: 'Eva', future: 'Tom', endsToday: 'Ida', none: 'Nina' } as const;
    for (const [key, firstName] of Object.entries(firstNames) as [keyof typeof people, string][]) {
      const customer = await t.request('POST', '/customers', { token: agent.token, body: customerBody({ firstName, namePrefix: null, lastName: surname }) });
      expect(customer.status).toBe(201);
      const contact = await t.request('POST', '/contacts', {
        token: agent.token,
        body: { customerId: customer.body.id, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject: `Lekkage ${firstName}` }, summary: 'De kraan lekt.', outcome: 'callback_agreed' },
      });
      expect(contact.status).toBe(201);
      const callback = await t.request('POST', '/callbacks', { token: agent.token, body: { customerId: customer.body.id, caseId: contact.body.caseId, contactId: contact.body.id, reason: 'Over de lekkage', confirm: false } });
      expect(callback.status).toBe(201);
      people[key] = { id: customer.body.id, caseId: contact.body.caseId, callbackId: callback.body.id, fullName: `${firstName} ${surname}` };
    }
    // In force since last week, with an ended WAN and a marker that is no safety marker beside it.
    expect((await marker(agent.token, people.inForce.id, { code: 'AGR', validFrom: '2026-12-01' })).status).toBe(201);
    expect((await marker(agent.token, people.inForce.id, { code: 'WAN', validFrom: '2026-06-01', validUntil: '2026-11-30' })).status).toBe(201);
    expect((await marker(agent.token, people.inForce.id, { code: 'ONB', validFrom: '2026-12-01', note: 'Hulp bij formulieren.' })).status).toBe(201);
    // Ended yesterday.
    expect((await marker(agent.token, people.expired.id, { code: 'AGR', validFrom: '2026-10-01', validUntil: '2026-12-06' })).status).toBe(201);
    // From the 20th on.
    expect((await marker(agent.token, people.future.id, { code: 'WAN', validFrom: '2026-12-20' })).status).toBe(201);
    // Its last day is today (the end date is included).
    expect((await marker(agent.token, people.endsToday.id, { code: 'WAN', validFrom: '2026-11-01', validUntil: '2026-12-07' })).status).toBe(201);
  });
  afterEach(() => freezeAt(MONDAY));
  afterAll(async () => {
    jest.useRealTimers();
    await t.close();
  });

  /** The safety markers each customer shows on every staff row that names them, read four ways. */
  async function markersEverywhere(key: keyof typeof people): Promise<CustomerRef['safetyMarkers'][]> {
    const p = people[key];
    const list = await t.request('GET', `/cases?customerId=${p.id}`, { token: agent.token });
    const one = await call(t, 'get', '/api/v1/cases/{id}', { token: agent.token, params: { id: p.caseId } });
    const callbacks = await t.request('GET', `/callbacks?assignee=all&customerId=${p.id}`, { token: agent.token });
    const callback = await call(t, 'get', '/api/v1/callbacks/{id}', { token: agent.token, params: { id: p.callbackId } });
    for (const res of [list, one, callbacks, callback]) expect(res.status).toBe(200);
    const rows: CustomerRef[] = [
      ...(list.body as Schemas['CasePageDto']).items.map((c) => c.customer),
      one.body.customer,
      ...(callbacks.body as Schemas['CallbackPageDto']).items.map((c) => c.customer),
      callback.body.customer,
    ];
    expect(rows).toHaveLength(4);
    for (const ref of rows) expect(ref).toMatchObject({ id: p.id, fullName: p.fullName, customerNumber: expect.any(String) });
    return rows.map((ref) => ref.safetyMarkers);
  }

  it.each([
    ['a marker in force', 'inForce', ['AGR']],
    ['a marker that ended yesterday', 'expired', []],
    ['a marker that starts on the 20th', 'future', []],
    ['a marker whose last day is today', 'endsToday', ['WAN']],
    ['no marker at all', 'none', []],
  ] as const)('on Monday 7 December, %s: cases, the case, callbacks and the callback show %j', async (_label, key, expected) => {
    expect(await markersEverywhere(key)).toEqual([expected, expected, expected, expected]);
  });

  it('the day is the clock\'s: on the 8th the WAN of today has ended, on the 21st the future one is in force', async () => {
    freezeAt('2026-12-08T09:00:00');
    expect(await markersEverywhere('endsToday')).toEqual([[], [], [], []]);
    freezeAt('2026-12-21T09:00:00');
    expect(await markersEverywhere('future')).toEqual([['WAN'], ['WAN'], ['WAN'], ['WAN']]);
    expect(await markersEverywhere('inForce')).toEqual([['AGR'], ['AGR'], ['AGR'], ['AGR']]);
  });

  it('a marker ended through the API disappears from the rows at once', async () => {
    const extra = await t.request('POST', '/customers', { token: agent.token, body: customerBody({ firstName: 'Otto', namePrefix: null, lastName: surname }) });
    const contact = await t.request('POST', '/contacts', {
      token: agent.token,
      body: { customerId: extra.body.id, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject: 'Otto' }, summary: 'Vraag.', outcome: 'forwarded' },
    });
    const made = await marker(agent.token, extra.body.id, { code: 'AGR', validFrom: '2026-12-01' });
    const shown = async () => (await call(t, 'get', '/api/v1/cases/{id}', { token: agent.token, params: { id: contact.body.caseId } })).body.customer.safetyMarkers;
    expect(await shown()).toEqual(['AGR']);
    const ended = await t.request('PATCH', `/customers/${extra.body.id}/markers/${made.body.id}`, { token: agent.token, body: { validUntil: '2026-12-06' } });
    expect(ended.status).toBe(200);
    expect(await shown()).toEqual([]);
  });

  it('one batch of customers per page, however many rows (no query per row)', async () => {
    const refs = jest.spyOn(t.app.get(CustomersService), 'refs');
    try {
      const cases = await t.request('GET', '/cases?limit=50', { token: agent.token });
      expect(cases.status).toBe(200);
      expect(cases.body.items.length).toBeGreaterThanOrEqual(5);
      expect(refs).toHaveBeenCalledTimes(1);
      refs.mockClear();
      const callbacks = await t.request('GET', '/callbacks?assignee=all', { token: agent.token });
      expect(callbacks.body.items.length).toBeGreaterThanOrEqual(5);
      expect(refs).toHaveBeenCalledTimes(1);
      const karel = callbacks.body.items.find((c: Schemas['CallbackDto']) => c.customerId === people.inForce.id);
      expect(karel.customer.safetyMarkers).toEqual(['AGR']);
      expect(callbacks.body.items.find((c: Schemas['CallbackDto']) => c.customerId === people.none.id).customer.safetyMarkers).toEqual([]);
    } finally {
      refs.mockRestore();
    }
  });

  it('the access log of an employee names each customer with the markers in force', async () => {
    await t.request('GET', `/cases?customerId=${people.inForce.id}`, { token: agent.token });
    await t.request('GET', `/cases?customerId=${people.expired.id}`, { token: agent.token });
    // Reads are written to the log within moments: wait until both are there.
    const rows = await eventually(async () => {
      const log = await t.request('GET', `/access-log?userId=${agent.id}&limit=100`, { token: admin.token });
      expect(log.status).toBe(200);
      const items = (log.body as Schemas['EmployeeAccessPageDto']).items;
      const seen = new Set(items.map((r) => r.customer?.id));
      return seen.has(people.inForce.id) && seen.has(people.expired.id) ? items : undefined;
    }, 5_000);
    const karel = rows.find((r) => r.customer?.id === people.inForce.id);
    expect(karel?.customer).toEqual({ id: people.inForce.id, fullName: people.inForce.fullName, customerNumber: expect.any(String), safetyMarkers: ['AGR'] });
    expect(rows.find((r) => r.customer?.id === people.expired.id)?.customer?.safetyMarkers).toEqual([]);
  });

  it('the tenant never sees the marker: no customer reference on the portal\'s cases or file', async () => {
    const tenant = await org.tenant(people.inForce.id);
    const cases = await t.request('GET', '/portal/cases', { token: tenant.token });
    const one = await t.request('GET', `/portal/cases/${people.inForce.caseId}`, { token: tenant.token });
    const file = await t.request('GET', '/portal/file', { token: tenant.token });
    const callbacks = await t.request('GET', '/portal/callbacks', { token: tenant.token });
    for (const res of [cases, one, file, callbacks]) expect(res.status).toBe(200);
    for (const res of [cases, one, file, callbacks]) {
      expect(JSON.stringify(res.body)).not.toMatch(/safetyMarkers|"AGR"/);
    }
    expect(one.body).not.toHaveProperty('customer');
  });

  it('another organization sees neither the case nor the callback, nor their customer', async () => {
    const other = await createOrg(t, 'Woonstichting Anders');
    const stranger = await other.staff(['agent']);
    expect((await call(t, 'get', '/api/v1/cases/{id}', { token: stranger.token, params: { id: people.inForce.caseId } })).status).toBe(404);
    expect((await call(t, 'get', '/api/v1/callbacks/{id}', { token: stranger.token, params: { id: people.inForce.callbackId } })).status).toBe(404);
    const list = await t.request('GET', `/cases?customerId=${people.inForce.id}`, { token: stranger.token });
    expect(list.body.items ?? []).toEqual([]);
    const callbacks = await t.request('GET', `/callbacks?assignee=all&customerId=${people.inForce.id}`, { token: stranger.token });
    expect(callbacks.body.items ?? []).toEqual([]);
    // The batch itself is scoped: asked by another organization, the customer is not there.
    expect((await t.app.get(CustomersService).refs(other.id, [people.inForce.id])).size).toBe(0);
  });
});
