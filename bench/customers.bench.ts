import 'reflect-metadata';
import { Client } from 'pg';
import { databaseName, withDatabase } from '@loket/server/platform';
import { hashPassword } from '@loket/server/identity';
import { seedBulkOrganization } from '../apps/api/src/cli/seed';
import { load, LoadResult } from './loadgen';
import { machine, prepareDatabase, start, writeResult } from './processes';
import { seedContacts } from './contacts-data';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const CUSTOMERS = arg('customers', 1_000_000);
const SECONDS = arg('seconds', 15);
const CONNECTIONS = arg('connections', 20);
const POOL = arg('pool', 10);
const CONTACTS = arg('contacts', 5_000_000);
const TARGETS = { searchP95: 20, overviewP95: 30, contactRatio: 0.5, timelineP95: 30 };
const BENCH_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://loket:loket@127.0.0.1:5432/loket_bench';
const LOKET_PORT = 3210;
const BARE_PORT = 3211;

interface Samples {
  queries: { kind: string; q: string }[];
  ids: string[];
}

async function sample(db: Client, orgId: string): Promise<Samples> {
  const { rows } = await db.query(
    `SELECT c.id, c.customer_number, c.first_name, c.name_prefix, c.last_name, c.email, c.street, c.postcode, c.house_number, c.house_letter,
            (SELECT e164 FROM customer_phone_numbers p WHERE p.customer_id = c.id ORDER BY position LIMIT 1) AS phone
       FROM customers c TABLESAMPLE SYSTEM (1) WHERE c.organization_id = $1 LIMIT 3000`,
    [orgId],
  );
  const queries: Samples['queries'] = [];
  const typo = (s: string) => (s.length > 4 ? s.slice(0, 2) + s.slice(3) : s + 'e');
  for (const [i, r] of rows.entries()) {
    const spellPhone = (e164: string) => (i % 2 ? `0${e164.slice(3, 4)}-${e164.slice(4)}` : `+31 ${e164.slice(3, 4)} ${e164.slice(4, 8)} ${e164.slice(8)}`);
    const pc = i % 2 ? `${r.postcode.slice(0, 4)} ${r.postcode.slice(4).toLowerCase()}` : r.postcode;
    const mix: [string, string | null][] = [
      ['name: surname', r.last_name],
      ['name: first + surname', `${r.first_name} ${r.name_prefix ? r.name_prefix + ' ' : ''}${r.last_name}`],
      ['name: typo', `${r.first_name} ${typo(r.last_name)}`],
      ['postcode + number', `${pc} ${r.house_number}${r.house_letter ? '-' + r.house_letter.toLowerCase() : ''}`],
      ['phone', r.phone ? spellPhone(r.phone) : null],
      ['email', r.email],
      ['customer number', r.customer_number],
      // Issue 12: street + house number, name + postcode, the start of an e-mail address (key tokens in the name index).
      ['street + number', r.street ? `${r.street} ${r.house_number}` : null],
      ['name + postcode', r.postcode ? `${r.name_prefix ? r.name_prefix + ' ' : ''}${r.last_name} ${pc}` : null],
      ['email: start', r.email ? r.email.slice(0, Math.max(4, r.email.indexOf('@') - 2)) : null],
    ];
    for (const [kind, q] of mix) if (q) queries.push({ kind, q });
  }
  return { queries, ids: rows.map((r) => r.id) };
}

async function token(db: Client, orgId: string, base: string): Promise<string> {
  await db.query(
    `INSERT INTO users (organization_id, email, display_name, kind, roles, password_hash) VALUES ($1, 'bench@bench.bench', 'Bench', 'staff', '{agent}', $2)
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
    [orgId, await hashPassword('bench-password')],
  );
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@bench.bench', password: 'bench-password' }) });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function main(): Promise<void> {
  const t0 = Date.now();
  console.log(`Preparing ${CUSTOMERS.toLocaleString('en')} customers in ${databaseName(BENCH_URL)} (created once, then reused)…`);
  await prepareDatabase(BENCH_URL);
  const orgId = await seedBulkOrganization(BENCH_URL, 'bench', CUSTOMERS, 7, (m) => console.log(m));
  const { busyCustomerId } = await seedContacts(BENCH_URL, orgId, CONTACTS, (m) => console.log(m));
  // Let PostgreSQL write out what a fresh load left dirty before anything is measured.
  const admin = new Client({ connectionString: withDatabase(BENCH_URL, 'postgres') });
  await admin.connect();
  await admin.query('CHECKPOINT').catch(() => undefined);
  await admin.end();
  console.log(`Data ready in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  const db = new Client({ connectionString: BENCH_URL });
  await db.connect();
  const env = { DATABASE_URL: BENCH_URL, DATABASE_POOL_SIZE: String(POOL), LOG_LEVEL: 'info', REDIS_PREFIX: 'loket-bench', NODE_ENV: 'production', REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' };
  const loket = await start('node', ['dist/apps/api/main.js'], { ...env, PORT: String(LOKET_PORT) }, /listening/);
  // Contacts in the benchmark ask no confirmation, so no worker is needed.
  const bare = await start('node', ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'bench/bare-main.ts'], { ...env, PORT: String(BARE_PORT) }, /bare server ready/);
  const loketBase = `http://127.0.0.1:${LOKET_PORT}`;
  const bareBase = `http://127.0.0.1:${BARE_PORT}`;
  const bearer = await token(db, orgId, loketBase);
  const headers = { authorization: `Bearer ${bearer}` };
  const { queries, ids } = await sample(db, orgId);
  console.log(`${queries.length} search queries and ${ids.length} customers sampled; ${CONNECTIONS} connections, ${SECONDS} s per run`);

  let qi = 0;
  let ii = 0;
  const nextSearch = () => `/api/v1/customers?q=${encodeURIComponent(queries[qi++ % queries.length].q)}`;
  const nextOverview = () => `/api/v1/customers/${ids[ii++ % ids.length]}/overview`;
  const run = (base: string, next: () => string) => load({ base, connections: CONNECTIONS, seconds: SECONDS, warmup: 3, next, headers });

  const results: Record<string, { loket: LoadResult; bare: LoadResult }> = {};
  for (const [name, next] of [['search', nextSearch], ['overview', nextOverview]] as const) {
    qi = ii = 0;
    const l = await run(loketBase, next);
    qi = ii = 0;
    const b = await run(bareBase, next);
    results[name] = { loket: l, bare: b };
  }

  // Logging contacts (each opens a case), Loket and bare, and the time line of a customer with 500 contacts.
  let ci = 0;
  const contactBody = () =>
    JSON.stringify({
      customerId: ids[ci++ % ids.length], channel: 'phone', direction: 'inbound', topic: 'reparatie', outcome: 'callback_agreed',
      summary: 'De kraan in de keuken lekt. We bellen terug met een afspraak.', newCase: { subject: 'Lekkende kraan' },
    });
  const contactLoket = await load({ base: loketBase, connections: CONNECTIONS, seconds: SECONDS, warmup: 3, next: () => '/api/v1/contacts', body: contactBody, headers });
  const contactBare = await load({ base: bareBase, connections: CONNECTIONS, seconds: SECONDS, warmup: 3, next: () => '/api/v1/contacts', body: contactBody, headers });
  // The agent app reads the time line in pages of 20 (TIMELINE_PAGE_SIZE); 50 is shown for comparison.
  const timelineLoket = await load({ base: loketBase, connections: CONNECTIONS, seconds: SECONDS, warmup: 2, next: () => `/api/v1/customers/${busyCustomerId}/timeline?limit=20`, headers });
  const timeline50 = await load({ base: loketBase, connections: CONNECTIONS, seconds: SECONDS, warmup: 2, next: () => `/api/v1/customers/${busyCustomerId}/timeline?limit=50`, headers });
  const contactCount = Number((await db.query(`SELECT count(*) AS n FROM contacts WHERE organization_id = $1`, [orgId])).rows[0].n);

  // The same search mix with 4 connections: what a front office of a few dozen agents produces.
  qi = 0;
  const searchAt4 = await load({ base: loketBase, connections: 4, seconds: SECONDS, warmup: 2, next: nextSearch, headers });

  // Per query kind, one connection: where the time goes inside search.
  const perKind: Record<string, { p50: number; p95: number }> = {};
  for (const kind of [...new Set(queries.map((q) => q.kind))]) {
    const list = queries.filter((q) => q.kind === kind);
    let k = 0;
    const r = await load({ base: loketBase, connections: 1, seconds: 3, warmup: 1, headers, next: () => `/api/v1/customers?q=${encodeURIComponent(list[k++ % list.length].q)}` });
    perKind[kind] = { p50: r.p50, p95: r.p95 };
  }

  loket.kill();
  bare.kill();
  await db.end();

  const summary = {
    date: new Date().toISOString(),
    machine: machine(),
    setup: { customers: CUSTOMERS, connections: CONNECTIONS, seconds: SECONDS, poolSize: POOL, logLevel: 'info' },
    targets: TARGETS,
    search: { ...results.search, ratioRps: +(results.search.loket.rps / results.search.bare.rps).toFixed(2), meetsTarget: results.search.loket.p95 < TARGETS.searchP95 },
    overview: { ...results.overview, ratioRps: +(results.overview.loket.rps / results.overview.bare.rps).toFixed(2), meetsTarget: results.overview.loket.p95 < TARGETS.overviewP95 },
    contacts: {
      rowsInTable: contactCount,
      loket: contactLoket,
      bare: contactBare,
      ratioRps: +(contactLoket.rps / contactBare.rps).toFixed(2),
      meetsTarget: contactLoket.rps / contactBare.rps >= TARGETS.contactRatio,
    },
    timeline500: { pageSize: 20, loket: timelineLoket, meetsTarget: timelineLoket.p95 < TARGETS.timelineP95, pageOf50: timeline50 },
    searchLoketAt4Connections: searchAt4,
    searchByKindSingleConnection: perKind,
  };
  const file = writeResult('customers', summary);

  const row = (name: string, r: LoadResult) => `  ${name.padEnd(16)} ${String(r.rps).padStart(6)} req/s   p50 ${String(r.p50).padStart(6)} ms   p95 ${String(r.p95).padStart(6)} ms   p99 ${String(r.p99).padStart(6)} ms   errors ${r.errors + r.non2xx}`;
  console.log(`\nCustomer search (${CUSTOMERS.toLocaleString('en')} customers, ${CONNECTIONS} connections) — target p95 < ${TARGETS.searchP95} ms: ${summary.search.meetsTarget ? 'met' : 'NOT met'}`);
  console.log(row('Loket', results.search.loket));
  console.log(row('bare Fastify+pg', results.search.bare));
  console.log(`  Loket/bare throughput ratio ${summary.search.ratioRps}`);
  console.log(`\nCustomer overview — target p95 < ${TARGETS.overviewP95} ms: ${summary.overview.meetsTarget ? 'met' : 'NOT met'}`);
  console.log(row('Loket', results.overview.loket));
  console.log(row('bare Fastify+pg', results.overview.bare));
  console.log(`  Loket/bare throughput ratio ${summary.overview.ratioRps}`);
  console.log(row('Loket, 4 conns', searchAt4));
  console.log(`\nLogging a contact (${contactCount.toLocaleString('en')} contacts in the table) — target Loket/bare ≥ ${TARGETS.contactRatio}: ${summary.contacts.meetsTarget ? 'met' : 'NOT met'}`);
  console.log(row('Loket', contactLoket));
  console.log(row('bare Fastify+pg', contactBare));
  console.log(`  Loket/bare throughput ratio ${summary.contacts.ratioRps}`);
  console.log(`\nTime line of a customer with 500 contacts, page of 20 as the app reads it — target p95 < ${TARGETS.timelineP95} ms: ${summary.timeline500.meetsTarget ? 'met' : 'NOT met'}`);
  console.log(row('Loket', timelineLoket));
  console.log(row('Loket, page 50', timeline50));
  console.log('\nSearch by kind (1 connection):');
  for (const [k, v] of Object.entries(perKind)) console.log(`  ${k.padEnd(24)} p50 ${v.p50} ms  p95 ${v.p95} ms`);
  console.log(`\nWritten to ${file}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
