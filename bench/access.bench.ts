import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { Client } from 'pg';
import { databaseName } from '@loket/server/platform';
import { hashPassword } from '@loket/server/identity';
import { seedBulkOrganization } from '../apps/api/src/cli/seed';
import { load, LoadResult } from './loadgen';
import { machine, prepareDatabase, start, writeResult } from './processes';

/**
 * What recording reads in the access log (AVG) costs. The bare Fastify + pg server answers the
 * customer overview (and the search) with the same SQL as Loket, once with the same batched
 * access-log insert Loket makes and once without; both run in one process and one run,
 * interleaved in short rounds whose order turns; the figure is the median over the rounds of
 * with/without, so other work on the machine that comes and goes weighs little. Loket itself always records
 * (there is no switch to turn that off); it is measured in the same rounds, and every one of its
 * answers is checked to have left exactly one access-log row.
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const CUSTOMERS = arg('customers', 50_000);
const SECONDS = arg('seconds', 4);
const ROUNDS = arg('rounds', 12);
const CONNECTIONS = arg('connections', 20);
const POOL = arg('pool', 10);
const TARGET_RATIO = 0.9;
const BENCH_URL = process.env.BENCH_ACCESS_DATABASE_URL ?? 'postgres://loket:loket@127.0.0.1:5432/loket_bench_access';
const LOKET_PORT = 3230;
const BARE_PORT = 3231;

/** Every customer gets a history the overview shows: an open question with two contacts, a resolved one with one. */
async function seedHistory(db: Client, orgId: string, log: (m: string) => void): Promise<void> {
  if ((await db.query(`SELECT 1 FROM cases WHERE organization_id = $1 LIMIT 1`, [orgId])).rowCount) return;
  const started = Date.now();
  const now = new Date();
  const topicId = (await db.query(`SELECT id FROM topics WHERE organization_id = $1 ORDER BY code LIMIT 1`, [orgId])).rows[0].id;
  await db.query(
    `WITH k AS (
       INSERT INTO cases (organization_id, customer_id, subject, topic_id, status, contact_count, opened_at, updated_at)
       SELECT $1, c.id, s.subject, $2, s.status, s.n, $3::timestamptz - s.age, $3::timestamptz - s.age
         FROM customers c CROSS JOIN (VALUES ('Lekkende kraan', 'open', 2, interval '3 days'), ('Vraag over de huur', 'resolved', 1, interval '90 days')) AS s(subject, status, n, age)
        WHERE c.organization_id = $1
       RETURNING id, customer_id, opened_at, contact_count)
     INSERT INTO contacts (organization_id, case_id, customer_id, channel, direction, occurred_at, topic_id, summary, outcome, employee_name)
     SELECT $1, k.id, k.customer_id, 'phone', 'inbound', k.opened_at + (i - 1) * interval '1 hour', $2, 'De klant belde over de kraan in de keuken.', 'answered', 'Benchmark'
       FROM k CROSS JOIN LATERAL generate_series(1, k.contact_count) AS i`,
    [orgId, topicId, now],
  );
  await db.query('VACUUM (ANALYZE) cases, contacts');
  log(`History for every customer in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function login(db: Client, orgId: string, base: string, email: string): Promise<string> {
  await db.query(
    `INSERT INTO users (organization_id, email, display_name, kind, roles, password_hash) VALUES ($1, $2, 'Bench', 'staff', '{agent}', $3)
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
    [orgId, email, await hashPassword('bench-password')],
  );
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'bench-password' }) });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** Access-log rows one user has, once the batches of the last run are in (they follow within 200 ms). */
async function settledCount(db: Client, userId: string): Promise<number> {
  let last = -1;
  for (;;) {
    await new Promise((r) => setTimeout(r, 400));
    const n = Number((await db.query(`SELECT count(*) AS n FROM audit_events WHERE actor_user_id = $1 AND is_read`, [userId])).rows[0].n);
    if (n === last) return n;
    last = n;
  }
}

type Variant = 'bareWithout' | 'bareWith' | 'loket';

/** CPU time (user + system, ms) a process has used so far; Linux clock ticks are 1/100 s. */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0; // the process has ended
  }
}
/** The order turns every round, so no variant always runs first, last, or on a warmer (or busier) database. */
const orderOf = (round: number): Variant[] => {
  const all: Variant[] = ['bareWithout', 'bareWith', 'loket'];
  return [...all.slice(round % 3), ...all.slice(0, round % 3)];
};
/** with/without per round (the variants of a round run back to back), and their median: robust when other work comes and goes. */
const perRound = (a: LoadResult[], b: LoadResult[]) => a.map((r, i) => +(r.requests / Math.max(1, (b[i] as LoadResult).requests)).toFixed(3));
const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : +(((s[mid - 1] as number) + (s[mid] as number)) / 2).toFixed(4);
};
const sum = (rs: LoadResult[], key: 'requests') => rs.reduce((s, r) => s + r[key], 0);
const mean = (rs: LoadResult[], key: 'p50' | 'p95' | 'p99') => Math.round((rs.reduce((s, r) => s + r[key], 0) / rs.length) * 100) / 100;
const summarize = (rs: LoadResult[]) => ({
  requests: sum(rs, 'requests'),
  rps: Math.round(sum(rs, 'requests') / (SECONDS * rs.length)),
  p50: mean(rs, 'p50'), p95: mean(rs, 'p95'), p99: mean(rs, 'p99'),
  errors: rs.reduce((s, r) => s + r.errors + r.non2xx, 0),
  rounds: rs.map((r) => r.rps),
});

async function main(): Promise<void> {
  const t0 = Date.now();
  console.log(`Preparing ${CUSTOMERS.toLocaleString('en')} customers in ${databaseName(BENCH_URL)} (created once, then reused)…`);
  await prepareDatabase(BENCH_URL);
  const orgId = await seedBulkOrganization(BENCH_URL, 'bench-access', CUSTOMERS, 7, (m) => console.log(m));
  const db = new Client({ connectionString: BENCH_URL });
  await db.connect();
  await seedHistory(db, orgId, (m) => console.log(m));
  await db.query('CHECKPOINT').catch(() => undefined);
  console.log(`Data ready in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  const env = { DATABASE_URL: BENCH_URL, DATABASE_POOL_SIZE: String(POOL), LOG_LEVEL: 'info', REDIS_PREFIX: 'loket-bench-access', NODE_ENV: 'production', REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' };
  const loket = await start('node', ['dist/apps/api/main.js'], { ...env, PORT: String(LOKET_PORT) }, /listening/);
  const bare = await start('node', ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'bench/bare-main.ts'], { ...env, PORT: String(BARE_PORT) }, /bare server ready/);
  const loketBase = `http://127.0.0.1:${LOKET_PORT}`;
  const bareBase = `http://127.0.0.1:${BARE_PORT}`;
  // Two users, so Loket's rows can be counted apart from the bare server's.
  const loketHeaders = { authorization: `Bearer ${await login(db, orgId, loketBase, 'bench-access@bench.bench')}` };
  const bareHeaders = { authorization: `Bearer ${await login(db, orgId, loketBase, 'bench-access-bare@bench.bench')}` };
  const loadBefore = os.loadavg().map((l) => +l.toFixed(1));
  const loketUser = (await db.query(`SELECT id FROM users WHERE email = 'bench-access@bench.bench'`)).rows[0].id as string;

  const { rows } = await db.query(`SELECT id, last_name FROM customers TABLESAMPLE SYSTEM (10) WHERE organization_id = $1 LIMIT 3000`, [orgId]);
  const ids = rows.map((r) => r.id as string);
  const surnames = [...new Set(rows.map((r) => r.last_name as string))];
  console.log(`${ids.length} customers and ${surnames.length} surnames sampled; ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per variant`);

  // CPU per request: the server process plus the PostgreSQL backends serving this database. Unlike
  // requests per second it hardly depends on what else the machine is doing at that moment.
  const backends = async () => new Map(((await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [databaseName(BENCH_URL)])).rows as { pid: number }[]).map((r) => [r.pid, cpuMs(r.pid)]));
  const cpu = { overview: { bareWithout: [] as number[], bareWith: [] as number[], loket: [] as number[] }, search: { bareWithout: [] as number[], bareWith: [] as number[], loket: [] as number[] } };
  const measured = async <T>(pid: number, section: 'overview' | 'search', variant: Variant, work: () => Promise<T>): Promise<T> => {
    const before = await backends();
    const serverBefore = cpuMs(pid);
    const sentBefore = sent;
    const result = await work();
    await new Promise((r) => setTimeout(r, 300)); // the last batch of the access log belongs to this run
    const after = await backends();
    let used = cpuMs(pid) - serverBefore;
    for (const [backend, ms] of after) used += ms - (before.get(backend) ?? 0);
    cpu[section][variant].push(used / Math.max(1, sent - sentBefore));
    return result;
  };
  const pidOf = (variant: Variant) => (variant === 'loket' ? loket.pid : bare.pid) as number;

  let sent = 0;
  const cycle = <T>(list: T[]) => {
    let i = 0;
    return () => list[i++ % list.length] as T;
  };
  const run = (base: string, headers: Record<string, string>, path: (next: () => string) => () => string, list: string[]) => {
    const pick = cycle(list);
    const next = path(pick);
    return load({ base, connections: CONNECTIONS, seconds: SECONDS, warmup: 1, headers, next: () => { sent += 1; return next(); } });
  };
  const overview = (suffix: string) => (id: () => string) => () => `/api/v1/customers/${id()}/${suffix}`;
  const searchAt = (path: string) => (q: () => string) => () => `${path}?q=${encodeURIComponent(q())}`;

  // Every variant once before measuring: a cold process or cache would otherwise weigh on round 1.
  for (const variant of ['bareWithout', 'bareWith', 'loket'] as Variant[]) {
    await run(variant === 'loket' ? loketBase : bareBase, variant === 'loket' ? loketHeaders : bareHeaders, overview(variant === 'bareWithout' ? 'overview-unrecorded' : 'overview'), ids);
    await run(variant === 'loket' ? loketBase : bareBase, variant === 'loket' ? loketHeaders : bareHeaders, searchAt(variant === 'bareWithout' ? '/api/v1/customers-unrecorded' : '/api/v1/customers'), surnames);
  }

  const overviewRuns = { bareWithout: [] as LoadResult[], bareWith: [] as LoadResult[], loket: [] as LoadResult[] };
  const searchRuns = { bareWithout: [] as LoadResult[], bareWith: [] as LoadResult[], loket: [] as LoadResult[] };
  let loketSent = 0;
  let loketRowsBefore = await settledCount(db, loketUser);
  for (let round = 0; round < ROUNDS; round++) {
    const order = orderOf(round);
    for (const variant of order) {
      if (variant === 'loket') {
        loketRowsBefore = await settledCount(db, loketUser);
        sent = 0;
      }
      const base = variant === 'loket' ? loketBase : bareBase;
      const headers = variant === 'loket' ? loketHeaders : bareHeaders;
      overviewRuns[variant].push(await measured(pidOf(variant), 'overview', variant, () => run(base, headers, overview(variant === 'bareWithout' ? 'overview-unrecorded' : 'overview'), ids)));
      if (variant === 'loket') loketSent = sent;
    }
    console.log(`  overview round ${round + 1}: bare without ${overviewRuns.bareWithout[round]?.rps}, bare with ${overviewRuns.bareWith[round]?.rps}, Loket ${overviewRuns.loket[round]?.rps} req/s`);
  }
  // Every overview Loket answered in its last run left one row (warm-up included).
  const loketRows = (await settledCount(db, loketUser)) - loketRowsBefore;
  const lastLoket = overviewRuns.loket[overviewRuns.loket.length - 1] as LoadResult;

  const searchRowsBefore = await settledCount(db, loketUser);
  let loketSearches = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const order = orderOf(round);
    for (const variant of order) {
      const base = variant === 'loket' ? loketBase : bareBase;
      const headers = variant === 'loket' ? loketHeaders : bareHeaders;
      sent = 0;
      searchRuns[variant].push(await measured(pidOf(variant), 'search', variant, () => run(base, headers, searchAt(variant === 'bareWithout' ? '/api/v1/customers-unrecorded' : '/api/v1/customers'), surnames)));
      if (variant === 'loket') loketSearches += sent;
    }
    console.log(`  search round ${round + 1}: bare without ${searchRuns.bareWithout[round]?.rps}, bare with ${searchRuns.bareWith[round]?.rps}, Loket ${searchRuns.loket[round]?.rps} req/s`);
  }
  // How many customers a search showed on average: Loket wrote one row for each.
  const hitsPerSearch = Math.round((((await settledCount(db, loketUser)) - searchRowsBefore) / loketSearches) * 10) / 10;

  loket.kill();
  bare.kill();
  const auditRows = Number((await db.query(`SELECT count(*) AS n FROM audit_events WHERE organization_id = $1 AND is_read`, [orgId])).rows[0].n);
  await db.end();

  const ov = { bareWithout: summarize(overviewRuns.bareWithout), bareWith: summarize(overviewRuns.bareWith), loket: summarize(overviewRuns.loket) };
  const se = { bareWithout: summarize(searchRuns.bareWithout), bareWith: summarize(searchRuns.bareWith), loket: summarize(searchRuns.loket) };
  const ratio = (a: { requests: number }, b: { requests: number }) => +(a.requests / b.requests).toFixed(3);
  const summary = {
    date: new Date().toISOString(),
    machine: machine(),
    // Other work on the machine while measuring (1, 5 and 15 minute load averages): the rounds are interleaved for this reason.
    loadAverage: { before: loadBefore, after: os.loadavg().map((l) => +l.toFixed(1)) },
    setup: { customers: CUSTOMERS, historyPerCustomer: '2 cases, 3 contacts', connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS, poolSize: POOL, logLevel: 'info' },
    target: { auditRatio: TARGET_RATIO },
    overview: {
      ...ov,
      // The figure: the median over the rounds of with/without; `pooledRatio` divides the totals.
      auditRatio: median(perRound(overviewRuns.bareWith, overviewRuns.bareWithout)),
      auditRatioPerRound: perRound(overviewRuns.bareWith, overviewRuns.bareWithout),
      pooledRatio: ratio(ov.bareWith, ov.bareWithout),
      meetsTarget: median(perRound(overviewRuns.bareWith, overviewRuns.bareWithout)) >= TARGET_RATIO && median(cpu.overview.bareWithout) / median(cpu.overview.bareWith) >= TARGET_RATIO,
      loketToBareWith: median(perRound(overviewRuns.loket, overviewRuns.bareWith)),
      loketToBareWithout: median(perRound(overviewRuns.loket, overviewRuns.bareWithout)),
      loketLastRun: { answered: loketSent - lastLoket.errors - lastLoket.non2xx, accessLogRows: loketRows },
      cpuMsPerRequest: { bareWithout: median(cpu.overview.bareWithout), bareWith: median(cpu.overview.bareWith), loket: median(cpu.overview.loket) },
      // CPU per request without / with: the throughput ratio on a machine where CPU is what runs out.
      cpuRatio: +(median(cpu.overview.bareWithout) / median(cpu.overview.bareWith)).toFixed(3),
    },
    search: {
      ...se,
      averageHitsPerSearch: hitsPerSearch,
      auditRatio: median(perRound(searchRuns.bareWith, searchRuns.bareWithout)),
      auditRatioPerRound: perRound(searchRuns.bareWith, searchRuns.bareWithout),
      pooledRatio: ratio(se.bareWith, se.bareWithout),
      loketToBareWith: median(perRound(searchRuns.loket, searchRuns.bareWith)),
      cpuMsPerRequest: { bareWithout: median(cpu.search.bareWithout), bareWith: median(cpu.search.bareWith), loket: median(cpu.search.loket) },
      cpuRatio: +(median(cpu.search.bareWithout) / median(cpu.search.bareWith)).toFixed(3),
    },
    accessLogRowsInDatabase: auditRows,
  };
  const file = writeResult('access', summary);

  const row = (name: string, r: ReturnType<typeof summarize>) => `  ${name.padEnd(26)} ${String(r.rps).padStart(6)} req/s   p50 ${String(r.p50).padStart(6)} ms   p95 ${String(r.p95).padStart(6)} ms   p99 ${String(r.p99).padStart(6)} ms   errors ${r.errors}`;
  console.log(`\nCustomer overview with and without the read on record (${CUSTOMERS.toLocaleString('en')} customers, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s) — target ≥ ${TARGET_RATIO}: ${summary.overview.meetsTarget ? 'met' : 'NOT met'}`);
  console.log(row('bare, without access log', ov.bareWithout));
  console.log(row('bare, with access log', ov.bareWith));
  console.log(row('Loket (always records)', ov.loket));
  console.log(`  with/without: median of rounds ${summary.overview.auditRatio} (rounds ${summary.overview.auditRatioPerRound.join(' ')}; pooled ${summary.overview.pooledRatio}); Loket/bare-with ${summary.overview.loketToBareWith}`);
  console.log(`  CPU per overview (server + database, median of rounds): without ${summary.overview.cpuMsPerRequest.bareWithout.toFixed(2)} ms, with ${summary.overview.cpuMsPerRequest.bareWith.toFixed(2)} ms, Loket ${summary.overview.cpuMsPerRequest.loket.toFixed(2)} ms → ratio ${summary.overview.cpuRatio}`);
  console.log(`  Loket's last run: ${summary.overview.loketLastRun.answered} overviews answered, ${loketRows} access-log rows written`);
  console.log(`\nCustomer search by surname (${hitsPerSearch} hits on average, one row each)`);
  console.log(row('bare, without access log', se.bareWithout));
  console.log(row('bare, with access log', se.bareWith));
  console.log(row('Loket (always records)', se.loket));
  console.log(`  with/without: median of rounds ${summary.search.auditRatio} (rounds ${summary.search.auditRatioPerRound.join(' ')}; pooled ${summary.search.pooledRatio}); Loket/bare-with ${summary.search.loketToBareWith}`);
  console.log(`  CPU per search (server + database, median of rounds): without ${summary.search.cpuMsPerRequest.bareWithout.toFixed(2)} ms, with ${summary.search.cpuMsPerRequest.bareWith.toFixed(2)} ms, Loket ${summary.search.cpuMsPerRequest.loket.toFixed(2)} ms → ratio ${summary.search.cpuRatio}`);
  console.log(`\nLoad average before ${loadBefore.join(' ')}, after ${summary.loadAverage.after.join(' ')} (${os.cpus().length} cores)`);
  console.log(`Written to ${file}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
