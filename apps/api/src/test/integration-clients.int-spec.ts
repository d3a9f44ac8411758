import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { AuthService } from '@loket/server/identity';
import type { IntegrationScope } from '@loket/shared/contracts';
import { bootApp, createOrg, type Request, type TestApp, type TestOrg } from '../testing/harness';
import { eventually, startApi } from '../testing/processes';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Integration clients from an admin's point of view (create, list, change, rotate, revoke) and the client's (tokens, connection, limits). */
describe('integration clients', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let admin: { id: string; token: string };
  beforeAll(async () => {
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Klant');
    other = await createOrg(t, 'Woonstichting Ander');
    admin = await org.staff(['admin']);
  });
  afterAll(() => t.close());

  const tokenFor = (request: Request, clientId: string, clientSecret: string) =>
    request('POST', '/auth/token', { body: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret } });
  const create = async (name: string, scopes: IntegrationScope[], token = admin.token) => {
    const made = await t.request('POST', '/integration-clients', { token, body: { name, scopes } });
    expect(made.status).toBe(201);
    return made.body as { id: string; clientId: string; clientSecret: string };
  };
  const audit = async (id: string) =>
    (await t.db.query(`SELECT action, actor_user_id, details FROM audit_events WHERE entity_type = 'integration_client' AND entity_id = $1 ORDER BY id`, [id])) as {
      action: string;
      actor_user_id: string;
      details: Record<string, unknown>;
    }[];

  it('walks the whole life of a client: create, list, read, connect, change scopes, rotate, revoke — each on record', async () => {
    const made = await create('  Empire (productie) ', ['relaties.write', 'vastgoed.write']);
    expect(made).toMatchObject({ name: 'Empire (productie)', status: 'active', scopes: ['relaties.write', 'vastgoed.write'], revokedAt: null, lastUsedAt: null });
    expect(made.clientId).toMatch(/^lkc_[0-9a-f]{24}$/);
    expect(made.clientSecret).toMatch(/^lks_[\w-]{43}$/);

    const granted = await tokenFor(t.request, made.clientId, made.clientSecret);
    expect(granted.status).toBe(200);
    const connection = await t.request('GET', '/integrations/connection', { token: granted.body.access_token });
    expect(connection.status).toBe(200);
    expect(connection.body).toMatchObject({
      id: made.id,
      name: 'Empire (productie)',
      clientId: made.clientId,
      organization: { slug: org.slug, name: expect.stringContaining('Woonstichting Klant') },
      scopes: ['relaties.write', 'vastgoed.write'],
    });
    const left = new Date(connection.body.tokenExpiresAt).getTime() - Date.now();
    expect(left).toBeGreaterThan(14 * 60_000);
    expect(left).toBeLessThanOrEqual(15 * 60_000 + 5_000);

    const list = await t.request('GET', '/integration-clients', { token: admin.token });
    expect(list.status).toBe(200);
    const listed = list.body.find((c: { id: string }) => c.id === made.id);
    expect(listed).toMatchObject({ status: 'active', clientId: made.clientId });
    expect(listed.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(list.body)).not.toContain('lks_');
    const one = await t.request('GET', `/integration-clients/${made.id}`, { token: admin.token });
    expect(one.body).toEqual(listed);

    // Taking a scope away holds for the live token at once (this process forgets what it trusted).
    const changed = await t.request('PATCH', `/integration-clients/${made.id}`, { token: admin.token, body: { scopes: ['vastgoed.write'] } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Empire (productie)', scopes: ['vastgoed.write'] });
    const narrowed = await t.request('GET', '/integrations/connection', { token: granted.body.access_token });
    expect(narrowed.body.scopes).toEqual(['vastgoed.write']);
    const renamed = await t.request('PATCH', `/integration-clients/${made.id}`, { token: admin.token, body: { name: 'Empire' } });
    expect(renamed.body).toMatchObject({ name: 'Empire', scopes: ['vastgoed.write'] });

    const rotated = await t.request('POST', `/integration-clients/${made.id}/rotate`, { token: admin.token, body: {} });
    expect(rotated.status).toBe(200);
    expect(rotated.body.clientSecret).not.toBe(made.clientSecret);
    expect(rotated.body.rotatedAt).not.toBeNull();

    const revoked = await t.request('DELETE', `/integration-clients/${made.id}`, { token: admin.token });
    expect(revoked.status).toBe(204);
    const after = await t.request('GET', `/integration-clients/${made.id}`, { token: admin.token });
    expect(after.body).toMatchObject({ status: 'revoked' });
    expect(after.body.revokedAt).not.toBeNull();
    const stillListed = await t.request('GET', '/integration-clients', { token: admin.token });
    expect(stillListed.body.find((c: { id: string }) => c.id === made.id)).toMatchObject({ status: 'revoked' });
    expect((await t.request('DELETE', `/integration-clients/${made.id}`, { token: admin.token })).status).toBe(204);

    const record = await audit(made.id);
    expect(record.map((r) => r.action)).toEqual([
      'integration_client.created',
      'integration_client.scopes_changed',
      'integration_client.renamed',
      'integration_client.rotated',
      'integration_client.revoked',
    ]);
    expect(record.every((r) => r.actor_user_id === admin.id)).toBe(true);
    expect(record[1].details).toEqual({ from: ['relaties.write', 'vastgoed.write'], to: ['vastgoed.write'] });
    expect(JSON.stringify(record)).not.toMatch(/lks_|lkt_/);
  });

  it('refuses bad input with field codes and Dutch messages; a revoked client cannot change', async () => {
    const bad = await t.request('POST', '/integration-clients', { token: admin.token, body: { name: '', scopes: ['relaties.write', 'alles'] } });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'scopes']));
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'scopes').code).toBe('unknown_value');
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'name').message).toMatch(/[a-z]/);

    const made = await create('Tobias', ['relaties.read']);
    const none = await t.request('PATCH', `/integration-clients/${made.id}`, { token: admin.token, body: { scopes: [] } });
    expect(none.status).toBe(400);
    expect(none.body.errors[0]).toMatchObject({ field: 'scopes', code: 'too_few' });
    const blank = await t.request('PATCH', `/integration-clients/${made.id}`, { token: admin.token, body: { name: '   ' } });
    expect(blank.status).toBe(400);
    expect(blank.body.errors[0]).toMatchObject({ field: 'name', code: 'required' });
    const endTokens = await t.request('POST', `/integration-clients/${made.id}/rotate`, { token: admin.token, body: { endTokens: 'ja' } });
    expect(endTokens.status).toBe(400);
    expect(endTokens.body.errors[0]).toMatchObject({ field: 'endTokens', code: 'not_true_or_false' });

    await t.request('DELETE', `/integration-clients/${made.id}`, { token: admin.token });
    const late = await t.request('PATCH', `/integration-clients/${made.id}`, { token: admin.token, body: { name: 'Nieuw' } });
    expect(late.status).toBe(409);
    expect(late.body.detail).toContain('ingetrokken');
    expect((await t.request('POST', `/integration-clients/${made.id}/rotate`, { token: admin.token, body: {} })).status).toBe(409);
    expect((await t.request('GET', '/integration-clients/niet-een-id', { token: admin.token })).status).toBe(404);
  });

  it('keeps organizations apart: another organization\'s admin gets 404, its clients never see this organization', async () => {
    const mine = await create('Viewpoint', ['relaties.read', 'webhooks.manage']);
    const theirAdmin = await other.staff(['admin']);
    for (const [method, path, body] of [
      ['GET', `/integration-clients/${mine.id}`, undefined],
      ['PATCH', `/integration-clients/${mine.id}`, { name: 'Overgenomen' }],
      ['POST', `/integration-clients/${mine.id}/rotate`, {}],
      ['DELETE', `/integration-clients/${mine.id}`, undefined],
    ] as const) {
      const res = await t.request(method, path, { token: theirAdmin.token, body });
      expect([method, path, res.status]).toEqual([method, path, 404]);
    }
    const theirList = await t.request('GET', '/integration-clients', { token: theirAdmin.token });
    expect(theirList.body.map((c: { id: string }) => c.id)).not.toContain(mine.id);
    expect((await t.request('GET', `/integration-clients/${mine.id}`, { token: admin.token })).body.name).toBe('Viewpoint');

    const theirs = await other.client(['relaties.read']);
    const seen = await t.request('GET', '/integrations/connection', { token: theirs.token });
    expect(seen.body.organization.slug).toBe(other.slug);
    // A client is not an admin: the admin API refuses it whatever its scopes.
    const asClient = await t.request('GET', '/integration-clients', { token: theirs.token });
    expect(asClient.status).toBe(403);
    expect(asClient.body.type).toMatch(/forbidden$/);
  });

  it('is for admins only: other staff 403, tenants and strangers nothing', async () => {
    const made = await create('Alleen beheer', ['relaties.read']);
    for (const roles of [['agent'], ['team_lead'], ['kb_editor']] as const) {
      const staff = await org.staff([...roles]);
      expect((await t.request('GET', '/integration-clients', { token: staff.token })).status).toBe(403);
      expect((await t.request('DELETE', `/integration-clients/${made.id}`, { token: staff.token })).status).toBe(403);
      expect((await t.request('POST', '/integration-clients', { token: staff.token, body: { name: 'x', scopes: ['relaties.read'] } })).status).toBe(403);
      // People are not integration clients.
      const connection = await t.request('GET', '/integrations/connection', { token: staff.token });
      expect(connection.status).toBe(403);
      expect(connection.body.detail).toContain('koppelingen');
    }
    expect((await t.request('GET', '/integration-clients')).status).toBe(401);
    expect((await t.request('GET', '/integrations/connection')).status).toBe(401);
  });

  it('an expired token is a 401 (expiry on the database clock)', async () => {
    const c = await org.client(['contactmomenten.read']);
    await t.db.query(`UPDATE integration_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [sha256(c.token)]);
    const res = await t.request('GET', '/integrations/connection', { token: c.token });
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('a revoked client is out at once: its trusted token 401 on the next request, no new tokens', async () => {
    const c = await org.client(['wijzigingen.read']);
    expect((await t.request('GET', '/integrations/connection', { token: c.token })).status).toBe(200); // now trusted by this process
    expect((await t.request('DELETE', `/integration-clients/${c.id}`, { token: admin.token })).status).toBe(204);
    expect((await t.request('GET', '/integrations/connection', { token: c.token })).status).toBe(401);
    const again = await tokenFor(t.request, c.clientId, c.clientSecret);
    expect(again.status).toBe(401);
    expect(again.body.detail).toContain('ingetrokken');
    const rows = await t.db.query(`SELECT revoked_at FROM integration_tokens WHERE client_id = $1`, [c.id]);
    expect(rows.every((r: { revoked_at: Date | null }) => r.revoked_at !== null)).toBe(true);
  });

  it('rotating: the old secret 401 at once, the new one works; live tokens run out by themselves unless ended too', async () => {
    const c = await org.client(['relaties.read']);
    const rotated = await t.request('POST', `/integration-clients/${c.id}/rotate`, { token: admin.token });
    expect(rotated.status).toBe(200);
    expect((await tokenFor(t.request, c.clientId, c.clientSecret)).status).toBe(401);
    const fresh = await tokenFor(t.request, c.clientId, rotated.body.clientSecret);
    expect(fresh.status).toBe(200);
    // The token from before the rotation still works (it expires within 15 minutes)…
    expect((await t.request('GET', '/integrations/connection', { token: c.token })).status).toBe(200);
    // …unless the admin ends the tokens with the rotation (a leaked secret).
    const leaked = await t.request('POST', `/integration-clients/${c.id}/rotate`, { token: admin.token, body: { endTokens: true } });
    expect(leaked.status).toBe(200);
    expect((await t.request('GET', '/integrations/connection', { token: c.token })).status).toBe(401);
    expect((await t.request('GET', '/integrations/connection', { token: fresh.body.access_token })).status).toBe(401);
    expect((await tokenFor(t.request, c.clientId, rotated.body.clientSecret)).status).toBe(401);
    expect((await tokenFor(t.request, c.clientId, leaked.body.clientSecret)).status).toBe(200);
    const record = await audit(c.id);
    expect(record.filter((r) => r.action === 'integration_client.rotated').map((r) => r.details)).toEqual([
      { endTokens: false, tokensEnded: 0 },
      { endTokens: true, tokensEnded: 2 },
    ]);
  });

  it('keeps no secret and no token in plain text: only their SHA-256', async () => {
    const c = await org.client(['relaties.read']);
    const [row] = await t.db.query(`SELECT * FROM integration_clients WHERE id = $1`, [c.id]);
    expect(JSON.stringify(row)).not.toContain(c.clientSecret);
    expect(JSON.stringify(row)).not.toContain(c.clientSecret.slice(4));
    expect(row.secret_hash).toBe(sha256(c.clientSecret));
    const tokens = await t.db.query(`SELECT * FROM integration_tokens WHERE client_id = $1`, [c.id]);
    expect(tokens).toHaveLength(1);
    expect(JSON.stringify(tokens)).not.toContain(c.token.slice(4));
    expect(tokens[0].token_hash).toBe(sha256(c.token));
  });

  it('forgets the trusted tokens of one client only', async () => {
    const a = await org.client(['relaties.read']);
    const b = await org.client(['relaties.read']);
    for (const c of [a, b]) expect((await t.request('GET', '/integrations/connection', { token: c.token })).status).toBe(200);
    // Make both tokens unknown to the database: only what the process still trusts lets them in.
    await t.db.query(`UPDATE integration_tokens SET revoked_at = now() WHERE client_id = ANY($1)`, [[a.id, b.id]]);
    t.app.get(AuthService).forgetClient(a.id);
    expect((await t.request('GET', '/integrations/connection', { token: a.token })).status).toBe(401);
    expect((await t.request('GET', '/integrations/connection', { token: b.token })).status).toBe(200);
  });

  /**
   * A real API process with small limits and the most talkative log: throttling over HTTP (429 with
   * Retry-After, counted in Redis), a revocation reaching another process within its trust time,
   * and no secret or token in its log.
   */
  describe('in a second API process', () => {
    let api: { process: ChildProcess; base: string; output: () => string; request: Request };
    beforeAll(async () => {
      api = await startApi({ LOG_LEVEL: 'trace', CLIENT_RATE_PER_SECOND: '5', CLIENT_RATE_BURST: '10', CLIENT_TOKEN_REQUESTS_PER_MINUTE: '3' });
    }, 90_000);
    afterAll(() => api?.process.kill());

    it('throttles a client beyond its burst with 429 and Retry-After; staff and other clients go on', async () => {
      const c = await org.client(['relaties.read']);
      const d = await org.client(['relaties.read']);
      const answers = await Promise.all(Array.from({ length: 40 }, () => api.request('GET', '/integrations/connection', { token: c.token })));
      const statuses = answers.map((a) => a.status);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(10);
      const refused = answers.filter((a) => a.status === 429);
      expect(refused.length).toBeGreaterThan(0);
      expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
      expect(refused[0].headers['content-type']).toMatch(/application\/problem\+json/);
      expect(Number(refused[0].headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(refused[0].headers['retry-after'])).toBeLessThanOrEqual(2);
      expect(refused[0].body).toMatchObject({ status: 429 });
      expect(refused[0].body.detail).toContain('Retry-After');

      expect((await api.request('GET', '/integrations/connection', { token: d.token })).status).toBe(200);
      const staff = await Promise.all(Array.from({ length: 30 }, () => api.request('GET', '/auth/me', { token: admin.token })));
      expect(staff.every((s) => s.status === 200)).toBe(true);
    });

    it('throttles token requests per client_id, right secret or wrong', async () => {
      const made = await create('Sleutelraden', ['relaties.read']);
      const wrong = await Promise.all(Array.from({ length: 3 }, () => tokenFor(api.request, made.clientId, `${made.clientSecret}x`)));
      expect(wrong.map((w) => w.status)).toEqual([401, 401, 401]);
      const right = await tokenFor(api.request, made.clientId, made.clientSecret);
      expect(right.status).toBe(429);
      expect(Number(right.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(right.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(right.body.detail).toContain('client_id');
      // Another client is not held up.
      const another = await create('Ander systeem', ['relaties.read']);
      expect((await tokenFor(api.request, another.clientId, another.clientSecret)).status).toBe(200);
    });

    it('a revoked client is out of the other API processes within their trust time (5 s)', async () => {
      const c = await org.client(['relaties.read']);
      expect((await api.request('GET', '/integrations/connection', { token: c.token })).status).toBe(200);
      expect((await t.request('DELETE', `/integration-clients/${c.id}`, { token: admin.token })).status).toBe(204);
      const started = Date.now();
      await eventually(async () => (await api.request('GET', '/integrations/connection', { token: c.token })).status === 401, 10_000);
      expect(Date.now() - started).toBeLessThan(7_000);
    });

    it('writes no secret and no token to its log, not even at trace level', async () => {
      const made = (await api.request('POST', '/integration-clients', { token: admin.token, body: { name: 'Logtest', scopes: ['relaties.read'] } })).body;
      const rotated = (await api.request('POST', `/integration-clients/${made.id}/rotate`, { token: admin.token, body: {} })).body;
      const basic = await api.request('POST', '/auth/token', {
        body: 'grant_type=client_credentials',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${made.clientId}:${rotated.clientSecret}`).toString('base64')}` },
      });
      expect(basic.status).toBe(200);
      const form = await api.request('POST', '/auth/token', {
        body: `grant_type=client_credentials&client_id=${made.clientId}&client_secret=${encodeURIComponent(rotated.clientSecret)}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect((await api.request('GET', '/integrations/connection', { token: form.body.access_token })).status).toBe(200);
      const log = api.output();
      expect(log.length).toBeGreaterThan(0);
      expect(log).not.toContain(Buffer.from(`${made.clientId}:${rotated.clientSecret}`).toString('base64').slice(0, 40));
      for (const secret of [made.clientSecret, rotated.clientSecret, basic.body.access_token, form.body.access_token, admin.token]) {
        expect(log).not.toContain(secret);
        expect(log).not.toContain(secret.slice(4, 24));
        expect(log).not.toContain(encodeURIComponent(secret).slice(4, 24));
      }
    });
  });
});
