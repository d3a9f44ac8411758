import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { ArticleEntity, ArticleVersionEntity, KbSearchEntity, KbSynonymsEntity } from '../entities';

/** How many matches (title/question matches, and body matches) are ranked at most. */
const CANDIDATES = 100;

export type FullTextRow = Pick<Columns<ArticleEntity>, 'id' | 'audience' | 'category'> & Pick<Columns<ArticleVersionEntity>, 'title'> & { headline: string; rank: number };
export type NoResultRow = Pick<Columns<KbSearchEntity>, 'query'> & { times: string; last_at: Date };
export type LoggedSearch = Pick<KbSearchEntity, 'organizationId' | 'query' | 'audience' | 'found' | 'at'>;

/**
 * All SQL of searching: the published articles' full text, the word dictionary for typos, the
 * synonyms, the search generation (what cached results belong to) and the search log.
 */
@Injectable()
export class SearchRepository extends SqlRepository {
  /** Ranked full-text matches of a websearch query among the published articles. */
  async fullText(organizationId: string, tsQuery: string, q: { publicOnly: boolean; topicId: string | null; limit: number }): Promise<FullTextRow[]> {
    return this.rows<FullTextRow>(
      `WITH q AS MATERIALIZED (SELECT websearch_to_tsquery('dutch', $2) AS tsq),
            -- Ranking every match of a common word costs; rank a bounded set: the title/question matches
            -- (where the best answers are) and a first slice of the body matches.
            hits AS (
              SELECT * FROM (
                (SELECT a.id, a.audience, a.category, a.published_version, ts_rank_cd(a.search_vector, q.tsq, 32) AS rank FROM articles a, q
                  WHERE a.organization_id = $1 AND a.status = 'published' AND a.title_vector @@ q.tsq
                    AND (NOT $3 OR a.audience = 'public') AND ($4::uuid IS NULL OR $4 = ANY(a.topic_ids)) LIMIT ${CANDIDATES})
                UNION
                (SELECT a.id, a.audience, a.category, a.published_version, ts_rank_cd(a.search_vector, q.tsq, 32) AS rank FROM articles a, q
                  WHERE a.organization_id = $1 AND a.status = 'published' AND a.search_vector @@ q.tsq
                    AND (NOT $3 OR a.audience = 'public') AND ($4::uuid IS NULL OR $4 = ANY(a.topic_ids)) LIMIT ${CANDIDATES})) AS cand
               ORDER BY rank DESC, id LIMIT $5)
       SELECT h.id, v.title, h.audience, h.category, h.rank,
              ts_headline('dutch', v.body, q.tsq, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=28, MinWords=12, MaxFragments=1') AS headline
         FROM hits h JOIN article_versions v ON v.article_id = h.id AND v.version = h.published_version, q
        ORDER BY h.rank DESC, h.id`,
      [organizationId, tsQuery, q.publicOnly, q.topicId, q.limit],
    );
  }

  /** For each word, the closest word the published articles use (itself when it is known); unknown ones are left out. One statement. */
  async closestWords(organizationId: string, words: string[]): Promise<{ typed: string; word: string }[]> {
    return this.rows(
      `SELECT t.typed, best.word FROM unnest($2::text[]) AS t(typed)
         CROSS JOIN LATERAL (SELECT word FROM kb_words WHERE organization_id = $1 AND word % t.typed
                              ORDER BY word = t.typed DESC, similarity(word, t.typed) DESC, word LIMIT 1) AS best`,
      [organizationId, words],
    );
  }

  /** Adds the words of `text` (4 to 60 letters) to the organization's dictionary. */
  async addWords(organizationId: string, text: string): Promise<void> {
    await this.run(
      `INSERT INTO kb_words (organization_id, word)
       SELECT DISTINCT $1::uuid, w FROM regexp_split_to_table(lower($2), '[^[:alpha:]]+') AS w WHERE length(w) BETWEEN 4 AND 60
       ON CONFLICT DO NOTHING`,
      [organizationId, text],
    );
  }

  async generation(organizationId: string): Promise<string> {
    const row = await this.one<{ g: string }>(`SELECT search_generation AS g FROM kb_search_state WHERE organization_id = $1`, [organizationId]);
    return String(row?.g ?? '0');
  }

  /** What search can return changed: cached results of the older generation are not used again. */
  async raiseGeneration(organizationId: string): Promise<void> {
    await this.run(
      `INSERT INTO kb_search_state (organization_id, search_generation) VALUES ($1, 1)
       ON CONFLICT (organization_id) DO UPDATE SET search_generation = kb_search_state.search_generation + 1`,
      [organizationId],
    );
  }

  async synonyms(organizationId: string): Promise<KbSynonymsEntity['groups'] | undefined> {
    const row = await this.one<Pick<Columns<KbSynonymsEntity>, 'groups'>>(`SELECT groups FROM kb_synonyms WHERE organization_id = $1`, [organizationId]);
    return row?.groups;
  }

  async saveSynonyms(organizationId: string, groups: string[][]): Promise<void> {
    await this.run(
      `INSERT INTO kb_synonyms (organization_id, groups) VALUES ($1, $2) ON CONFLICT (organization_id) DO UPDATE SET groups = EXCLUDED.groups`,
      [organizationId, JSON.stringify(groups)],
    );
  }

  /** Searches that found nothing since `since`, most asked first. */
  async noResults(organizationId: string, since: Date): Promise<NoResultRow[]> {
    return this.rows<NoResultRow>(
      `SELECT query, count(*) AS times, max(at) AS last_at FROM kb_searches
        WHERE organization_id = $1 AND found = 0 AND at > $2
        GROUP BY query ORDER BY count(*) DESC, max(at) DESC LIMIT 100`,
      [organizationId, since],
    );
  }

  /**
   * A batch of logged searches, as one statement through `m`: the batched writer's own short
   * transaction (apart from any use case, see BatchedWriter), not the caller's.
   */
  async insertSearches(m: Pick<EntityManager, 'query'>, batch: LoggedSearch[]): Promise<void> {
    await m.query(
      `INSERT INTO kb_searches (organization_id, query, audience, found, at)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::timestamptz[])`,
      [batch.map((b) => b.organizationId), batch.map((b) => b.query), batch.map((b) => b.audience), batch.map((b) => b.found), batch.map((b) => b.at)],
    );
  }
}
