import { plainText } from '../text';

/** What search indexes of a published version: the texts the full-text vectors are made of. */
export interface SearchFields {
  /** Weight A. */
  title: string;
  /** Weight B: the questions, one per line. */
  questions: string;
  /** Weight C: the body as plain text (no Markdown). */
  body: string;
  /** Everything, for the dictionary that typos are corrected against. */
  words: string;
}

/** The one definition of what publishing a version puts in the search index (the API and the seed both publish through it). */
export function searchFields(v: { title: string; questions: string[]; body: string }): SearchFields {
  const body = plainText(v.body);
  return { title: v.title, questions: v.questions.join(' \n '), body, words: `${v.title} ${v.questions.join(' ')} ${body}` };
}

/**
 * PostgreSQL's Dutch stemmer leaves plurals in -s alone ("reparaties", "foto's"): the singular is
 * added as an alternative, so "reparaties" finds "reparatie".
 */
export function withSingulars(query: string): string {
  const extra = new Set<string>();
  for (const word of query.toLowerCase().match(/[\p{L}']+/gu) ?? []) {
    if (word === 'or') continue;
    if (word.endsWith("'s") && word.length > 4) extra.add(word.slice(0, -2));
    else if (word.endsWith('s') && word.length > 5 && !word.endsWith('ss')) extra.add(word.slice(0, -1));
  }
  const lower = query.toLowerCase();
  const alternatives = [...extra].filter((w) => !new RegExp(`(^|\\s)${escapeRegExp(w)}(\\s|$)`).test(lower));
  return alternatives.length ? `${query} or ${alternatives.join(' or ')}` : query;
}

/** A customer's words plus their synonyms, as a websearch query: "opzeggen" → "opzeggen or beëindigen or verhuizen". */
export function withSynonyms(groups: string[][], query: string): string {
  if (!groups.length) return query;
  const lower = query.toLowerCase();
  const extra = groups.filter((g) => g.some((w) => new RegExp(`(^|\\s)${escapeRegExp(w)}(\\s|$)`).test(lower))).flat();
  const alternatives = [...new Set(extra)].filter((w) => !lower.includes(w));
  return alternatives.length ? `${query} or ${alternatives.map((w) => (w.includes(' ') ? `"${w}"` : w)).join(' or ')}` : query;
}

/**
 * websearch_to_tsquery nests each "-" in the one after it ("------huur" is a NOT of a NOT of …)
 * and fails beyond 32: a dash counts only once, directly before a word.
 */
export function websearchSafe(words: string): string {
  return words.replace(/-+(?=[\p{L}\p{N}])/gu, '-').replace(/-(?![\p{L}\p{N}])/gu, ' ');
}

/** Searches logged before masking are masked when shown; ones that now read the same are counted as one. */
export function mergeMasked(items: { query: string; times: number; lastAt: string }[]): { query: string; times: number; lastAt: string }[] {
  const byQuery = new Map<string, { query: string; times: number; lastAt: string }>();
  for (const item of items) {
    const seen = byQuery.get(item.query);
    if (!seen) byQuery.set(item.query, { ...item });
    else {
      seen.times += item.times;
      if (item.lastAt > seen.lastAt) seen.lastAt = item.lastAt;
    }
  }
  return [...byQuery.values()].sort((a, b) => b.times - a.times || (a.lastAt < b.lastAt ? 1 : -1));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
