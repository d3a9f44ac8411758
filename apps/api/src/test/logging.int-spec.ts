import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { bootApp, createOrg, customerBody, TestApp, TestOrg } from '../testing/harness';
import { eventually, startApi, startWorker } from '../testing/processes';

/**
 * What the processes write to their log, read from their real output: a failing query must leave
 * its correlation id, error class and query name there, never the values it was given.
 */
describe('logs hold no personal data', () => {
  let t: TestApp;
  let org: TestOrg;
  let api: { process: ChildProcess; base: string; output: () => string };
  const index = `uq_log_test_${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    t = await bootApp();
    org = await createOrg(t);
    // A rule only this test's organization has: a second customer with the same e-mail address fails in PostgreSQL.
    await t.db.query(`CREATE UNIQUE INDEX ${index} ON customers (email) WHERE organization_id = '${org.id}'`);
    api = await startApi({ LOG_LEVEL: 'info' });
  }, 90_000);
  afterAll(async () => {
    api?.process.kill();
    await t.db.query(`DROP INDEX IF EXISTS ${index}`);
    await t.close();
  });

  it('a failed query: correlation id, error class, SQLSTATE and query name — no parameter values, no driver detail', async () => {
    const agent = await org.staff();
    const person = customerBody({
      firstName: 'Wilhelmina',
      lastName: 'Zwartkruis',
      email: `w.zwartkruis-${randomUUID().slice(0, 6)}@voorbeeld.nl`,
      phoneNumbers: [{ number: '06-28765432', label: 'mobile' }],
      address: { street: 'Lindengracht', houseNumber: 71, houseLetter: null, houseNumberAddition: null, postcode: '1015 KD', city: 'Amsterdam' },
    });
    const post = (customerNumber: string, correlationId: string) =>
      fetch(`${api.base}/api/v1/customers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${agent.token}`, 'x-correlation-id': correlationId },
        body: JSON.stringify({ ...person, customerNumber }),
      });
    const first = await post(`${person.customerNumber}A`, `log-test-${randomUUID()}`);
    expect(first.status).toBe(201);
    const correlationId = `log-test-${randomUUID()}`;
    const failed = await post(`${person.customerNumber}B`, correlationId);
    expect(failed.status).toBe(500);
    const problem = (await failed.json()) as Record<string, unknown>;
    expect(JSON.stringify(problem)).not.toMatch(/INSERT|Zwartkruis|23505|Key \(/);

    const line = await eventually(() => api.output().split('\n').find((l) => l.includes(correlationId) && l.includes('Request failed')));
    const logged = JSON.parse(line);
    expect(logged).toMatchObject({ level: 50, correlationId, err: { class: 'QueryFailedError', code: '23505' } });
    expect(logged.err.queryName).toMatch(/^insert customers #[0-9a-f]{8}$/);
    expect(api.output()).toContain(`"queryName":"${logged.err.queryName}"`);

    const log = api.output();
    for (const value of [person.email, 'Wilhelmina', 'Zwartkruis', 'Lindengracht', '1015 KD', '1015KD', '28765432', 'Amsterdam', 'Key (', 'already exists', 'PARAMETERS']) {
      expect(log).not.toContain(value);
    }
  });

  it('the worker logs through the same pino set-up (JSON lines, LOG_LEVEL honoured)', async () => {
    const worker = await startWorker({ LOG_LEVEL: 'info' });
    try {
      const out = worker.output();
      const lines = out.split('\n').filter((l) => l.trim() && l !== 'Loket worker started');
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.map((l) => JSON.parse(l).level)).toContain(30);
      expect(out).not.toContain('[Nest]');
    } finally {
      worker.kill();
    }
  }, 90_000);
});
