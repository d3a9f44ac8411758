import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { decodeOffsetCursor, encodeOffsetCursor } from '@loket/server/platform';
import type { CustomerSearchHit, MarkerCode, Page, SearchMatchKind } from '@loket/shared/contracts';
import { displayPhone, fullName, todayInAmsterdam } from '../normalize';
import { toAddress } from '../customer-read';
import { classifyQuery, type SearchPlan } from './classify';

/** A search is for finding one customer: nobody pages past the first ten thousand hits. */
const MAX_OFFSET = 10_000;
import { oneEditAway } from './typos';

const HIT_COLUMNS = `
  c.id, c.customer_number, c.kind, c.first_name, c.name_prefix, c.last_name, c.birth_date, c.email,
  c.street, c.house_number, c.house_letter, c.house_number_addition, c.postcode, c.city,
  (SELECT p.e164 FROM customer_phone_numbers p WHERE p.customer_id = c.id ORDER BY p.position LIMIT 1) AS phone,
  (SELECT json_agg(json_build_object('code', m.code, 'from', m.valid_from, 'until', m.valid_until))
     FROM customer_markers m WHERE m.customer_id = c.id) AS marker_spans`;

interface HitRow {
  id: string;
  customer_number: string;
  kind: CustomerSearchHit['kind'];
  first_name: string;
  name_prefix: string | null;
  last_name: string;
  birth_date: string | null;
  email: string | null;
  street: string | null;
  house_number: number | null;
  house_letter: string | null;
  house_number_addition: string | null;
  postcode: string | null;
  city: string | null;
  phone: string | null;
  /** Every marker's span; which are in force is decided on Node's clock (today in Amsterdam). */
  marker_spans: { code: MarkerCode; from: string; until: string | null }[] | null;
}

/** How many customers carry each query word (as a prefix): the rarest word drives the search. */
const TOKEN_COUNTS_SQL = `
  SELECT q.i, COALESCE((SELECT sum(d.customer_count) FROM search_token_dictionary d
                         WHERE d.organization_id = $1 AND d.token >= q.lo AND d.token < q.hi), 0)::int AS n
    FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS q(lo, hi, i)`;

/**
 * Walks the driving word's index entries in rank order (surname matches first, then by name)
 * and keeps a customer when every other query word matches another of their tokens. Stops at
 * the page size, so a common surname costs no more than a rare one.
 */
const NAME_MATCH_SQL = (driver: 'range' | 'set') => `
  SELECT t.customer_id
    FROM customer_search_tokens t
   WHERE t.organization_id = $1
     AND ${driver === 'range' ? 't.token >= $2 AND t.token < $3' : 't.token = ANY($2::text[])'}
     AND NOT EXISTS (
           SELECT 1 FROM unnest($4::int[]) AS need(i)
            WHERE NOT EXISTS (
                    SELECT 1 FROM unnest($5::int[], $6::text[], $7::text[]) AS r(i, lo, hi)
                      JOIN customer_search_tokens x
                        ON x.customer_id = t.customer_id AND x.token >= r.lo AND x.token < r.hi AND x.token <> t.token
                     WHERE r.i = need.i))
   ORDER BY ${driver === 'range' ? 't.token, ' : ''}t.rank_key, t.customer_id
   LIMIT $8 OFFSET $9`;

/** Typos, first try: known words one edit away, most common first. */
const ONE_EDIT_SQL = `
  SELECT token, customer_count FROM search_token_dictionary
   WHERE organization_id = $1 AND token = ANY($2::text[]) AND customer_count > 0
   ORDER BY customer_count DESC, token
   LIMIT 5`;

/** Typos, fallback: the known words most like it by trigram similarity (pg_trgm, GIN index). */
const SIMILAR_SQL = `
  SELECT token, customer_count FROM search_token_dictionary
   WHERE organization_id = $1 AND token % $2 AND customer_count > 0
   ORDER BY similarity(token, $2) DESC, token
   LIMIT 5`;

const HITS_BY_ID_SQL = `
  SELECT ${HIT_COLUMNS}
    FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, pos)
    JOIN customers c ON c.id = o.id AND c.organization_id = $1
   ORDER BY o.pos`;

interface TokenRanges {
  i: number;
  /** Prefix match on the word as typed, or exact matches on similar words (typos). */
  ranges: { lo: string; hi: string }[];
}

// Tokens are ASCII after folding; '~' sorts after every letter and digit in the C collation.
const PREFIX_END = '~';
const EXACT_END = '\u0001';

@Injectable()
export class CustomerSearchService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async search(organizationId: string, q: string, limit = 20, cursor?: string): Promise<Page<CustomerSearchHit>> {
    const offset = decodeOffsetCursor(cursor, MAX_OFFSET);
    const plan = classifyQuery(q);
    if (!plan) return { items: [], nextCursor: null };
    const { rows, matchedOn } = await this.run(organizationId, plan, limit + 1, offset);
    const today = todayInAmsterdam();
    const items = rows.slice(0, limit).map((r) => toHit(r, matchedOn(r), today));
    return { items, nextCursor: rows.length > limit ? encodeOffsetCursor(offset + limit) : null };
  }

  private async run(org: string, plan: SearchPlan, take: number, offset: number): Promise<{ rows: HitRow[]; matchedOn: (r: HitRow) => SearchMatchKind }> {
    switch (plan.kind) {
      case 'email': {
        const rows: HitRow[] = await this.db.query(
          `SELECT ${HIT_COLUMNS} FROM customers c WHERE c.organization_id = $1 AND c.email = $2 ORDER BY c.last_name, c.id LIMIT $3 OFFSET $4`,
          [org, plan.email, take, offset],
        );
        return { rows, matchedOn: () => 'email' };
      }
      case 'address': {
        const { postcode, houseNumber, suffix } = plan.address;
        const rows: HitRow[] = await this.db.query(
          `SELECT ${HIT_COLUMNS} FROM customers c
            WHERE c.id IN (
                    SELECT id FROM customers WHERE organization_id = $1 AND postcode = $2 AND ($3::int IS NULL OR house_number = $3)
                    UNION
                    SELECT k.customer_id FROM units u JOIN contracts k ON k.unit_id = u.id
                     WHERE u.organization_id = $1 AND u.postcode = $2 AND ($3::int IS NULL OR u.house_number = $3))
              AND c.erased_at IS NULL -- an erased customer is not found through the address of a contract they had
            ORDER BY (upper(coalesce(c.house_letter, '') || coalesce(c.house_number_addition, '')) = coalesce($4, '')) DESC,
                     c.house_number, c.house_letter NULLS FIRST, c.house_number_addition NULLS FIRST, c.last_name, c.id
            LIMIT $5 OFFSET $6`,
          [org, postcode, houseNumber, suffix?.replace(/[^A-Z0-9]/g, '') ?? null, take, offset],
        );
        return { rows, matchedOn: () => (houseNumber === null ? 'postcode' : 'address') };
      }
      case 'identifier': {
        const rows: HitRow[] = await this.db.query(
          `SELECT ${HIT_COLUMNS}, m.kind AS matched FROM (
               SELECT id AS customer_id, 'customer_number' AS kind FROM customers WHERE organization_id = $1 AND customer_number = $2
               UNION
               SELECT customer_id, 'phone' FROM customer_phone_numbers WHERE organization_id = $1 AND e164 = $3
             ) m JOIN customers c ON c.id = m.customer_id
            ORDER BY m.kind, c.last_name, c.id LIMIT $4 OFFSET $5`,
          [org, plan.customerNumber, plan.phone ?? '', take, offset],
        );
        return { rows, matchedOn: (r) => (r as HitRow & { matched: SearchMatchKind }).matched };
      }
      case 'name': {
        const rows = await this.searchNames(org, plan.tokens, take, offset);
        return { rows, matchedOn: () => 'name' };
      }
    }
  }

  private async searchNames(org: string, tokens: string[], take: number, offset: number): Promise<HitRow[]> {
    const prefixes: TokenRanges[] = tokens.map((t, i) => ({ i: i + 1, ranges: [{ lo: t, hi: t + PREFIX_END }] }));
    const counts: { i: string; n: number }[] = await this.db.query(TOKEN_COUNTS_SQL, [org, tokens, tokens.map((t) => t + PREFIX_END)]);
    let words = prefixes;
    let sizes = new Map(counts.map((c) => [Number(c.i), c.n]));
    if (counts.some((c) => c.n === 0)) {
      // A word that starts no known name: look for the names it resembles (typos).
      const corrected = new Map<number, number>();
      words = await Promise.all(
        prefixes.map(async (w) => {
          if (sizes.get(w.i) !== 0) return w;
          const similar = await this.similarWords(org, tokens[w.i - 1]);
          // The corrected word's own count, so a rare surname with a typo can still drive.
          corrected.set(w.i, similar.reduce((n, r) => n + r.customer_count, 0));
          return { i: w.i, ranges: similar.map((r) => ({ lo: r.token, hi: r.token + EXACT_END })) };
        }),
      );
      if (words.some((w) => w.ranges.length === 0)) return [];
      sizes = new Map(words.map((w) => [w.i, corrected.get(w.i) ?? sizes.get(w.i) ?? 0]));
    }
    const driver = words.reduce((best, w) => ((sizes.get(w.i) ?? 0) < (sizes.get(best.i) ?? 0) ? w : best));
    const others = words.filter((w) => w !== driver);
    const flat = others.flatMap((w) => w.ranges.map((r) => ({ i: w.i, ...r })));
    const single = driver.ranges.length === 1 && driver.ranges[0].hi.endsWith(PREFIX_END);
    const params = [
      org,
      single ? driver.ranges[0].lo : driver.ranges.map((r) => r.lo),
      single ? driver.ranges[0].hi : null,
      others.map((w) => w.i),
      flat.map((r) => r.i),
      flat.map((r) => r.lo),
      flat.map((r) => r.hi),
      // A customer can match the driving word twice (first name and surname): fetch a little extra.
      take + 5,
      offset,
    ];
    const sql = NAME_MATCH_SQL(single ? 'range' : 'set');
    const ids: { customer_id: string }[] = await this.db.query(single ? sql : sql.replace('AND t.token = ANY($2::text[])', 'AND t.token = ANY($2::text[]) AND $3::text IS NULL'), params);
    const unique = [...new Set(ids.map((r) => r.customer_id))].slice(0, take);
    if (unique.length === 0) return [];
    return this.db.query(HITS_BY_ID_SQL, [org, unique]);
  }

  private async similarWords(org: string, word: string): Promise<{ token: string; customer_count: number }[]> {
    const near: { token: string; customer_count: number }[] = await this.db.query(ONE_EDIT_SQL, [org, oneEditAway(word)]);
    if (near.length > 0) return near;
    return this.db.query(SIMILAR_SQL, [org, word]);
  }

}

function toHit(r: HitRow, matchedOn: SearchMatchKind, today: string): CustomerSearchHit {
  const active = (r.marker_spans ?? []).filter((m) => m.from <= today && (m.until === null || m.until >= today)).map((m) => m.code);
  return {
    id: r.id,
    customerNumber: r.customer_number,
    kind: r.kind,
    fullName: fullName(r.first_name, r.name_prefix, r.last_name),
    birthDate: r.birth_date,
    address: toAddress(r),
    email: r.email,
    phone: r.phone ? displayPhone(r.phone) : null,
    activeMarkers: [...new Set(active)].sort(),
    matchedOn,
  };
}
