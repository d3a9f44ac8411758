import { Injectable } from '@nestjs/common';
import { ERASED_TEXT } from '@loket/server/platform';
import type { ExportedFeedbackDto } from './knowledge-base.responses.dto';
import { KnowledgeBasePrivacyRepository } from './repositories/privacy.repository';

/**
 * The knowledge base's part of the AVG rights: feedback a tenant gave (export, erasure) and how
 * long search text and feedback comments are kept. Works in the caller's transaction when there is one.
 */
@Injectable()
export class KnowledgeBasePrivacy {
  constructor(private readonly repository: KnowledgeBasePrivacyRepository) {}

  async feedback(organizationId: string, customerId: string): Promise<ExportedFeedbackDto[]> {
    const rows = await this.repository.feedbackOf(organizationId, customerId);
    return rows.map((r) => ({ articleId: r.article_id, articleTitle: r.title, helpful: r.helpful, comment: r.comment, at: new Date(r.at).toISOString() }));
  }

  /** Erasure: the comments go; whether the article helped stays (the article's figures). */
  async eraseFeedback(organizationId: string, customerId: string): Promise<number> {
    return this.repository.eraseFeedback(organizationId, customerId, ERASED_TEXT);
  }

  /** Retention: logged searches older than `before` are removed (their text is what people typed). */
  async purgeSearches(organizationId: string, before: Date): Promise<number> {
    return this.repository.deleteSearchesBefore(organizationId, before);
  }

  /** Retention: feedback comments older than `before` are removed; the yes/no answer stays. */
  async purgeFeedbackComments(organizationId: string, before: Date): Promise<number> {
    return this.repository.clearFeedbackCommentsBefore(organizationId, before);
  }
}
