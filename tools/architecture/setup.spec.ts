import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * What was made one thing stays one thing in the server code (apps/api, apps/worker, libs/server):
 * - jobs get their options from the job registry (`jobs.add`, platform/jobs/jobs.ts), never inline;
 * - a processor takes its queue's `QueueJob<Q>` from that registry: the job's name types its payload (no casts);
 * - the process set-up (TypeORM, nestjs-cls, BullMQ root, the pino logger) is LoketCoreModule's;
 * - Dutch times are formatted by business-calendar's formatters (the time zone is its concern);
 * - a uuid is recognised by platform's `isUuid`/`uuidOr`.
 */
const root = join(__dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.ts$/.test(name) && !/\.(int-)?spec\.ts$/.test(name) ? [path] : [];
  });
}

const server = ['apps/api/src', 'apps/worker/src', 'libs/server'].flatMap((d) => files(join(root, d)));
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

  it('a uuid is recognised by isUuid', () => {
    expect(offenders(/\[0-9a-f\]\{8\}-/i, ['libs/server/platform/src/lib/errors/ids.ts'])).toEqual([]);
  });
});
