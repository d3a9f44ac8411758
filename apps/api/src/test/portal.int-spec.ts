import { bootApp, createOrg, customerBody, TestApp } from '../testing/harness';

describe('portal: my own data', () => {
  let t: TestApp;
  beforeAll(async () => (t = await bootApp()));
  afterAll(() => t.close());

  it('shows a tenant their own data and contracts, never the staff markers or segments', async () => {
    const org = await createOrg(t);
    const agent = await org.staff();
    const c = (await t.request('POST', '/customers', { token: agent.token, body: customerBody({ firstName: 'Sanne', attitude: 'dependent', vulnerabilities: ['social'] }) })).body;
    await t.request('POST', `/customers/${c.id}/markers`, { token: agent.token, body: { code: 'AGR', note: 'Interne notitie' } });
    const tenant = await org.tenant(c.id);
    const res = await t.request('GET', '/portal/me', { token: tenant.token });
    expect(res.status).toBe(200);
    expect(res.body.customer).toMatchObject({ id: c.id, firstName: 'Sanne' });
    expect(res.body.customer).not.toHaveProperty('markers');
    expect(res.body.customer).not.toHaveProperty('attitude');
    expect(res.body.customer).not.toHaveProperty('vulnerabilities');
    expect(JSON.stringify(res.body)).not.toContain('Interne notitie');
  });

  it('lets a tenant change their own contact preferences, with field errors in bad input', async () => {
    const org = await createOrg(t);
    const agent = await org.staff();
    const c = (await t.request('POST', '/customers', { token: agent.token, body: customerBody() })).body;
    const tenant = await org.tenant(c.id);
    const ok = await t.request('PATCH', '/portal/preferences', { token: tenant.token, body: { preferredChannel: 'email', phoneNumbers: [{ number: '06 1212 3434' }] } });
    expect(ok.status).toBe(200);
    expect(ok.body.customer).toMatchObject({ preferredChannel: 'email', phoneNumbers: [{ number: '+31612123434' }] });
    const bad = await t.request('PATCH', '/portal/preferences', { token: tenant.token, body: { preferredChannel: 'pigeon', firstName: 'Hacker' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['firstName', 'preferredChannel']);
    expect((await t.request('GET', `/customers/${c.id}`, { token: agent.token })).body.preferredChannel).toBe('email');
  });

  it('a tenant of one organization cannot reach another organization’s customer', async () => {
    const a = await createOrg(t);
    const b = await createOrg(t);
    const agentB = await b.staff();
    const cB = (await t.request('POST', '/customers', { token: agentB.token, body: customerBody() })).body;
    const agentA = await a.staff();
    const cA = (await t.request('POST', '/customers', { token: agentA.token, body: customerBody() })).body;
    const tenantA = await a.tenant(cA.id);
    expect((await t.request('GET', `/customers/${cB.id}`, { token: tenantA.token })).status).toBe(404);
    const me = await t.request('GET', '/portal/me', { token: tenantA.token });
    expect(me.body.customer.id).toBe(cA.id);
  });
});
