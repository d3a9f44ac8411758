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
