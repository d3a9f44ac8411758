import { bootApp, TestApp } from '../testing/harness';

describe('operations', () => {
  let t: TestApp;
  beforeAll(async () => (t = await bootApp()));
  afterAll(() => t.close());

  it('reports database and Redis health without a login', async () => {
    const res = await t.request('GET', '/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', checks: { db: 'up', redis: 'up' } });
  });

  it('publishes the OpenAPI document with every contract path', async () => {
    const res = await t.request('GET', '/api/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/customers', '/api/v1/customers/{id}', '/api/v1/customers/{id}/overview', '/api/v1/portal/me', '/api/v1/health']),
    );
  });

  it('answers unknown paths with problem+json 404', async () => {
    const res = await t.request('GET', '/nope');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.correlationId).toEqual(res.headers['x-correlation-id']);
  });
});
