import { openApiDocument } from '../app/create-app';
import { bootApp, createOrg, customerBody, TestApp } from '../testing/harness';

describe('headers and exposure', () => {
  let t: TestApp;
  beforeAll(async () => (t = await bootApp()));
  afterAll(() => t.close());

  it('sends Cache-Control: no-store and nosniff on every API answer: data, errors and health', async () => {
    const org = await createOrg(t);
    const agent = await org.staff();
    const created = await t.request('POST', '/customers', { token: agent.token, body: customerBody() });
    const answers = [
      created,
      await t.request('GET', `/customers/${created.body.id}`, { token: agent.token }),
      await t.request('GET', '/auth/me', { token: agent.token }),
      await t.request('GET', '/customers?q=boer', { token: agent.token }),
      await t.request('GET', '/auth/me'),
      await t.request('POST', '/auth/login', { body: { email: agent.email, password: 'wrong' } }),
      await t.request('GET', '/nope'),
      await t.request('GET', '/health'),
    ];
    expect(answers.map((a) => a.status)).toEqual([201, 200, 200, 200, 401, 401, 404, 200]);
    for (const a of answers) {
      expect(a.headers['cache-control']).toBe('no-store');
      expect(a.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  /** Boots another app with these variables set, and puts the environment back afterwards. */
  async function withApp(env: Record<string, string>, work: (app: TestApp) => Promise<void>) {
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    try {
      const app = await bootApp();
      try {
        await work(app);
      } finally {
        await app.close();
      }
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  }

  it('serves no Swagger UI or OpenAPI document in production unless API_DOCS=true; the document can still be made in-process', async () => {
    const production = { NODE_ENV: 'production', REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379' };
    await withApp(production, async (prod) => {
      expect((await prod.request('GET', '/api/docs')).status).toBe(404);
      expect((await prod.request('GET', '/api/docs-json')).status).toBe(404);
      expect(Object.keys(openApiDocument(prod.app).paths)).toContain('/api/v1/auth/login');
    });
    await withApp({ ...production, API_DOCS: 'true' }, async (prod) => {
      expect((await prod.request('GET', '/api/docs-json')).status).toBe(200);
    });
  });
});
