import pino from 'pino';
import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { censorLogLine, pinoOptions, queryName, safeError } from './logging';

function capture(level: 'info' | 'warn' = 'info') {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk, _enc, done) => { lines.push(String(chunk)); done(); } });
  return { log: pino(pinoOptions({ LOG_LEVEL: level }), sink), out: () => lines.join('') };
}

describe('logs', () => {
  it('never contain personal data or secrets', () => {
    const { log, out } = capture();
    log.info({ body: { email: 'jan@example.nl', password: 'geheim', firstName: 'Jan', lastName: 'Jansen', phoneNumbers: ['0612345678'] }, req: { headers: { authorization: 'Bearer abc' } } }, 'request');
    for (const secret of ['jan@example.nl', 'geheim', 'Jansen', '0612345678', 'Bearer abc']) expect(out()).not.toContain(secret);
    expect(out()).toContain('[redacted]');
  });

  it('redact personal data at any depth and inside arrays, keeping the rest', () => {
    const { log, out } = capture();
    log.info({
      job: { data: { customers: [{ id: 'c-1', first_name: 'Fenna', address: { street: 'Dorpsstraat' } }, { id: 'c-2', contact: { summary: 'Lekkage bij Fenna' } }] } },
      deep: { a: { b: { c: { d: { internalNote: 'Moeilijke klant' } } } } },
    });
    const line = JSON.parse(out());
    expect(out()).not.toMatch(/Fenna|Dorpsstraat|Lekkage|Moeilijke/);
    expect(line.job.data.customers.map((c: { id: string }) => c.id)).toEqual(['c-1', 'c-2']);
    expect(line.deep.a.b.c.d.internalNote).toBe('[redacted]');
  });

  it('leave the raw request and response to their serializers, but censor a plain object under those keys', () => {
    class IncomingMessage {
      url = '/api/v1/customers?q=Jansen';
    }
    const raw = new IncomingMessage();
    const line = censorLogLine({ req: raw, res: { headers: { email: 'jan@example.nl' } }, msg: 'request completed' });
    expect(line['req']).toBe(raw); // pino-http's req serializer keeps only the method, the path without query string and the id
    expect(JSON.stringify(line['res'])).not.toContain('jan@example.nl');
  });

  it('say of a failed query its class, SQLSTATE and name, never its parameters, message or driver detail', () => {
    const driverError = Object.assign(new Error('invalid input syntax for type uuid: "piet@example.nl"'), {
      code: '23505',
      detail: 'Key (email)=(piet@example.nl) already exists.',
    });
    const sql = 'INSERT INTO "customers" ("first_name", "email") VALUES ($1, $2)';
    const error = new QueryFailedError(sql, ['Piet', 'piet@example.nl'], driverError);
    const { log, out } = capture();
    log.error({ err: error, nested: { cause: error } }, 'Request failed');
    expect(out()).not.toMatch(/piet@example\.nl|Piet|Key \(|invalid input|VALUES/);
    const line = JSON.parse(out());
    expect(line.err).toMatchObject({ class: 'QueryFailedError', code: '23505', queryName: queryName(sql) });
    expect(line.err.stack.length).toBeGreaterThan(0);
    expect(line.nested.cause.class).toBe('QueryFailedError');
  });

  it('name a query by verb, first table and a hash of its text, the same each time', () => {
    expect(queryName('INSERT INTO "customers" (a) VALUES ($1)')).toMatch(/^insert customers #[0-9a-f]{8}$/);
    expect(queryName('SELECT *\n  FROM users u JOIN organizations o ON true WHERE u.email = $1')).toMatch(/^select users #/);
    expect(queryName('UPDATE sessions SET x = $1')).toBe(queryName('UPDATE   sessions\nSET x = $1'));
    expect(queryName('UPDATE sessions SET x = $1')).not.toBe(queryName('UPDATE sessions SET y = $1'));
  });

  it('scrub values out of other errors\' messages (e.g. an SMTP answer quoting the recipient)', () => {
    const e = safeError(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <anna.devries@example.nl>: unknown, call 06-12345678 at 1234 AB"));
    expect(JSON.stringify(e)).not.toMatch(/anna|12345678|1234 AB/);
    expect(e['message']).toContain('recipients were rejected');
  });

  it('honour the level', () => {
    const { log, out } = capture('warn');
    log.info('not shown');
    log.warn('shown');
    expect(out()).not.toContain('not shown');
    expect(out()).toContain('shown');
  });
});
