import { AccessLog } from '@loket/server/platform';
import { bootApp, createOrg, customerBody, TestApp, TestOrg } from '../testing/harness';

describe('customers', () => {
  let t: TestApp;
  let org: TestOrg;
  let token: string;
  beforeAll(async () => {
    t = await bootApp();
    org = await createOrg(t);
    token = (await org.staff(['agent'])).token;
  });
  afterAll(() => t.close());

  const create = async (overrides: Record<string, unknown> = {}) => {
    const res = await t.request('POST', '/customers', { token, body: customerBody(overrides) });
    expect(res.status).toBe(201);
    return res.body;
  };
  const search = async (q: string, tok = token) => {
    const res = await t.request('GET', `/customers?q=${encodeURIComponent(q)}`, { token: tok });
    expect(res.status).toBe(200);
    return res.body.items as { id: string; fullName: string; matchedOn: string; activeMarkers: string[] }[];
  };

  it('creates a customer with normalized phone and postcode and derived age band', async () => {
    const c = await create({
      firstName: 'Daniëlle', namePrefix: 'van der', lastName: 'Meer', birthDate: '1950-02-01', email: 'Danielle.VanDerMeer@Example.nl',
      phoneNumbers: [{ number: '+31 6 5555 0001' }, { number: '0416-987654', label: 'home' }],
      address: { street: 'Havenstraat', houseNumber: 8, houseLetter: 'b', houseNumberAddition: null, postcode: '5161ab', city: 'Sprang-Capelle' },
      language: 'nl', interpreterNeeded: false, digitalSkill: 'sometimes', attitude: 'consumer', vulnerabilities: ['financial'],
    });
    expect(c).toMatchObject({
      fullName: 'Daniëlle van der Meer',
      ageBand: 'senior',
      email: 'danielle.vandermeer@example.nl',
      phoneNumbers: [
        { number: '+31655550001', display: '06 55550001', label: 'mobile' },
        { number: '+31416987654', display: '0416 987 654', label: 'home' },
      ],
      address: { postcode: '5161 AB', houseLetter: 'B', houseNumber: 8 },
      vulnerabilities: ['financial'],
    });
  });

  it('generates a customer number when the ERP gave none, and refuses a taken one', async () => {
    const a = await create({ customerNumber: undefined });
    expect(a.customerNumber).toMatch(/^\d{7}$/);
    const dup = await t.request('POST', '/customers', { token, body: customerBody({ customerNumber: a.customerNumber }) });
    expect(dup.status).toBe(409);
  });

  it('names every invalid field and never stores half a customer', async () => {
    const res = await t.request('POST', '/customers', {
      token,
      body: customerBody({
        kind: 'owner', firstName: '', birthDate: '31-12-1980', email: 'no-mail', phoneNumbers: [{ number: '12' }],
        address: { street: 'X', houseNumber: 0, postcode: '51611', city: 'Y' }, preferredChannel: 'fax', language: 'Dutch', secret: true,
      }),
    });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['kind', 'firstName', 'birthDate', 'email', 'address.houseNumber', 'preferredChannel', 'language', 'secret']));
    const phone = await t.request('POST', '/customers', { token, body: customerBody({ phoneNumbers: [{ number: '06-123' }], address: { street: 'X', houseNumber: 1, postcode: '0000 AA', city: 'Y' } }) });
    expect(phone.status).toBe(400);
    expect(phone.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['address.postcode', 'phoneNumbers[0].number']);
    const future = await t.request('POST', '/customers', { token, body: customerBody({ birthDate: '2199-01-01' }) });
    expect(future.body.errors).toEqual([{ field: 'birthDate', code: 'in_future', message: 'mag niet in de toekomst liggen' }]);
  });

  it('answers 404 for unknown and malformed ids', async () => {
    expect((await t.request('GET', '/customers/6f1c2f7e-2b3a-4c5d-8e9f-0a1b2c3d4e5f', { token })).status).toBe(404);
    expect((await t.request('GET', '/customers/abc/overview', { token })).status).toBe(404);
    expect((await t.request('PATCH', '/customers/abc', { token, body: { firstName: 'X' } })).status).toBe(404);
  });

  it('refuses bad search input with the field named', async () => {
    const short = await t.request('GET', '/customers?q=a', { token });
    expect(short.status).toBe(400);
    expect(short.body.errors[0].field).toBe('q');
    expect((await t.request('GET', '/customers?q=jan&limit=500', { token })).body.errors[0].field).toBe('limit');
    expect((await t.request('GET', '/customers?q=jan&cursor=bogus', { token })).body.errors[0].field).toBe('cursor');
    expect((await t.request('GET', '/customers', { token })).body.errors[0].field).toBe('q');
  });

  describe('search', () => {
    let kees: { id: string };
    let neighbour: { id: string };
    beforeAll(async () => {
      kees = await create({
        firstName: 'Kees', namePrefix: 'van den', lastName: 'Bergsma', email: 'kees@bergsma.example',
        phoneNumbers: [{ number: '06-23456700' }],
        address: { street: 'Lindelaan', houseNumber: 14, houseLetter: null, houseNumberAddition: 'A', postcode: '5171 XY', city: 'Kaatsheuvel' },
      });
      neighbour = await create({
        firstName: 'Mila', namePrefix: null, lastName: 'Bakker',
        address: { street: 'Lindelaan', houseNumber: 14, houseLetter: null, houseNumberAddition: null, postcode: '5171 XY', city: 'Kaatsheuvel' },
      });
      await create({ firstName: 'Kees', namePrefix: null, lastName: 'Bergman' });
    });

    it.each(['5171XY 14', '5171 xy 14', '5171 xy 14-a', '5171xy, 14 A'])('finds by postcode + house number "%s"', async (q) => {
      const hits = await search(q);
      expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining([kees.id, neighbour.id]));
      expect(hits[0].matchedOn).toBe('address');
    });

    it('puts the exact house number addition first', async () => {
      expect((await search('5171 xy 14-a'))[0].id).toBe(kees.id);
      expect((await search('5171 xy 14'))[0].id).toBe(neighbour.id);
    });

    it.each(['06-23456700', '0623456700', '+31 6 2345 6700', '0031623456700'])('finds by phone "%s"', async (q) => {
      const hits = await search(q);
      expect(hits.map((h) => [h.id, h.matchedOn])).toEqual([[kees.id, 'phone']]);
    });

    it('finds by e-mail in any case and by customer number', async () => {
      expect((await search('KEES@Bergsma.example')).map((h) => h.id)).toEqual([kees.id]);
      const number = (await t.request('GET', `/customers/${kees.id}`, { token })).body.customerNumber;
      expect((await search(number)).map((h) => [h.id, h.matchedOn])).toEqual([[kees.id, 'customer_number']]);
    });

    it('finds by part of a name, the full name, and with typos', async () => {
      expect((await search('bergs')).map((h) => h.id)).toContain(kees.id);
      expect((await search('Kees van den Bergsma'))[0].id).toBe(kees.id);
      expect((await search('vandenbergsma'))[0].id).toBe(kees.id);
      const typo = await search('Kes Bergsmaa');
      expect(typo.map((h) => h.fullName)).toContain('Kees van den Bergsma');
    });

    it('ranks a whole surname above a longer one that starts the same', async () => {
      await create({ firstName: 'Piet', namePrefix: null, lastName: 'Berg' });
      await create({ firstName: 'Piet', namePrefix: null, lastName: 'Bergkamp' });
      const hits = await search('piet berg');
      expect(hits[0].fullName).toBe('Piet Berg');
    });

    it.each(['Lindelaan 14', 'lindelaan 14a', 'Lindelaan, 14-A'])('finds by street + house number "%s", and shows it matched on the address', async (q) => {
      const hits = await search(q);
      expect(hits.map((h) => h.id).sort()).toEqual([kees.id, neighbour.id].sort());
      expect(hits.map((h) => h.matchedOn)).toEqual(['street', 'street']);
    });

    it('finds nobody at a house number where no one lives, and still finds a name that ends in a number', async () => {
      expect(await search('Lindelaan 99')).toEqual([]);
      const numbered = await create({ firstName: 'Jan', namePrefix: null, lastName: 'Nummer', address: null });
      expect((await search('Jan Nummer 2')).map((h) => h.id)).not.toContain(numbered.id);
      expect((await search('Nummer Jan')).map((h) => h.id)).toContain(numbered.id);
    });

    it.each(['van den Bergsma 5171XY', 'Bergsma 5171 xy', 'bergs 5171XY', '5171 XY Kees'])('finds by name + postcode "%s"', async (q) => {
      const hits = await search(q);
      expect(hits.map((h) => [h.id, h.matchedOn])).toEqual([[kees.id, 'name_postcode']]);
    });

    it('a name + postcode finds only who lives there', async () => {
      expect((await search('Bakker 5171 xy')).map((h) => h.id)).toEqual([neighbour.id]);
      // Kees Bergman has the name but another address.
      expect(await search('Bergman 5171XY')).toEqual([]);
      expect(await search('Bergsma 9999 ZZ')).toEqual([]);
    });

    it.each([['kees@bergs'], ['@bergsma'], ['@Bergsma.ex'], ['kees@bergsma.example']])('finds by part of an e-mail address "%s"', async (q) => {
      expect((await search(q)).map((h) => [h.id, h.matchedOn])).toEqual([[kees.id, 'email']]);
    });

    it('finds by the start of an e-mail address without its @, and falls back to names when no address starts so', async () => {
      const sanne = await create({ firstName: 'Sanne', namePrefix: 'de', lastName: 'Vries', email: 'sanne.devries@gmail.example' });
      const other = await create({ firstName: 'Sanne', namePrefix: null, lastName: 'Dekker', email: 'sdekker@gmail.example' });
      expect((await search('sanne.de')).map((h) => [h.id, h.matchedOn])).toEqual([[sanne.id, 'email']]);
      expect((await search('@gmail')).map((h) => h.id).sort()).toEqual([sanne.id, other.id].sort());
      expect((await search('s.dekker')).map((h) => h.matchedOn)).not.toContain('email');
    });

    it('follows a changed address and e-mail address', async () => {
      const mover = await create({
        firstName: 'Vera', namePrefix: null, lastName: 'Verhuizer', email: 'vera@oud.example',
        address: { street: 'Oude Gracht', houseNumber: 3, houseLetter: null, houseNumberAddition: null, postcode: '5161 AB', city: 'Sprang-Capelle' },
      });
      expect((await search('Oude Gracht 3')).map((h) => h.id)).toEqual([mover.id]);
      const res = await t.request('PATCH', `/customers/${mover.id}`, {
        token,
        body: { email: 'vera@nieuw.example', address: { street: 'Nieuwe Markt', houseNumber: 9, houseLetter: null, houseNumberAddition: null, postcode: '5171 XY', city: 'Kaatsheuvel' } },
      });
      expect(res.status).toBe(200);
      expect(await search('Oude Gracht 3')).toEqual([]);
      expect(await search('@oud.example')).toEqual([]);
      expect(await search('Verhuizer 5161AB')).toEqual([]);
      expect((await search('Nieuwe Markt 9')).map((h) => h.id)).toEqual([mover.id]);
      expect((await search('@nieuw')).map((h) => h.id)).toEqual([mover.id]);
      expect((await search('Verhuizer 5171 XY')).map((h) => h.id)).toEqual([mover.id]);
    });

    it('pages with a cursor', async () => {
      for (let i = 0; i < 3; i += 1) await create({ firstName: `Zoë${i}`, lastName: 'Pagina' });
      const first = await t.request('GET', '/customers?q=pagina&limit=2', { token });
      expect(first.body.items).toHaveLength(2);
      const second = await t.request('GET', `/customers?q=pagina&limit=2&cursor=${first.body.nextCursor}`, { token });
      expect(second.body.items).toHaveLength(1);
      expect(second.body.nextCursor).toBeNull();
      const ids = [...first.body.items, ...second.body.items].map((h: { id: string }) => h.id);
      expect(new Set(ids).size).toBe(3);
    });
  });

  it('updates a customer and finds them by their new name, not the old one', async () => {
    const c = await create({ firstName: 'Ruud', namePrefix: null, lastName: 'Oudenaam' });
    const res = await t.request('PATCH', `/customers/${c.id}`, { token, body: { lastName: 'Nieuwenaam', namePrefix: 'de', phoneNumbers: [{ number: '06 2999 0000' }] } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ fullName: 'Ruud de Nieuwenaam', phoneNumbers: [{ number: '+31629990000' }] });
    expect((await search('nieuwenaam')).map((h) => h.id)).toContain(c.id);
    expect((await search('oudenaam')).map((h) => h.id)).not.toContain(c.id);
    const bad = await t.request('PATCH', `/customers/${c.id}`, { token, body: { firstName: null } });
    expect(bad.status).toBe(400);
  });

  it('shows markers with safety first, and ending one takes it out of force', async () => {
    const c = await create({ firstName: 'Henk', lastName: 'Markering' });
    const sch = await t.request('POST', `/customers/${c.id}/markers`, { token, body: { code: 'SCH', note: 'Betalingsregeling loopt.', validFrom: '2025-06-01' } });
    const agr = await t.request('POST', `/customers/${c.id}/markers`, { token, body: { code: 'AGR', note: 'Dreigde aan de balie.', validFrom: '2026-01-01' } });
    expect(sch.status).toBe(201);
    expect(agr.body).toMatchObject({ code: 'AGR', name: 'Agressie', active: true });
    const overview = await t.request('GET', `/customers/${c.id}/overview`, { token });
    expect(overview.body.customer.markers.map((m: { code: string }) => m.code)).toEqual(['AGR', 'SCH']);
    expect((await search('henk markering'))[0].activeMarkers.sort()).toEqual(['AGR', 'SCH']);

    const ended = await t.request('PATCH', `/customers/${c.id}/markers/${sch.body.id}`, { token, body: { validUntil: '2026-01-02' } });
    expect(ended.body.active).toBe(false);
    expect((await search('henk markering'))[0].activeMarkers).toEqual(['AGR']);

    const today = await t.request('POST', `/customers/${c.id}/markers`, { token, body: { code: 'OVE', note: 'Per vergissing gezet' } });
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
    const withdrawn = await t.request('PATCH', `/customers/${c.id}/markers/${today.body.id}`, { token, body: { validUntil: yesterday } });
    expect(withdrawn.body.active).toBe(false);

    const bad = await t.request('POST', `/customers/${c.id}/markers`, { token, body: { code: 'XYZ', note: '', validFrom: '2026-05-01', validUntil: '2026-04-01' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['code', 'note']);
    const backwards = await t.request('POST', `/customers/${c.id}/markers`, { token, body: { code: 'OVE', note: 'Geluidsoverlast', validFrom: '2026-05-01', validUntil: '2026-04-01' } });
    expect(backwards.body.errors).toEqual([{ field: 'validUntil', code: 'before_other', message: 'mag niet vóór validFrom liggen' }]);
  });

  it('gives the 360° picture with contracts and records who looked', async () => {
    const c = await create({ firstName: 'Truus', lastName: 'Overzicht' });
    const [unit] = await t.db.query(
      `INSERT INTO units (organization_id, external_id, street, house_number, postcode, city, unit_type) VALUES ($1, $2, 'Kerkstraat', 5, '5161AB', 'Sprang-Capelle', 'Appartement') RETURNING id`,
      [org.id, `VHE-${c.id}`],
    );
    await t.db.query(
      `INSERT INTO contracts (organization_id, contract_number, customer_id, unit_id, start_date, end_date, rent_cents) VALUES ($1, 'HC-1', $2, $3, '2020-01-01', NULL, 61245), ($1, 'HC-0', $2, $3, '2010-01-01', '2019-12-31', 40000)`,
      [org.id, c.id, unit.id],
    );
    const res = await t.request('GET', `/customers/${c.id}/overview`, { token });
    expect(res.status).toBe(200);
    expect(res.body.contracts).toMatchObject([
      { contractNumber: 'HC-1', status: 'active', rentCents: 61245, unit: { address: { street: 'Kerkstraat', postcode: '5161 AB' }, unitType: 'Appartement' } },
      { contractNumber: 'HC-0', status: 'ended' },
    ]);
    await t.app.get(AccessLog).flush();
    const audit = await t.db.query(`SELECT actor_user_id FROM audit_events WHERE entity_id = $1 AND action = 'customer.viewed'`, [c.id]);
    expect(audit).toHaveLength(1);
  });

  it('never shows one organization’s customers to another', async () => {
    const other = await createOrg(t, 'Andere corporatie');
    const otherToken = (await other.staff(['agent', 'admin'])).token;
    const mine = await create({ firstName: 'Geheim', lastName: 'Isolatie', email: 'geheim@isolatie.example', phoneNumbers: [{ number: '06-40404040' }] });
    const number = (await t.request('GET', `/customers/${mine.id}`, { token })).body.customerNumber;
    for (const q of ['isolatie', 'geheim@isolatie.example', '06-40404040', number, '5161 AB 5', 'Kerkstraat 5', 'Isolatie 5161AB', 'geheim@iso', '@isolatie', 'geheim.iso']) {
      expect({ q, hits: (await search(q, otherToken)).filter((h) => h.id === mine.id) }).toEqual({ q, hits: [] });
    }
    expect((await t.request('GET', `/customers/${mine.id}`, { token: otherToken })).status).toBe(404);
    expect((await t.request('GET', `/customers/${mine.id}/overview`, { token: otherToken })).status).toBe(404);
    expect((await t.request('PATCH', `/customers/${mine.id}`, { token: otherToken, body: { firstName: 'Overgenomen' } })).status).toBe(404);
    expect((await t.request('POST', `/customers/${mine.id}/markers`, { token: otherToken, body: { code: 'AGR', note: 'vals alarm' } })).status).toBe(404);
    expect((await t.request('GET', `/customers/${mine.id}`, { token })).body.firstName).toBe('Geheim');
  });
});
