// Integration tests talk to the real PostgreSQL and Redis, in a database of their own.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.TEST_LOG_LEVEL ?? 'silent';
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://loket:loket@127.0.0.1:5432/loket_test';
process.env.REDIS_PREFIX = process.env.TEST_REDIS_PREFIX ?? 'loket-test';
// Tests move their clock by days and weeks (freezeClock); a test's login lasts the longest allowed.
process.env.SESSION_TTL_HOURS = process.env.SESSION_TTL_HOURS ?? '720';
