import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { hashPassword } from '@loket/server/identity';
import { seedBulkOrganization } from '../apps/api/src/cli/seed';
import { load, LoadResult } from './loadgen';
import { machine, prepareDatabase, start, writeResult } from './processes';

/**
 * The worklists (issue 12) with `--open` open cases (default 50,000) in one organization:
 * Loket's `GET /worklist` next to a bare Fastify handler calling the very same WorklistService
 * (bench/bare-server.ts), over a mix of what agents and team leads open: "Mijn werk", the team
 * queue, everything open (first page, a filter, a due bucket) and a second page by cursor.
 * Target: p95 < 30 ms at 4 connections; the saturation throughput (at `--connections`) is
 * reported as a ratio to the bare handler.
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const OPEN = arg('open', 50_000);
const CUSTOMERS = arg('customers', 20_000);
const CONNECTIONS = arg('connections', 20);
const SECONDS = arg('seconds', 10);
const TARGET_P95 = 30;
const BENCH_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://loket:loket@127.0.0.1:5432/loket_bench';
const LOKET_PORT = 3216;
const BARE_PORT = 3217;
const TEAMS = 8;
const AGENTS = 60;
const PASSWORD = 'bench-password';

/** Teams, agents (one team each), a team lead, and `OPEN` open cases, callbacks and follow-ups in work_items. */
async function seedWork(db: Client, orgId: string): Promise<{ agent: string; lead: string }> {
  const agent = 'agent@bench-worklist.bench';
  const lead = 'lead@bench-worklist.bench';
  const hash = await hashPassword(PASSWORD);
  const have = Number((await db.query(`SELECT count(*) AS n FROM work_items WHERE organization_id = $1`, [orgId])).rows[0].n);
  const users = await db.query(`SELECT count(*) AS n FROM users WHERE organization_id = $1 AND email LIKE '%@bench-worklist.bench'`, [orgId]);
  // The agent measured has work of their own and an unclaimed queue in their team, as agents do.
  const agentsWork = await db.query(
    `SELECT (SELECT count(*) FROM work_items w WHERE w.owner_id = u.id) AS owned,
            (SELECT count(*) FROM work_items w WHERE w.team_id = u.team_id AND w.owner_id IS NULL) AS queued
       FROM users u WHERE u.email = $1`,
    [agent],
  );
  const busy = agentsWork.rows.length === 1 && Number(agentsWork.rows[0].owned) > 0 && Number(agentsWork.rows[0].queued) > 0;
  if (have === OPEN && Number(users.rows[0].n) === AGENTS + 1 && busy) {
    await db.query(`UPDATE users SET password_hash = $2 WHERE organization_id = $1 AND email IN ('${agent}', '${lead}')`, [orgId, hash]);
    return { agent, lead };
  }
  await db.query(`DELETE FROM work_items WHERE organization_id = $1`, [orgId]);
  await db.query(`UPDATE users SET team_id = NULL WHERE organization_id = $1`, [orgId]);
  await db.query(`DELETE FROM teams WHERE organization_id = $1`, [orgId]);
  await db.query(`DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE organization_id = $1)`, [orgId]);
  await db.query(`DELETE FROM users WHERE organization_id = $1 AND email LIKE '%@bench-worklist.bench'`, [orgId]);
  const teams = (await db.query(
    `INSERT INTO teams (organization_id, name) SELECT $1, 'Team ' || g FROM generate_series(1, $2) g RETURNING id`, [orgId, TEAMS],
  )).rows.map((r) => r.id as string);
  const agents = (await db.query(
    `INSERT INTO users (organization_id, email, display_name, kind, roles, password_hash, team_id)
     SELECT $1, CASE WHEN g = 1 THEN '${agent}' ELSE 'agent' || g || '@bench-worklist.bench' END, 'Agent ' || g, 'staff', '{agent}', $2, ($3::uuid[])[1 + (g % $4)]
       FROM generate_series(1, $5) g RETURNING id`,
    [orgId, hash, teams, TEAMS, AGENTS],
  )).rows.map((r) => r.id as string);
  const leadId = (await db.query(
    `INSERT INTO users (organization_id, email, display_name, kind, roles, password_hash, team_id) VALUES ($1, '${lead}', 'Lead', 'staff', '{team_lead,agent}', $2, $3) RETURNING id`,
    [orgId, hash, teams[0]],
  )).rows[0].id as string;
  await db.query(`UPDATE teams SET lead_id = $2 WHERE id = $1`, [teams[0], leadId]);
  // Open work as it stands in a busy organization: most cases owned, about a tenth in a team queue (every team's); some callbacks and follow-ups;
  // due moments spread from two weeks ago to three weeks ahead, a few without one.
  await db.query(
    `WITH c AS (SELECT id, row_number() OVER () AS rn FROM customers WHERE organization_id = $1 LIMIT $2),
          t AS (SELECT array_agg(id) AS ids FROM topics WHERE organization_id = $1),
          l AS (SELECT array_agg(id) AS ids FROM locations WHERE organization_id = $1),
          g AS (SELECT g, gen_random_uuid() AS id, (SELECT count(*) FROM c) AS customers FROM generate_series(1, $3) g)
     INSERT INTO work_items (id, organization_id, kind, case_id, callback_id, contact_id, customer_id, subject, topic_id, channel, location_id, team_id, owner_id, status,
                             due_at, due_target, clock_state, sort_at, forwarded_by, forwarded_at, opened_at)
     SELECT g.id, $1, k.kind, CASE WHEN k.kind = 'case' THEN g.id ELSE gen_random_uuid() END, CASE WHEN k.kind = 'callback' THEN g.id END, CASE WHEN k.kind = 'follow_up' THEN g.id END,
            c.id, 'Vraag ' || g.g, t.ids[1 + g.g % array_length(t.ids, 1)], (ARRAY['phone','email','portal','counter','letter'])[1 + g.g % 5],
            CASE WHEN g.g % 5 = 3 THEN l.ids[1 + g.g % array_length(l.ids, 1)] END,
            ($4::uuid[])[1 + g.g % $6], CASE WHEN g.g % 11 = 0 THEN NULL ELSE ($5::uuid[])[1 + (g.g * 7) % $7] END,
            CASE WHEN k.kind = 'callback' THEN 'scheduled' WHEN g.g % 9 = 0 THEN 'waiting_for_customer' ELSE 'open' END,
            d.due, CASE WHEN d.due IS NULL THEN NULL WHEN k.kind = 'case' THEN 'first_response' ELSE k.kind END, CASE WHEN k.kind = 'case' THEN 'running' END,
            COALESCE(d.due, 'infinity'::timestamptz), CASE WHEN g.g % 13 = 0 THEN ($5::uuid[])[1 + g.g % $7] END, CASE WHEN g.g % 13 = 0 THEN now() - interval '1 day' END,
            now() - (g.g % 500) * interval '1 hour'
       FROM g
       JOIN c ON c.rn = 1 + g.g % g.customers
       CROSS JOIN t CROSS JOIN l
       CROSS JOIN LATERAL (SELECT CASE WHEN g.g % 20 = 0 THEN 'callback' WHEN g.g % 33 = 0 THEN 'follow_up' ELSE 'case' END AS kind) k
       CROSS JOIN LATERAL (SELECT CASE WHEN g.g % 50 = 0 THEN NULL ELSE now() + ((g.g * 7919) % 50400 - 20160) * interval '1 minute' END AS due) d`,
    [orgId, CUSTOMERS, OPEN, teams, agents, TEAMS, AGENTS],
  );
  await db.query('VACUUM (ANALYZE) work_items');
  return { agent, lead };
}

async function main(): Promise<void> {
  await prepareDatabase(BENCH_URL);
  const orgId = await seedBulkOrganization(BENCH_URL, 'bench-worklist', CUSTOMERS, 19, (m) => console.log(m));
  const db = new Client({ connectionString: BENCH_URL });
  await db.connect();
  console.log(`Preparing ${OPEN.toLocaleString('en')} open work items…`);
  const logins = await seedWork(db, orgId);
  const topic = (await db.query(`SELECT id FROM topics WHERE organization_id = $1 ORDER BY code LIMIT 1`, [orgId])).rows[0].id as string;
  const team = (await db.query(`SELECT id FROM teams WHERE organization_id = $1 ORDER BY name LIMIT 1`, [orgId])).rows[0].id as string;
  const env = { DATABASE_URL: BENCH_URL, LOG_LEVEL: 'info', REDIS_PREFIX: 'loket-bench-worklist', NODE_ENV: 'production', REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' };
  const api: ChildProcess = await start('node', ['dist/apps/api/main.js'], { ...env, PORT: String(LOKET_PORT) }, /listening/);
  const bare: ChildProcess = await start('node', ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'bench/bare-main.ts'], { ...env, PORT: String(BARE_PORT) }, /bare server ready/);
  try {
    const token = async (email: string) => {
      const res = await fetch(`http://127.0.0.1:${LOKET_PORT}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
      return ((await res.json()) as { accessToken: string }).accessToken;
    };
    const agentToken = await token(logins.agent);
    const leadToken = await token(logins.lead);
    // A second page of everything open, by the cursor the first page gave.
    const first = await fetch(`http://127.0.0.1:${LOKET_PORT}/api/v1/worklist?scope=all`, { headers: { authorization: `Bearer ${leadToken}` } });
    const cursor = ((await first.json()) as { nextCursor: string | null }).nextCursor ?? '';
    // What agents and team leads open, in proportion: mostly their own list and the team queue.
    const mix: { url: string; lead: boolean }[] = [
      { url: '/api/v1/worklist', lead: false },
      { url: '/api/v1/worklist', lead: false },
      { url: '/api/v1/worklist?scope=team', lead: false },
      { url: '/api/v1/worklist?scope=forwarded', lead: false },
      { url: '/api/v1/worklist?scope=all', lead: true },
      { url: `/api/v1/worklist?scope=all&team=${team}&due=overdue`, lead: true },
      { url: `/api/v1/worklist?scope=all&topic=${topic}&channel=phone`, lead: true },
      { url: `/api/v1/worklist?scope=all&cursor=${encodeURIComponent(cursor)}`, lead: true },
    ];
    // The load generator sends one set of headers per run: agents' and leads' requests run as two interleaved halves.
    const run = async (port: number, connections: number) => {
      let i = 0;
      const agentUrls = mix.filter((m) => !m.lead).map((m) => m.url);
      const leadUrls = mix.filter((m) => m.lead).map((m) => m.url);
      const half = Math.max(1, Math.floor(connections / 2));
      const [a, l] = await Promise.all([
        load({ base: `http://127.0.0.1:${port}`, connections: half, seconds: SECONDS, warmup: 2, next: () => agentUrls[i++ % agentUrls.length], headers: { authorization: `Bearer ${agentToken}` } }),
        load({ base: `http://127.0.0.1:${port}`, connections: Math.max(1, connections - half), seconds: SECONDS, warmup: 2, next: () => leadUrls[i++ % leadUrls.length], headers: { authorization: `Bearer ${leadToken}` } }),
      ]);
      return { agents: a, leads: l, rps: a.rps + l.rps, p95: Math.max(a.p95, l.p95), errors: a.errors + a.non2xx + l.errors + l.non2xx };
    };
    const at4 = await run(LOKET_PORT, 4);
    const bare4 = await run(BARE_PORT, 4);
    const saturated = await run(LOKET_PORT, CONNECTIONS);
    const bareSaturated = await run(BARE_PORT, CONNECTIONS);
    const row = (name: string, r: LoadResult) => `  ${name.padEnd(30)} ${String(r.rps).padStart(6)} req/s   p50 ${String(r.p50).padStart(6)} ms   p95 ${String(r.p95).padStart(6)} ms   p99 ${String(r.p99).padStart(6)} ms   errors ${r.errors + r.non2xx}`;
    const summary = {
      date: new Date().toISOString(),
      machine: machine(),
      setup: { openWorkItems: OPEN, customers: CUSTOMERS, teams: TEAMS, agents: AGENTS, connections: CONNECTIONS, seconds: SECONDS, mix: mix.map((m) => m.url.replace(/cursor=[^&]+/, 'cursor=…')) },
      targetP95: TARGET_P95,
      at4Connections: { loket: at4, bare: bare4, meetsTarget: at4.p95 < TARGET_P95 && at4.errors === 0 },
      saturation: { loket: saturated, bare: bareSaturated, ratioRps: +(saturated.rps / bareSaturated.rps).toFixed(2) },
    };
    const file = writeResult('worklist', summary);
    console.log(`\nWorklists, ${OPEN.toLocaleString('en')} open work items — target p95 < ${TARGET_P95} ms at 4 connections: ${summary.at4Connections.meetsTarget ? 'met' : 'NOT met'}`);
    console.log(row('Loket, 4 conns (agents)', at4.agents));
    console.log(row('Loket, 4 conns (team leads)', at4.leads));
    console.log(row('bare, 4 conns (agents)', bare4.agents));
    console.log(row('bare, 4 conns (team leads)', bare4.leads));
    console.log(`Saturation at ${CONNECTIONS} connections: Loket ${saturated.rps} req/s, bare ${bareSaturated.rps} req/s, ratio ${summary.saturation.ratioRps}`);
    console.log(`Written to ${file}`);
  } finally {
    api.kill();
    bare.kill();
    await db.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
