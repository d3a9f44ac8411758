import { Faker, base, nl } from '@faker-js/faker';
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import type { INestApplicationContext } from '@nestjs/common';
import { customerSearchTokens, nameSortKey, tokenRankKey } from '@loket/server/customers';
import { hashPassword } from '@loket/server/identity';
import { seedDefaultTopics } from '@loket/server/reference-data';
import { KnowledgeBaseService } from '@loket/server/knowledge-base';
import { ContactLogService, ForwardingService } from '@loket/server/contact-log';
import { loadConfig } from '@loket/server/platform';
import type { Attitude, Channel, DigitalSkill, MarkerCode, Vulnerability } from '@loket/shared/contracts';
import { BACKOFFICE_TEAMS, DEMO_INTEGRATION_CLIENT, DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_TEAM, DemoOrganization, FIXED_CUSTOMERS, STAFF, SeedCustomer } from './demo-data';
import { seedDemoWork } from './seed-work';
import { editorOf, seedDemoArticles } from './seed-articles';

export interface SeedOptions {
  customers: number;
  seed: number;
  reset: boolean;
  quiet?: boolean;
}

const BATCH = 5000;
/** Bump when the generator changes, so cached benchmark data is made again. */
const DATA_VERSION = 2;
/** Raise when the demo data set changes (teams, calendars, articles…): an older demo database is made again. */
const DEMO_VERSION = 7;

export async function seedFromArgs(url: string, args: string[]): Promise<void> {
  const opt = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const customers = Number(opt('customers') ?? 2000);
  const seedValue = Number(opt('seed') ?? 42);
  if (!Number.isInteger(customers) || customers < 0 || customers > 5_000_000) throw new Error('--customers must be a whole number from 0 to 5000000');
  if (!Number.isInteger(seedValue)) throw new Error('--seed must be a whole number');
  await seed(url, { customers, seed: seedValue, reset: args.includes('--reset') });
}

/**
 * Creates the two demo organizations of the demo data contract with their logins, the fixed
 * customers and `customers` generated ones each. Deterministic for a given seed. Leaves an
 * organization that already exists alone unless `reset` is given.
 */
export async function seed(url: string, options: SeedOptions): Promise<void> {
  const log = options.quiet ? () => undefined : (m: string) => console.log(m);
  const db = new Client({ connectionString: url });
  await db.connect();
  // The API's modules, booted once when an organization is made: the articles are published through them.
  let api: INestApplicationContext | undefined;
  try {
    if (options.reset) {
      for (const org of DEMO_ORGANIZATIONS) await deleteOrganization(db, org.slug);
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const [i, org] of DEMO_ORGANIZATIONS.entries()) {
      const exists = await db.query(`SELECT settings ? 'seededAt' AS complete, (settings->>'demoVersion')::int AS version FROM organizations WHERE slug = $1`, [org.slug]);
      // An organization whose seeding was cut off half-way, or that holds an older demo data set, is made again.
      if (exists.rows[0] && (!exists.rows[0].complete || exists.rows[0].version !== DEMO_VERSION)) {
        if (exists.rows[0].complete) log(`${org.name}: older demo data, made again`);
        await deleteOrganization(db, org.slug);
      } else if (exists.rowCount) {
        log(`${org.name}: already there (use --reset to recreate)`);
        continue;
      }
      const started = Date.now();
      const orgId = await createOrganization(db, org);
      const staffIds: Record<string, string> = {};
      for (const s of [...STAFF, ...BACKOFFICE_TEAMS.map((b) => b.member)]) {
        const u = await db.query(
          `INSERT INTO users (organization_id, email, display_name, kind, roles, password_hash) VALUES ($1, $2, $3, 'staff', $4, $5) RETURNING id`,
          [orgId, `${s.local}@${org.domain}`, s.displayName, s.roles, passwordHash],
        );
        staffIds[s.local] = u.rows[0].id;
      }
      // One team, the front office (the organization's first team: the portal's questions and callback requests wait
      // in its queue): the team lead hears of level-1 escalations, the manager (admin) of level 2.
      const team = await db.query(`INSERT INTO teams (organization_id, name, lead_id, manager_id) VALUES ($1, $2, $3, $4) RETURNING id`, [
        orgId, DEMO_TEAM, staffIds['teamlead'], staffIds['admin'],
      ]);
      await db.query(`UPDATE users SET team_id = $2 WHERE id = ANY($1::uuid[])`, [[staffIds['agent'], staffIds['teamlead']], team.rows[0].id]);
      // The back office (issue 12): a team each, with its member; the front office's team lead leads them, the admin manages them.
      const teamIds = new Map<string, string>();
      for (const b of BACKOFFICE_TEAMS) {
        // Made after the front office (one transaction shares one now()).
        const t = await db.query(
          `INSERT INTO teams (organization_id, name, lead_id, manager_id, created_at) VALUES ($1, $2, $3, $4, now() + interval '1 second') RETURNING id`,
          [orgId, b.name, staffIds['teamlead'], staffIds['admin']],
        );
        teamIds.set(b.name, t.rows[0].id);
        await db.query(`UPDATE users SET team_id = $2 WHERE id = $1`, [staffIds[b.member.local], t.rows[0].id]);
      }
      // The demo ERP (a known secret: demo organizations only), for trying the integration API at once.
      await db.query(
        `INSERT INTO integration_clients (organization_id, name, client_id, secret_hash, scopes, created_by) VALUES ($1, $2, $3, $4, $5, $6)`,
        [orgId, DEMO_INTEGRATION_CLIENT.name, DEMO_INTEGRATION_CLIENT.clientId(org.slug), createHash('sha256').update(DEMO_INTEGRATION_CLIENT.secret).digest('hex'), [...DEMO_INTEGRATION_CLIENT.scopes], staffIds['admin']],
      );
      api ??= await apiModules(url);
      await seedDemoArticles(api.get(KnowledgeBaseService), editorOf(orgId, staffIds['editor']));
      const faker = new Faker({ locale: [nl, base], seed: options.seed * 1000 + i });
      const fixed = FIXED_CUSTOMERS[org.slug].map((c) => ({ ...c, id: faker.string.uuid() }));
      await insertCustomers(db, orgId, fixed);
      for (const c of fixed.filter((c) => c.portalLogin)) {
        await db.query(
          `INSERT INTO users (organization_id, email, display_name, kind, customer_id, password_hash) VALUES ($1, $2, $3, 'tenant', $4, $5)`,
          [orgId, c.portalLogin, [c.firstName, c.namePrefix, c.lastName].filter(Boolean).join(' '), c.id, passwordHash],
        );
      }
      // Open questions in the back-office queues, forwarded by the front-office agent.
      const agent = STAFF.find((s) => s.local === 'agent');
      await seedDemoWork(
        { log: api.get(ContactLogService), forwarding: api.get(ForwardingService) },
        { userId: staffIds['agent'], organizationId: orgId, kind: 'staff', roles: agent?.roles ?? ['agent'], scopes: [], customerId: null, sessionId: 'seed' },
        org.slug, new Map(fixed.map((c) => [c.customerNumber, c.id])), teamIds,
      );
      await generateInto(db, orgId, org, faker, options.customers, org.numberBase + 1000);
      await db.query(`UPDATE organizations SET settings = settings || jsonb_build_object('seededAt', now(), 'demoVersion', $2::int) WHERE id = $1`, [orgId, DEMO_VERSION]);
      log(`${org.name}: ${fixed.length + options.customers} customers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } finally {
    await api?.close();
    await db.end();
  }
}

/**
 * The API's modules without HTTP, over the same database. They read DATABASE_URL (and REDIS_URL:
 * the outbox and job queues connect to Redis, as in `npm run demo`), so the seed must be given that database.
 */
async function apiModules(url: string): Promise<INestApplicationContext> {
  if (loadConfig().DATABASE_URL !== url) throw new Error('The seed publishes articles through the API modules, which use DATABASE_URL: seed that database.');
  const { NestFactory } = await import('@nestjs/core');
  const { AppModule } = await import('../app/app.module');
  return NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
}

/** A large organization of generated customers for benchmarks; created once, then reused. */
export async function seedBulkOrganization(url: string, slug: string, customers: number, seedValue = 7, log: (m: string) => void = console.log): Promise<string> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const existing = await db.query(`SELECT id, settings->>'customers' AS n, settings->>'dataVersion' AS v FROM organizations WHERE slug = $1`, [slug]);
    if (existing.rows[0] && Number(existing.rows[0].n) === customers && Number(existing.rows[0].v) === DATA_VERSION) return existing.rows[0].id as string;
    if (existing.rows[0]) await deleteOrganization(db, slug);
    const template = DEMO_ORGANIZATIONS[0];
    const orgId = await createOrganization(db, { ...template, slug, name: `Benchmark ${slug}`, domain: `${slug}.bench` });
    const faker = new Faker({ locale: [nl, base], seed: seedValue });
    const started = Date.now();
    await generateInto(db, orgId, template, faker, customers, 1_000_000, (done) => log(`  ${done.toLocaleString('en')} customers (${((Date.now() - started) / 1000).toFixed(0)} s)`));
    await db.query(`UPDATE organizations SET settings = settings || jsonb_build_object('customers', $2::int, 'dataVersion', $3::int) WHERE id = $1`, [orgId, customers, DATA_VERSION]);
    // A bulk load leaves no visibility map: vacuum so index-only scans stay index-only.
    await db.query('VACUUM (ANALYZE) customer_search_tokens, search_token_dictionary, customers, customer_phone_numbers, customer_markers, units, contracts');
    return orgId;
  } finally {
    await db.end();
  }
}

async function createOrganization(db: Client, org: DemoOrganization): Promise<string> {
  const r = await db.query(`INSERT INTO organizations (slug, name, settings, phone, reply_address) VALUES ($1, $2, '{}', $3, $4) RETURNING id`, [
    org.slug, org.name, org.phone, org.replyAddress,
  ]);
  const id: string = r.rows[0].id;
  // The calendar of the demo data contract; the response targets are the defaults (DEFAULT_POLICIES).
  await db.query(`INSERT INTO sla_settings (organization_id, calendar, calendar_updated_at) VALUES ($1, $2, now())`, [id, JSON.stringify(org.calendar)]);
  await seedDefaultTopics((sql, params) => db.query(sql, params), id);
  for (const l of org.locations) {
    await db.query(`INSERT INTO locations (organization_id, code, name) VALUES ($1, $2, $3)`, [id, l.code, l.name]);
  }
  return id;
}

async function deleteOrganization(db: Client, slug: string): Promise<void> {
  const r = await db.query(`SELECT id FROM organizations WHERE slug = $1`, [slug]);
  const id = r.rows[0]?.id;
  if (!id) return;
  await db.query('BEGIN');
  await db.query(`UPDATE users SET team_id = NULL WHERE organization_id = $1`, [id]);
  for (const table of ['kb_words', 'kb_views', 'kb_searches', 'kb_synonyms', 'kb_search_state', 'article_feedback', 'article_versions', 'articles', 'callback_attempts', 'callback_escalations', 'callback_reschedules', 'callbacks', 'callback_settings', 'teams', 'sla_due_changes', 'sla_breaches', 'case_clocks', 'sla_recalculations', 'sla_settings', 'outbox_messages', 'work_items', 'case_events', 'contacts', 'cases', 'locations', 'topics', 'sessions', 'users', 'audit_events', 'customer_search_tokens', 'search_token_dictionary', 'contracts', 'units', 'customer_markers', 'customer_phone_numbers', 'customers']) {
    await db.query(`DELETE FROM ${table} WHERE organization_id = $1`, [id]);
  }
  await db.query(`DELETE FROM organizations WHERE id = $1`, [id]);
  await db.query('COMMIT');
}

async function generateInto(db: Client, orgId: string, org: DemoOrganization, faker: Faker, count: number, firstNumber: number, progress?: (done: number) => void): Promise<void> {
  const gen = new CustomerGenerator(faker, org);
  for (let done = 0; done < count; ) {
    const n = Math.min(BATCH, count - done);
    const batch = Array.from({ length: n }, (_, k) => gen.next(firstNumber + done + k));
    await insertCustomers(db, orgId, batch);
    done += n;
    if (progress && (done % 100_000 === 0 || done === count)) progress(done);
  }
  await db.query(
    `INSERT INTO search_token_dictionary (organization_id, token, customer_count)
     SELECT organization_id, token, count(*) FROM customer_search_tokens WHERE organization_id = $1 GROUP BY organization_id, token
     ON CONFLICT (organization_id, token) DO UPDATE SET customer_count = EXCLUDED.customer_count`,
    [orgId],
  );
}

/** Inserts customers with phones, markers, name tokens, units and contracts: a few set-based statements per batch. */
async function insertCustomers(db: Client, orgId: string, rows: SeedCustomer[]): Promise<void> {
  const col = <T>(f: (c: SeedCustomer) => T) => rows.map(f);
  await db.query('BEGIN');
  await db.query(
    `INSERT INTO customers (id, organization_id, customer_number, kind, initials, first_name, name_prefix, last_name, birth_date, email,
                            street, house_number, house_letter, house_number_addition, postcode, city,
                            preferred_channel, language, interpreter_needed, digital_skill, attitude, vulnerabilities)
     SELECT id, $1, nr, kind, initials, first_name, name_prefix, last_name, birth_date, email, street, house_number, house_letter, addition,
            postcode, city, channel, language, interpreter, digital, attitude, COALESCE(string_to_array(NULLIF(vulns, ''), ','), '{}')
       FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::date[], $10::text[],
                   $11::text[], $12::int[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::bool[],
                   $20::text[], $21::text[], $22::text[])
         AS t(id, nr, kind, initials, first_name, name_prefix, last_name, birth_date, email, street, house_number, house_letter, addition,
              postcode, city, channel, language, interpreter, digital, attitude, vulns)`,
    [
      orgId, col((c) => c.id), col((c) => c.customerNumber), col((c) => c.kind), col((c) => c.initials), col((c) => c.firstName),
      col((c) => c.namePrefix), col((c) => c.lastName), col((c) => c.birthDate), col((c) => c.email), col((c) => c.address.street),
      col((c) => c.address.houseNumber), col((c) => c.address.houseLetter), col((c) => c.address.houseNumberAddition),
      col((c) => c.address.postcode), col((c) => c.address.city), col((c) => c.preferredChannel), col((c) => c.language),
      col((c) => c.interpreterNeeded), col((c) => c.digitalSkill), col((c) => c.attitude), col((c) => c.vulnerabilities.join(',')),
    ],
  );
  const phones = rows.flatMap((c) => c.phones.map((p, i) => [c.id, p.e164, p.label, i] as const));
  await db.query(
    `INSERT INTO customer_phone_numbers (organization_id, customer_id, e164, label, position)
     SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::smallint[])`,
    [orgId, phones.map((p) => p[0]), phones.map((p) => p[1]), phones.map((p) => p[2]), phones.map((p) => p[3])],
  );
  const markers = rows.flatMap((c) => c.markers.map((m) => [c.id, m.code, m.note, m.validFrom, m.validUntil] as const));
  if (markers.length) {
    await db.query(
      `INSERT INTO customer_markers (organization_id, customer_id, code, note, valid_from, valid_until)
       SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::date[], $6::date[])`,
      [orgId, markers.map((m) => m[0]), markers.map((m) => m[1]), markers.map((m) => m[2]), markers.map((m) => m[3]), markers.map((m) => m[4])],
    );
  }
  const tokens = rows.flatMap((c) => {
    const sortKey = nameSortKey(c.firstName, c.lastName);
    return customerSearchTokens(c, { street: c.address.street, houseNumber: c.address.houseNumber, postcode: c.address.postcode, email: c.email })
      .map((t) => [c.id, t.token, tokenRankKey(t.weight, sortKey)] as const);
  });
  await db.query(
    `INSERT INTO customer_search_tokens (organization_id, customer_id, token, rank_key)
     SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[]) ON CONFLICT DO NOTHING`,
    [orgId, tokens.map((t) => t[0]), tokens.map((t) => t[1]), tokens.map((t) => t[2])],
  );
  const tenants = rows.filter((c) => c.contract);
  if (tenants.length) {
    const a = (c: SeedCustomer) => c.address;
    const k = (c: SeedCustomer) => c.contract as NonNullable<SeedCustomer['contract']>;
    await db.query(
      `WITH u AS (
         INSERT INTO units (organization_id, external_id, street, house_number, house_letter, house_number_addition, postcode, city, unit_type)
         SELECT $1, 'VHE-' || nr, street, hn, hl, ha, pc, city, ut
           FROM unnest($2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
             AS t(nr, street, hn, hl, ha, pc, city, ut)
         RETURNING id, external_id)
       INSERT INTO contracts (organization_id, external_id, contract_number, customer_id, unit_id, start_date, end_date, rent_cents)
       SELECT $1, 'OVK-' || t.nr, t.cn, t.cid, u.id, t.sd, t.ed, t.rent
         FROM unnest($2::text[], $10::text[], $11::uuid[], $12::date[], $13::date[], $14::int[]) AS t(nr, cn, cid, sd, ed, rent)
         JOIN u ON u.external_id = 'VHE-' || t.nr`,
      [
        orgId, tenants.map((c) => c.customerNumber), tenants.map((c) => a(c).street), tenants.map((c) => a(c).houseNumber),
        tenants.map((c) => a(c).houseLetter), tenants.map((c) => a(c).houseNumberAddition), tenants.map((c) => a(c).postcode),
        tenants.map((c) => a(c).city), tenants.map((c) => k(c).unitType), tenants.map((c) => k(c).contractNumber),
        tenants.map((c) => c.id), tenants.map((c) => k(c).startDate), tenants.map((c) => k(c).endDate), tenants.map((c) => k(c).rentCents),
      ],
    );
  }
  await db.query('COMMIT');
}

const UNIT_TYPES = ['Eengezinswoning', 'Appartement', 'Benedenwoning', 'Bovenwoning', 'Seniorenwoning', 'Studio', 'Maisonnette'];
const CHANNELS: Channel[] = ['phone', 'phone', 'email', 'email', 'portal', 'portal', 'portal', 'counter', 'letter'];
const LANGUAGES = ['nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'nl', 'tr', 'ar', 'pl', 'en', 'uk'];
const SKILLS: DigitalSkill[] = ['digital', 'digital', 'digital', 'sometimes', 'sometimes', 'not_digital'];
const ATTITUDES: Attitude[] = ['active', 'consumer', 'consumer', 'dependent'];
const MARKER_NOTES: Record<MarkerCode, string[]> = {
  AGR: ['Schold een medewerker uit aan de telefoon. Gesprek rustig en kort houden.', 'Dreigend gedrag bij huisbezoek. Alleen met z’n tweeën op bezoek.'],
  ONB: ['Krijgt ambulante begeleiding. Begeleider mag meelezen met post.', 'Slechtziend: liever bellen dan schrijven.'],
  OVE: ['Meldingen van geluidsoverlast door buren, dossier bij wijkconsulent.', 'Tuin en portiek vervuild, afspraak gemaakt over opruimen.'],
  SCH: ['Betalingsregeling afgesproken: € 50 per maand extra.', 'Huurachterstand van twee maanden, schuldhulp is ingeschakeld.'],
  WAN: ['Onacceptabele toon in e-mails naar medewerkers. Alleen schriftelijk contact.', 'Beledigende opmerkingen aan de balie.'],
};

// Dutch surnames are often place names put together ("Bergveld", "Dijkhuis", "van der Meerbeek"):
// they give the long tail of distinct surnames a real customer base has.
const ROOTS = ['Berg', 'Brink', 'Dijk', 'Hof', 'Veld', 'Beek', 'Bosch', 'Kamp', 'Meer', 'Wal', 'Horst', 'Haar', 'Hout', 'Laar', 'Vliet',
  'Water', 'Burg', 'Sloot', 'Akker', 'Weide', 'Molen', 'Kerk', 'Broek', 'Heuvel', 'Linde', 'Eik', 'Wijk', 'Zand', 'Steen', 'Gracht', 'Haven',
  'Brug', 'Dam', 'Polder', 'Rijn', 'Maas', 'Schans', 'Wout', 'Donk', 'Hoek', 'Straat', 'Weg', 'Poel', 'Ven', 'Rode', 'Loo', 'Hem', 'Mark',
  'Velde', 'Wiel', 'Esch', 'Goor', 'Holt', 'Hul', 'Kolk', 'Leeg', 'Nes', 'Oord', 'Sluis', 'Stal', 'Tuin', 'Veen', 'Vos', 'Wey', 'Ziel', 'Ruit'];
const ENDINGS = ['', 'man', 'ink', 'sma', 'stra', 'ing', 'er', 's', 'en', 'huis', 'kamp', 'veld', 'hof', 'beek', 'dijk', 'horst', 'brink',
  'meijer', 'mans', 'ema', 'inga', 'hout', 'schot', 'broek', 'wijk', 'haar', 'loo', 'bergen', 'boer', 'kes'];
const PREFIXES = ['van', 'van de', 'van der', 'van den', 'de', 'ter', 'ten', "van 't", 'in het'];

class CustomerGenerator {
  private readonly streets = new Map<string, string>();

  private surname(): string {
    const f = this.f;
    if (f.number.float() < 0.5) return f.person.lastName();
    const root = f.helpers.arrayElement(ROOTS);
    const second = f.number.float() < 0.6 ? f.helpers.arrayElement(ROOTS).toLowerCase() : '';
    const name = root + second + f.helpers.arrayElement(ENDINGS);
    return f.number.float() < 0.3 ? `${f.helpers.arrayElement(PREFIXES)} ${name}` : name;
  }

  constructor(private readonly f: Faker, private readonly org: DemoOrganization) {}

  next(number: number): SeedCustomer {
    const f = this.f;
    const rawLast = this.surname();
    const m = /^((?:[a-z']+\s)+)(.+)$/.exec(rawLast);
    const namePrefix = m ? m[1].trim() : null;
    const lastName = m ? m[2] : rawLast;
    const firstName = f.person.firstName();
    const town = f.helpers.arrayElement(this.org.towns);
    const letters = f.helpers.arrayElement(['A', 'B', 'C', 'D', 'E', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'T', 'V', 'W', 'X', 'Z']) + f.helpers.arrayElement(['A', 'B', 'C', 'D', 'E', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'S', 'T', 'V', 'W', 'X', 'Z']);
    const postcode = `${f.number.int({ min: town.postcodeFrom, max: town.postcodeTo })}${letters}`;
    let street = this.streets.get(postcode);
    if (!street) {
      street = f.location.street();
      this.streets.set(postcode, street);
    }
    const tenant = f.number.float() < 0.8;
    const language = f.helpers.arrayElement(LANGUAGES);
    const year = f.number.int({ min: 1935, max: 2007 });
    const birthDate = `${year}-${String(f.number.int({ min: 1, max: 12 })).padStart(2, '0')}-${String(f.number.int({ min: 1, max: 28 })).padStart(2, '0')}`;
    const phones: SeedCustomer['phones'] = [];
    if (f.number.float() < 0.92) phones.push({ e164: `+316${f.number.int({ min: 1, max: 5 })}${f.string.numeric({ length: 7, allowLeadingZeros: true })}`, label: 'mobile' });
    if (f.number.float() < 0.3) phones.push({ e164: `+31${town.areaCode}${f.string.numeric({ length: 9 - town.areaCode.length, allowLeadingZeros: true })}`, label: 'home' });
    const markers: SeedCustomer['markers'] = [];
    for (const [code, p] of [['SCH', 0.03], ['ONB', 0.03], ['OVE', 0.02], ['AGR', 0.01], ['WAN', 0.005]] as [MarkerCode, number][]) {
      if (f.number.float() < p) {
        const from = `${f.number.int({ min: 2022, max: 2026 })}-${String(f.number.int({ min: 1, max: 9 })).padStart(2, '0')}-01`;
        markers.push({ code, note: f.helpers.arrayElement(MARKER_NOTES[code]), validFrom: from, validUntil: f.number.float() < 0.25 ? from.replace(/^(\d{4})/, (y) => String(Number(y) + 1)) : null });
      }
    }
    const vulnerabilities: Vulnerability[] = [];
    for (const v of ['social', 'digital', 'financial'] as Vulnerability[]) if (f.number.float() < 0.06) vulnerabilities.push(v);
    const email = f.number.float() < 0.75
      ? `${firstName}.${namePrefix ? namePrefix.replace(/[\s']/g, '') : ''}${lastName}${f.number.int({ min: 1, max: 999 })}@example.nl`.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/\s/g, '').toLowerCase()
      : null;
    const start = `${f.number.int({ min: 1990, max: 2026 })}-${String(f.number.int({ min: 1, max: 10 })).padStart(2, '0')}-01`;
    return {
      id: f.string.uuid(),
      customerNumber: String(number),
      kind: tenant ? 'tenant' : 'home_seeker',
      initials: firstName[0] + '.',
      firstName,
      namePrefix,
      lastName,
      birthDate,
      email,
      phones,
      address: {
        street,
        houseNumber: f.number.int({ min: 1, max: 180 }),
        houseLetter: f.number.float() < 0.08 ? f.helpers.arrayElement(['A', 'B', 'C']) : null,
        houseNumberAddition: f.number.float() < 0.04 ? f.helpers.arrayElement(['1', '2', 'bis', 'hs']) : null,
        postcode,
        city: town.city,
      },
      preferredChannel: f.helpers.arrayElement(CHANNELS),
      language,
      interpreterNeeded: language !== 'nl' && f.number.float() < 0.4,
      digitalSkill: f.helpers.arrayElement(SKILLS),
      attitude: f.helpers.arrayElement(ATTITUDES),
      vulnerabilities,
      markers,
      contract: tenant
        ? { contractNumber: `HC-${number}`, startDate: start, endDate: null, rentCents: f.number.int({ min: 42000, max: 92000 }), unitType: f.helpers.arrayElement(UNIT_TYPES) }
        : null,
    };
  }
}
