import { Injectable } from '@nestjs/common';
import { ArticleUsageRepository } from './article-usage.repository';

/** One article's use in contacts over a period. */
export interface ArticleUsage {
  articleId: string;
  /** Contacts that named the article. */
  used: number;
  /** Of those, contacts that answered the question there and then (outcome `answered`). */
  answered: number;
}

/**
 * The contact log's public read of how contacts used knowledge-base articles: the knowledge base
 * composes its "most used" figures from this instead of reading the contacts table.
 */
@Injectable()
export class ContactArticleUsage {
  constructor(private readonly repository: ArticleUsageRepository) {}

  /** Every article named by a contact of the organization after `since`, with its counts. */
  async since(organizationId: string, since: Date): Promise<ArticleUsage[]> {
    const rows = await this.repository.since(organizationId, since);
    return rows.map((r) => ({ articleId: r.article_id, used: r.used, answered: r.answered }));
  }
}
