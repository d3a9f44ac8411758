import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { ArticleFeedbackEntity, ArticleVersionEntity } from '../entities';

export type FeedbackRow = Pick<Columns<ArticleFeedbackEntity>, 'article_id' | 'helpful' | 'comment' | 'at'> & { title: Columns<ArticleVersionEntity>['title'] | null };

/** The knowledge base's SQL for the AVG rights: a tenant's feedback, and retention of search text and comments. */
@Injectable()
export class KnowledgeBasePrivacyRepository extends SqlRepository {
  async feedbackOf(organizationId: string, customerId: string): Promise<FeedbackRow[]> {
    return this.rows<FeedbackRow>(
      `SELECT f.article_id, v.title, f.helpful, f.comment, f.at
         FROM article_feedback f
         JOIN articles a ON a.id = f.article_id
         LEFT JOIN article_versions v ON v.article_id = a.id AND v.version = COALESCE(a.published_version, a.latest_version)
        WHERE f.organization_id = $1 AND f.customer_id = $2 ORDER BY f.at, f.id`,
      [organizationId, customerId],
    );
  }

  /** The customer's comments become `text`; the link to the customer goes; whether it helped stays. */
  async eraseFeedback(organizationId: string, customerId: string, text: string): Promise<number> {
    return this.run(
      `UPDATE article_feedback SET comment = CASE WHEN comment IS NULL THEN NULL ELSE $3 END, customer_id = NULL WHERE organization_id = $1 AND customer_id = $2`,
      [organizationId, customerId, text],
    );
  }

  async deleteSearchesBefore(organizationId: string, before: Date): Promise<number> {
    return this.run(`DELETE FROM kb_searches WHERE organization_id = $1 AND at < $2`, [organizationId, before]);
  }

  async clearFeedbackCommentsBefore(organizationId: string, before: Date): Promise<number> {
    return this.run(`UPDATE article_feedback SET comment = NULL WHERE organization_id = $1 AND at < $2 AND comment IS NOT NULL`, [organizationId, before]);
  }
}
