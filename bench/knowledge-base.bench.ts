import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { hashPassword } from '@loket/server/identity';
import { seedBulkOrganization } from '../apps/api/src/cli/seed';
import { load, LoadResult } from './loadgen';
import { machine, prepareDatabase, start, writeResult } from './processes';

/**
 * Knowledge-base search with 20,000 published Dutch articles under concurrency: Loket's
 * `GET /articles?q=` next to a bare Fastify handler calling the very same search service (bench/bare-server.ts).
 *
 * Two mixes of questions:
 * - typical: drawn from the typical questions with a Zipf distribution (a few questions are asked
 *   very often, most rarely), as customers and agents ask them. A running Loket has been asked
 *   each of them before, so both servers are first asked every typical question once (not
 *   measured); after that they are answered from the search-result cache. The cold start that
 *   this skips is what "never asked before" measures.
 * - never asked before: every request a question not asked before, so no request is answered from
 *   the cache — the cost of the full-text search itself.
 */
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ARTICLES = arg('articles', 20_000);
const CONNECTIONS = arg('connections', 20);
const SECONDS = arg('seconds', 10);
const TARGET_P95 = 25;
const BENCH_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://loket:loket@127.0.0.1:5432/loket_bench';
const LOKET_PORT = 3214;
const BARE_PORT = 3215;

const SUBJECTS = ['huur', 'reparatie', 'lekkage', 'schimmel', 'overlast', 'verhuizen', 'huurtoeslag', 'woningruil', 'parkeren', 'tuin', 'sleutel', 'cv-ketel', 'kraan', 'dak', 'balkon', 'lift', 'afval', 'buren', 'betalingsregeling', 'huurverhoging', 'inschrijving', 'woning', 'keuken', 'badkamer', 'servicekosten'];
const VERBS = ['melden', 'aanvragen', 'opzeggen', 'betalen', 'regelen', 'wijzigen', 'oplossen', 'doorgeven', 'controleren', 'voorkomen'];
const WORDS = ('u kunt dit melden in mijn loket of bel ons tijdens kantoortijden wij helpen u graag de monteur komt binnen drie werkdagen bij spoed bellen wij dezelfde dag ' +
  'de kosten zijn voor de verhuurder tenzij u zelf schade heeft gemaakt houd uw huurcontract bij de hand wij sturen u een bevestiging per e-mail ' +
  'de opzegtermijn is een maand u krijgt een eindinspectie zorg dat de woning leeg en schoon is het formulier staat op onze website ' +
  'bij vragen over de huurprijs kijk dan naar de huurtoeslag van de belastingdienst wij denken graag met u mee als betalen moeilijk is').split(' ');

/** Questions as customers type them: a subject, a subject and what they want, with a detail, misspelled, in the plural. */
function questionPool(): { typical: string[]; fresh: string[] } {
  const r = rand(7);
  const details = [...new Set(WORDS.filter((w) => w.length > 3))];
  const typo = (w: string) => {
    const i = 1 + Math.floor(r() * (w.length - 2));
    return w.slice(0, i) + w.slice(i + 1);
  };
  const typical = new Set<string>();
  for (const s of SUBJECTS) {
    typical.add(s);
    typical.add(typo(s));
    typical.add(`${s}s`);
    for (const v of VERBS) typical.add(`${s} ${v}`);
    for (const d of details) typical.add(`${s} ${d}`);
  }
  const fresh = new Set<string>();
  for (const s of SUBJECTS) for (const d of details) for (const v of VERBS) {
    fresh.add(`${d} ${s} ${v}`);
    fresh.add(`${s} ${v} ${d}`);
    fresh.add(`${v} ${d} ${s}`);
  }
  const shuffle = (xs: string[]) => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  };
  return { typical: shuffle([...typical]), fresh: shuffle([...fresh]) };
}

/** A Zipf(1) sampler over n items: item k is asked about 1/k as often as the first. */
function zipf(n: number, r: () => number): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (let k = 1; k <= n; k++) cumulative.push((sum += 1 / k));
  return () => {
    const x = r() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function rand(seed: number) {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

async function seedArticles(db: Client, orgId: string, n: number): Promise<void> {
  const have = Number((await db.query(`SELECT count(*) AS n FROM articles WHERE organization_id = $1 AND status = 'published'`, [orgId])).rows[0].n);
  if (have === n) return;
  await db.query(`DELETE FROM articles WHERE organization_id = $1`, [orgId]);
  const r = rand(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  for (let done = 0; done < n; done += 2000) {
    const titles: string[] = [];
    const questions: string[] = [];
    const bodies: string[] = [];
    for (let i = done; i < Math.min(n, done + 2000); i++) {
      const subject = pick(SUBJECTS);
      const verb = pick(VERBS);
      titles.push(`${subject[0].toUpperCase()}${subject.slice(1)} ${verb} (${i})`);
      questions.push(`Hoe kan ik ${subject} ${verb}?|Wat moet ik doen met ${pick(SUBJECTS)}?`);
      bodies.push(Array.from({ length: 60 + Math.floor(r() * 90) }, () => (r() < 0.08 ? pick(SUBJECTS) : pick(WORDS))).join(' ') + '.');
    }
    await db.query(
      `WITH a AS (INSERT INTO articles (organization_id, status, latest_version, published_version, audience, published_at)
                  SELECT $1, 'published', 1, 1, CASE WHEN g % 5 = 0 THEN 'internal' ELSE 'public' END, now() FROM generate_series(1, $2) g RETURNING id),
            numbered AS (SELECT id, row_number() OVER () AS rn FROM a),
            src AS (SELECT * FROM unnest($3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS s(title, questions, body, rn))
       INSERT INTO article_versions (organization_id, article_id, version, title, questions, body, audience)
       SELECT $1, numbered.id, 1, src.title, string_to_array(src.questions, '|'), src.body, 'public' FROM numbered JOIN src ON src.rn = numbered.rn`,
      [orgId, titles.length, titles, questions, bodies],
    );
  }
  await db.query(
    `UPDATE articles a SET search_text = v.title || ' \n ' || array_to_string(v.questions, ' '),
            title_vector = setweight(to_tsvector('dutch', v.title), 'A') || setweight(to_tsvector('dutch', array_to_string(v.questions, ' ')), 'B'),
            search_vector = setweight(to_tsvector('dutch', v.title), 'A') || setweight(to_tsvector('dutch', array_to_string(v.questions, ' ')), 'B') || setweight(to_tsvector('dutch', v.body), 'C')
       FROM article_versions v WHERE v.article_id = a.id AND v.version = 1 AND a.organization_id = $1`,
    [orgId],
  );
  await db.query(
    `INSERT INTO kb_words (organization_id, word)
     SELECT DISTINCT $1::uuid, w FROM article_versions v, regexp_split_to_table(lower(v.title || ' ' || array_to_string(v.questions, ' ') || ' ' || v.body), '[^[:alpha:]]+') AS w
      WHERE v.organization_id = $1 AND length(w) BETWEEN 4 AND 60 ON CONFLICT DO NOTHING`,
    [orgId],
  );
  await db.query('VACUUM ANALYZE articles, article_versions, kb_words');
}

async function main(): Promise<void> {
  await prepareDatabase(BENCH_URL);
  const orgId = await seedBulkOrganization(BENCH_URL, 'bench-kb', 200, 17, (m) => console.log(m));
  const db = new Client({ connectionString: BENCH_URL });
  await db.connect();
  console.log(`Preparing ${ARTICLES.toLocaleString('en')} published articles…`);
  await seedArticles(db, orgId, ARTICLES);
  await db.query(
    `INSERT INTO users (organization_id, email, display_name, kind, roles, password_hash) VALUES ($1, 'agent@bench-kb.bench', 'Bench', 'staff', '{agent}', $2)
     ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash`,
    [orgId, await hashPassword('bench-password')],
  );
  const env = { DATABASE_URL: BENCH_URL, LOG_LEVEL: 'info', REDIS_PREFIX: 'loket-bench-kb', NODE_ENV: 'production', REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' };
  const api: ChildProcess = await start('node', ['dist/apps/api/main.js'], { ...env, PORT: String(LOKET_PORT) }, /listening/);
  // The bare server: Fastify over the same KnowledgeBaseService search, session lookup and search log (bench/bare-server.ts).
  const bare: ChildProcess = await start('node', ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'bench/bare-main.ts'], { ...env, PORT: String(BARE_PORT) }, /bare server ready/);
  try {
    const login = await fetch(`http://127.0.0.1:${LOKET_PORT}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'agent@bench-kb.bench', password: 'bench-password' }) });
    const headers = { authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
    const pool = questionPool();
    const url = (q: string) => `/api/v1/articles?q=${encodeURIComponent(q)}`;
    const typicalFrom = (seed: number) => {
      const pick = zipf(pool.typical.length, rand(seed));
      return () => url(pool.typical[pick()]);
    };
    let fresh = 0;
    const freshNext = () => url(pool.fresh[fresh++ % pool.fresh.length]);
    const run = (port: number, connections: number, next: () => string) =>
      load({ base: `http://127.0.0.1:${port}`, connections, seconds: SECONDS, warmup: 2, next, headers });

    // Asked before: every typical question once, on both servers alike (4 at a time, not measured).
    const askEachOnce = async (port: number) => {
      let next = 0;
      await Promise.all(Array.from({ length: 4 }, async () => {
        while (next < pool.typical.length) {
          const res = await fetch(`http://127.0.0.1:${port}${url(pool.typical[next++])}`, { headers });
          if (!res.ok) throw new Error(`warming up: ${res.status}`);
          await res.arrayBuffer();
        }
      }));
    };
    await askEachOnce(LOKET_PORT);
    await askEachOnce(BARE_PORT);
    const typical = await run(LOKET_PORT, CONNECTIONS, typicalFrom(1));
    const typicalBare = await run(BARE_PORT, CONNECTIONS, typicalFrom(1));
    const typical4 = await run(LOKET_PORT, 4, typicalFrom(2));
    const uncached = await run(LOKET_PORT, CONNECTIONS, freshNext);
    const uncachedBare = await run(BARE_PORT, CONNECTIONS, freshNext);
    const uncached4 = await run(LOKET_PORT, 4, freshNext);
    const asked = fresh;
    const row = (name: string, r: LoadResult) => `  ${name.padEnd(34)} ${String(r.rps).padStart(6)} req/s   p50 ${String(r.p50).padStart(6)} ms   p95 ${String(r.p95).padStart(6)} ms   p99 ${String(r.p99).padStart(6)} ms   errors ${r.errors + r.non2xx}`;
    const summary = {
      date: new Date().toISOString(),
      machine: machine(),
      setup: { articles: ARTICLES, connections: CONNECTIONS, seconds: SECONDS, typicalQuestions: pool.typical.length, typicalAskedOnceBefore: true, neverAskedBeforeUsed: asked, freshQuestionsAvailable: pool.fresh.length },
      targetP95: TARGET_P95,
      typical: { loket: typical, bare: typicalBare, ratioRps: +(typical.rps / typicalBare.rps).toFixed(2), loketAt4Connections: typical4 },
      neverAskedBefore: { loket: uncached, bare: uncachedBare, ratioRps: +(uncached.rps / uncachedBare.rps).toFixed(2), loketAt4Connections: uncached4 },
      meetsTarget: { typical: typical.p95 < TARGET_P95, neverAskedBefore: uncached.p95 < TARGET_P95 },
    };
    const file = writeResult('knowledge-base', summary);
    const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
    console.log(`\nKnowledge-base search, ${ARTICLES.toLocaleString('en')} articles, ${CONNECTIONS} connections — target p95 < ${TARGET_P95} ms`);
    console.log(`Typical questions (Zipf over ${pool.typical.length.toLocaleString('en')}): ${met(summary.meetsTarget.typical)}`);
    console.log(row('Loket', typical));
    console.log(row('bare Fastify+pg', typicalBare));
    console.log(row('Loket, 4 conns', typical4));
    console.log(`  Loket/bare throughput ratio ${summary.typical.ratioRps}`);
    console.log(`Questions never asked before (no cached result): ${met(summary.meetsTarget.neverAskedBefore)}`);
    console.log(row('Loket', uncached));
    console.log(row('bare Fastify+pg', uncachedBare));
    console.log(row('Loket, 4 conns', uncached4));
    console.log(`  Loket/bare throughput ratio ${summary.neverAskedBefore.ratioRps}${asked > pool.fresh.length ? ' (the fresh questions ran out and were repeated!)' : ''}\nWritten to ${file}`);
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
