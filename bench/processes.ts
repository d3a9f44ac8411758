import { spawn, ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
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

/** What the figures were measured on. */
export function machine() {
  return { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };
}

/** Writes a benchmark's summary to bench/results/<name>-<date>.json and returns the path. */
export function writeResult(name: string, summary: { date: string }): string {
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  const file = join(root, 'bench/results', `${name}-${summary.date.slice(0, 10)}.json`);
  writeFileSync(file, JSON.stringify(summary, null, 2) + '\n');
  return file;
}
