import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { Client } from 'pg';
import { hashPassword } from '@loket/server/identity';
import { machine, prepareDatabase, start, writeResult } from './processes';

/**
 * The ERP's first load: 100,000 relaties + 100,000 eenheden + 100,000 huurovereenkomsten through
 * POST /integrations/batch (NDJSON, streamed, households in the order contract, customer, unit; a
 * batch takes at most 100,000 lines, so batches of 33,333 households, sent one after the other), until every job is done. Compared, in the same run, with a bare multi-row INSERT … ON CONFLICT of
 * the same rows into customers, units and contracts (2,000 rows a statement; no search index,
 * phone numbers, parties, history or validation). Also the API's RSS while it streams and processes.
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('households', 100_000);
const TARGET_RATIO = 0.5;
const BENCH_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://loket:loket@127.0.0.1:5432/loket_bench';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PORT = 3217;
const CHUNK = 2_000;

const rssMiB = (pid: number | undefined) => {
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024);
  } catch {
    return NaN;
  }
};

const pad = (i: number) => String(i).padStart(6, '0');
const FIRST = ['Sanne', 'Daan', 'Fatma', 'Mohamed', 'Anna', 'Jan', 'Emma', 'Noah', 'Lotte', 'Sem'];
const LAST = ['Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Yılmaz', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder'];
function household(i: number) {
  const [prefix, last] = LAST[i % 10].includes(' ') ? [LAST[i % 10].split(' ').slice(0, -1).join(' '), LAST[i % 10].split(' ').at(-1) as string] : [null, LAST[i % 10]];
  const adres = { straatnaam: `Benchstraat ${Math.floor(i / 500)}`, huisnummer: 1 + (i % 500), postcode: `${1000 + (i % 8999)}AB`, woonplaats: 'Benchdorp' };
  return {
    customer: { voornaam: FIRST[(i * 7) % 10], tussenvoegsels: prefix, achternaam: `${last}${i % 1000}`, geboortedatum: `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`,
      emailadres: `relatie${i}@bench.example`, telefoonnummers: [`06${String(20000000 + i)}`], rol: 'HUU', adres },
    unit: { soort: 'WOO', detailSoort: 'POW', adres },
    contract: { eenheid: { idExtern: `E-${pad(i)}` }, relaties: [{ idExtern: `R-${pad(i)}`, rol: 'HUU' }], begindatum: '2015-01-01', brutohuur: 600 + (i % 300) },
  };
}

function* ndjson(from: number, to: number): Generator<string> {
  let buf = '';
  for (let i = from; i < to; i++) {
    const h = household(i);
    buf += `${JSON.stringify({ type: 'contract', idExtern: `O-${pad(i)}`, data: h.contract })}\n`;
    buf += `${JSON.stringify({ type: 'customer', idExtern: `R-${pad(i)}`, data: h.customer })}\n`;
    buf += `${JSON.stringify({ type: 'unit', idExtern: `E-${pad(i)}`, data: h.unit })}\n`;
    if (buf.length > 256 * 1024) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** Streams the body with backpressure (never all of it in this process either). */
function post(token: string, from: number, to: number): Promise<{ status: number; body: { id: string; linesReceived: number } }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: PORT, path: '/api/v1/integrations/batch', method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    const lines = ndjson(from, to);
    const pump = () => {
      for (let next = lines.next(); !next.done; next = lines.next()) {
        if (!req.write(next.value)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

/** The same rows, bare: multi-row INSERT … ON CONFLICT into the three tables, ids looked up per chunk. */
async function bare(db: Client, orgId: string): Promise<number> {
  const t0 = performance.now();
  for (let from = 0; from < N; from += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, N - from) }, (_, k) => ({ i: from + k, ...household(from + k) }));
    await db.query(
      `INSERT INTO customers (organization_id, customer_number, kind, external_id, first_name, name_prefix, last_name, birth_date, email, street, house_number, postcode, city, household_role)
       SELECT $1, 'B' || x, 'tenant', x, f, p, l, b::date, e, s, h, pc, c, 'HUU' FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::text[], $11::text[]) AS u(x, f, p, l, b, e, s, h, pc, c)
       ON CONFLICT (organization_id, external_id) DO UPDATE SET first_name = excluded.first_name, last_name = excluded.last_name`,
      [orgId, rows.map((r) => `BR-${pad(r.i)}`), rows.map((r) => r.customer.voornaam), rows.map((r) => r.customer.tussenvoegsels), rows.map((r) => r.customer.achternaam),
        rows.map((r) => r.customer.geboortedatum), rows.map((r) => r.customer.emailadres), rows.map((r) => r.customer.adres.straatnaam), rows.map((r) => r.customer.adres.huisnummer),
        rows.map((r) => r.customer.adres.postcode), rows.map((r) => r.customer.adres.woonplaats)],
    );
  }
  for (let from = 0; from < N; from += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, N - from) }, (_, k) => ({ i: from + k, ...household(from + k) }));
    await db.query(
      `INSERT INTO units (organization_id, external_id, street, house_number, postcode, city, unit_kind, unit_detail_kind, unit_type)
       SELECT $1, x, s, h, pc, c, 'WOO', 'POW', 'Portiekwoning' FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::text[]) AS u(x, s, h, pc, c)
       ON CONFLICT (organization_id, external_id) DO UPDATE SET street = excluded.street`,
      [orgId, rows.map((r) => `BE-${pad(r.i)}`), rows.map((r) => r.unit.adres.straatnaam), rows.map((r) => r.unit.adres.huisnummer), rows.map((r) => r.unit.adres.postcode), rows.map((r) => r.unit.adres.woonplaats)],
    );
  }
  for (let from = 0; from < N; from += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, N - from) }, (_, k) => ({ i: from + k, ...household(from + k) }));
    await db.query(
      `INSERT INTO contracts (organization_id, external_id, contract_number, customer_id, unit_id, start_date, rent_cents)
       SELECT $1, u.x, u.x, c.id, e.id, '2015-01-01', u.r FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS u(x, cx, ex, r)
         JOIN customers c ON c.organization_id = $1 AND c.external_id = u.cx JOIN units e ON e.organization_id = $1 AND e.external_id = u.ex
       ON CONFLICT (organization_id, external_id) DO UPDATE SET rent_cents = excluded.rent_cents`,
      [orgId, rows.map((r) => `BO-${pad(r.i)}`), rows.map((r) => `BR-${pad(r.i)}`), rows.map((r) => `BE-${pad(r.i)}`), rows.map((r) => Math.round(r.contract.brutohuur * 100))],
    );
  }
  return performance.now() - t0;
}

async function removeOrganization(db: Client, orgId: string): Promise<void> {
  for (const table of ['integration_batch_lines', 'integration_batches', 'record_history', 'contract_parties', 'contracts', 'units', 'customer_search_tokens', 'search_token_dictionary',
    'customer_phone_numbers', 'customer_markers', 'integration_clients', 'sessions', 'audit_events', 'users', 'customers']) {
    await db.query(`DELETE FROM ${table} WHERE organization_id = $1`, [orgId]).catch(() => undefined);
  }
  await db.query(`DELETE FROM organizations WHERE id = $1`, [orgId]).catch(() => undefined);
}

async function main(): Promise<void> {
  await prepareDatabase(BENCH_URL);
  const db = new Client({ connectionString: BENCH_URL });
  await db.connect();
  for (const r of (await db.query(`SELECT id FROM organizations WHERE slug LIKE 'bench-erp%'`)).rows) await removeOrganization(db, r.id);
  const orgId = (await db.query(`INSERT INTO organizations (slug, name) VALUES ('bench-erp', 'Woonstichting ERP-bench') RETURNING id`)).rows[0].id as string;
  const bareOrg = (await db.query(`INSERT INTO organizations (slug, name) VALUES ('bench-erp-bare', 'Woonstichting ERP-bench (bare)') RETURNING id`)).rows[0].id as string;
  await db.query(
    `INSERT INTO users (organization_id, email, display_name, kind, roles, password_hash) VALUES ($1, 'admin@bench-erp.bench', 'Bench', 'staff', '{admin}', $2)`,
    [orgId, await hashPassword('bench-password')],
  );

  const env = { DATABASE_URL: BENCH_URL, LOG_LEVEL: 'warn', NODE_ENV: 'production', REDIS_URL, REDIS_PREFIX: 'loket-bench-erp', SMTP_URL: 'smtp://127.0.0.1:1' };
  const api = await start('node', ['dist/apps/api/main.js'], { ...env, PORT: String(PORT), LOG_LEVEL: 'info' }, /listening/);
  try {
    const json = async (path: string, body: unknown, token?: string) =>
      (await fetch(`http://127.0.0.1:${PORT}/api/v1${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) })).json() as Promise<Record<string, string>>;
    const admin = (await json('/auth/login', { email: 'admin@bench-erp.bench', password: 'bench-password' })).accessToken;
    const client = await json('/integration-clients', { name: 'Bench-ERP', scopes: ['relaties.write', 'vastgoed.write', 'overeenkomsten.write'] }, admin);
    const token = (await json('/auth/token', { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret })).access_token;

    console.log(`Bare multi-row INSERT … ON CONFLICT of ${N.toLocaleString('en')} customers, units and contracts…`);
    const bareMs = await bare(db, bareOrg);
    console.log(`  ${(bareMs / 1000).toFixed(1)} s (${Math.round((3 * N) / (bareMs / 1000)).toLocaleString('en')} rows/s)`);

    const rssBefore = rssMiB(api.pid);
    const rss: { phase: string; mib: number }[] = [];
    let phase = 'streaming';
    const sampler = setInterval(() => rss.push({ phase, mib: rssMiB(api.pid) }), 250);
    console.log(`POST /integrations/batch with ${(3 * N).toLocaleString('en')} lines…`);
    const t0 = performance.now();
    // A batch takes at most 100,000 lines: 33,333 households (three lines each) per batch.
    const per = Math.floor(100_000 / 3);
    const BATCHES = Math.ceil(N / per);
    const ids: string[] = [];
    let received = 0;
    for (let b = 0; b < BATCHES; b++) {
      const accepted = await post(token, b * per, Math.min(N, (b + 1) * per));
      if (accepted.status !== 202) throw new Error(`batch refused: ${accepted.status} ${JSON.stringify(accepted.body)}`);
      ids.push(accepted.body.id);
      received += accepted.body.linesReceived;
    }
    const receivedMs = performance.now() - t0;
    phase = 'processing';
    console.log(`  ${BATCHES} × 202 after ${(receivedMs / 1000).toFixed(1)} s (${received.toLocaleString('en')} lines received and stored)`);
    const status: Record<string, number> = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
    for (const id of ids) {
      for (;;) {
        const s = (await (await fetch(`http://127.0.0.1:${PORT}/api/v1/integrations/batch/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as Record<string, unknown>;
        if (s['status'] === 'done' || s['status'] === 'failed') {
          for (const k of Object.keys(status)) status[k] += Number(s[k]);
          break;
        }
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    const totalMs = performance.now() - t0;
    clearInterval(sampler);
    const max = (p: string) => Math.max(...rss.filter((r) => r.phase === p).map((r) => r.mib));
    const ratio = bareMs / totalMs;
    console.log(`  done after ${(totalMs / 1000).toFixed(1)} s: ${JSON.stringify({ created: status['created'], updated: status['updated'], unchanged: status['unchanged'], rejected: status['rejected'] })}`);
    console.log(`  ${Math.round((3 * N) / (totalMs / 1000)).toLocaleString('en')} lines/s; ratio to the bare insert ${ratio.toFixed(2)} (target ≥ ${TARGET_RATIO})`);
    console.log(`  API RSS: ${rssBefore} MiB before, max ${max('streaming')} MiB while streaming, max ${max('processing')} MiB while processing`);

    const summary = {
      date: new Date().toISOString(),
      machine: machine(),
      households: N,
      lines: 3 * N,
      bare: { seconds: +(bareMs / 1000).toFixed(2), rowsPerSecond: Math.round((3 * N) / (bareMs / 1000)) },
      loket: {
        acceptedAfterSeconds: +(receivedMs / 1000).toFixed(2), doneAfterSeconds: +(totalMs / 1000).toFixed(2), linesPerSecond: Math.round((3 * N) / (totalMs / 1000)),
        created: status['created'], updated: status['updated'], unchanged: status['unchanged'], rejected: status['rejected'],
      },
      ratio: +ratio.toFixed(3),
      target: TARGET_RATIO,
      meetsTarget: ratio >= TARGET_RATIO,
      apiRssMiB: { before: rssBefore, maxWhileStreaming: max('streaming'), maxWhileProcessing: max('processing') },
    };
    console.log(`Written to ${writeResult('erp-batch', summary)}`);
  } finally {
    api.kill();
    await removeOrganization(db, orgId);
    await removeOrganization(db, bareOrg);
    await db.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
