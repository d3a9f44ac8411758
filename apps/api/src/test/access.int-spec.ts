import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { AuthService } from '@loket/server/identity';
import { ACCESS_KEY, CLIENT_ACCESS_KEY } from '@loket/server/platform';
import { bootApp, createOrg, customerBody, TestApp } from '../testing/harness';

describe('who may call what', () => {
  let t: TestApp;
  beforeAll(async () => (t = await bootApp()));
  afterAll(() => t.close());

  it('every route declares who may call it', () => {
    const reflector = t.app.get(Reflector);
    const scanner = t.app.get(MetadataScanner);
    const routes: string[] = [];
    const undeclared: string[] = [];
    for (const wrapper of t.app.get(DiscoveryService).getControllers()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || !wrapper.metatype) continue;
      for (const name of scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const handler = instance[name] as () => unknown;
        if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        const route = `${wrapper.metatype.name}.${name} (${Reflect.getMetadata(PATH_METADATA, handler)})`;
        routes.push(route);
        // People's rule (@Public, @Staff, @Tenant, @Authenticated) or integration clients' (@Client), or both.
        const targets = [handler, wrapper.metatype];
        if (!reflector.getAllAndOverride(ACCESS_KEY, targets) && !reflector.getAllAndOverride(CLIENT_ACCESS_KEY, targets)) undeclared.push(route);
      }
    }
    expect(routes.length).toBeGreaterThan(10);
    expect(undeclared).toEqual([]);
  });

  it('asks for a login, as problem+json with a correlation id', async () => {
    const res = await t.request('GET', '/customers?q=jansen', { headers: { 'x-correlation-id': 'trace-abc-123' } });
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['x-correlation-id']).toBe('trace-abc-123');
    expect(res.body).toMatchObject({ status: 401, type: 'urn:loket:problem:unauthorized', correlationId: 'trace-abc-123' });
  });

  it('refuses a made-up or revoked token', async () => {
    const org = await createOrg(t);
    const agent = await org.staff(['agent']);
    expect((await t.request('GET', '/auth/me', { token: 'not-a-token' })).status).toBe(401);
    expect((await t.request('GET', '/auth/me', { token: agent.token })).status).toBe(200);
    expect((await t.request('POST', '/auth/logout', { token: agent.token })).status).toBe(204);
    expect((await t.request('GET', '/auth/me', { token: agent.token })).status).toBe(401);
  });

  it('trusts a looked-up session for a few seconds at most: a logout handled by another API process counts within that time', async () => {
    const org = await createOrg(t);
    const agent = await org.staff(['agent']);
    const auth = t.app.get(AuthService);
    const start = Date.now();
    expect((await auth.authenticate(agent.token, start))?.userId).toBe(agent.id);
    // Another process logs the session out: this one finds out once its trust has run out.
    await t.db.query(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1`, [agent.id]);
    expect((await auth.authenticate(agent.token, start + 4_999))?.userId).toBe(agent.id);
    expect(await auth.authenticate(agent.token, start + 5_001)).toBeNull();
  });

  it('keeps staff without a customer role out of customer data', async () => {
    const org = await createOrg(t);
    const editor = await org.staff(['kb_editor']);
    const res = await t.request('GET', '/customers?q=jansen', { token: editor.token });
    expect(res.status).toBe(403);
    expect(res.body.detail).toContain('agent');
  });

  it('keeps tenants out of the staff API without revealing what exists', async () => {
    const org = await createOrg(t);
    const agent = await org.staff();
    const own = await t.request('POST', '/customers', { token: agent.token, body: customerBody() });
    const other = await t.request('POST', '/customers', { token: agent.token, body: customerBody({ firstName: 'Ander' }) });
    const tenant = await org.tenant(own.body.id);
    for (const url of [`/customers/${other.body.id}`, `/customers/${other.body.id}/overview`, `/customers/${own.body.id}`, '/customers?q=boer']) {
      const res = await t.request('GET', url, { token: tenant.token });
      expect({ url, status: res.status }).toEqual({ url, status: 404 });
    }
    expect((await t.request('GET', '/portal/me', { token: agent.token })).status).toBe(403);
  });
});
