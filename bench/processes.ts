import { spawn, ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { databaseName, withDatabase } from '@loket/server/platform';
import { createDataSource } from '../apps/api/src/database/data-source';

export const root = join(__dirname, '..');

/** Creates the benchmark database when missing and brings it to the committed migrations. */
export async function prepareDatabase(url: string): Promise<void> {
  const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  const name = databaseName(url);
  if (!(await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const ds = createDataSource(url);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}

/** Starts a process and resolves once its output matches `ready`; after that its output is dropped, never kept. */
export function start(cmd: string, args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let started = false;
    const onData = (d: Buffer) => {
      if (started) return;
      out += d.toString();
      if (ready.test(out)) {
        started = true;
        resolve(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => (started ? undefined : reject(new Error(`${cmd} exited with ${code}:\n${out.slice(-2000)}`))));
  });
}
