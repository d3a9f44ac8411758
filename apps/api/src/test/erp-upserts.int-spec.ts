import { bootApp, createOrg, customerBody, integrationToken, TestApp, TestOrg } from '../testing/harness';

/** The ERP's upserts keyed by its own ids: PUT /integrations/{customers,units,contracts}/{idExtern}. */
describe('ERP upserts (PUT by idExtern)', () => {
  let t: TestApp;
  let org: TestOrg;
  let erp: string;
  let agent: string;
  beforeAll(async () => {
    t = await bootApp();
    org = await createOrg(t);
    erp = await integrationToken(org, ['relaties.write', 'relaties.read', 'vastgoed.write', 'overeenkomsten.write']);
    agent = (await org.staff(['agent'])).token;
  });
  afterAll(() => t.close());

  const relatie = (overrides: Record<string, unknown> = {}) => ({
    voornaam: 'Fatma', achternaam: 'Yılmaz', voorletters: 'F.', geboortedatum: '1961-08-14', emailadres: 'Fatma.Yilmaz@example.nl',
    telefoonnummers: ['06-12340001'], rol: 'HUU',
    adres: { straatnaam: 'Lindelaan', huisnummer: 12, huisletter: 'a', postcode: '5161 ab', woonplaats: 'Sprang-Capelle' },
    ...overrides,
  });
  const eenheid = (overrides: Record<string, unknown> = {}) => ({
    soort: 'WOO', detailSoort: { code: 'TUS', naam: 'Tussenwoning' }, adres: { straatnaam: 'Lindelaan', huisnummer: 12, huisletter: 'A', postcode: '5161AB', woonplaats: 'Sprang-Capelle' },
    ...overrides,
  });
  const put = (path: string, body: unknown, token = erp, headers: Record<string, string> = {}) => t.request('PUT', `/integrations/${path}`, { token, body, headers });

  it('creates a relatie (201, ETag), answers unchanged for the same body, updates with If-Match, refuses a stale If-Match (412)', async () => {
    const created = await put('customers/R-100', relatie());
    expect(created.status).toBe(201);
    expect(created.headers['etag']).toBe('"1"');
    expect(created.body).toMatchObject({ resultaat: 'created', idExtern: 'R-100', versie: 1 });
    expect(created.body.wijzigingen).toEqual(expect.arrayContaining([{ veld: 'achternaam', oud: null, nieuw: 'Yılmaz' }, { veld: 'telefoonnummers', oud: null, nieuw: ['+31612340001'] }]));

    const same = await put('customers/R-100', relatie());
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ resultaat: 'unchanged', versie: 1, wijzigingen: [] });

    const moved = await put('customers/R-100', relatie({ adres: { straatnaam: 'Kerkstraat', huisnummer: 3, postcode: '5161AC', woonplaats: 'Sprang-Capelle' } }), erp, { 'if-match': '"1"' });
    expect(moved.status).toBe(200);
    expect(moved.headers['etag']).toBe('"2"');
    expect(moved.body.wijzigingen).toEqual(expect.arrayContaining([{ veld: 'adres.straatnaam', oud: 'Lindelaan', nieuw: 'Kerkstraat' }, { veld: 'adres.huisletter', oud: 'A', nieuw: null }]));

    const stale = await put('customers/R-100', relatie({ voornaam: 'Fatima' }), erp, { 'if-match': '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect(stale.body).toMatchObject({ status: 412, type: expect.stringContaining('precondition-failed') });
    expect(stale.body.detail).toContain('2');

    // The customer staff see: ERP-nummer, the new address; the history names the client and the fields, old → new.
    const history = await t.request('GET', '/integrations/customers/R-100/history', { token: erp });
    expect(history.status).toBe(200);
    expect(history.body).toMatchObject({ idExtern: 'R-100', versie: 2 });
    expect(history.body.items.map((h: { versie: number; actie: string; doorSoort: string }) => [h.versie, h.actie, h.doorSoort])).toEqual([[2, 'updated', 'client'], [1, 'created', 'client']]);
    const record = await t.request('GET', `/customers/${created.body.id}`, { token: agent });
    expect(record.body).toMatchObject({ externalId: 'R-100', fullName: 'Fatma Yılmaz', address: { street: 'Kerkstraat', postcode: '5161 AC' } });
  });

  it('refuses bad input with 400 naming the VERA field: an unknown VERA code lists the valid ones', async () => {
    const res = await put('customers/R-101', relatie({ rol: 'XYZ', adres: { straatnaam: 'A', huisnummer: 1, postcode: '0000 AA', woonplaats: 'B' }, telefoonnummers: ['12'] }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'rol', code: 'unknown_vera_code', message: expect.stringContaining('HUU') })]));
    const unit = await put('units/E-bad', eenheid({ soort: 'HUIS' }));
    expect(unit.status).toBe(400);
    expect(unit.body.errors[0]).toMatchObject({ field: 'soort', code: 'unknown_vera_code' });
    const mapped = await put('customers/R-101', relatie({ adres: { straatnaam: 'A', huisnummer: 1, postcode: '0000 AA', woonplaats: 'B' }, telefoonnummers: ['12'] }));
    expect(mapped.status).toBe(400);
    expect(mapped.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['adres.postcode', 'telefoonnummers[0]']);
    const badId = await put(`customers/${'x'.repeat(65)}`, relatie());
    expect(badId.status).toBe(400);
    expect(badId.body.errors[0]).toMatchObject({ field: 'idExtern' });
  });

  it('links a customer staff made by hand (one match), and reports a conflict (409) naming which field matched which customer number', async () => {
    const hand = await t.request('POST', '/customers', { token: agent, body: customerBody({ email: 'joost.hand@example.nl', phoneNumbers: [{ number: '06-29870001' }] }) });
    const other = await t.request('POST', '/customers', { token: agent, body: customerBody({ email: 'anna.other@example.nl', phoneNumbers: [{ number: '06-29870002' }] }) });
    const linked = await put('customers/R-200', relatie({ voornaam: 'Joost', emailadres: 'JOOST.HAND@example.nl', telefoonnummers: ['+31 6 2987 0001'] }));
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ resultaat: 'updated', id: hand.body.id, gekoppeldOp: ['emailadres', 'telefoonnummers'] });

    const conflict = await put('customers/R-201', relatie({ emailadres: 'anna.other@example.nl', telefoonnummers: ['06-29870001'] }));
    expect(conflict.status).toBe(409);
    expect(conflict.body.type).toContain('customer-match-conflict');
    expect(conflict.body.errors).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'emailadres', code: 'matches_customer', message: `komt overeen met klant ${other.body.customerNumber}` }),
      expect.objectContaining({ field: 'telefoonnummers', code: 'matches_linked_customer' }),
    ]));
    const none = await put('customers/R-201', relatie({ emailadres: 'anna.other@example.nl', telefoonnummers: ['06-29870001'] }));
    expect(none.status).toBe(409);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM customers WHERE organization_id = $1 AND external_id = 'R-201'`, [org.id]);
    expect(n).toBe(0);
  });

  it('writes no personal data onto an erased customer (410)', async () => {
    const hand = await t.request('POST', '/customers', { token: agent, body: customerBody({ customerNumber: 'GONE-1' }) });
    await t.db.query(`UPDATE customers SET erased_at = now() WHERE id = $1`, [hand.body.id]);
    const res = await put('customers/R-300', relatie({ code: 'gone-1', emailadres: null, telefoonnummers: [] }));
    expect(res.status).toBe(410);
    expect(res.body).toMatchObject({ status: 410, type: expect.stringContaining('customer-erased') });
  });

  it('writes units and contracts with several tenants; an unknown reference is a 422 naming the field; the 360° view shows them', async () => {
    expect((await put('customers/H-1', relatie({ emailadres: 'h1@example.nl', telefoonnummers: [] }))).status).toBe(201);
    expect((await put('customers/H-2', relatie({ voornaam: 'Mehmet', emailadres: 'h2@example.nl', telefoonnummers: [], rol: 'MDH' }))).status).toBe(201);
    expect((await put('units/E-1', eenheid())).status).toBe(201);
    const contract = { code: 'HO-1', eenheid: { idExtern: 'E-1' }, relaties: [{ idExtern: 'H-1', rol: 'HUU' }, { idExtern: 'H-2', rol: 'MDH' }], begindatum: '2019-04-01', brutohuur: 734.12 };
    const made = await put('contracts/O-1', contract);
    expect(made.status).toBe(201);
    expect(made.body.wijzigingen).toEqual(expect.arrayContaining([{ veld: 'brutohuur', oud: null, nieuw: 734.12 }]));
    expect((await put('contracts/O-1', contract)).body.resultaat).toBe('unchanged');

    const unknown = await put('contracts/O-2', { ...contract, eenheid: { idExtern: 'E-404' }, relaties: [{ idExtern: 'H-1', rol: 'HUU' }, { idExtern: 'H-404', rol: 'MDH' }] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([['eenheid.idExtern', 'not_found_in_organization'], ['relaties[1].idExtern', 'not_found_in_organization']]);
    const backwards = await put('contracts/O-3', { ...contract, einddatum: '2018-01-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0]).toMatchObject({ field: 'einddatum', code: 'before_other' });

    const h2 = await t.db.query(`SELECT id FROM customers WHERE organization_id = $1 AND external_id = 'H-2'`, [org.id]);
    const overview = await t.request('GET', `/customers/${h2[0].id}/overview`, { token: agent });
    expect(overview.status).toBe(200);
    expect(overview.body.customer).toMatchObject({ externalId: 'H-2', fullName: 'Mehmet Yılmaz' });
    expect(overview.body.contracts).toMatchObject([{
      externalId: 'O-1', contractNumber: 'HO-1', role: 'MDH', status: 'active', rentCents: 73412,
      unit: { externalId: 'E-1', unitType: 'Tussenwoning', address: { street: 'Lindelaan', houseNumber: 12, houseLetter: 'A' } },
    }]);

    // An end date ends the contract; nothing is deleted.
    const ended = await put('contracts/O-1', { ...contract, einddatum: '2024-06-30' }, erp, { 'if-match': made.headers['etag'] });
    expect(ended.status).toBe(200);
    const after = await t.request('GET', `/customers/${h2[0].id}/overview`, { token: agent });
    expect(after.body.contracts).toMatchObject([{ externalId: 'O-1', status: 'ended', endDate: '2024-06-30' }]);
    const history = await t.request('GET', '/integrations/contracts/O-1/history', { token: erp });
    expect(history.body.items[0].wijzigingen).toEqual([{ veld: 'einddatum', oud: null, nieuw: '2024-06-30' }]);
  });

  it('needs the scope of the kind it writes; staff may not use these routes', async () => {
    const unitsOnly = await integrationToken(org, ['vastgoed.write']);
    const res = await put('customers/R-400', relatie(), unitsOnly);
    expect(res.status).toBe(403);
    expect((await put('units/E-400', eenheid(), unitsOnly)).status).toBe(201);
    expect((await t.request('GET', '/integrations/customers/R-100/history', { token: unitsOnly })).status).toBe(403);
    expect((await put('units/E-401', eenheid(), agent)).status).toBe(403);
  });

  it("keeps organizations apart: another organization's client neither sees nor references these ids", async () => {
    const other = await createOrg(t, 'Andere corporatie');
    const theirs = await integrationToken(other, ['relaties.write', 'vastgoed.write', 'overeenkomsten.write']);
    expect((await t.request('GET', '/integrations/customers/R-100/history', { token: theirs })).status).toBe(404);
    const ref = await put('contracts/O-1', { eenheid: { idExtern: 'E-1' }, relaties: [{ idExtern: 'H-1', rol: 'HUU' }], begindatum: '2019-04-01' }, theirs);
    expect(ref.status).toBe(422);
    // The same idExtern in another organization is another customer.
    const own = await put('customers/R-100', relatie({ emailadres: 'fatma@other.example' }), theirs);
    expect(own.status).toBe(201);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM customers WHERE external_id = 'R-100' AND organization_id = ANY($1::uuid[])`, [[org.id, other.id]]);
    expect(n).toBe(2);
  });
});
