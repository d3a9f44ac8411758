import pino from 'pino';
import { Writable } from 'node:stream';
import { REDACT_PATHS } from './logging';

describe('logs', () => {
  it('never contain personal data or secrets', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => { lines.push(String(chunk)); done(); } });
    const log = pino({ redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, sink);
    log.info({ body: { email: 'jan@example.nl', password: 'geheim', firstName: 'Jan', lastName: 'Jansen', phoneNumbers: ['0612345678'] }, req: { headers: { authorization: 'Bearer abc' } } }, 'request');
    const out = lines.join('');
    for (const secret of ['jan@example.nl', 'geheim', 'Jansen', '0612345678', 'Bearer abc']) expect(out).not.toContain(secret);
    expect(out).toContain('[redacted]');
  });
});
