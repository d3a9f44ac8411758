import { AccessLog, inTransaction } from '@loket/server/platform';
import { CallbacksProcessor } from '@loket/server/callbacks';
import { ExternalRecordsService } from '@loket/server/customers';
import { bootApp, call, createOrg, customerBody, freezeClock, type Schemas, type TestApp, type TestOrg } from '../testing/harness';
import { eventually } from '../testing/processes';

/**
 * A worker's processor made from the API's providers (the API provides everything it needs), so the
 * test runs the worker's set-based sweep at the moments it chooses, without a BullMQ worker.
 */
function workerPart<T>(t: TestApp, type: new (...args: never[]) => T): T {
  const params: unknown[] = Reflect.getMetadata('design:paramtypes', type) ?? [];
  const tokens: { index: number; param: unknown }[] = Reflect.getMetadata('self:paramtypes', type) ?? [];
  const deps = params.map((p, i) => t.app.get((tokens.find((x) => x.index === i)?.param ?? p) as never, { strict: false }));
  return new type(...(deps as never[]));
}

jest.setTimeout(60_000);

type Change = Schemas['ChangeDto'];
type Page = Schemas['ChangePageDto'];
type Contactmoment = Schemas['ContactmomentDto'];

/**
 * The events that leave Loket (the publishing side) and the pull for ERPs that cannot receive:
 * each event is published once, by its cause, in the cause's transaction (none when it rolls back),
 * in one order per customer; the change feed pages without gaps or repeats; contacts read as VERA
 * Contactmomenten; organizations, scopes and people are kept apart.
 */
describe('integration events and the pull for ERPs', () => {
  let t: TestApp;
  /** The worker's escalation sweep, made in the API's callbacks module: the test calls it at the moments it chooses. */
  let sweep: CallbacksProcessor;
  let org: TestOrg;
  let agent: { id: string; token: string };
  let admin: { id: string; token: string };
  let reader: { id: string; token: string };
  let teamId: string;
  let customerId: string;
  let customerNumber: string;
  const NOW = '2026-12-07T10:00:00+01:00'; // Monday, the office is open

  beforeAll(async () => {
    freezeClock(NOW);
    t = await bootApp();
    sweep = workerPart(t, CallbacksProcessor);
    org = await createOrg(t, 'Woonstichting Gebeurtenis');
    agent = await org.staff(['agent']);
    admin = await org.staff(['admin']);
    reader = await org.client(['wijzigingen.read', 'contactmomenten.read']);
    [{ id: teamId }] = await t.db.query(`INSERT INTO teams (organization_id, name) VALUES ($1, 'Wonen') RETURNING id`, [org.id]);
    const made = await call(t, 'post', '/api/v1/customers', {
      token: agent.token,
      body: customerBody({ firstName: 'Ilse', namePrefix: null, lastName: 'Koster', email: `ilse-${Date.now()}@example.nl`, phoneNumbers: [{ number: '06-12345678', label: 'mobile' }] }) as never,
    });
    customerId = made.body.id;
    customerNumber = made.body.customerNumber;
    // The ERP linked this customer to its own relatie.
    await t.db.query(`UPDATE customers SET external_id = 'REL-4711' WHERE id = $1`, [customerId]);
  });
  afterEach(() => freezeClock(NOW));
  afterAll(async () => {
    jest.useRealTimers();
    await t?.close();
  });

  const changes = async (token: string, q: { cursor?: string; limit?: number; types?: string } = {}) => {
    const query = new URLSearchParams(Object.entries(q).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)])).toString();
    return t.request('GET', `/integrations/changes${query ? `?${query}` : ''}`, { token }) as Promise<{ status: number; body: Page }>;
  };
  /**
   * Waits until the feed shows every event this organization's committed transactions wrote. (The feed
   * holds back events while an older transaction anywhere in the cluster is still running, so that no
   * cursor skips a late commit; other suites on this machine may run one for a moment.)
   */
  const settled = async () => {
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM integration_events WHERE organization_id = $1`, [org.id]);
    await eventually(async () => (await changes(reader.token, { limit: 1000 })).body.items.length >= Math.min(n, 1000));
  };
  /** Everything after the cursor, to the end; the cursor to continue from. */
  const drain = async (cursor?: string, limit = 1000): Promise<{ items: Change[]; cursor: string }> => {
    await settled();
    const items: Change[] = [];
    for (;;) {
      const page = await changes(reader.token, { cursor, limit });
      expect(page.status).toBe(200);
      items.push(...page.body.items);
      if (page.body.items.length === 0) return { items, cursor: page.body.nextCursor };
      cursor = page.body.nextCursor;
    }
  };
  let position: string;
  /** Every event seen by `since`, in the order seen. */
  const seen: Change[] = [];
  /** The events since the last look. */
  const since = async (): Promise<Change[]> => {
    const { items, cursor } = await drain(position);
    position = cursor;
    seen.push(...items);
    return items;
  };
  const contact = (body: Record<string, unknown>) =>
    call(t, 'post', '/api/v1/contacts', {
      token: agent.token,
      body: { customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', summary: 'Kraan lekt in de badkamer.', outcome: 'forwarded', ...body } as never,
    });

  it('publishes each event once, by its cause, in order, with VERA data and no staff-only text', async () => {
    position = (await drain()).cursor;

    // A phone call opens a question: the case, then the contact.
    const first = await contact({ newCase: { subject: 'Lekkage badkamer' }, internalNote: 'GEHEIM-1 klant was boos' });
    expect(first.status).toBe(201);
    const caseId = first.body.caseId;
    let got = await since();
    expect(got.map((e) => e.type)).toEqual(['case.opened', 'contact.logged']);
    expect(got.every((e) => e.customer?.id === customerId && e.customer?.idExtern === 'REL-4711')).toBe(true);
    expect(got[0].data).toMatchObject({
      zaak: { id: caseId }, relatie: { id: customerId, idExtern: 'REL-4711' }, status: 'open', onderwerp: 'Lekkage badkamer', soort: { code: 'reparatie' },
      geopendOp: new Date(NOW).toISOString(),
    });
    expect(got[1].data).toEqual({
      id: first.body.id, datum: new Date(NOW).toISOString(), geregistreerdOp: new Date(NOW).toISOString(),
      kanaal: { code: 'TEL', naam: 'Telefoon' }, loketKanaal: 'phone', richting: { code: 'INK', naam: 'Inkomend' },
      soort: { code: 'reparatie', naam: expect.any(String) }, onderwerp: 'Lekkage badkamer', tekst: 'Kraan lekt in de badkamer.', uitkomst: 'forwarded',
      relatie: { id: customerId, idExtern: 'REL-4711' }, zaak: { id: caseId },
    });

    // Forwarded to a team: the hand-off note is for colleagues only.
    const forwarded = await call(t, 'post', '/api/v1/cases/{id}/forward', { token: agent.token, params: { id: caseId }, body: { teamId, note: 'GEHEIM-2 graag vandaag nog' } });
    expect(forwarded.status).toBe(200);
    got = await since();
    expect(got.map((e) => e.type)).toEqual(['case.forwarded']);
    expect(got[0].data).toMatchObject({ zaak: { id: caseId }, status: 'open', team: { id: teamId, naam: 'Wonen' }, naarMedewerker: false });

    // A social-media message answers it: kanaal null beside the Loket channel, then the case is resolved.
    const answer = await contact({ caseId, channel: 'social', direction: 'outbound', summary: 'Loodgieter komt dinsdag.', outcome: 'answered', internalNote: 'GEHEIM-3' });
    expect(answer.status).toBe(201);
    got = await since();
    expect(got.map((e) => e.type)).toEqual(['contact.logged', 'case.resolved']);
    expect(got[0].data).toMatchObject({ kanaal: null, loketKanaal: 'social', richting: { code: 'UIT', naam: 'Uitgaand' }, tekst: 'Loodgieter komt dinsdag.', uitkomst: 'answered' });
    expect(got[1].data).toMatchObject({ zaak: { id: caseId }, status: 'resolved', opgelostOp: new Date(NOW).toISOString(), aantalContacten: 2 });

    // A callback on a new question, its two escalations (the worker's sweep) and the call that completes it.
    const second = await contact({ newCase: { subject: 'Cv-ketel' }, outcome: 'callback_agreed' });
    const callback = await call(t, 'post', '/api/v1/callbacks', { token: agent.token, body: { customerId, caseId: second.body.caseId, reason: 'GEHEIM-4 over de ketel', teamId, confirm: false } });
    expect(callback.status).toBe(201);
    got = await since();
    expect(got.map((e) => e.type)).toEqual(['case.opened', 'contact.logged', 'callback.created']);
    expect(got[2].data).toMatchObject({
      id: callback.body.id, relatie: { id: customerId, idExtern: 'REL-4711' }, zaak: { id: second.body.caseId }, status: 'scheduled',
      team: { id: teamId, naam: 'Wonen' }, uiterlijk: callback.body.dueAt, vanaf: callback.body.windowStart, doorKlantGevraagd: false,
    });
    const [moments] = await t.db.query(`SELECT due_at, level2_at FROM callbacks WHERE id = $1`, [callback.body.id]);
    await sweep.runStages(new Date(moments.due_at));
    await sweep.runStages(new Date(moments.due_at)); // a second run finds nothing new
    await sweep.runStages(new Date(moments.level2_at));
    got = await since();
    expect(got.map((e) => [e.type, (e.data as { niveau?: number }).niveau])).toEqual([['callback.escalated', 1], ['callback.escalated', 2]]);
    expect(got[1].data).toMatchObject({ id: callback.body.id, zaak: { id: second.body.caseId }, nieuweVerwachting: expect.any(String), geescaleerdOp: new Date(moments.level2_at).toISOString() });

    const done = await call(t, 'post', '/api/v1/callbacks/{id}/complete', { token: agent.token, params: { id: callback.body.id }, body: { result: 'Monteur komt morgen.', resolved: true } });
    expect(done.status).toBe(200);
    got = await since();
    expect(got.map((e) => e.type)).toEqual(['contact.logged', 'case.resolved', 'callback.completed']);
    expect(got[0].data).toMatchObject({ kanaal: { code: 'TEL' }, richting: { code: 'UIT' }, tekst: 'Monteur komt morgen.', zaak: { id: second.body.caseId } });
    expect(got[2].data).toMatchObject({ id: callback.body.id, status: 'completed', opgelost: true, aantalPogingen: 0 });

    // Staff resolve a question with an answer that goes out by e-mail: the case is resolved, the answer is an outbound contact.
    const third = await contact({ newCase: { subject: 'Huurverhoging' }, topic: 'huurtoeslag' });
    await since();
    const resolved = await call(t, 'post', '/api/v1/cases/{id}/resolve', { token: agent.token, params: { id: third.body.caseId }, body: { answer: 'De huur stijgt per 1 juli.' } });
    expect(resolved.status).toBe(200);
    got = await since();
    expect(got.map((e) => e.type)).toEqual(['case.resolved', 'contact.logged']);
    expect(got[1].data).toMatchObject({ kanaal: { code: 'EMA', naam: 'E-mail' }, richting: { code: 'UIT' }, tekst: 'De huur stijgt per 1 juli.', uitkomst: 'answered' });

    // Changes to the customer made in Loket: staff, a marker (no code, no note), the tenant in Mijn Loket.
    expect((await call(t, 'patch', '/api/v1/customers/{id}', { token: agent.token, params: { id: customerId }, body: { email: 'ilse.nieuw@example.nl', lastName: 'Koster-Bos' } })).status).toBe(200);
    expect((await call(t, 'patch', '/api/v1/customers/{id}', { token: agent.token, params: { id: customerId }, body: { attitude: 'consumer' } })).status).toBe(200);
    expect((await call(t, 'post', '/api/v1/customers/{id}/markers', { token: agent.token, params: { id: customerId }, body: { code: 'AGR', note: 'GEHEIM-5 dreigde' } })).status).toBe(201);
    const tenant = await org.tenant(customerId);
    expect((await t.request('PATCH', '/portal/preferences', { token: tenant.token, body: { preferredChannel: 'whatsapp', phoneNumbers: [{ number: '06-87654321' }] } })).status).toBe(200);
    got = await since();
    expect(got.map((e) => e.data)).toEqual([
      { relatie: { id: customerId, idExtern: 'REL-4711' }, door: 'medewerker', gewijzigd: ['achternaam', 'email'], contactgegevens: { email: 'ilse.nieuw@example.nl' }, gewist: false },
      { relatie: { id: customerId, idExtern: 'REL-4711' }, door: 'medewerker', gewijzigd: ['signaleringen'], contactgegevens: null, gewist: false },
      {
        relatie: { id: customerId, idExtern: 'REL-4711' }, door: 'huurder', gewijzigd: ['telefoonnummers', 'voorkeurskanaal'],
        contactgegevens: { telefoonnummers: ['+31687654321'], voorkeurskanaal: { code: 'APP', naam: 'Whatsapp' } }, gewist: false,
      },
    ]);
    expect(got.every((e) => e.type === 'customer.updated')).toBe(true);

    // Nothing staff-only ever left: no internal note, hand-off note, callback reason or marker note.
    const everything = JSON.stringify((await drain()).items);
    expect(everything).not.toMatch(/GEHEIM/);
    // The customer's events, read from the start, are exactly those seen step by step, each once, in the order of their causes.
    const all = (await drain()).items.filter((e) => e.customer?.id === customerId);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(all.map((e) => e.id)).toEqual(seen.map((e) => e.id));
  });

  it('publishes nothing when the use case rolls back (a refused callback in POST /contacts)', async () => {
    position = (await drain()).cursor;
    const refused = await contact({ newCase: { subject: 'Lekkage' }, outcome: 'callback_agreed', callback: { reason: 'Over de lekkage', at: '2026-12-13T10:00:00+01:00' } });
    expect(refused.status).toBe(400);
    expect(await since()).toEqual([]);
    const closedCase = await contact({ newCase: { subject: 'Dicht' }, outcome: 'answered' });
    await call(t, 'patch', '/api/v1/cases/{id}', { token: agent.token, params: { id: closedCase.body.caseId }, body: { status: 'closed' } });
    await since();
    // A contact on a closed case is refused (409): no contact.logged.
    expect((await contact({ caseId: closedCase.body.caseId })).status).toBe(409);
    expect(await since()).toEqual([]);
  });

  it('does not echo the ERP its own changes: upserts publish no customer.updated', async () => {
    position = (await drain()).cursor;
    const upserts = t.app.get(ExternalRecordsService);
    const erp = { organizationId: org.id, actorId: reader.id, actorKind: 'client' };
    const relatie = (email: string) => ({
      externalId: 'REL-9001', customerNumber: null, initials: 'B.', firstName: 'Bram', namePrefix: null, lastName: 'Vos', birthDate: null, email, phones: [],
      address: null, householdRole: 'HUU', endDate: null,
    });
    const created = await inTransaction(() => upserts.upsertCustomers(erp, [relatie(`bram-${Date.now()}@example.nl`)]));
    const updated = await inTransaction(() => upserts.upsertCustomers(erp, [relatie(`bram.vos-${Date.now()}@example.nl`)]));
    expect([created[0].result, updated[0].result]).toEqual(['created', 'updated']);
    expect((await since()).filter((e) => e.type === 'customer.updated')).toEqual([]);
  });

  it('pages the feed without gaps or repeats; the cursor stays put when nothing is new; types filter', async () => {
    const whole = await drain();
    expect(whole.items.length).toBeGreaterThan(10);
    let cursor: string | undefined;
    const paged: Change[] = [];
    for (;;) {
      const page = await changes(reader.token, { cursor, limit: 3 });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(3);
      paged.push(...page.body.items);
      if (page.body.items.length === 0) {
        expect(page.body.nextCursor).toBe(cursor);
        break;
      }
      cursor = page.body.nextCursor;
    }
    expect(paged.map((e) => e.id)).toEqual(whole.items.map((e) => e.id));
    // Polling again with the last cursor: nothing, and the same cursor.
    const again = await changes(reader.token, { cursor: whole.cursor });
    expect(again.body).toEqual({ items: [], nextCursor: whole.cursor });
    // A new event after it shows up on the next poll.
    await contact({ newCase: { subject: 'Nog een vraag' } });
    await settled();
    const next = await changes(reader.token, { cursor: whole.cursor });
    expect(next.body.items.map((e) => e.type)).toEqual(['case.opened', 'contact.logged']);

    const onlyCases = await changes(reader.token, { types: 'case.opened,case.resolved', limit: 1000 });
    expect(new Set(onlyCases.body.items.map((e) => e.type))).toEqual(new Set(['case.opened', 'case.resolved']));
    const repeated = await t.request('GET', '/integrations/changes?types=case.opened&types=case.resolved&limit=1000', { token: reader.token });
    expect((repeated.body as Page).items.map((e) => e.id)).toEqual(onlyCases.body.items.map((e) => e.id));
  });

  it.each([
    { query: 'cursor=niet-van-ons', field: 'cursor', code: 'not_a_cursor' },
    { query: `cursor=${Buffer.from(JSON.stringify({ at: '2026-01-01T00:00:00Z', id: '00000000-0000-0000-0000-000000000000' })).toString('base64url')}`, field: 'cursor', code: 'not_a_cursor' },
    { query: 'types=case.deleted', field: 'types', code: 'unknown_value' },
    { query: 'limit=0', field: 'limit', code: 'out_of_range' },
    { query: 'limit=1001', field: 'limit', code: 'out_of_range' },
  ])('GET /integrations/changes?$query → 400 naming $field', async ({ query, field, code }) => {
    const res = await t.request('GET', `/integrations/changes?${query}`, { token: reader.token });
    expect(res.status).toBe(400);
    expect((res.body as { errors: { field: string; code: string }[] }).errors).toEqual([expect.objectContaining({ field: expect.stringContaining(field), code })]);
  });

  it('lists contacts as VERA Contactmomenten, in the order logged, from `since`, paged without gaps', async () => {
    const all: Contactmoment[] = [];
    let cursor: string | undefined;
    for (;;) {
      const res = await t.request('GET', `/integrations/contactmomenten?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { token: reader.token });
      expect(res.status).toBe(200);
      const page = res.body as Schemas['ContactmomentPageDto'];
      all.push(...page.items);
      expect(typeof page.nextCursor).toBe('string');
      if (page.items.length === 0) {
        expect(page.nextCursor).toBe(cursor);
        break;
      }
      cursor = page.nextCursor;
    }
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM contacts WHERE organization_id = $1`, [org.id]);
    expect(all).toHaveLength(n);
    expect(new Set(all.map((m) => m.id)).size).toBe(n);
    expect(all.map((m) => m.geregistreerdOp)).toEqual([...all.map((m) => m.geregistreerdOp)].sort());
    const first = all.find((m) => m.onderwerp === 'Lekkage badkamer' && m.richting.code === 'INK') as Contactmoment;
    expect(first).toMatchObject({
      kanaal: { code: 'TEL', naam: 'Telefoon' }, loketKanaal: 'phone', richting: { code: 'INK', naam: 'Inkomend' }, tekst: 'Kraan lekt in de badkamer.',
      relatie: { id: customerId, idExtern: 'REL-4711' }, soort: { code: 'reparatie' }, datum: new Date(NOW).toISOString(),
    });
    expect(Object.keys(first).sort()).toEqual(['datum', 'geregistreerdOp', 'id', 'kanaal', 'loketKanaal', 'onderwerp', 'relatie', 'richting', 'soort', 'tekst', 'uitkomst', 'zaak']);
    expect(JSON.stringify(all)).not.toMatch(/GEHEIM/);

    // Logged later: only what was logged on or after `since`.
    freezeClock('2026-12-08T09:00:00+01:00');
    const later = await contact({ newCase: { subject: 'Later' }, summary: 'Een dag later.' });
    const recent = await t.request('GET', `/integrations/contactmomenten?since=${encodeURIComponent('2026-12-08T00:00:00+01:00')}`, { token: reader.token });
    expect((recent.body as Schemas['ContactmomentPageDto']).items.map((m) => m.id)).toEqual([later.body.id]);
    const bad = await t.request('GET', '/integrations/contactmomenten?since=gisteren', { token: reader.token });
    expect(bad.status).toBe(400);
    expect((bad.body as { errors: { field: string }[] }).errors[0].field).toBe('since');
  });

  it('puts every read on record, with the client as the one who read', async () => {
    await t.request('GET', '/integrations/contactmomenten?limit=5', { token: reader.token });
    await changes(reader.token, { limit: 5 });
    await t.app.get(AccessLog).flush();
    const rows = await t.db.query(
      `SELECT DISTINCT details->>'view' AS view FROM audit_events WHERE organization_id = $1 AND actor_user_id = $2 AND is_read AND entity_id = $3 ORDER BY 1`,
      [org.id, reader.id, customerId],
    );
    expect(rows.map((r: { view: string }) => r.view)).toEqual(['changes', 'contactmomenten']);
  });

  it('keeps organizations apart, needs the scope, and refuses people', async () => {
    const other = await createOrg(t, 'Wooncorporatie Elders');
    const stranger = await other.client(['wijzigingen.read', 'contactmomenten.read']);
    const feed = await t.request('GET', '/integrations/changes?limit=1000', { token: stranger.token });
    expect(feed.status).toBe(200);
    expect((feed.body as Page).items).toEqual([]);
    const moments = await t.request('GET', '/integrations/contactmomenten', { token: stranger.token });
    expect(moments.status).toBe(200);
    expect((moments.body as Schemas['ContactmomentPageDto']).items).toEqual([]);
    // Our cursor in their hands is only a position: still none of our events.
    const ours = (await drain()).items;
    const mid = await changes(reader.token, { limit: 1 });
    const theirs = await t.request('GET', `/integrations/changes?cursor=${mid.body.nextCursor}`, { token: stranger.token });
    expect((theirs.body as Page).items.filter((e) => ours.some((o) => o.id === e.id))).toEqual([]);

    const feedOnly = await org.client(['wijzigingen.read']);
    const momentsOnly = await org.client(['contactmomenten.read']);
    const writer = await org.client(['relaties.write']);
    expect((await t.request('GET', '/integrations/contactmomenten', { token: feedOnly.token })).status).toBe(403);
    expect((await t.request('GET', '/integrations/changes', { token: momentsOnly.token })).status).toBe(403);
    expect((await t.request('GET', '/integrations/changes', { token: writer.token })).status).toBe(403);
    expect((await t.request('GET', '/integrations/contactmomenten', { token: writer.token })).status).toBe(403);
    for (const person of [admin, agent]) {
      expect((await t.request('GET', '/integrations/changes', { token: person.token })).status).toBe(403);
      expect((await t.request('GET', '/integrations/contactmomenten', { token: person.token })).status).toBe(403);
    }
    expect((await t.request('GET', '/integrations/changes')).status).toBe(401);
  });

  it('an erasure is published with ids only, and empties the customer’s words in earlier events', async () => {
    position = (await drain()).cursor;
    const erased = await t.request('POST', `/customers/${customerId}/erase`, { token: admin.token, body: { customerNumber } });
    expect(erased.status).toBe(200);
    const got = await since();
    expect(got.map((e) => [e.type, e.data])).toEqual([
      ['customer.updated', { relatie: { id: customerId, idExtern: 'REL-4711' }, door: 'medewerker', gewijzigd: [], contactgegevens: null, gewist: true }],
    ]);
    const history = JSON.stringify((await drain()).items.filter((e) => e.customer?.id === customerId));
    expect(history).not.toMatch(/Kraan lekt|Lekkage badkamer|ilse\.nieuw|31687654321/);
    // Erasing again publishes nothing more.
    expect((await t.request('POST', `/customers/${customerId}/erase`, { token: admin.token, body: { customerNumber } })).status).toBe(200);
    expect(await since()).toEqual([]);
  });
});
