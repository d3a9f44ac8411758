import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { ArticleAudience, ArticleStatus } from '@loket/shared/contracts';
import type { ArticleEntity, ArticleVersionEntity } from '../entities';
import type { SearchFields } from '../domain/indexing';

type ArticleColumns = Columns<ArticleEntity>;
type VersionColumns = Columns<ArticleVersionEntity>;

export type ArticleRow = Pick<
  ArticleColumns,
  'id' | 'status' | 'latest_version' | 'published_version' | 'audience' | 'category' | 'owner_id' | 'review_by' | 'published_at' | 'updated_at'
>;
export type VersionRow = Pick<
  VersionColumns,
  'version' | 'title' | 'questions' | 'body' | 'answer_template' | 'audience' | 'category' | 'topic_ids' | 'edited_by' | 'edited_by_name' | 'change_note' | 'edited_at'
>;
export type ArticleListRow = ArticleRow & Pick<VersionColumns, 'title'>;
/** A published article past its review-by date (`review_by` as the date text). */
export type OverdueRow = Pick<ArticleColumns, 'id' | 'owner_id'> & Pick<VersionColumns, 'title'> & { review_by: string };
export type DueReviewRow = OverdueRow & Pick<ArticleColumns, 'organization_id'>;
export type MostUsedRow = Pick<ArticleColumns, 'id' | 'helpful_yes' | 'helpful_no'> & Pick<VersionColumns, 'title'> & { views: string; used: string; answered: string };

const ARTICLE_COLUMNS = 'a.id, a.status, a.latest_version, a.published_version, a.audience, a.category, a.owner_id, a.review_by, a.published_at, a.updated_at';
const VERSION_COLUMNS = 'version, title, questions, body, answer_template, audience, category, topic_ids, edited_by, edited_by_name, change_note, edited_at';

export interface NewVersion {
  title: string;
  questions: string[];
  body: string;
  answerTemplate: string | null;
  audience: ArticleAudience;
  category: string | null;
  topicIds: string[];
  editedBy: { id: string; name: string } | null;
  changeNote: string | null;
  at: Date;
}

/** All SQL of articles and their versions, views and feedback. Every statement is scoped by organization. */
@Injectable()
export class ArticlesRepository extends SqlRepository {
  /** Those of `ids` that are articles of the organization. */
  async existing(organizationId: string, ids: string[]): Promise<string[]> {
    const rows = await this.rows<Pick<ArticleColumns, 'id'>>(`SELECT id FROM articles WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, ids]);
    return rows.map((r) => r.id);
  }

  async insert(organizationId: string, a: { audience: ArticleAudience; category: string | null; topicIds: string[]; ownerId: string; reviewBy: string | null; at: Date }): Promise<string> {
    const row = await this.one<Pick<ArticleColumns, 'id'>>(
      `INSERT INTO articles (organization_id, audience, category, topic_ids, owner_id, review_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
      [organizationId, a.audience, a.category, a.topicIds, a.ownerId, a.reviewBy, a.at],
    );
    return (row as Pick<ArticleColumns, 'id'>).id;
  }

  async insertVersion(organizationId: string, articleId: string, version: number, v: NewVersion): Promise<void> {
    await this.run(
      `INSERT INTO article_versions (organization_id, article_id, version, title, questions, body, audience, category, topic_ids, edited_by, edited_by_name, change_note, edited_at, answer_template)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [organizationId, articleId, version, v.title, v.questions, v.body, v.audience, v.category, v.topicIds, v.editedBy?.id ?? null, v.editedBy?.name ?? null, v.changeNote, v.at, v.answerTemplate],
    );
  }

  async find(organizationId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<ArticleRow | undefined> {
    return this.one<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = $1 AND a.organization_id = $2${opts.forUpdate ? ' FOR UPDATE' : ''}`, [id, organizationId]);
  }

  async version(organizationId: string, articleId: string, version: number): Promise<VersionRow | undefined> {
    return this.one<VersionRow>(`SELECT ${VERSION_COLUMNS} FROM article_versions WHERE article_id = $1 AND version = $2 AND organization_id = $3`, [articleId, version, organizationId]);
  }

  async versions(organizationId: string, articleId: string): Promise<VersionRow[]> {
    return this.rows<VersionRow>(`SELECT ${VERSION_COLUMNS} FROM article_versions WHERE article_id = $1 AND organization_id = $2 ORDER BY version DESC`, [articleId, organizationId]);
  }

  /** A new latest version: an archived article becomes a draft again; owner and review date change only when given. */
  async edited(organizationId: string, id: string, e: { latestVersion: number; ownerId?: string | null; reviewBy?: string | null; at: Date }): Promise<void> {
    await this.run(
      `UPDATE articles SET latest_version = $2, status = CASE WHEN status = 'archived' THEN 'draft' ELSE status END,
              owner_id = CASE WHEN $3 THEN $4::uuid ELSE owner_id END, review_by = CASE WHEN $5 THEN $6::date ELSE review_by END, updated_at = $7
        WHERE id = $1 AND organization_id = $8`,
      [id, e.latestVersion, e.ownerId !== undefined, e.ownerId ?? null, e.reviewBy !== undefined, e.reviewBy ?? null, e.at, organizationId],
    );
  }

  async restored(organizationId: string, id: string, latestVersion: number, at: Date): Promise<void> {
    await this.run(`UPDATE articles SET latest_version = $2, updated_at = $3 WHERE id = $1 AND organization_id = $4`, [id, latestVersion, at, organizationId]);
  }

  /** The version becomes the published one, with its search fields (title A, questions B, body C). */
  async published(organizationId: string, id: string, v: Pick<VersionRow, 'version' | 'audience' | 'category' | 'topic_ids'>, search: SearchFields, at: Date): Promise<void> {
    await this.run(
      `UPDATE articles SET status = 'published', published_version = $2, published_at = $9, audience = $3, category = $4, topic_ids = $5, updated_at = $9,
              search_text = $7 || ' \n ' || $6,
              title_vector = setweight(to_tsvector('dutch', $7), 'A') || setweight(to_tsvector('dutch', $6), 'B'),
              search_vector = setweight(to_tsvector('dutch', $7), 'A') || setweight(to_tsvector('dutch', $6), 'B') || setweight(to_tsvector('dutch', $8), 'C')
        WHERE id = $1 AND organization_id = $10`,
      [id, v.version, v.audience, v.category, v.topic_ids, search.questions, search.title, search.body, at, organizationId],
    );
  }

  async archived(organizationId: string, id: string, at: Date): Promise<void> {
    await this.run(
      `UPDATE articles SET status = 'archived', published_version = NULL, search_vector = NULL, title_vector = NULL, search_text = '', updated_at = $2 WHERE id = $1 AND organization_id = $3`,
      [id, at, organizationId],
    );
  }

  async addFeedback(organizationId: string, articleId: string, f: { helpful: boolean; comment: string | null; customerId: string | null; at: Date }): Promise<void> {
    await this.run(`INSERT INTO article_feedback (organization_id, article_id, helpful, comment, customer_id, at) VALUES ($1, $2, $3, $4, $5, $6)`, [
      organizationId, articleId, f.helpful, f.comment, f.customerId, f.at,
    ]);
    await this.run(`UPDATE articles SET ${f.helpful ? 'helpful_yes = helpful_yes + 1' : 'helpful_no = helpful_no + 1'} WHERE id = $1 AND organization_id = $2`, [articleId, organizationId]);
  }

  async addView(organizationId: string, articleId: string, via: 'portal' | 'staff', at: Date): Promise<void> {
    await this.run(`INSERT INTO kb_views (organization_id, article_id, via, at) VALUES ($1, $2, $3, $4)`, [organizationId, articleId, via, at]);
    await this.run(`UPDATE articles SET views = views + 1 WHERE id = $1 AND organization_id = $2`, [articleId, organizationId]);
  }

  /** Articles with the title of the version shown: editors the latest, others the published one. */
  async list(organizationId: string, q: { latest: boolean; status: ArticleStatus | null; audience: ArticleAudience | null; topicId: string | null }): Promise<ArticleListRow[]> {
    return this.rows<ArticleListRow>(
      `SELECT ${ARTICLE_COLUMNS}, v.title FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = CASE WHEN $2 THEN a.latest_version ELSE a.published_version END
        WHERE a.organization_id = $1 AND ($2 OR a.status = 'published') AND ($3::text IS NULL OR a.status = $3) AND ($4::text IS NULL OR a.audience = $4)
          AND ($5::uuid IS NULL OR $5 = ANY(a.topic_ids))
        ORDER BY v.title LIMIT 500`,
      [organizationId, q.latest, q.status, q.audience, q.topicId],
    );
  }

  /** Published articles whose review-by date lies before today (Amsterdam) at `now`. */
  async overdue(organizationId: string, now: Date): Promise<OverdueRow[]> {
    return this.rows<OverdueRow>(
      `SELECT a.id, v.title, a.review_by::text AS review_by, a.owner_id FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
        WHERE a.organization_id = $1 AND a.status = 'published' AND a.review_by < ($2::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date
        ORDER BY a.review_by LIMIT 100`,
      [organizationId, now],
    );
  }

  /**
   * The most used articles since `since`: read (kb_views) plus named in contacts (`usage`, given by
   * the contact log), most first. Articles that no longer exist drop out.
   */
  async mostUsed(organizationId: string, since: Date, usage: { articleId: string; used: number; answered: number }[], limit: number): Promise<MostUsedRow[]> {
    return this.rows<MostUsedRow>(
      `WITH v AS (SELECT article_id, count(*) AS views FROM kb_views WHERE organization_id = $1 AND at > $2 GROUP BY article_id),
            c AS (SELECT * FROM unnest($3::uuid[], $4::bigint[], $5::bigint[]) AS c(article_id, used, answered))
       SELECT a.id, ver.title, coalesce(v.views, 0) AS views, coalesce(c.used, 0) AS used, coalesce(c.answered, 0) AS answered, a.helpful_yes, a.helpful_no
         FROM articles a JOIN article_versions ver ON ver.article_id = a.id AND ver.version = coalesce(a.published_version, a.latest_version)
         LEFT JOIN v ON v.article_id = a.id LEFT JOIN c ON c.article_id = a.id
        WHERE a.organization_id = $1 AND (v.views IS NOT NULL OR c.used IS NOT NULL)
        ORDER BY coalesce(v.views, 0) + coalesce(c.used, 0) DESC LIMIT $6`,
      [organizationId, since, usage.map((u) => u.articleId), usage.map((u) => u.used), usage.map((u) => u.answered), limit],
    );
  }

  // ---------- the review job (all organizations, in its own transaction) ----------

  /** Overdue published articles whose owner was not reminded in the last `remindAgainDays`, locked for this run. */
  async dueForReminder(now: Date, remindAgainDays: number, limit: number): Promise<DueReviewRow[]> {
    return this.rows<DueReviewRow>(
      `SELECT a.id, a.organization_id, a.owner_id, v.title, a.review_by::text AS review_by
         FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
        WHERE a.status = 'published' AND a.review_by < ($1::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date
          AND (a.review_reminded_at IS NULL OR a.review_reminded_at < $1::timestamptz - make_interval(days => $2))
        ORDER BY a.organization_id, a.review_by LIMIT $3 FOR UPDATE OF a SKIP LOCKED`,
      [now, remindAgainDays, limit],
    );
  }

  async reminded(ids: string[], at: Date): Promise<void> {
    await this.run(`UPDATE articles SET review_reminded_at = $2 WHERE id = ANY($1::uuid[])`, [ids, at]);
  }
}
