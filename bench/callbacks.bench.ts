import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { hashPassword } from '@loket/server/identity';
import { jobs } from '@loket/server/platform';
import { CALLBACKS_QUEUE, stageBucketOf, stageJobId } from '@loket/server/callbacks';
import { seedBulkOrganization } from '../apps/api/src/cli/seed';
import { load, LoadResult } from './loadgen';
import { machine, prepareDatabase, start, writeResult } from './processes';

/**
 * A storm of callbacks: 100,000 due within the same minute, escalated to level 1 by the real worker
 * (set-based: one job per second of due moments). Measures the time until all are escalated, the
 * escalation latency, the API's p95 meanwhile, and the worker's memory.
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const CALLBACKS = arg('callbacks', 100_000);
const CONNECTIONS = arg('connections', 4);
const TARGETS = { allEscalatedSeconds: 60, latencyP99Ms: 5_000 };
const BENCH_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://loket:loket@127.0.0.1:5432/loket_bench';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = 'loket-bench-cb';
const PORT = 3213;
const SUBJECT = 'bench-callbacks';

const rssMiB = (pid: number | undefined) => {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return NaN;
  }
};

async function cleanup(db: Client, orgId: string): Promise<void> {
  await db.query(`DELETE FROM cases WHERE organization_id = $1 AND subject = '${SUBJECT}'`, [orgId]); // callbacks, escalations, clocks cascade
  await db.query(`DELETE FROM outbox_messages WHERE organization_id = $1 AND reference_type LIKE 'callback_%'`, [orgId]);
}

async function main(): Promise<void> {
  await prepareDatabase(BENCH_URL);
  const orgId = await seedBulkOrganization(BENCH_URL, 'bench-cb', 2_000, 13, (m) => console.log(m));
  const db = new Client({ connectionString: BENCH_URL });
  await db.connect();
  await cleanup(db, orgId);
  const queue = new Queue(CALLBACKS_QUEUE, { connection: { url: REDIS_URL }, prefix: PREFIX });
  await queue.obliterate({ force: true });

  // A team with a lead, who hears of the escalations (in one e-mail per check, not 100,000).
  const hash = await hashPassword('bench-password');
  const user = async (email: string, roles: string) =>
    (await db.query(
      `INSERT INTO users (organization_id, email, display_name, kind, roles, password_hash, notification_hours) VALUES ($1, $2, 'Bench', 'staff', $3, $4, 'any_time')
       ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash RETURNING id`,
      [orgId, email, roles, hash],
    )).rows[0].id as string;
  const agentId = await user('agent@bench-cb.bench', '{agent}');
  const leadId = await user('lead@bench-cb.bench', '{team_lead}');
  const teamId = (await db.query(
    `INSERT INTO teams (organization_id, name, lead_id) VALUES ($1, 'Bench', $2) ON CONFLICT (organization_id, name) DO UPDATE SET lead_id = EXCLUDED.lead_id RETURNING id`,
    [orgId, leadId],
  )).rows[0].id as string;
  await db.query(`UPDATE users SET team_id = $1 WHERE id = ANY($2::uuid[])`, [teamId, [agentId, leadId]]);

  const env = { DATABASE_URL: BENCH_URL, LOG_LEVEL: 'warn', REDIS_PREFIX: PREFIX, NODE_ENV: 'production', REDIS_URL, SMTP_URL: 'smtp://127.0.0.1:1' };
  const api = await start('node', ['dist/apps/api/main.js'], { ...env, PORT: String(PORT), LOG_LEVEL: 'info' }, /listening/);
  let worker: ChildProcess | undefined;
  try {
    worker = await start('node', ['dist/apps/worker/main.js'], { ...env, LOG_LEVEL: 'info' }, /worker started/);
    const login = await fetch(`http://127.0.0.1:${PORT}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'agent@bench-cb.bench', password: 'bench-password' }) });
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    const ids = (await db.query(`SELECT id FROM customers WHERE organization_id = $1 LIMIT 500`, [orgId])).rows.map((r) => r.id as string);
    let i = 0;
    const overview = (seconds: number) => load({ base: `http://127.0.0.1:${PORT}`, connections: CONNECTIONS, seconds, warmup: 1, headers: { authorization: `Bearer ${token}` }, next: () => `/api/v1/customers/${ids[i++ % ids.length]}/overview` });

    const dueFrom = Date.now() + 45_000;
    console.log(`Inserting ${CALLBACKS.toLocaleString('en')} callbacks due between ${new Date(dueFrom).toISOString()} and one minute later…`);
    await db.query(
      `WITH cs AS (SELECT array_agg(id) AS ids FROM (SELECT id FROM customers WHERE organization_id = $1 ORDER BY id LIMIT 2000) c),
            t AS (SELECT id FROM topics WHERE organization_id = $1 AND code = 'reparatie'),
            k AS (INSERT INTO cases (organization_id, customer_id, subject, topic_id, status, contact_count)
                  SELECT $1, cs.ids[1 + (g % array_length(cs.ids, 1))], '${SUBJECT}', t.id, 'open', 1 FROM generate_series(1, $2) g, cs, t
                  RETURNING id, customer_id)
       INSERT INTO callbacks (organization_id, customer_id, case_id, phone_number, reason, assignee_id, team_id, window_start, due_at, reminder_at, reminded_at, level2_at)
       SELECT $1, k.customer_id, k.id, '+31612345678', 'Bench', $3, $4, now(), to_timestamp(${dueFrom / 1000} + (random() * 60)::numeric(8,3)), NULL, now(), now() + interval '1 day'
         FROM k`,
      [orgId, CALLBACKS, agentId, teamId],
    );
    await db.query('VACUUM ANALYZE callbacks, cases');
    const buckets = [...new Set((await db.query(`SELECT due_at FROM callbacks WHERE organization_id = $1`, [orgId])).rows.map((r) => stageBucketOf(new Date(r.due_at))))];
    await jobs.addBulk(queue, 'callbacks/stage-check', buckets.map((b) => ({ payload: { bucket: b }, jobId: stageJobId(b), delay: b - Date.now() })));

    const rssBefore = rssMiB(worker.pid);
    const before = await overview(8);
    const rss: number[] = [];
    const sampler = setInterval(() => rss.push(rssMiB(worker?.pid)), 500);
    // Load on the API through the storm, from the first due moment to the last.
    await new Promise((r) => setTimeout(r, Math.max(0, dueFrom - Date.now())));
    const during = overview(60);
    for (;;) {
      const left = Number((await db.query(`SELECT count(*) AS n FROM callbacks WHERE organization_id = $1 AND escalated1_at IS NULL`, [orgId])).rows[0].n);
      if (left === 0 || Date.now() > dueFrom + 240_000) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const duringResult = await during;
    clearInterval(sampler);
    const lat = (await db.query(
      `SELECT count(*) AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max,
              extract(epoch FROM max(escalated1_at) - min(due_at)) AS span
         FROM (SELECT extract(epoch FROM escalated1_at - due_at) * 1000 AS ms, escalated1_at, due_at FROM callbacks WHERE organization_id = $1 AND escalated1_at IS NOT NULL) x`,
      [orgId],
    )).rows[0];
    const rssAfter = rssMiB(worker.pid);
    const escalation = {
      callbacks: CALLBACKS, jobs: buckets.length, escalated: Number(lat.n),
      secondsFromFirstDueToLastEscalated: +Number(lat.span).toFixed(1), latencyMs: { p50: Math.round(lat.p50), p99: Math.round(lat.p99), max: Math.round(lat.max) },
    };
    console.log(`  ${escalation.escalated.toLocaleString('en')} escalated by ${escalation.jobs} checks; first due → last escalated ${escalation.secondsFromFirstDueToLastEscalated} s; lateness p50 ${escalation.latencyMs.p50} ms, p99 ${escalation.latencyMs.p99} ms, max ${escalation.latencyMs.max} ms`);
    console.log(`  API overview p95 before ${before.p95} ms, during the storm ${duringResult.p95} ms; worker RSS ${rssBefore} MiB before, max ${Math.max(...rss)} MiB during, ${rssAfter} MiB after`);
    await cleanup(db, orgId);

    const summary = {
      date: new Date().toISOString(),
      machine: machine(),
      targets: TARGETS,
      escalation: { ...escalation, meetsTarget: escalation.escalated === CALLBACKS && escalation.latencyMs.max < TARGETS.allEscalatedSeconds * 1000 && escalation.latencyMs.p99 < TARGETS.latencyP99Ms },
      apiOverview: { connections: CONNECTIONS, before: before as LoadResult, duringStorm: duringResult as LoadResult },
      workerRssMiB: { before: rssBefore, maxDuring: Math.max(...rss), after: rssAfter },
    };
    const file = writeResult('callbacks', summary);
    console.log(`\nAll ${CALLBACKS.toLocaleString('en')} escalated, none later than ${TARGETS.allEscalatedSeconds} s after its due moment, p99 < ${TARGETS.latencyP99Ms} ms: ${summary.escalation.meetsTarget ? 'met' : 'NOT met'}`);
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
