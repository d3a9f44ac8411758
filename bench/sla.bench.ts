import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { hashPassword } from '@loket/server/identity';
import { jobs } from '@loket/server/platform';
import { DEFAULT_POLICIES, SLA_QUEUE, breachJobId, bucketOf, computeDues } from '@loket/server/sla';
import type { SlaCalendarSettings } from '@loket/shared/contracts';
import { DEMO_ORGANIZATIONS } from '../apps/api/src/cli/demo-data';
import { seedBulkOrganization } from '../apps/api/src/cli/seed';
import { load, LoadResult } from './loadgen';
import { machine, prepareDatabase, start, writeResult } from './processes';

/**
 * Response targets (issue: business time): due-instant throughput on one core; recalculating
 * 100,000 open cases after a calendar change while the API keeps serving; breach latency for
 * 10,000 cases due within the same minute. Real API and worker processes, PostgreSQL and Redis.
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const OPEN_CASES = arg('open-cases', 100_000);
const DUE_TOGETHER = arg('due-together', 10_000);
const CONNECTIONS = arg('connections', 4);
const TARGETS = { dueInstantsPerSecond: 200_000, recalcSeconds: 60, apiP95Increase: 0.2, breachP99Ms: 5_000 };
const BENCH_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://loket:loket@127.0.0.1:5432/loket_bench';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = 'loket-bench-sla';
const PORT = 3212;
const SUBJECT = 'bench-sla';

/** 1. Due instants per second on one core, for the default policies and De Linde's calendar. */
function throughput(): Record<string, number> {
  const cal = DEMO_ORGANIZATIONS[0].calendar as SlaCalendarSettings;
  const base = Date.UTC(2026, 0, 1);
  const run = (name: string, policy: Parameters<typeof computeDues>[1], perCall: number) => {
    const n = 400_000;
    for (let i = 0; i < 50_000; i++) computeDues(cal, policy, new Date(base + (i % 80_000) * 397_000));
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) computeDues(cal, policy, new Date(base + (i % 80_000) * 397_000));
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    return [name, Math.round((n * perCall) / s)] as const;
  };
  return Object.fromEntries([
    run('phone: end of next working day', { firstResponse: { type: 'working_days', days: 1 }, resolution: null }, 1),
    run('e-mail: next working day + 5 working days', { firstResponse: { type: 'working_days', days: 1 }, resolution: { type: 'working_days', days: 5 } }, 2),
    run('24 business hours', { firstResponse: null, resolution: { type: 'business_hours', hours: 24 } }, 1),
  ]);
}

async function login(db: Client, orgId: string, email: string, roles: string): Promise<string> {
  await db.query(
    `INSERT INTO users (organization_id, email, display_name, kind, roles, password_hash) VALUES ($1, $2, 'Bench', 'staff', $3, $4)
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, roles = EXCLUDED.roles`,
    [orgId, email, roles, await hashPassword('bench-password')],
  );
  const res = await fetch(`http://127.0.0.1:${PORT}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'bench-password' }) });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** Open cases with running clocks, inserted set-based (as if logged over the last days). */
async function insertOpenCases(db: Client, orgId: string, n: number, dueSql: string): Promise<void> {
  const email = DEFAULT_POLICIES.find((p) => p.channel === 'email');
  await db.query(
    `WITH c AS (SELECT id FROM customers WHERE organization_id = $1 ORDER BY id LIMIT 2000),
          cs AS (SELECT array_agg(id) AS ids FROM c),
          t AS (SELECT id FROM topics WHERE organization_id = $1 AND code = 'reparatie'),
          k AS (
            INSERT INTO cases (organization_id, customer_id, subject, topic_id, status, contact_count, opened_at)
            SELECT $1, cs.ids[1 + (g % array_length(cs.ids, 1))], '${SUBJECT}', t.id, 'open', 1, now() - (g % 7200) * interval '1 minute'
              FROM generate_series(1, $2) g, cs, t
            RETURNING id, customer_id, topic_id, opened_at)
     INSERT INTO case_clocks (case_id, organization_id, customer_id, channel, topic_id, received_at, policy, first_response_due_at, due_at)
     SELECT k.id, $1, k.customer_id, 'email', k.topic_id, k.opened_at, $3::jsonb, ${dueSql}, ${dueSql} + interval '4 days' FROM k`,
    [orgId, n, JSON.stringify({ firstResponse: email?.firstResponse, resolution: email?.resolution, topicSpecific: false })],
  );
}

async function cleanup(db: Client, orgId: string): Promise<void> {
  await db.query(`DELETE FROM cases WHERE organization_id = $1 AND subject = '${SUBJECT}'`, [orgId]); // clocks, breaches, changes cascade
  await db.query(`DELETE FROM outbox_messages WHERE organization_id = $1 AND reference_type = 'sla_breach'`, [orgId]);
  await db.query(`DELETE FROM sla_recalculations WHERE organization_id = $1`, [orgId]);
  await db.query(`UPDATE sla_settings SET calendar = $2 WHERE organization_id = $1`, [orgId, JSON.stringify(DEMO_ORGANIZATIONS[0].calendar)]);
}

async function main(): Promise<void> {
  console.log('Due-instant computation (one core)…');
  const perSecond = throughput();
  for (const [k, v] of Object.entries(perSecond)) console.log(`  ${k.padEnd(44)} ${v.toLocaleString('en')} due instants/s`);

  await prepareDatabase(BENCH_URL);
  const orgId = await seedBulkOrganization(BENCH_URL, 'bench-sla', 2_000, 11, (m) => console.log(m));
  const db = new Client({ connectionString: BENCH_URL });
  await db.connect();
  await cleanup(db, orgId);
  const redis = { connection: { url: REDIS_URL }, prefix: PREFIX };
  const queue = new Queue(SLA_QUEUE, redis);
  await queue.obliterate({ force: true });

  const env = { DATABASE_URL: BENCH_URL, LOG_LEVEL: 'warn', REDIS_PREFIX: PREFIX, NODE_ENV: 'production', REDIS_URL, SMTP_URL: 'smtp://127.0.0.1:1' };
  const api = await start('node', ['dist/apps/api/main.js'], { ...env, PORT: String(PORT), LOG_LEVEL: 'info' }, /listening/);
  let worker: ChildProcess | undefined;
  try {
    worker = await start('node', ['dist/apps/worker/main.js'], { ...env, LOG_LEVEL: 'info' }, /worker started/);
    const agentToken = await login(db, orgId, 'agent@bench-sla.bench', '{agent}');
    const adminToken = await login(db, orgId, 'admin@bench-sla.bench', '{admin}');
    const ids = (await db.query(`SELECT id FROM customers WHERE organization_id = $1 LIMIT 500`, [orgId])).rows.map((r) => r.id as string);
    let i = 0;
    const overview = () => load({ base: `http://127.0.0.1:${PORT}`, connections: CONNECTIONS, seconds: 8, warmup: 2, headers: { authorization: `Bearer ${agentToken}` }, next: () => `/api/v1/customers/${ids[i++ % ids.length]}/overview` });

    // 2. Recalculating the open cases after a calendar change, with the API under load meanwhile.
    console.log(`\nInserting ${OPEN_CASES.toLocaleString('en')} open cases with running clocks…`);
    await insertOpenCases(db, orgId, OPEN_CASES, `now() + interval '3 days'`);
    await db.query('VACUUM ANALYZE case_clocks, cases');
    const before = await overview();
    const closed = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const cal = { ...DEMO_ORGANIZATIONS[0].calendar, closingDays: [{ from: closed, to: closed, reason: 'Studiedag' }] };
    const t0 = Date.now();
    const put = await fetch(`http://127.0.0.1:${PORT}/api/v1/sla/calendar`, { method: 'PUT', headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify(cal) });
    if (put.status !== 200) throw new Error(`PUT /sla/calendar answered ${put.status}: ${await put.text()}`);
    const during = await overview();
    let recalc: { status: string; cases: number; changed: number; started_at: Date; finished_at: Date | null } | undefined;
    for (;;) {
      recalc = (await db.query(`SELECT status, cases, changed, started_at, finished_at FROM sla_recalculations WHERE organization_id = $1 ORDER BY created_at DESC LIMIT 1`, [orgId])).rows[0];
      if (recalc?.status === 'done' || Date.now() - t0 > 300_000) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const recalcSeconds = recalc?.finished_at ? (new Date(recalc.finished_at).getTime() - t0) / 1000 : NaN;
    const changes = Number((await db.query(`SELECT count(*) AS n FROM sla_due_changes WHERE organization_id = $1`, [orgId])).rows[0].n);
    console.log(`  recalculated ${recalc?.cases.toLocaleString('en')} clocks, ${recalc?.changed.toLocaleString('en')} changed (${changes.toLocaleString('en')} due moments recorded old → new) in ${recalcSeconds.toFixed(1)} s`);
    console.log(`  overview p95 before ${before.p95} ms, during ${during.p95} ms`);

    // 3. Breach latency: DUE_TOGETHER cases due within the same minute, their checks scheduled as the API does.
    await cleanup(db, orgId);
    await queue.obliterate({ force: true }).catch(() => undefined);
    const dueFrom = Date.now() + 40_000;
    console.log(`\nInserting ${DUE_TOGETHER.toLocaleString('en')} cases due between ${new Date(dueFrom).toISOString()} and one minute later…`);
    await insertOpenCases(db, orgId, DUE_TOGETHER, `to_timestamp(${dueFrom / 1000} + (random() * 60)::numeric(8,3))`);
    await db.query(`UPDATE case_clocks SET due_at = NULL WHERE organization_id = $1`, [orgId]);
    const dues = (await db.query(`SELECT DISTINCT first_response_due_at AS d FROM case_clocks WHERE organization_id = $1`, [orgId])).rows.map((r) => new Date(r.d));
    const buckets = [...new Set(dues.map((d) => bucketOf(d)))];
    await jobs.addBulk(queue, 'sla/breach-check', buckets.map((b) => ({ payload: { bucket: b }, jobId: breachJobId(b), delay: b - Date.now() })));
    for (;;) {
      const left = Number((await db.query(`SELECT count(*) AS n FROM case_clocks WHERE organization_id = $1 AND first_response_breached_at IS NULL`, [orgId])).rows[0].n);
      if (left === 0 || Date.now() > dueFrom + 180_000) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const lat = (await db.query(
      `SELECT count(*) AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max
         FROM (SELECT extract(epoch FROM detected_at - due_at) * 1000 AS ms FROM sla_breaches WHERE organization_id = $1) x`,
      [orgId],
    )).rows[0];
    const breach = { cases: DUE_TOGETHER, jobs: buckets.length, recorded: Number(lat.n), p50: Math.round(lat.p50), p99: Math.round(lat.p99), max: Math.round(lat.max) };
    console.log(`  ${breach.recorded.toLocaleString('en')} breaches recorded by ${breach.jobs} checks; lateness p50 ${breach.p50} ms, p99 ${breach.p99} ms, max ${breach.max} ms`);
    await cleanup(db, orgId);

    const increase = (during.p95 - before.p95) / before.p95;
    const summary = {
      date: new Date().toISOString(),
      machine: machine(),
      targets: TARGETS,
      dueInstantsPerSecond: { ...perSecond, meetsTarget: Object.values(perSecond).every((v) => v >= TARGETS.dueInstantsPerSecond) },
      recalculation: {
        openCases: OPEN_CASES, seconds: +recalcSeconds.toFixed(1), changed: recalc?.changed, dueChangesRecorded: changes, meetsTarget: recalcSeconds < TARGETS.recalcSeconds,
        apiOverview: { connections: CONNECTIONS, before: before as LoadResult, during: during as LoadResult, p95Increase: +increase.toFixed(2), meetsTarget: increase <= TARGETS.apiP95Increase },
      },
      breachLatency: { ...breach, meetsTarget: breach.recorded === DUE_TOGETHER && breach.p99 < TARGETS.breachP99Ms },
    };
    const file = writeResult('sla', summary);
    console.log(`\nDue instants ≥ ${TARGETS.dueInstantsPerSecond.toLocaleString('en')}/s: ${summary.dueInstantsPerSecond.meetsTarget ? 'met' : 'NOT met'}`);
    console.log(`Recalculation of ${OPEN_CASES.toLocaleString('en')} < ${TARGETS.recalcSeconds} s: ${summary.recalculation.meetsTarget ? 'met' : 'NOT met'} (${summary.recalculation.seconds} s); API p95 +${Math.round(increase * 100)}% (target ≤ ${TARGETS.apiP95Increase * 100}%): ${summary.recalculation.apiOverview.meetsTarget ? 'met' : 'NOT met'}`);
    console.log(`Breach latency p99 < ${TARGETS.breachP99Ms} ms: ${summary.breachLatency.meetsTarget ? 'met' : 'NOT met'} (${breach.p99} ms)`);
    console.log(`Written to ${file}`);
  } finally {
    api.kill();
    worker?.kill();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await db.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
