import { randomInt, randomUUID } from 'node:crypto';
import { eventually } from '../testing/processes';
import { bootApp, freezeClock, createOrg, customerBody, PASSWORD, TestApp, TestOrg } from '../testing/harness';

// Short locks so the growing lockout can be watched: 1 s, 2 s, 4 s (the cap), 4 s.
const ENV = { LOGIN_LOCKOUT_SECONDS: '1', LOGIN_LOCKOUT_MAX_SECONDS: '4', SESSION_IDLE_MINUTES: '30' };
const saved: Record<string, string | undefined> = {};
const someAddress = () => `10.${randomInt(0, 255)}.${randomInt(0, 255)}.${randomInt(1, 255)}`;

describe('login protection', () => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => {
    for (const [k, v] of Object.entries(ENV)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    t = await bootApp();
    org = await createOrg(t);
  });
  afterAll(async () => {
    await t.close();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });

  /** A login from an address of its own (unless given), so only the account's count matters. */
  const login = (email: string, password: string, remoteAddress = someAddress(), headers: Record<string, string> = {}) =>
    t.request('POST', '/auth/login', { body: { email, password }, remoteAddress, headers });
  const sessions = async (userId: string) => Number((await t.db.query(`SELECT count(*) AS n FROM sessions WHERE user_id = $1`, [userId]))[0].n);

  it('locks an account after five wrong passwords: 429 problem+json with Retry-After and the login page\'s Dutch words, even for the right password', async () => {
    const agent = await org.staff();
    for (let i = 0; i < 5; i++) expect((await login(agent.email, `wrong-${i}`)).status).toBe(401);
    const before = await sessions(agent.id);
    const locked = await login(agent.email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.headers['content-type']).toContain('application/problem+json');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(locked.body).toMatchObject({ status: 429, type: 'urn:loket:problem:too-many-requests', detail: 'Te veel pogingen. Wacht even en probeer het daarna opnieuw.' });
    expect(await sessions(agent.id)).toBe(before);
    const english = await login(agent.email, PASSWORD, someAddress(), { 'accept-language': 'en-GB,en;q=0.9' });
    expect(english.body.detail).toBe('Too many attempts. Wait a moment and try again.');
    // The e-mail is normalized: other spelling, same account.
    expect((await login(agent.email.toUpperCase(), PASSWORD)).status).toBe(429);
  });

  it('makes each further lock last twice as long, up to the cap, and starts afresh after a successful login', async () => {
    const agent = await org.staff();
    const wrong = () => login(agent.email, 'wrong');
    for (let i = 0; i < 5; i++) expect((await wrong()).status).toBe(401);
    const retryAfters: number[] = [];
    for (let lock = 0; lock < 4; lock++) {
      const refused = await wrong();
      expect(refused.status).toBe(429);
      retryAfters.push(Number(refused.headers['retry-after']));
      // Once the lock has run out one more try is let through (and locks again, longer).
      await eventually(async () => (await wrong()).status === 401 || undefined, 10_000);
    }
    expect(retryAfters).toEqual([1, 2, 4, 4]);

    await eventually(async () => (await login(agent.email, PASSWORD)).status === 200 || undefined, 10_000);
    // Counted from zero again: five wrong passwords before the first (short) lock.
    for (let i = 0; i < 5; i++) expect((await wrong()).status).toBe(401);
    const again = await wrong();
    expect(again.status).toBe(429);
    expect(Number(again.headers['retry-after'])).toBe(1);
  }, 40_000);

  it('refuses a client address after eight failed logins, whichever accounts they were for', async () => {
    const address = someAddress();
    const agent = await org.staff();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await login(`nobody-${randomUUID().slice(0, 8)}@${org.slug}.test`, 'guess', address)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 401, 401, 429, 429]);
    const blocked = await login(agent.email, PASSWORD, address);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(60);
    // Another address is not held back by it.
    expect((await login(agent.email, PASSWORD)).status).toBe(200);
  });

  it('lets an office full of people log in from one address: only failures count there', async () => {
    const address = someAddress();
    const people = [];
    for (let i = 0; i < 12; i++) people.push(await org.staff());
    for (const p of people) expect((await login(p.email, PASSWORD, address)).status).toBe(200);
  });

  it('decides before the password hash is computed: no hash for a locked account, at most five for a burst', async () => {
    const agent = await org.staff();
    // Counts the hashes computed (the module object itself, as password.ts calls it).
    const verify = jest.spyOn(require('@node-rs/argon2') as typeof import('@node-rs/argon2'), 'verify');
    try {
      // 20 wrong passwords at once, each from another address: the count is reserved before hashing.
      const burst = await Promise.all(Array.from({ length: 20 }, () => login(agent.email, 'wrong')));
      expect(burst.filter((r) => r.status === 401)).toHaveLength(5);
      expect(burst.filter((r) => r.status === 429)).toHaveLength(15);
      expect(verify).toHaveBeenCalledTimes(5);
      verify.mockClear();
      const locked = await Promise.all(Array.from({ length: 10 }, () => login(agent.email, PASSWORD)));
      expect(locked.every((r) => r.status === 429)).toBe(true);
      expect(verify).not.toHaveBeenCalled();
    } finally {
      verify.mockRestore();
    }
  });

  it('puts failed and successful logins in the audit log, without the password and without an unknown e-mail', async () => {
    const agent = await org.staff();
    const address = someAddress();
    const unknown = `onbekend-${randomUUID().slice(0, 8)}@${org.slug}.test`;
    expect((await login(agent.email, 'Fout-wachtwoord-7', address)).status).toBe(401);
    expect((await login(unknown, 'Fout-wachtwoord-8', address)).status).toBe(401);
    expect((await login(agent.email, PASSWORD, address)).status).toBe(200);

    const rows: { organization_id: string | null; action: string; entity_id: string | null; details: Record<string, unknown> }[] = await t.db.query(
      `SELECT organization_id, action, entity_id, details FROM audit_events WHERE details->>'address' = $1 ORDER BY id`,
      [address],
    );
    expect(rows.map((r) => [r.action, r.details['reason'] ?? null])).toEqual([
      ['auth.login_failed', 'wrong-password'],
      ['auth.login_failed', 'unknown-account'],
      ['auth.login', null],
    ]);
    expect(rows[0]).toMatchObject({ organization_id: org.id, entity_id: agent.id });
    expect(rows[1]).toMatchObject({ organization_id: null, entity_id: null });
    expect(rows[1].details['account']).toMatch(/^[0-9a-f]{32}$/);
    expect(rows[2]).toMatchObject({ organization_id: org.id, entity_id: agent.id });
    const stored = JSON.stringify(rows);
    for (const secret of ['Fout-wachtwoord', PASSWORD, unknown, unknown.split('@')[0]]) expect(stored).not.toContain(secret);
  });

  it('records when an account gets locked', async () => {
    const agent = await org.staff();
    for (let i = 0; i < 5; i++) await login(agent.email, 'wrong');
    const [row] = await t.db.query(
      `SELECT details FROM audit_events WHERE entity_id = $1 AND action = 'auth.login_failed' AND details ? 'lockedForSeconds'`,
      [agent.id],
    );
    expect(row.details.lockedForSeconds).toBe(1);
  });

  describe('idle staff sessions', () => {
    afterEach(() => jest.useRealTimers());

    /*
     * A session's times live on the database's clock (the one all API processes share), so time
     * passing is shown by the session's last activity lying further back; this process's clock is
     * moved past its 5-second trust window between the steps.
     */
    it('end after 30 minutes without a request, the last activity written at most once a minute; tenants keep theirs until the absolute end', async () => {
      const agent = await org.staff();
      const customer = await t.request('POST', '/customers', { token: agent.token, body: customerBody() });
      const tenant = await org.tenant(customer.body.id);
      const me = (token: string) => t.request('GET', '/auth/me', { token });
      const start = Date.now();
      let step = 0;
      const nextStep = () => freezeClock(new Date(start + ++step * 10_000));
      const session = async (userId: string) =>
        (await t.db.query(`SELECT last_seen_at, extract(epoch FROM now() - last_seen_at) AS ago FROM sessions WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`, [userId]))[0];
      const lastSeen = (userId: string, minutesAgo: number) =>
        t.db.query(`UPDATE sessions SET last_seen_at = now() - $2 * interval '1 minute' WHERE user_id = $1`, [userId, minutesAgo]);

      // Requests within a minute of the last one write nothing.
      const before = (await session(agent.id)).last_seen_at;
      nextStep();
      expect((await me(agent.token)).status).toBe(200);
      expect((await session(agent.id)).last_seen_at).toEqual(before);

      await lastSeen(agent.id, 29);
      nextStep();
      expect((await me(agent.token)).status).toBe(200);
      expect(Number((await session(agent.id)).ago)).toBeLessThan(5); // this request is the new last activity

      await lastSeen(agent.id, 31);
      nextStep();
      expect((await me(agent.token)).status).toBe(401);

      // A tenant has no idle limit, only the absolute one (SESSION_TTL_HOURS).
      await lastSeen(tenant.id, 8 * 60);
      nextStep();
      expect((await me(tenant.token)).status).toBe(200);
      await t.db.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [tenant.id]);
      nextStep();
      expect((await me(tenant.token)).status).toBe(401);
    });

    it('hold across API processes: another process sees the idle session as ended', async () => {
      const agent = await org.staff();
      const other = await bootApp();
      try {
        expect((await other.request('GET', '/auth/me', { token: agent.token })).status).toBe(200);
        await t.db.query(`UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1`, [agent.id]);
        freezeClock(new Date(Date.now() + 6_000));
        expect((await other.request('GET', '/auth/me', { token: agent.token })).status).toBe(401);
        expect((await t.request('GET', '/auth/me', { token: agent.token })).status).toBe(401);
      } finally {
        jest.useRealTimers();
        await other.close();
      }
    });
  });

  describe('the client address behind a proxy (TRUST_PROXY)', () => {
    const addressOfLastFailure = async (email: string) =>
      (await t.db.query(`SELECT details->>'address' AS a FROM audit_events u JOIN users ON users.id = u.entity_id WHERE users.email = $1 AND action = 'auth.login_failed' ORDER BY u.id DESC LIMIT 1`, [email]))[0]?.a;

    it('by default believes X-Forwarded-For only from a proxy on the same machine', async () => {
      const agent = await org.staff();
      await login(agent.email, 'wrong', '127.0.0.1', { 'x-forwarded-for': '203.0.113.7' });
      expect(await addressOfLastFailure(agent.email)).toBe('203.0.113.7');
      await login(agent.email, 'wrong', '198.51.100.9', { 'x-forwarded-for': '203.0.113.8' });
      expect(await addressOfLastFailure(agent.email)).toBe('198.51.100.9');
    });

    it('throttles the forwarded client, not the proxy: others behind the same proxy still get in', async () => {
      const agent = await org.staff();
      const viaProxy = (email: string, password: string, client: string) => login(email, password, '127.0.0.1', { 'x-forwarded-for': client });
      const attacker = someAddress();
      for (let i = 0; i < 8; i++) expect((await viaProxy(`x${i}-${randomUUID().slice(0, 6)}@${org.slug}.test`, 'guess', attacker)).status).toBe(401);
      expect((await viaProxy(agent.email, PASSWORD, attacker)).status).toBe(429);
      expect((await viaProxy(agent.email, PASSWORD, someAddress())).status).toBe(200);
    });

    it('with TRUST_PROXY=off takes the socket address, whatever the header says', async () => {
      process.env['TRUST_PROXY'] = 'off';
      const other = await bootApp();
      try {
        const agent = await org.staff();
        await other.request('POST', '/auth/login', { body: { email: agent.email, password: 'wrong' }, remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.9' } });
        expect(await addressOfLastFailure(agent.email)).toBe('127.0.0.1');
      } finally {
        delete process.env['TRUST_PROXY'];
        await other.close();
      }
    });
  });
});
