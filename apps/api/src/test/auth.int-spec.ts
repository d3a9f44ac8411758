import { bootApp, createOrg, PASSWORD, TestApp } from '../testing/harness';

describe('logging in', () => {
  let t: TestApp;
  beforeAll(async () => (t = await bootApp()));
  afterAll(() => t.close());

  it('gives a bearer token and tells who you are', async () => {
    const org = await createOrg(t);
    const agent = await org.staff(['agent', 'team_lead']);
    const res = await t.request('POST', '/auth/login', { body: { email: agent.email.toUpperCase(), password: PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.body.accessToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(res.body.user).toMatchObject({ email: agent.email, kind: 'staff', roles: ['agent', 'team_lead'], organization: { id: org.id, slug: org.slug } });
    const me = await t.request('GET', '/auth/me', { token: res.body.accessToken });
    expect(me.body.id).toBe(agent.id);
  });

  it('stores passwords as argon2id and tokens only as a hash', async () => {
    const org = await createOrg(t);
    const agent = await org.staff();
    const [user] = await t.db.query(`SELECT password_hash FROM users WHERE id = $1`, [agent.id]);
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    const sessions = await t.db.query(`SELECT token_hash FROM sessions WHERE user_id = $1`, [agent.id]);
    expect(sessions.map((s: { token_hash: string }) => s.token_hash)).not.toContain(agent.token);
  });

  it('says no to a wrong password the same way as to an unknown e-mail', async () => {
    const org = await createOrg(t);
    const agent = await org.staff();
    const wrong = await t.request('POST', '/auth/login', { body: { email: agent.email, password: 'nope' } });
    const unknown = await t.request('POST', '/auth/login', { body: { email: 'nobody@nowhere.test', password: 'nope' } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('names each bad field', async () => {
    const res = await t.request('POST', '/auth/login', { body: { email: 'not-an-email', password: '', extra: 1 } });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'extra', 'password']);
  });

  it('answers malformed JSON with a 400, not a 500', async () => {
    const res = await t.request('POST', '/auth/login', { body: '{"email": ' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
