import { ConfigError, loadConfig } from './config';

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
});
