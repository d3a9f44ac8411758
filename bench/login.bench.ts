import 'reflect-metadata';
import { Client } from 'pg';
import { databaseName } from '@loket/server/platform';
import { hashPassword } from '@loket/server/identity';
import { load, LoadResult } from './loadgen';
import { machine, prepareDatabase, start, writeResult } from './processes';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ACCOUNTS = arg('accounts', 2_000);
const SECONDS = arg('seconds', 15);
const CONNECTIONS = arg('connections', 20);
const ROUNDS = arg('rounds', 4);
const TARGET_RATIO = 0.9;
const BENCH_URL = process.env.BENCH_LOGIN_DATABASE_URL ?? 'postgres://loket:loket@127.0.0.1:5432/loket_bench_login';
const LOKET_PORT = 3220;
const BASELINE_PORT = 3221;
const PASSWORD = 'Bench-wachtwoord-1';

/** One organization with ACCOUNTS staff accounts, all with the same password (hashed once). */
async function seedAccounts(db: Client): Promise<string[]> {
  const [{ id }] = (
    await db.query(`INSERT INTO organizations (slug, name) VALUES ('bench-login', 'Bench login') ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name RETURNING id`)
  ).rows;
  await db.query(
    `INSERT INTO users (organization_id, email, display_name, kind, roles, password_hash)
     SELECT $1, 'medewerker' || i || '@bench-login.test', 'Medewerker ' || i, 'staff', '{agent}', $2 FROM generate_series(1, $3::int) AS i
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
    [id, await hashPassword(PASSWORD), ACCOUNTS],
  );
  return Array.from({ length: ACCOUNTS }, (_, i) => `medewerker${i + 1}@bench-login.test`);
}

async function main(): Promise<void> {
  console.log(`Preparing ${ACCOUNTS.toLocaleString('en')} accounts in ${databaseName(BENCH_URL)}…`);
  await prepareDatabase(BENCH_URL);
  const db = new Client({ connectionString: BENCH_URL });
  await db.connect();
  const emails = await seedAccounts(db);

  // Both processes alike but for the throttle; LOGIN_THROTTLE=off is refused in production, hence NODE_ENV=test for both.
  const env = { DATABASE_URL: BENCH_URL, LOG_LEVEL: 'info', REDIS_PREFIX: 'loket-bench-login', NODE_ENV: 'test', REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' };
  const loket = await start('node', ['dist/apps/api/main.js'], { ...env, PORT: String(LOKET_PORT) }, /listening/);
  const baseline = await start('node', ['dist/apps/api/main.js'], { ...env, PORT: String(BASELINE_PORT), LOGIN_THROTTLE: 'off' }, /listening/);

  // Each account logs in from an address of its own (clients behind the proxy, X-Forwarded-For from loopback).
  let next = 0;
  let current = 0;
  const run = (port: number) =>
    load({
      base: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      seconds: SECONDS,
      warmup: 3,
      next: () => '/api/v1/auth/login',
      headers: () => {
        current = next++ % emails.length;
        return { 'x-forwarded-for': `10.${(current >> 16) & 255}.${(current >> 8) & 255}.${current & 255}` };
      },
      body: () => JSON.stringify({ email: emails[current], password: PASSWORD }),
    });

  // Alternating rounds, so drift of the machine weighs on both alike.
  const rounds: { loket: LoadResult; baseline: LoadResult }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const l = await run(LOKET_PORT);
    const b = await run(BASELINE_PORT);
    rounds.push({ loket: l, baseline: b });
  }
  loket.kill();
  baseline.kill();
  await db.end();

  const total = (k: 'loket' | 'baseline') => rounds.reduce((n, r) => n + r[k].requests, 0);
  const ratio = +(total('loket') / total('baseline')).toFixed(2);
  const summary = {
    date: new Date().toISOString(),
    machine: machine(),
    setup: { accounts: ACCOUNTS, connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS, argon2: 'argon2id m=19456 t=2 p=1' },
    target: { ratio: TARGET_RATIO },
    rounds,
    ratioRps: ratio,
    meetsTarget: ratio >= TARGET_RATIO,
  };
  const file = writeResult('login', summary);
  const row = (name: string, r: LoadResult) => `  ${name.padEnd(22)} ${String(r.rps).padStart(6)} req/s   p50 ${String(r.p50).padStart(7)} ms   p95 ${String(r.p95).padStart(7)} ms   p99 ${String(r.p99).padStart(7)} ms   errors ${r.errors + r.non2xx}`;
  console.log(`\nLogin (${ACCOUNTS.toLocaleString('en')} accounts, ${CONNECTIONS} connections) — target Loket/unthrottled ≥ ${TARGET_RATIO}: ${summary.meetsTarget ? 'met' : 'NOT met'}`);
  rounds.forEach((r, i) => {
    console.log(row(`Loket, round ${i + 1}`, r.loket));
    console.log(row(`no throttle, round ${i + 1}`, r.baseline));
  });
  console.log(`  Loket/unthrottled throughput ratio ${ratio}`);
  console.log(`\nWritten to ${file}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
