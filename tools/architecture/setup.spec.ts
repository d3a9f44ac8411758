import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What was made one thing stays one thing in the server code (apps/api, apps/worker, libs/server):
 * - jobs get their options from the job registry (`jobs.add`, platform/jobs/jobs.ts), never inline;
 * - a processor takes its queue's `QueueJob<Q>` from that registry: the job's name types its payload (no casts);
 * - the process set-up (TypeORM, nestjs-cls, BullMQ root, the pino logger) is LoketCoreModule's;
 * - Dutch times are formatted by business-calendar's formatters (the time zone is its concern), in the
 *   SPAs too (they import the same formatters from `@loket/shared/dutch-time`, without the calendar);
 * - a uuid is recognised by platform's `isUuid`/`uuidOr`.
 */
const root = join(__dirname, '../..');

function files(dir: string, pattern = /\.ts$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path, pattern);
    return pattern.test(name) && !/\.(int-)?(spec|test)\.tsx?$/.test(name) ? [path] : [];
  });
}

const server = ['apps/api/src', 'apps/worker/src', 'libs/server'].flatMap((d) => files(join(root, d)));
const spas = ['apps/agent/src', 'apps/portal/src', 'libs/web'].flatMap((d) => files(join(root, d), /\.tsx?$/));
const code = (path: string) => readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
const offenders = (pattern: RegExp, allowed: string[] = []) =>
  server.map((f) => relative(root, f)).filter((f) => !allowed.includes(f) && pattern.test(code(join(root, f))));

describe('one set-up, one registry, one set of helpers', () => {
  it('job options come from the job registry', () => {
    expect(offenders(/\b(removeOnComplete|removeOnFail|backoff)\s*:/, ['libs/server/platform/src/lib/jobs/jobs.ts'])).toEqual([]);
  });

  it('job processors are typed by the job registry', () => {
    const processors = offenders(/\bextends WorkerHost\b/);
    expect(processors.length).toBeGreaterThanOrEqual(5);
    expect(processors.filter((f) => !/\basync process\(job: QueueJob</.test(code(join(root, f))))).toEqual([]);
    expect(offenders(/\bjob\.data as\b/)).toEqual([]);
  });

  it('the process set-up is LoketCoreModule', () => {
    expect(offenders(/\b(TypeOrmModule|ClsModule|BullModule|LoggerModule)\.forRoot(Async)?\(/, ['libs/server/platform/src/lib/core.module.ts', 'libs/server/platform/src/lib/logging/logging.ts'])).toEqual([]);
  });

  it('Dutch times are formatted by business-calendar', () => {
    expect(offenders(/new Intl\.DateTimeFormat\([^)]*('nl-NL'|'Europe\/Amsterdam')/)).toEqual([]);
  });

  it('the SPAs format dates and times with the shared zoned formatters', () => {
    expect(spas.length).toBeGreaterThan(50);
    const offending = spas.map((f) => relative(root, f)).filter((f) => /new Intl\.DateTimeFormat\(/.test(code(join(root, f))));
    expect(offending).toEqual([]);
  });

  it('a uuid is recognised by isUuid', () => {
    expect(offenders(/\[0-9a-f\]\{8\}-/i, ['libs/server/platform/src/lib/errors/ids.ts'])).toEqual([]);
  });
});
