import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { ArticleEntity, ArticleVersionEntity, KbSearchEntity, KbSynonymsEntity, KbWordEntity } from '../entities';

/** How many matches (title/question matches, and body matches) are ranked at most. */
const CANDIDATES = 30;

export type FullTextRow = Pick<Columns<ArticleEntity>, 'id' | 'audience' | 'category'> & Pick<Columns<ArticleVersionEntity>, 'title'> & { headline: string; rank: number };
export type NoResultRow = Pick<Columns<KbSearchEntity>, 'query'> & { times: string; last_at: Date };
export type LoggedSearch = Pick<KbSearchEntity, 'organizationId' | 'query' | 'audience' | 'found' | 'at'>;

/**
 * All SQL of searching: the published articles' full text, the word dictionary for typos, the
 * synonyms, the search generation (what cached results belong to) and the search log.
 */
@Injectable()
export class SearchRepository extends SqlRepository {
  /**
   * Ranked matches among the published articles of a question's concepts (`to_tsquery('dutch')`
   * texts, see domain/question.ts): articles that match every concept first, then those that match
   * most, then those with more of them in the title and questions, then the full-text rank. Only a
   * bounded set is ranked: matches of all concepts anywhere, and of any concept in the title/questions
   * and anywhere, at most ${CANDIDATES} each.
   */
  async fullText(organizationId: string, concepts: string[], q: { publicOnly: boolean; topicId: string | null; limit: number }): Promise<FullTextRow[]> {
    return this.rows<FullTextRow>(
      `WITH q AS MATERIALIZED (
              SELECT to_tsquery('dutch', array_to_string($2::text[], ' | ')) AS anyq, to_tsquery('dutch', array_to_string($2::text[], ' & ')) AS allq,
                     ARRAY(SELECT to_tsquery('dutch', c) FROM unnest($2::text[]) AS c) AS parts),
            cand AS (
              (SELECT a.id FROM articles a, q WHERE $6 AND a.organization_id = $1 AND a.status = 'published' AND a.search_vector @@ q.allq
                  AND (NOT $3 OR a.audience = 'public') AND ($4::uuid IS NULL OR $4 = ANY(a.topic_ids)) LIMIT ${CANDIDATES})
              UNION
              (SELECT a.id FROM articles a, q WHERE a.organization_id = $1 AND a.status = 'published' AND a.title_vector @@ q.anyq
                  AND (NOT $3 OR a.audience = 'public') AND ($4::uuid IS NULL OR $4 = ANY(a.topic_ids)) LIMIT ${CANDIDATES})
              UNION
              (SELECT a.id FROM articles a, q WHERE a.organization_id = $1 AND a.status = 'published' AND a.search_vector @@ q.anyq
                  AND (NOT $3 OR a.audience = 'public') AND ($4::uuid IS NULL OR $4 = ANY(a.topic_ids)) LIMIT ${CANDIDATES})),
            hits AS (
              SELECT a.id, a.audience, a.category, a.published_version,
                     (SELECT count(*) FROM unnest(q.parts) AS p WHERE a.search_vector @@ p) * 1000
                       + (SELECT count(*) FROM unnest(q.parts) AS p WHERE a.title_vector @@ p) * 10
                       + ts_rank_cd(a.search_vector, q.anyq, 32) AS rank
                FROM cand JOIN articles a ON a.id = cand.id AND a.organization_id = $1, q
               ORDER BY rank DESC, a.id LIMIT $5)
       SELECT h.id, v.title, h.audience, h.category, h.rank,
              ts_headline('dutch', v.body, q.anyq, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=28, MinWords=12, MaxFragments=1') AS headline
         FROM hits h JOIN article_versions v ON v.article_id = h.id AND v.version = h.published_version, q
        ORDER BY h.rank DESC, h.id`,
      [organizationId, concepts, q.publicOnly, q.topicId, q.limit, concepts.length > 1],
    );
  }

  /** The organization's dictionary (the words its published articles use), for the search vocabulary. */
  async words(organizationId: string): Promise<string[]> {
    const rows = await this.rows<Pick<Columns<KbWordEntity>, 'word'>>(`SELECT word FROM kb_words WHERE organization_id = $1`, [organizationId]);
    return rows.map((r) => r.word);
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
