import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ERASED_TEXT } from '@loket/server/platform';
import type { ExportedFeedback } from '@loket/shared/contracts';


/**
 * The knowledge base's part of the AVG rights: feedback a tenant gave (export, erasure) and how
 * long search text and feedback comments are kept. Works in the caller's transaction when there is one.
 */
@Injectable()
export class KnowledgeBasePrivacy {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get db() {
    return this.txHost.tx;
  }

  async feedback(organizationId: string, customerId: string): Promise<ExportedFeedback[]> {
    const rows: { article_id: string; title: string | null; helpful: boolean; comment: string | null; at: Date }[] = await this.db.query(
      `SELECT f.article_id, v.title, f.helpful, f.comment, f.at
         FROM article_feedback f
         JOIN articles a ON a.id = f.article_id
         LEFT JOIN article_versions v ON v.article_id = a.id AND v.version = COALESCE(a.published_version, a.latest_version)
        WHERE f.organization_id = $1 AND f.customer_id = $2 ORDER BY f.at, f.id`,
      [organizationId, customerId],
    );
    return rows.map((r) => ({ articleId: r.article_id, articleTitle: r.title, helpful: r.helpful, comment: r.comment, at: new Date(r.at).toISOString() }));
  }

  /** Erasure: the comments go; whether the article helped stays (the article's figures). */
  async eraseFeedback(organizationId: string, customerId: string): Promise<number> {
    const [, count] = await this.db.query(
      `UPDATE article_feedback SET comment = CASE WHEN comment IS NULL THEN NULL ELSE $3 END, customer_id = NULL WHERE organization_id = $1 AND customer_id = $2`,
      [organizationId, customerId, ERASED_TEXT],
    );
    return Number(count ?? 0);
  }

  /** Retention: logged searches older than `before` are removed (their text is what people typed). */
  async purgeSearches(organizationId: string, before: Date): Promise<number> {
    const [, count] = await this.db.query(`DELETE FROM kb_searches WHERE organization_id = $1 AND at < $2`, [organizationId, before]);
    return Number(count ?? 0);
  }

  /** Retention: feedback comments older than `before` are removed; the yes/no answer stays. */
  async purgeFeedbackComments(organizationId: string, before: Date): Promise<number> {
    const [, count] = await this.db.query(`UPDATE article_feedback SET comment = NULL WHERE organization_id = $1 AND at < $2 AND comment IS NOT NULL`, [organizationId, before]);
    return Number(count ?? 0);
  }
}
