import { ExternalRecordsService, type ExternalCustomerInput, type UpsertActor } from '@loket/server/customers';
import { bootApp, createOrg, customerBody, TestApp, TestOrg } from '../testing/harness';

/**
 * The customers module's set-based upserts keyed by the ERP's id, called as the integrations API
 * calls them: many records of one kind in one call, per record created / updated / unchanged /
 * rejected, history, matching of customers staff made by hand.
 */
describe('ERP records (customers module, set-based)', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let records: ExternalRecordsService;
  let actor: UpsertActor;
  let staffToken: string;
  beforeAll(async () => {
    t = await bootApp();
    org = await createOrg(t);
    other = await createOrg(t, 'Andere corporatie');
    records = t.app.get(ExternalRecordsService);
    actor = { organizationId: org.id, actorId: null, actorKind: 'client' };
    staffToken = (await org.staff(['agent'])).token;
  });
  afterAll(() => t.close());

  const person = (externalId: string, overrides: Partial<ExternalCustomerInput> = {}): ExternalCustomerInput => ({
    externalId, customerNumber: null, initials: 'J.', firstName: 'Jan', namePrefix: 'de', lastName: 'Vries', birthDate: '1970-03-04',
    email: `${externalId.toLowerCase()}@example.nl`, phones: [], householdRole: 'HUU', endDate: null,
    address: { street: 'Dorpsstraat', houseNumber: 1, houseLetter: null, houseNumberAddition: null, postcode: '5161AB', city: 'Sprang-Capelle' },
    ...overrides,
  });

  it('creates many customers in one call, then answers unchanged for the same records and updated for a change', async () => {
    const first = await records.upsertCustomers(actor, [person('R-1'), person('R-2', { phones: ['+31611112222'] })]);
    expect(first.map((r) => r.result)).toEqual(['created', 'created']);
    const again = await records.upsertCustomers(actor, [person('R-1'), person('R-2', { phones: ['+31611112222'] })]);
    expect(again.map((r) => r.result)).toEqual(['unchanged', 'unchanged']);
    const changed = await records.upsertCustomers(actor, [person('R-1', { lastName: 'Jansen' }), person('R-2', { phones: ['+31611112222'] })]);
    expect(changed[0]).toMatchObject({ result: 'updated', version: 2, changes: { lastName: ['Vries', 'Jansen'] } });
    expect(changed[1].result).toBe('unchanged');

    // Found by the new name in the customer search, with the phone number.
    const hits = await t.request('GET', '/customers?q=Jansen', { token: staffToken });
    expect(hits.body.items.map((h: { fullName: string }) => h.fullName)).toContain('Jan de Jansen');
    const id = first[1].result === 'created' ? first[1].id : '';
    const customer = await t.request('GET', `/customers/${id}`, { token: staffToken });
    expect(customer.body).toMatchObject({ externalId: 'R-2', phoneNumbers: [{ number: '+31611112222' }] });

    const history = await records.history(org.id, 'customer', changed[0].result === 'updated' ? changed[0].id : '');
    expect(history.map((h) => [h.version, h.action])).toEqual([[2, 'updated'], [1, 'created']]);
    expect(history[0].changes).toEqual({ lastName: ['Vries', 'Jansen'] });
  });

  it('applies a second upsert of the same idExtern in one call after the first', async () => {
    const res = await records.upsertCustomers(actor, [person('R-3'), person('R-3', { firstName: 'Piet' })]);
    expect(res.map((r) => r.result)).toEqual(['created', 'updated']);
  });

  it('refuses a stale If-Match version with 412 and writes nothing', async () => {
    const [r] = await records.upsertCustomers(actor, [person('R-4')]);
    const [stale] = await records.upsertCustomers(actor, [person('R-4', { firstName: 'Kees', ifVersion: 7 })]);
    expect(stale).toMatchObject({ result: 'rejected', rejection: { status: 412, params: { base: 7, latest: 1 } } });
    const [ok] = await records.upsertCustomers(actor, [person('R-4', { firstName: 'Kees', ifVersion: 1 })]);
    expect(ok).toMatchObject({ result: 'updated', version: 2 });
    expect(r.result).toBe('created');
  });

  it('links a customer staff made by hand (one match on e-mail), and reports a conflict when keys match different customers', async () => {
    const a = await t.request('POST', '/customers', { token: staffToken, body: customerBody({ email: 'hand.made@example.nl', phoneNumbers: [{ number: '06-33334444' }] }) });
    const b = await t.request('POST', '/customers', { token: staffToken, body: customerBody({ email: 'other.one@example.nl', phoneNumbers: [{ number: '06-55556666' }] }) });
    const [linked] = await records.upsertCustomers(actor, [person('R-10', { email: 'hand.made@example.nl', phones: ['+31633334444'] })]);
    expect(linked).toMatchObject({ result: 'updated', id: a.body.id, linkedOn: ['email', 'phone'] });
    const history = await records.history(org.id, 'customer', a.body.id);
    expect(history[0]).toMatchObject({ action: 'linked', changes: { externalId: [null, 'R-10'] } });

    const [conflict] = await records.upsertCustomers(actor, [person('R-11', { email: 'other.one@example.nl', phones: ['+31633334444'] })]);
    expect(conflict).toMatchObject({
      result: 'rejected',
      rejection: {
        status: 409, code: 'customer-match-conflict',
        errors: expect.arrayContaining([
          { field: 'email', code: 'matches_customer', params: { customerNumber: b.body.customerNumber } },
          { field: 'phones', code: 'matches_linked_customer', params: { customerNumber: a.body.customerNumber, externalId: 'R-10' } },
        ]),
      },
    });
    const [count] = await t.db.query(`SELECT count(*)::int AS n FROM customers WHERE organization_id = $1 AND external_id = 'R-11'`, [org.id]);
    expect(count.n).toBe(0);
  });

  it('refuses personal data on an erased customer', async () => {
    const c = await t.request('POST', '/customers', { token: staffToken, body: customerBody({ customerNumber: 'ERASE1' }) });
    await t.db.query(`UPDATE customers SET erased_at = now() WHERE id = $1`, [c.body.id]);
    const [r] = await records.upsertCustomers(actor, [person('R-20', { customerNumber: 'ERASE1' })]);
    expect(r).toMatchObject({ result: 'rejected', rejection: { status: 410, code: 'customer-erased' } });
  });

  it('upserts units and contracts with several tenants; unknown references are refused naming the field', async () => {
    await records.upsertCustomers(actor, [person('H-1'), person('H-2', { householdRole: 'MDH' })]);
    const unit = { externalId: 'E-1', unitKind: 'WOO', unitDetailKind: 'TUS', unitTypeName: 'Tussenwoning', endDate: null,
      address: { street: 'Lindelaan', houseNumber: 12, houseLetter: 'A', houseNumberAddition: null, postcode: '5161AB', city: 'Sprang-Capelle' } };
    expect((await records.upsertUnits(actor, [unit]))[0].result).toBe('created');
    expect((await records.upsertUnits(actor, [unit]))[0].result).toBe('unchanged');
    const contract = { externalId: 'O-1', contractNumber: null, unitExternalId: 'E-1', startDate: '2020-01-01', endDate: null, rentCents: 73412,
      parties: [{ externalId: 'H-1', role: 'HUU' }, { externalId: 'H-2', role: 'MDH' }] };
    const [created] = await records.upsertContracts(actor, [contract]);
    expect(created.result).toBe('created');
    expect((await records.upsertContracts(actor, [contract]))[0].result).toBe('unchanged');
    const [ended] = await records.upsertContracts(actor, [{ ...contract, endDate: '2024-12-31' }]);
    expect(ended).toMatchObject({ result: 'updated', version: 2, changes: { endDate: [null, '2024-12-31'] } });

    const [bad] = await records.upsertContracts(actor, [{ ...contract, externalId: 'O-2', unitExternalId: 'E-404', parties: [{ externalId: 'H-1', role: 'HUU' }, { externalId: 'H-404', role: 'MDH' }] }]);
    expect(bad).toMatchObject({ result: 'rejected', rejection: { status: 422, errors: [{ field: 'unit' }, { field: 'parties[1]' }] } });

    // Both tenants see the contract on their 360° record, each with their role.
    const [{ id: medehuurder }] = await t.db.query(`SELECT id FROM customers WHERE organization_id = $1 AND external_id = 'H-2'`, [org.id]);
    const overview = await t.request('GET', `/customers/${medehuurder}/overview`, { token: staffToken });
    expect(overview.status).toBe(200);
    expect(overview.body.contracts).toMatchObject([{ externalId: 'O-1', role: 'MDH', endDate: '2024-12-31', unit: { externalId: 'E-1', unitType: 'Tussenwoning' } }]);

    // Another organization does not know these ids.
    const foreign = await records.upsertContracts({ ...actor, organizationId: other.id }, [contract]);
    expect(foreign[0]).toMatchObject({ result: 'rejected', rejection: { status: 422 } });
  });
});
