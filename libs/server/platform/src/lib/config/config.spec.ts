import { ConfigError, loadConfig, processorOptions } from './config';

describe('configuration at boot', () => {
  it('runs on development defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.DATABASE_URL).toMatch(/^postgres:\/\//);
  });

  it('names every malformed variable in one message', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL']) expect(message).toContain(name);
  });

  it('requires the connection settings in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL: is required in production[\s\S]*REDIS_URL/);
  });

  it('bounds how old a logged contact and how far ahead a callback may be: a year unless configured', () => {
    expect(loadConfig({})).toMatchObject({ CONTACT_MAX_AGE_DAYS: 365, CALLBACK_HORIZON_DAYS: 365 });
    expect(loadConfig({ CONTACT_MAX_AGE_DAYS: '90', CALLBACK_HORIZON_DAYS: '730' })).toMatchObject({ CONTACT_MAX_AGE_DAYS: 90, CALLBACK_HORIZON_DAYS: 730 });
    expect(() => loadConfig({ CONTACT_MAX_AGE_DAYS: '0', CALLBACK_HORIZON_DAYS: '1.5' })).toThrow(/CONTACT_MAX_AGE_DAYS[\s\S]*CALLBACK_HORIZON_DAYS/);
  });

  it('reads TRUST_PROXY as Fastify takes it: loopback by default, off, hops or addresses; never "trust anyone"', () => {
    expect(loadConfig({}).TRUST_PROXY).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: 'off' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.4,loopback' }).TRUST_PROXY).toEqual(['10.0.0.0/8', '192.168.1.4', 'loopback']);
    for (const wrong of ['true', 'nginx', '10.0.0.0/99', '300.1.1.1']) expect(() => loadConfig({ TRUST_PROXY: wrong })).toThrow(/TRUST_PROXY/);
  });

  it('has login protection and idle timeout defaults, and refuses switching throttling off in production', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ SESSION_IDLE_MINUTES: 30, LOGIN_MAX_FAILURES_PER_ACCOUNT: 5, LOGIN_LOCKOUT_SECONDS: 60, LOGIN_MAX_FAILURES_PER_ADDRESS: 8, LOGIN_THROTTLE: 'on' });
    expect(loadConfig({ LOGIN_THROTTLE: 'off' }).LOGIN_THROTTLE).toBe('off');
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c', REDIS_URL: 'redis://r' };
    expect(() => loadConfig({ ...prod, LOGIN_THROTTLE: 'off' })).toThrow(/LOGIN_THROTTLE: may not be off in production/);
    expect(() => loadConfig({ LOGIN_LOCKOUT_SECONDS: '600', LOGIN_LOCKOUT_MAX_SECONDS: '60' })).toThrow(/LOGIN_LOCKOUT_MAX_SECONDS/);
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES/);
  });

  it('throttles integration clients by default, with a burst no smaller than the rate', () => {
    expect(loadConfig({})).toMatchObject({ CLIENT_RATE_PER_SECOND: 50, CLIENT_RATE_BURST: 250, CLIENT_TOKEN_REQUESTS_PER_MINUTE: 30 });
    expect(() => loadConfig({ CLIENT_RATE_PER_SECOND: '100', CLIENT_RATE_BURST: '50' })).toThrow(/CLIENT_RATE_BURST: must be at least CLIENT_RATE_PER_SECOND/);
    expect(() => loadConfig({ CLIENT_RATE_PER_SECOND: '0' })).toThrow(/CLIENT_RATE_PER_SECOND/);
    expect(() => loadConfig({ CLIENT_TOKEN_REQUESTS_PER_MINUTE: 'veel' })).toThrow(/CLIENT_TOKEN_REQUESTS_PER_MINUTE/);
  });

  it('serves the API docs outside production, and in production only when API_DOCS=true', () => {
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://a@b/c', REDIS_URL: 'redis://r' };
    expect(loadConfig({}).API_DOCS).toBe(true);
    expect(loadConfig(prod).API_DOCS).toBe(false);
    expect(loadConfig({ ...prod, API_DOCS: 'true' }).API_DOCS).toBe(true);
    expect(loadConfig({ API_DOCS: 'false' }).API_DOCS).toBe(false);
  });
});

describe('job processor options', () => {
  const previous = process.env['JOB_LOCK_MS'];
  afterEach(() => {
    if (previous === undefined) delete process.env['JOB_LOCK_MS'];
    else process.env['JOB_LOCK_MS'] = previous;
  });

  it('take how soon a killed worker’s jobs run again from JOB_LOCK_MS (30 s unless set)', () => {
    delete process.env['JOB_LOCK_MS'];
    expect(processorOptions(10)).toEqual({ concurrency: 10, lockDuration: 30_000, stalledInterval: 30_000 });
    process.env['JOB_LOCK_MS'] = '5000';
    expect(processorOptions()).toEqual({ concurrency: 1, lockDuration: 5_000, stalledInterval: 5_000 });
  });

  it('refuse a malformed JOB_LOCK_MS at boot', () => {
    expect(() => loadConfig({ JOB_LOCK_MS: '10' })).toThrow(/JOB_LOCK_MS/);
  });
});
