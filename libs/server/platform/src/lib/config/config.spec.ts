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
