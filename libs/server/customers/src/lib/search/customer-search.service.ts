import { Injectable } from '@nestjs/common';
import { decodeOffsetCursor, encodeOffsetCursor } from '@loket/server/platform';
import type { SearchMatchKind } from '@loket/shared/contracts';
import type { SearchHitDto, SearchPageDto } from '../dto/customer.dto';
import { displayPhone, fullName, todayInAmsterdam } from '../normalize';
import { toAddress } from '../customer-read';
import { classifyQuery, type SearchPlan } from './classify';
import { CustomerSearchRepository, type HitRow, type WordCount } from './customer-search.repository';

/** A search is for finding one customer: nobody pages past the first ten thousand hits. */
const MAX_OFFSET = 10_000;
import { oneEditAway } from './typos';

interface TokenRanges {
  i: number;
  /** Prefix match on the word as typed, or exact matches on similar words (typos) or on a key token. */
  ranges: { lo: string; hi: string }[];
  /** Whether a word that matches nothing may be corrected to similar name words. */
  typos: boolean;
}

// Tokens are ASCII after folding; '~' sorts after every letter and digit in the C collation.
const PREFIX_END = '~';
const EXACT_END = '\u0001';
const exact = (token: string) => ({ lo: token, hi: token + EXACT_END });

@Injectable()
export class CustomerSearchService {
  constructor(private readonly repo: CustomerSearchRepository) {}

  async search(organizationId: string, q: string, limit = 20, cursor?: string): Promise<SearchPageDto> {
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
        // A whole address exactly; otherwise (or when no one has it) by the start of an address or a domain.
        const exact = plan.email ? await this.repo.byEmail(org, plan.email, take, offset) : [];
        if (exact.length > 0) return { rows: exact, matchedOn: () => 'email' };
        const rows = await this.searchTokens(org, [{ i: 1, ranges: [{ lo: plan.prefix, hi: plan.prefix + PREFIX_END }], typos: false }], take, offset);
        if (rows.length > 0 || !plan.orName) return { rows, matchedOn: () => 'email' };
        return { rows: await this.searchNames(org, plan.orName, take, offset), matchedOn: () => 'name' };
      }
      case 'street': {
        const rows = await this.searchTokens(org, [{ i: 1, ranges: [exact(plan.token)], typos: false }], take, offset);
        if (rows.length > 0) return { rows, matchedOn: () => 'street' };
        return { rows: await this.searchNames(org, plan.orName, take, offset), matchedOn: () => 'name' };
      }
      case 'address': {
        const { postcode, houseNumber, suffix } = plan.address;
        const rows = await this.repo.byAddress(org, postcode, houseNumber, suffix?.replace(/[^A-Z0-9]/g, '') ?? null, take, offset);
        return { rows, matchedOn: () => (houseNumber === null ? 'postcode' : 'address') };
      }
      case 'identifier': {
        const rows = await this.repo.byIdentifier(org, plan.customerNumber, plan.phone ?? '', take, offset);
        return { rows, matchedOn: (r) => r.matched as SearchMatchKind };
      }
      case 'name': {
        if (plan.postcode) {
          const rows = await this.searchNames(org, plan.tokens, take, offset, plan.postcode);
          return { rows, matchedOn: () => 'name_postcode' };
        }
        const rows = await this.searchNames(org, plan.tokens, take, offset);
        return { rows, matchedOn: () => 'name' };
      }
    }
  }

  /** Name words as prefixes (typos corrected), and an exact postcode token beside them when one was typed. */
  private searchNames(org: string, tokens: string[], take: number, offset: number, postcode?: string): Promise<HitRow[]> {
    const words: TokenRanges[] = tokens.map((t, i) => ({ i: i + 1, ranges: [{ lo: t, hi: t + PREFIX_END }], typos: true }));
    if (postcode) words.push({ i: words.length + 1, ranges: [exact(postcode)], typos: false });
    return this.searchTokens(org, words, take, offset);
  }

  /**
   * The customers carrying a token for every word: the rarest word drives a walk of the token
   * index in rank order (never a scan of the customers). A name word that starts no known token
   * is replaced by the known words it resembles (typos); any other word without a token finds no one.
   */
  private async searchTokens(org: string, prefixes: TokenRanges[], take: number, offset: number): Promise<HitRow[]> {
    const counts = await this.repo.tokenCounts(org, prefixes.map((w) => w.ranges[0].lo), prefixes.map((w) => w.ranges[0].hi));
    let words = prefixes;
    let sizes = new Map(counts.map((c) => [Number(c.i), c.n]));
    if (counts.some((c) => c.n === 0)) {
      if (prefixes.some((w) => sizes.get(w.i) === 0 && !w.typos)) return [];
      // A word that starts no known name: look for the names it resembles (typos).
      const corrected = new Map<number, number>();
      words = await Promise.all(
        prefixes.map(async (w) => {
          if (sizes.get(w.i) !== 0) return w;
          const similar = await this.similarWords(org, w.ranges[0].lo);
          // The corrected word's own count, so a rare surname with a typo can still drive.
          corrected.set(w.i, similar.reduce((n, r) => n + r.customer_count, 0));
          return { i: w.i, ranges: similar.map((r) => exact(r.token)), typos: false };
        }),
      );
      if (words.some((w) => w.ranges.length === 0)) return [];
      sizes = new Map(words.map((w) => [w.i, corrected.get(w.i) ?? sizes.get(w.i) ?? 0]));
    }
    const driver = words.reduce((best, w) => ((sizes.get(w.i) ?? 0) < (sizes.get(best.i) ?? 0) ? w : best));
    const others = words.filter((w) => w !== driver);
    const flat = others.flatMap((w) => w.ranges.map((r) => ({ i: w.i, ...r })));
    const single = driver.ranges.length === 1 && driver.ranges[0].hi.endsWith(PREFIX_END);
    const ids = await this.repo.nameMatches(
      org,
      single ? { range: driver.ranges[0] } : { words: driver.ranges.map((r) => r.lo) },
      { need: others.map((w) => w.i), i: flat.map((r) => r.i), lo: flat.map((r) => r.lo), hi: flat.map((r) => r.hi) },
      // A customer can match the driving word twice (first name and surname): fetch a little extra.
      take + 5,
      offset,
    );
    const unique = [...new Set(ids.map((r) => r.customer_id))].slice(0, take);
    if (unique.length === 0) return [];
    return this.repo.hitsByIds(org, unique);
  }

  private async similarWords(org: string, word: string): Promise<WordCount[]> {
    const near = await this.repo.knownWords(org, oneEditAway(word));
    if (near.length > 0) return near;
    return this.repo.similarWords(org, word);
  }

}

function toHit(r: HitRow, matchedOn: SearchMatchKind, today: string): SearchHitDto {
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
