import { ChildProcess, execFileSync, spawn, spawnSync, type SpawnOptions } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { httpRequest, type Request } from './harness';

export const root = join(__dirname, '../../../..');

export interface MailCatcher {
  smtpPort: number;
  messages: { to: string; subject: string; text: string; from: string; headers: Record<string, string> }[];
  /** Holds every new message before its sender is accepted (a stalled mail server); `waiting()` counts them. */
  hold: () => void;
  waiting: () => number;
  release: () => void;
  close: () => Promise<void>;
}
/** The same catcher `npm run demo` runs (a plain Node script, loaded by path). */
export const startMailCatcher = (require(join(root, 'scripts/mail-catcher.cjs')) as {
  startMailCatcher: (o: { smtpPort: number; httpPort: number }) => Promise<MailCatcher>;
}).startMailCatcher;

/** Polls until `check` returns something, for at most `ms`: waiting on the worker without blind sleeps. */
export async function eventually<T>(check: () => T | undefined | Promise<T | undefined>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== null && v !== false) return v as T;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A TCP port on 127.0.0.1 that nothing listens on. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A program of ours started from source with ts-node, as it runs in production; resolves once it printed `ready`. `output()` is what it wrote. */
async function startFromSource(name: string, script: string, env: Record<string, string>, ready: string, ms = 45_000): Promise<ChildProcess & { output: () => string }> {
  const child = spawn('node', ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', script], {
    cwd: root,
    env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.scripts.json', TS_NODE_TRANSPILE_ONLY: 'true', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  await eventually(() => out.includes(ready) || child.exitCode !== null || undefined, ms)
    .then(() => {
      if (child.exitCode !== null) throw new Error('exited');
    })
    .catch(() => {
      child.kill('SIGKILL');
      throw new Error(`${name} did not start:\n${out}`);
    });
  return Object.assign(child, { output: () => out });
}

/** The real worker process, as it runs in production, started from source; resolves once it is up. */
export function startWorker(env: Record<string, string>): Promise<ChildProcess & { output: () => string }> {
  return startFromSource('worker', 'apps/worker/src/main.ts', env, 'Loket worker started');
}

/**
 * The real API process, started from source, on `PORT` or a free port; resolves once it listens.
 * `request` talks to it like `bootApp`'s; `output()` is its log.
 */
export async function startApi(env: Record<string, string>): Promise<{ process: ChildProcess; base: string; output: () => string; request: Request }> {
  const port = env['PORT'] ?? String(await freePort());
  const api = await startFromSource('API', 'apps/api/src/main.ts', { HOST: '127.0.0.1', ...env, PORT: port }, 'Loket API listening', 60_000);
  const base = `http://127.0.0.1:${port}`;
  return { process: api, base, output: api.output, request: httpRequest(base) };
}

/** Ends a child process and waits until it is gone. */
export async function stop(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  await gone;
}

export interface Postgres {
  /** A connection string to `database` on this cluster (role `loket`, no password). */
  url: (database: string) => string;
  /** `pg_ctl stop`: `immediate` is a crash (the next start recovers from the write-ahead log), `fast` a clean shutdown. */
  stop: (mode: 'fast' | 'immediate') => Promise<void>;
  /** Starts it again on the same port; resolves once it takes connections. */
  start: () => Promise<void>;
  /** Stops the cluster and removes its files. */
  destroy: () => Promise<void>;
}

/**
 * A throwaway PostgreSQL cluster in a temporary directory on a free port, for a test that stops or
 * restarts its database without disturbing the shared server. The newest installed PostgreSQL
 * (`/usr/lib/postgresql/<version>/bin`, or `PG_BIN`); as root it runs as the `postgres` user. It
 * inherits the environment, so a clock shifted for the test run (libfaketime) shifts it too.
 */
export async function startPostgres(): Promise<Postgres> {
  const bin = process.env['PG_BIN'] ?? newestPostgresBin();
  const dir = mkdtempSync(join(tmpdir(), 'loket-pg-'));
  const data = join(dir, 'data');
  const as: SpawnOptions = {};
  if (process.getuid?.() === 0) {
    as.uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    as.gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, as.uid, as.gid);
  }
  const run = (program: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      let out = '';
      const child = spawn(join(bin, program), args, { ...as, cwd: dir, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.on('data', (d) => (out += d));
      child.stderr?.on('data', (d) => (out += d));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${program} ${args.join(' ')} failed (${code}):\n${out}`))));
    });
  const port = await freePort();
  // fsync off: only the process restarts, never the machine, so what PostgreSQL acknowledged survives.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  const pgCtl = (...args: string[]) => run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', ...args]);
  try {
    await run('initdb', ['-D', data, '-U', 'loket', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    await pgCtl('-o', options, 'start');
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  // Should the test process end without its clean-up (killed on a time limit), the cluster goes with it.
  const leftOver = () => {
    spawnSync(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop'], { ...as, stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', leftOver);
  return {
    url: (database) => `postgres://loket@127.0.0.1:${port}/${database}`,
    stop: (mode) => pgCtl('-m', mode, 'stop'),
    start: () => pgCtl('-o', options, 'start'),
    destroy: async () => {
      process.off('exit', leftOver);
      await pgCtl('-m', 'immediate', 'stop').catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function newestPostgresBin(): string {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))) : [];
  if (versions.length === 0) throw new Error(`No PostgreSQL server programs under ${base}; set PG_BIN to the directory holding initdb and pg_ctl.`);
  return join(base, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}
