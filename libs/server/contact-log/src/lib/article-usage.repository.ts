import { Injectable } from '@nestjs/common';
import { SqlRepository } from '@loket/server/platform';

/** How often contacts named an article, and how often such a contact answered the question there and then. */
export interface ArticleUsageRow {
  article_id: string;
  used: number;
  answered: number;
}

/** The contact log's SQL for the knowledge base's "most used" figures (contacts name the articles used to answer). */
@Injectable()
export class ArticleUsageRepository extends SqlRepository {
  async since(organizationId: string, since: Date): Promise<ArticleUsageRow[]> {
    const rows = await this.rows<{ article_id: string; used: string; answered: string }>(
      `SELECT u.article_id, count(*) AS used, count(*) FILTER (WHERE c.outcome = 'answered') AS answered
         FROM contacts c, unnest(c.article_ids) AS u(article_id)
        WHERE c.organization_id = $1 AND c.occurred_at > $2 AND cardinality(c.article_ids) > 0
        GROUP BY u.article_id`,
      [organizationId, since],
    );
    return rows.map((r) => ({ article_id: r.article_id, used: Number(r.used), answered: Number(r.answered) }));
  }
}
