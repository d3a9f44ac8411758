import { Client } from 'pg';

const DAY_MS = 86_400_000;

/**
 * The clocks the suite runs on. `npm test` runs it twice: on the real date, and with Node's and
 * PostgreSQL's clocks moved ahead (scripts/test-shifted.sh, which passes the real moment in
 * LOKET_TEST_REAL_NOW and the shift in LOKET_TEST_SHIFT_DAYS).
 */
describe('the clocks the tests run on', () => {
  let db: Client;
  beforeAll(async () => {
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
  });
  afterAll(() => db.end());

  it('Node and PostgreSQL agree on the time, and in the shifted run both are the promised days ahead of the real date', async () => {
    const sqlNow = ((await db.query<{ now: Date }>('SELECT now()')).rows[0].now as Date).getTime();
    const nodeNow = Date.now();
    expect(Math.abs(sqlNow - nodeNow)).toBeLessThan(60_000);
    if (process.env.LOKET_TEST_REAL_NOW) {
      const ahead = Number(process.env.LOKET_TEST_SHIFT_DAYS ?? 0) * DAY_MS;
      const realNow = Number(process.env.LOKET_TEST_REAL_NOW);
      // The run started minutes ago at most: ahead by the shift, give or take that.
      for (const now of [nodeNow, sqlNow]) {
        expect(now - realNow).toBeGreaterThanOrEqual(ahead - 60_000);
        expect(now - realNow).toBeLessThan(ahead + 3_600_000);
      }
    }
  });
});
