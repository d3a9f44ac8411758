import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { Webhook } from 'standardwebhooks';
import { hashPassword } from '@loket/server/identity';
import { WEBHOOKS_QUEUE, jobs } from '@loket/server/platform';
import { seedBulkOrganization } from '../apps/api/src/cli/seed';
import { load, LoadResult } from './loadgen';
import { machine, prepareDatabase, start, writeResult } from './processes';

/**
 * Webhook delivery: events committed at a steady rate (default 600/s for 30 s) into the event log of
 * one organization, each about one of 2,000 customers, delivered by the real worker to a local
 * receiver that verifies every signature. Measures deliveries per second and the delay from commit
 * to receipt, while the API serves the customer overview (its p95 against the same load alone).
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const RATE = arg('rate', 600);
const SECONDS = arg('seconds', 30);
const CONNECTIONS = arg('connections', 4);
const TARGETS = { deliveriesPerSecond: 500, delayP99Ms: 2_000 };
const BENCH_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://loket:loket@127.0.0.1:5432/loket_bench';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = 'loket-bench-wh';
const PORT = 3214;

const pct = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

async function main(): Promise<void> {
  await prepareDatabase(BENCH_URL);
  const orgId = await seedBulkOrganization(BENCH_URL, 'bench-wh', 2_000, 14, (m) => console.log(m));
  const db = new Client({ connectionString: BENCH_URL });
  await db.connect();
  await db.query(`DELETE FROM webhook_subscriptions WHERE organization_id = $1`, [orgId]);
  const queue = new Queue(WEBHOOKS_QUEUE, { connection: { url: REDIS_URL }, prefix: PREFIX });
  await queue.obliterate({ force: true });

  // The receiver: checks every signature, notes when each event arrived.
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  const signer = new Webhook(secret);
  const received = new Map<string, number>();
  let bad = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const id = String(req.headers['webhook-id']);
      try {
        signer.verify(Buffer.concat(chunks).toString('utf8'), { 'webhook-id': id, 'webhook-timestamp': String(req.headers['webhook-timestamp']), 'webhook-signature': String(req.headers['webhook-signature']) });
        if (!received.has(id)) received.set(id, Date.now());
        res.writeHead(204).end();
      } catch {
        bad += 1;
        res.writeHead(400).end();
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  await db.query(
    `INSERT INTO webhook_subscriptions (organization_id, url, events, secret, description) VALUES ($1, $2, $3, $4, 'bench')`,
    [orgId, receiverUrl, ['contact.logged', 'customer.updated'], secret],
  );

  const hash = await hashPassword('bench-password');
  await db.query(
    `INSERT INTO users (organization_id, email, display_name, kind, roles, password_hash) VALUES ($1, 'agent@bench-wh.bench', 'Bench', 'staff', '{agent}', $2)
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
    [orgId, hash],
  );
  const customers = (await db.query(`SELECT id FROM customers WHERE organization_id = $1 ORDER BY id LIMIT 2000`, [orgId])).rows.map((r) => r.id as string);

  const env = { DATABASE_URL: BENCH_URL, LOG_LEVEL: 'warn', REDIS_PREFIX: PREFIX, NODE_ENV: 'production', REDIS_URL, SMTP_URL: 'smtp://127.0.0.1:1' };
  const api = await start('node', ['dist/apps/api/main.js'], { ...env, PORT: String(PORT), LOG_LEVEL: 'info' }, /listening/);
  let worker: ChildProcess | undefined;
  try {
    worker = await start('node', ['dist/apps/worker/main.js'], { ...env, LOG_LEVEL: 'info' }, /worker started/);
    const login = await fetch(`http://127.0.0.1:${PORT}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'agent@bench-wh.bench', password: 'bench-password' }) });
    const token = ((await login.json()) as { accessToken: string }).accessToken;
    let i = 0;
    const overview = (seconds: number) => load({ base: `http://127.0.0.1:${PORT}`, connections: CONNECTIONS, seconds, warmup: 1, headers: { authorization: `Bearer ${token}` }, next: () => `/api/v1/customers/${customers[i++ % 500]}/overview` });

    const solo = await overview(10);
    console.log(`API overview alone: p95 ${solo.p95} ms`);

    // The producer: a transaction every 50 ms with RATE/20 events, then the wake-up the event log gives after a commit.
    const committed = new Map<string, number>();
    const perTick = Math.max(1, Math.round(RATE / 20));
    const producer = (async () => {
      const started = Date.now();
      let tick = 0;
      while (Date.now() - started < SECONDS * 1000) {
        const rows = (await db.query(
          `INSERT INTO integration_events (id, tx, organization_id, type, customer_id, subject_id, occurred_at, data)
           SELECT gen_random_uuid(), (pg_current_xact_id())::text::bigint, $1, CASE WHEN g % 2 = 0 THEN 'contact.logged' ELSE 'customer.updated' END,
                  ($2::uuid[])[1 + ((g + $3) % array_length($2::uuid[], 1))], gen_random_uuid(), now(), jsonb_build_object('n', g)
             FROM generate_series(1, $4) g RETURNING id`,
          [orgId, customers, tick * perTick, perTick],
        )).rows as { id: string }[];
        const at = Date.now();
        for (const r of rows) committed.set(r.id, at);
        await jobs.add(queue, 'webhooks/pump', {}, { jobId: 'pump' }).catch(() => undefined);
        tick += 1;
        const next = started + tick * 50;
        await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
      }
    })();
    const during = overview(SECONDS);
    await producer;
    const duringResult = await during;
    const deadline = Date.now() + 120_000;
    while (received.size < committed.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));

    const delays = [...committed].filter(([id]) => received.has(id)).map(([id, at]) => (received.get(id) as number) - at).sort((a, b) => a - b);
    const firstCommit = Math.min(...committed.values());
    const lastReceipt = Math.max(...received.values());
    const delivery = {
      events: committed.size,
      delivered: delays.length,
      badSignatures: bad,
      seconds: +((lastReceipt - firstCommit) / 1000).toFixed(1),
      deliveriesPerSecond: Math.round(delays.length / ((lastReceipt - firstCommit) / 1000)),
      delayMs: { p50: pct(delays, 50), p95: pct(delays, 95), p99: pct(delays, 99), max: delays.at(-1) ?? NaN },
    };
    const attempts = (await db.query(`SELECT count(*) AS n, count(*) FILTER (WHERE status <> 'delivered') AS open FROM webhook_deliveries WHERE organization_id = $1`, [orgId])).rows[0];
    console.log(`  ${delivery.delivered.toLocaleString('en')} of ${delivery.events.toLocaleString('en')} delivered in ${delivery.seconds} s: ${delivery.deliveriesPerSecond}/s; commit → receipt p50 ${delivery.delayMs.p50} ms, p99 ${delivery.delayMs.p99} ms, max ${delivery.delayMs.max} ms; bad signatures ${bad}; delivery rows ${attempts.n} (${attempts.open} not delivered)`);
    console.log(`  API overview p95 alone ${solo.p95} ms, during delivery ${duringResult.p95} ms`);
    await db.query(`DELETE FROM webhook_subscriptions WHERE organization_id = $1`, [orgId]);

    const summary = {
      date: new Date().toISOString(),
      machine: machine(),
      targets: TARGETS,
      rate: RATE,
      delivery: { ...delivery, meetsTarget: delivery.delivered === delivery.events && delivery.deliveriesPerSecond >= TARGETS.deliveriesPerSecond && delivery.delayMs.p99 < TARGETS.delayP99Ms },
      apiOverview: { connections: CONNECTIONS, alone: solo as LoadResult, duringDelivery: duringResult as LoadResult },
    };
    const file = writeResult('webhooks', summary);
    console.log(`\n≥ ${TARGETS.deliveriesPerSecond} deliveries/s with p99 commit → receipt < ${TARGETS.delayP99Ms} ms: ${summary.delivery.meetsTarget ? 'met' : 'NOT met'}`);
    console.log(`Written to ${file}`);
  } finally {
    api.kill();
    worker?.kill();
    server.closeAllConnections();
    server.close();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await db.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
