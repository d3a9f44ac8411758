import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export const root = join(__dirname, '../../../..');

export interface MailCatcher {
  smtpPort: number;
  messages: { to: string; subject: string; text: string; from: string }[];
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

/** The real worker process, as it runs in production, started from source; resolves once it is up. `output()` is what it wrote. */
export async function startWorker(env: Record<string, string>): Promise<ChildProcess & { output: () => string }> {
  const worker = spawn('node', ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/worker/src/main.ts'], {
    cwd: root,
    env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.scripts.json', TS_NODE_TRANSPILE_ONLY: 'true', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  worker.stdout?.on('data', (d) => (out += d));
  worker.stderr?.on('data', (d) => (out += d));
  await eventually(() => out.includes('Loket worker started') || undefined, 45_000).catch(() => {
    worker.kill();
    throw new Error(`worker did not start:\n${out}`);
  });
  return Object.assign(worker, { output: () => out });
}

/** The real API process, started from source; its output (the log) is kept in `output()`. */
export async function startApi(env: Record<string, string>): Promise<{ process: ChildProcess; base: string; output: () => string }> {
  const port = String(env['PORT'] ?? 3400 + Math.floor(Math.random() * 500));
  const api = spawn('node', ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
    cwd: root,
    env: { ...process.env, TS_NODE_PROJECT: 'tsconfig.scripts.json', TS_NODE_TRANSPILE_ONLY: 'true', HOST: '127.0.0.1', ...env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  api.stdout?.on('data', (d) => (out += d));
  api.stderr?.on('data', (d) => (out += d));
  await eventually(() => out.includes('Loket API listening') || undefined, 60_000).catch(() => {
    api.kill();
    throw new Error(`API did not start:\n${out}`);
  });
  return { process: api, base: `http://127.0.0.1:${port}`, output: () => out };
}
