import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { register } from 'tsconfig-paths';

/**
 * Recreates the test database and runs the committed migrations on it, so every run proves
 * the migrations build the schema from nothing. Refuses a database whose name lacks "test".
 */
export default async function globalSetup(): Promise<void> {
  const root = join(__dirname, '../..');
  // Global setup runs outside Jest's module mapping: resolve the library aliases ourselves.
  const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
  register({ baseUrl: root, paths: compilerOptions.paths });
  const { databaseName, withDatabase } = await import('@loket/server/platform');
  const { createDataSource } = await import('../../apps/api/src/database/data-source');

  const url = process.env.TEST_DATABASE_URL ?? 'postgres://loket:loket@127.0.0.1:5432/loket_test';
  const name = databaseName(url);
  if (!/test/.test(name)) throw new Error(`Refusing to run tests against database "${name}": its name must contain "test".`);
  const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const ds = createDataSource(url);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}
