#!/usr/bin/env node
// Starts the API for the browser tests: builds it, recreates the database `loket_e2e`,
// migrates, seeds the demo organizations (small) and serves on 127.0.0.1:3100 (E2E_API_PORT).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const { startMailCatcher } = require('./mail-catcher.cjs');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const base = process.env.E2E_DATABASE_URL ?? 'postgres://loket:loket@127.0.0.1:5432/loket_e2e';
const port = process.env.E2E_API_PORT ?? '3100';
const name = new URL(base).pathname.slice(1);
if (!name.includes('e2e') && !name.includes('test')) throw new Error(`refusing to recreate database ${name}`);

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
execFileSync('npx', ['--yes', 'nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', '--output-style=stream'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env });

for (const app of ['api', 'worker']) {
  const built = join(root, `dist/apps/${app}/main.js`);
  if (!existsSync(built)) throw new Error(`the build of ${app} left no ${built}`);
}

const adminUrl = new URL(base);
adminUrl.pathname = '/postgres';
const admin = new pg.Client({ connectionString: adminUrl.toString() });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${name}"`);
await admin.end();

// The browser tests read the confirmations from this catcher's web API (E2E_MAIL_WEB_PORT).
const catcher = await startMailCatcher({ smtpPort: Number(process.env.E2E_SMTP_PORT ?? 2525), httpPort: Number(process.env.E2E_MAIL_WEB_PORT ?? 2580) });
const apiEnv = { ...env, DATABASE_URL: base, PORT: port, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', REDIS_PREFIX: `loket-e2e-${process.pid}`, SMTP_URL: `smtp://127.0.0.1:${catcher.smtpPort}` };
const main = join(root, 'dist/apps/api/main.js');
execFileSync('node', [main, 'migrate'], { cwd: root, stdio: 'inherit', env: apiEnv });
execFileSync('node', [main, 'seed', '--customers', process.env.E2E_CUSTOMERS ?? '200'], { cwd: root, stdio: 'inherit', env: apiEnv });
const api = spawn('node', [main], { cwd: root, stdio: 'inherit', env: apiEnv });
const worker = spawn('node', [join(root, 'dist/apps/worker/main.js')], { cwd: root, stdio: 'inherit', env: apiEnv });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    api.kill(signal);
    worker.kill(signal);
    void catcher.close();
  });
}
api.on('exit', (code) => {
  worker.kill();
  process.exit(code ?? 0);
});
