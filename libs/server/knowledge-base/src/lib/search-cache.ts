import type { ArticleSearchHitDto } from './knowledge-base.responses.dto';

/**
 * Search results kept in memory per API process. Customers ask the same questions in the same
 * words, and the published knowledge base changes a few times a day, so most searches are
 * answered from here. An entry belongs to one generation of the organization's knowledge base
 * (see KbSearchStateEntity): publishing, archiving or changing synonyms raises the generation and
 * no older result is used again — at once in the process that made the change, within
 * `generationTtlMs` in the others. Least recently used results go first when it is full.
 */
export class SearchResultCache {
  private readonly results = new Map<string, ArticleSearchHitDto[]>();
  private readonly generations = new Map<string, { value: string; until: number }>();

  constructor(
    private readonly maxEntries = 5_000,
    private readonly generationTtlMs = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The organization's current generation, read at most once per `generationTtlMs`. */
  async generation(org: string, read: () => Promise<string>): Promise<string> {
    const known = this.generations.get(org);
    if (known && known.until > this.now()) return known.value;
    const value = await read();
    if (this.generations.size > 10_000) this.generations.clear();
    this.generations.set(org, { value, until: this.now() + this.generationTtlMs });
    return value;
  }

  /** After a change is committed: this process reads the new generation on its next search. */
  forget(org: string): void {
    this.generations.delete(org);
  }

  get(key: string): ArticleSearchHitDto[] | undefined {
    const hit = this.results.get(key);
    if (hit) {
      // Most recently used goes to the back of the queue.
      this.results.delete(key);
      this.results.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: ArticleSearchHitDto[]): void {
    this.results.delete(key);
    this.results.set(key, value);
    while (this.results.size > this.maxEntries) this.results.delete(this.results.keys().next().value as string);
  }

  static key(org: string, generation: string, parts: { publicOnly: boolean; topicId: string | null; limit: number; query: string }): string {
    return [org, generation, parts.publicOnly ? 'p' : 'a', parts.topicId ?? '', parts.limit, parts.query.toLowerCase().replace(/\s+/g, ' ')].join('\u0000');
  }
}
