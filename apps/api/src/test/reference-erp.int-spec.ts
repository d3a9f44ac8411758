import type { ChildProcess } from 'node:child_process';
import { Queue } from 'bullmq';
import { CALLBACKS_QUEUE, stageBucketOf, stageJobId } from '@loket/server/callbacks';
import { INTEGRATION_EVENT_TYPES, INTEGRATION_SCOPES } from '@loket/shared/contracts';
import { ALWAYS_OPEN, bootApp, call, callbackAt, createOrg, type TestApp, type TestOrg } from '../testing/harness';
import { eventually, startWorker } from '../testing/processes';
import { erpIds, ndjson, ok, ReferenceErp, type IntegrationEvent } from '../testing/reference-erp';

jest.setTimeout(170_000);
const PREFIX = `${process.env.REDIS_PREFIX ?? 'loket-test'}-erp-${process.pid}`;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SIZE = 10_000;

// Reconcilers every second in this test's worker (production: every 30 s).
const WORKER_ENV = { REDIS_PREFIX: PREFIX, RECONCILE_EVERY_MS: '1000', SMTP_URL: 'smtp://127.0.0.1:9' };

/**
 * Issue 13's "done when", end to end: a corporation's ERP (the reference ERP, a real HTTP server in
 * this process) connects as an integration client, loads its data from nothing through the batch
 * endpoint, subscribes to Loket's webhooks and hears about every contact, case and escalation,
 * signed and in order per customer, also after it was down; it pushes its changes back; and the
 * agent's 360° view shows the contracts and units that came from it. Real API (listening on a port),
 * real worker process, PostgreSQL and Redis. The steps build on each other, in this order.
 */
describe('the reference ERP, connected to Loket', () => {
  let t: TestApp;
  let org: TestOrg;
  let worker: ChildProcess;
  let callbacksQueue: Queue;
  let erp: ReferenceErp;
  let agent: { id: string; token: string };
  let teamId: string;
  /** Loket's id of the ERP's customer i (R-00000i). */
  const loketId = new Map<number, string>();
  /** The change feed's cursor when the ERP subscribed. */
  let feedStart: string;
  const previousPrefix = process.env.REDIS_PREFIX;

  beforeAll(async () => {
    process.env.REDIS_PREFIX = PREFIX;
    [worker, t] = await Promise.all([startWorker(WORKER_ENV), bootApp()]);
    await t.app.listen(0, '127.0.0.1');
    callbacksQueue = new Queue(CALLBACKS_QUEUE, { connection: { url: REDIS_URL }, prefix: PREFIX });
    org = await createOrg(t, 'Woonstichting Referentie');
    const admin = await org.staff(['admin']);
    agent = await org.staff(['agent']);
    const lead = await org.staff(['team_lead']);
    const manager = await org.staff(['admin']);
    [{ id: teamId }] = await t.db.query(`INSERT INTO teams (organization_id, name, lead_id, manager_id) VALUES ($1, 'Klantcontact', $2, $3) RETURNING id`, [org.id, lead.id, manager.id]);
    await t.db.query(`UPDATE users SET team_id = $1, notification_hours = 'any_time' WHERE id = ANY($2::uuid[])`, [teamId, [agent.id, lead.id, manager.id]]);
    expect((await t.request('PUT', '/sla/calendar', { token: admin.token, body: ALWAYS_OPEN })).status).toBe(200);

    // An admin connects the ERP (Beheer → Koppelingen): its client id and secret, shown this once.
    const { clientId, clientSecret } = await org.client([...INTEGRATION_SCOPES]);
    erp = await ReferenceErp.start({ loket: await t.app.getUrl(), credentials: { clientId, clientSecret }, size: SIZE });
  });
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await erp?.close();
    await callbacksQueue?.obliterate({ force: true }).catch(() => undefined);
    await callbacksQueue?.close();
    await t?.close();
    process.env.REDIS_PREFIX = previousPrefix;
  });

  /** Loket's id of customer i, found as an agent finds it: by its customer number (the ERP's klantnummer). */
  async function customer(i: number): Promise<string> {
    if (!loketId.has(i)) {
      const code = erp.corporation.customers[i - 1].body.code;
      const hits = await t.request('GET', `/customers?q=${code}`, { token: agent.token });
      expect(hits.status).toBe(200);
      const hit = (hits.body.items as { id: string; customerNumber: string }[]).find((h) => h.customerNumber === code);
      if (!hit) throw new Error(`customer ${code} not found`);
      loketId.set(i, hit.id);
    }
    return loketId.get(i) as string;
  }
  /** The change feed after `cursor` (from the start without one), to its end: its events in order and the cursor to go on from. */
  async function feed(cursor?: string): Promise<{ events: IntegrationEvent[]; cursor: string }> {
    const events: IntegrationEvent[] = [];
    for (let at = cursor; ; ) {
      const page = await ok(erp.client.GET('/api/v1/integrations/changes', { params: { query: { cursor: at, limit: 1000 } } }), 'GET /integrations/changes');
      events.push(...page.items);
      if (page.items.length < 1000) return { events, cursor: page.nextCursor };
      at = page.nextCursor;
    }
  }

  /** A phone call from customer i about a new question (contact.logged, case.opened), answered at once (case.resolved) or forwarded. */
  async function phoneCall(i: number, subject: string, outcome: 'answered' | 'forwarded' = 'answered') {
    const res = await t.request('POST', '/contacts', {
      token: agent.token,
      body: { customerId: await customer(i), channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject }, summary: `${subject}: gebeld.`, outcome },
    });
    expect(res.status).toBe(201);
    return res.body as { id: string; caseId: string };
  }

  /**
   * Waits until the ERP has heard every event of the change feed after `from` (none lost; the
   * webhook-id is the event's id), then checks that it heard each customer's events in the feed's
   * order, each with its own type, and that every signature was valid. Answers the events.
   */
  async function expectHeardInOrder(from: string): Promise<IntegrationEvent[]> {
    const { events } = await feed(from);
    const byId = new Map(events.map((e) => [e.id, e]));
    const heard = () => erp.received.filter((r) => byId.has(r.webhookId));
    await eventually(() => heard().length === events.length || undefined, 60_000).catch(() => {
      const missing = events.filter((e) => !erp.received.some((r) => r.webhookId === e.id));
      throw new Error(`the ERP did not hear ${missing.length} of ${events.length} events: ${JSON.stringify(missing.map((e) => [e.type, e.customer?.idExtern]))}`);
    });
    /** Event ids per customer (by the ERP's idExtern), in the order given. */
    const perCustomer = (ids: string[]) => {
      const lines: Record<string, string[]> = {};
      for (const id of ids) (lines[byId.get(id)?.customer?.idExtern ?? '-'] ??= []).push(`${byId.get(id)?.type} ${id}`);
      return lines;
    };
    expect(perCustomer(heard().map((r) => r.webhookId))).toEqual(perCustomer(events.map((e) => e.id)));
    expect(heard().filter((r) => r.payload.type !== byId.get(r.webhookId)?.type || r.customer !== byId.get(r.webhookId)?.customer?.idExtern)).toEqual([]);
    expect(erp.forged).toEqual([]);
    return events;
  }

  /** The ERP's deliveries as the delivery log shows them (newest first). */
  async function deliveryLog(status?: 'pending' | 'retrying' | 'delivered' | 'dead') {
    return (await ok(erp.client.GET('/api/v1/webhook-deliveries', { params: { query: { status, limit: 200 } } }), 'GET /webhook-deliveries')).items;
  }

  /**
   * An hour passes for the deliveries waiting for their next attempt: they were first tried an hour
   * earlier and are due now (the webhooks module's retry schedule itself is tested with its own clock).
   * The worker's pump, which runs every second, takes them up.
   */
  async function anHourPasses(): Promise<void> {
    await t.db.query(
      `UPDATE webhook_deliveries
          SET first_attempt_at = first_attempt_at - interval '1 hour', last_attempt_at = last_attempt_at - interval '1 hour', next_attempt_at = now()
        WHERE organization_id = $1 AND status = 'retrying'`,
      [org.id],
    );
  }

  it('loads a corporation from nothing: 10,000 customers, units and contracts in one NDJSON batch', async () => {
    const started = Date.now();
    const job = await erp.load();
    expect(job).toMatchObject({ status: 'done', linesReceived: 3 * SIZE, linesProcessed: 3 * SIZE, created: 3 * SIZE, updated: 0, unchanged: 0, rejected: 0 });
    // Budget: the whole file must stay well under three minutes in `npm test`.
    expect(Date.now() - started).toBeLessThan(120_000);
  });

  it('a second batch with bad lines: each bad line is rejected with its reason, the others go through (unchanged)', async () => {
    const good = erp.corporation.units.slice(0, 3).map((u) => ({ type: 'unit', idExtern: u.idExtern, data: u.body }));
    const lines = [
      ...good,
      '{"type":"unit", this is not JSON',
      { type: 'contract', idExtern: 'HO-BESTAATNIET', data: { ...erp.corporation.contracts[0].body, eenheid: { idExtern: 'E-BESTAATNIET' } } },
      { type: 'unit', idExtern: 'E-FOUTCODE', data: { ...erp.corporation.units[0].body, soort: { code: 'XYZ' } } },
    ];
    const { id } = await erp.client.uploadBatch(ndjson(lines));
    const job = await erp.job(id);
    expect(job).toMatchObject({ status: 'done', created: 0, updated: 0, unchanged: 3, rejected: 3 });
    const rejected = await erp.jobLines(id, 'rejected');
    expect(rejected.map((r) => [r.line, r.problem?.status, r.problem?.errors.map((e) => [e.field, e.code])])).toEqual([
      [4, 400, [['body', 'malformed_json']]],
      [5, 422, [['data.eenheid.idExtern', expect.any(String)]]],
      [6, 400, [['data.soort', 'unknown_vera_code']]],
    ]);
    // The unknown code's message lists the valid ones.
    expect(rejected[2].problem?.errors[0].message).toContain('WOO');
  });

  it('shows the contracts and units that came from the ERP in the 360° view', async () => {
    const i = 42;
    const overview = await call(t, 'get', '/api/v1/customers/{id}/overview', { token: agent.token, params: { id: await customer(i) } });
    expect(overview.status).toBe(200);
    const erpCustomer = erp.corporation.customers[i - 1].body;
    const contract = erp.corporation.contracts[i - 1];
    const unit = erp.corporation.units[i - 1];
    expect(overview.body.customer).toMatchObject({ firstName: erpCustomer.voornaam, lastName: erpCustomer.achternaam, customerNumber: erpCustomer.code });
    expect(overview.body.contracts).toEqual([
      expect.objectContaining({
        externalId: contract.idExtern,
        status: 'active',
        startDate: contract.body.begindatum,
        endDate: null,
        rentCents: Math.round(contract.body.brutohuur * 100),
        unit: expect.objectContaining({ externalId: unit.idExtern, address: expect.objectContaining({ street: unit.body.adres.straatnaam, houseNumber: unit.body.adres.huisnummer }) }),
      }),
    ]);
  });

  it('hears about every contact, case and escalation, signed and in order per customer, also when some deliveries first failed', async () => {
    await erp.subscribe(INTEGRATION_EVENT_TYPES);
    feedStart = (await feed()).cursor;
    // The ERP fails the first three deliveries of a contact: Loket must try again, and keep each customer's order.
    erp.fail(3, (p) => p.type === 'contact.logged');

    // Customer 1 asks a question that is forwarded and answered.
    const q = await phoneCall(1, 'Lekkende kraan', 'forwarded');
    expect((await t.request('POST', `/cases/${q.caseId}/forward`, { token: agent.token, body: { teamId, note: 'Graag een monteur inplannen.' } })).status).toBe(200);
    expect((await t.request('POST', `/cases/${q.caseId}/resolve`, { token: agent.token, body: { answer: 'De monteur komt dinsdag.', send: false } })).status).toBe(200);
    // Customers 2 and 3 call, customer 2 twice.
    await phoneCall(2, 'Huurbetaling');
    await phoneCall(3, 'Geluidsoverlast');
    await phoneCall(2, 'Huurbetaling, nog een vraag');
    // An agent corrects customer 3's details in Loket: the ERP hears of it.
    expect((await t.request('PATCH', `/customers/${await customer(3)}`, { token: agent.token, body: { phoneNumbers: [{ number: '06 2999 0000', label: 'mobile' }] } })).status).toBe(200);
    // Customer 4's callback escalates twice (its moments a few seconds ahead, as if the hours had passed) and is then completed.
    const at = (s: number) => new Date(Date.now() + s * 1000);
    const moments = { reminder: at(1), due: at(2), level2: at(3) };
    const callbackId = await callbackAt(t, agent.token, await customer(4), moments);
    await callbacksQueue.addBulk(
      Object.values(moments).map((m) => ({ name: 'stage-check', data: { bucket: stageBucketOf(m) }, opts: { jobId: stageJobId(stageBucketOf(m)), delay: Math.max(0, stageBucketOf(m) - Date.now()), removeOnComplete: true } })),
    );
    await eventually(async () => ((await t.db.query(`SELECT count(*)::int AS n FROM callback_escalations WHERE callback_id = $1 AND level > 0`, [callbackId]))[0].n === 2 ? true : undefined));
    expect((await t.request('POST', `/callbacks/${callbackId}/complete`, { token: agent.token, body: { result: 'Teruggebeld: opgelost.' } })).status).toBe(200);

    const events = await expectHeardInOrder(feedStart);
    const types = (i: number) => events.filter((e) => e.customer?.idExtern === erpIds.customer(i)).map((e) => e.type);
    expect(types(1)).toEqual(expect.arrayContaining(['contact.logged', 'case.opened', 'case.forwarded', 'case.resolved']));
    expect(types(3)).toContain('customer.updated');
    expect(types(4).filter((x) => x === 'callback.escalated')).toHaveLength(2);
    expect(types(4)).toEqual(expect.arrayContaining(['callback.created', 'callback.completed']));
    // The three refused deliveries were tried again: a 500, then accepted, under the same webhook-id.
    const refused = erp.attempts.filter((a) => a.answered === 500).map((a) => a.webhookId);
    expect(refused).toHaveLength(3);
    for (const id of refused) expect(erp.received.some((r) => r.webhookId === id)).toBe(true);
    // Every request that reached the ERP carried a valid signature.
    expect(erp.attempts.every((a) => a.verified)).toBe(true);

    // The delivery log shows each of them: a 500, then delivered (recorded once the ERP's answer is in).
    const retried = await eventually(async () => {
      const log = await deliveryLog();
      const items = log.filter((d) => refused.includes(d.eventId));
      return items.every((d) => d.status === 'delivered') ? items : undefined;
    });
    expect(retried.map((d) => d.attemptLog.map((a) => a.statusCode))).toEqual(refused.map(() => [500, 204]));
  });

  it('a receiver that was down for an hour gets everything afterwards, in order', async () => {
    const before = (await feed(feedStart)).cursor;
    await erp.goDown();
    await phoneCall(5, 'Sleutel kwijt');
    await phoneCall(1, 'Nog een vraag over de kraan');
    await phoneCall(5, 'Sleutel gevonden');
    // Loket tried, could not connect, and will try again; a customer's later events wait behind the first.
    const waiting = await eventually(async () => {
      const log = await deliveryLog('retrying');
      return log.length >= 2 ? log : undefined;
    }, 30_000);
    expect(waiting.map((d) => [d.lastStatusCode, d.lastError, d.nextAttemptAt === null])).toEqual(waiting.map(() => [null, expect.stringMatching(/connection failed/), false]));
    await erp.comeUp();
    await anHourPasses();
    const events = await expectHeardInOrder(before);
    expect(events.filter((e) => e.type === 'contact.logged').map((e) => e.customer?.idExtern).sort()).toEqual([erpIds.customer(1), erpIds.customer(5), erpIds.customer(5)]);
    // In the delivery log: the failed attempt, then the one that got through.
    await eventually(async () => {
      const log = (await deliveryLog()).filter((d) => waiting.some((w) => w.id === d.id));
      return log.length === waiting.length && log.every((d) => d.status === 'delivered' && d.attemptLog.at(-1)?.statusCode === 204) ? true : undefined;
    });
  });

  it('pushes its changes back: a changed customer (once, however often it is sent), a stale write refused, a contract that ends', async () => {
    const i = 7;
    const first = await erp.updateCustomer(i, { achternaam: 'Jansen-de Vries', emailadres: 'nieuw.adres.7@example.nl' });
    expect(first).toMatchObject({ resultaat: 'updated', etag: `"${first.versie}"` });
    expect(first.wijzigingen.map((w) => w.veld).sort()).toEqual(['achternaam', 'emailadres']);
    // The same body again: one change, not two.
    const again = await erp.updateCustomer(i, {});
    expect(again).toMatchObject({ resultaat: 'unchanged', versie: first.versie, wijzigingen: [] });
    // A write based on an older version is refused.
    const stale = await erp.client.PUT('/api/v1/integrations/customers/{idExtern}', {
      params: { path: { idExtern: erpIds.customer(i) }, header: { 'If-Match': `"${first.versie - 1}"` } },
      body: { ...erp.corporation.customers[i - 1].body, achternaam: 'Oud' },
    });
    expect(stale.response.status).toBe(412);

    // The contract ends (yesterday): it is kept, with its end date, and shown as ended.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await erp.endContract(i, yesterday)).resultaat).toBe('updated');

    const overview = await call(t, 'get', '/api/v1/customers/{id}/overview', { token: agent.token, params: { id: await customer(i) } });
    expect(overview.body.customer).toMatchObject({ lastName: 'Jansen-de Vries', email: 'nieuw.adres.7@example.nl' });
    expect(overview.body.contracts).toEqual([expect.objectContaining({ externalId: erpIds.contract(i), endDate: yesterday, status: 'ended' })]);
  });

  it('an ERP that cannot receive pulls the same: the contacts as VERA contactmomenten', async () => {
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const page = await ok(erp.client.GET('/api/v1/integrations/contactmomenten', { params: { query: { since, limit: 100 } } }), 'GET /integrations/contactmomenten');
    const customer5 = page.items.filter((c) => c.relatie.idExtern === erpIds.customer(5));
    expect(customer5.map((c) => c.tekst).sort()).toEqual(['Sleutel gevonden: gebeld.', 'Sleutel kwijt: gebeld.']);
    expect(customer5[0]).toMatchObject({ kanaal: { code: 'TEL', naam: 'Telefoon' }, richting: { code: 'INK', naam: 'Inkomend' }, onderwerp: expect.stringMatching(/^Sleutel/) });
  });
});
