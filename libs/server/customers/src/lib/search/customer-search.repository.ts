import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { MarkerCode, SearchMatchKind } from '@loket/shared/contracts';
import type { CustomerEntity } from '../entities';

const HIT_COLUMNS = `
  c.id, c.customer_number, c.kind, c.first_name, c.name_prefix, c.last_name, c.birth_date, c.email,
  c.street, c.house_number, c.house_letter, c.house_number_addition, c.postcode, c.city,
  (SELECT p.e164 FROM customer_phone_numbers p WHERE p.customer_id = c.id ORDER BY p.position LIMIT 1) AS phone,
  (SELECT json_agg(json_build_object('code', m.code, 'from', m.valid_from, 'until', m.valid_until))
     FROM customer_markers m WHERE m.customer_id = c.id) AS marker_spans`;

export type HitRow = Pick<
  Columns<CustomerEntity>,
  | 'id' | 'customer_number' | 'kind' | 'first_name' | 'name_prefix' | 'last_name' | 'birth_date' | 'email'
  | 'street' | 'house_number' | 'house_letter' | 'house_number_addition' | 'postcode' | 'city'
> & {
  phone: string | null;
  /** Every marker's span; which are in force is decided on Node's clock (today in Amsterdam). */
  marker_spans: { code: MarkerCode; from: string; until: string | null }[] | null;
  /** What an identifier search matched on. */
  matched?: SearchMatchKind;
};

export interface WordCount {
  token: string;
  customer_count: number;
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
     AND token ~ '^[a-z0-9]' -- name words only, not the key tokens (postcode, street, e-mail)
   ORDER BY similarity(token, $2) DESC, token
   LIMIT 5`;

const HITS_BY_ID_SQL = `
  SELECT ${HIT_COLUMNS}
    FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, pos)
    JOIN customers c ON c.id = o.id AND c.organization_id = $1
   ORDER BY o.pos`;

/** The SQL of the customer search: the name index, its dictionary and the hits. */
@Injectable()
export class CustomerSearchRepository extends SqlRepository {
  byEmail(org: string, email: string, take: number, offset: number): Promise<HitRow[]> {
    return this.rows<HitRow>(
      `SELECT ${HIT_COLUMNS} FROM customers c WHERE c.organization_id = $1 AND c.email = $2 ORDER BY c.last_name, c.id LIMIT $3 OFFSET $4`,
      [org, email, take, offset],
    );
  }

  /** Customers living at the address, or who have (had) a contract for a unit there; erased customers only through their own address. */
  byAddress(org: string, postcode: string, houseNumber: number | null, suffix: string | null, take: number, offset: number): Promise<HitRow[]> {
    return this.rows<HitRow>(
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
      [org, postcode, houseNumber, suffix, take, offset],
    );
  }

  /** By customer number or phone number; each hit says which it matched. */
  byIdentifier(org: string, customerNumber: string, phone: string, take: number, offset: number): Promise<HitRow[]> {
    return this.rows<HitRow>(
      `SELECT ${HIT_COLUMNS}, m.kind AS matched FROM (
           SELECT id AS customer_id, 'customer_number' AS kind FROM customers WHERE organization_id = $1 AND customer_number = $2
           UNION
           SELECT customer_id, 'phone' FROM customer_phone_numbers WHERE organization_id = $1 AND e164 = $3
         ) m JOIN customers c ON c.id = m.customer_id
        ORDER BY m.kind, c.last_name, c.id LIMIT $4 OFFSET $5`,
      [org, customerNumber, phone, take, offset],
    );
  }

  /** How many customers carry each word (ranges [lo, hi)), by the word's 1-based position. */
  tokenCounts(org: string, lows: string[], highs: string[]): Promise<{ i: string; n: number }[]> {
    return this.rows(TOKEN_COUNTS_SQL, [org, lows, highs]);
  }

  /**
   * The customers whose driving word matches (one prefix range, or a set of exact words) and
   * whose other words each match another token of theirs; in rank order.
   */
  nameMatches(
    org: string,
    driver: { range: { lo: string; hi: string } } | { words: string[] },
    others: { need: number[]; i: number[]; lo: string[]; hi: string[] },
    take: number,
    offset: number,
  ): Promise<{ customer_id: string }[]> {
    const single = 'range' in driver;
    const params = [
      org,
      single ? driver.range.lo : driver.words,
      single ? driver.range.hi : null,
      others.need, others.i, others.lo, others.hi,
      take, offset,
    ];
    const sql = NAME_MATCH_SQL(single ? 'range' : 'set');
    return this.rows(single ? sql : sql.replace('AND t.token = ANY($2::text[])', 'AND t.token = ANY($2::text[]) AND $3::text IS NULL'), params);
  }

  hitsByIds(org: string, ids: string[]): Promise<HitRow[]> {
    return this.rows<HitRow>(HITS_BY_ID_SQL, [org, ids]);
  }

  /** Known words among these (one edit away from a typo), most common first. */
  knownWords(org: string, candidates: string[]): Promise<WordCount[]> {
    return this.rows<WordCount>(ONE_EDIT_SQL, [org, candidates]);
  }

  /** The known words most like this one (trigram similarity). */
  similarWords(org: string, word: string): Promise<WordCount[]> {
    return this.rows<WordCount>(SIMILAR_SQL, [org, word]);
  }
}
