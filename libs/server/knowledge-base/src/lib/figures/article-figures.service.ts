import { Injectable } from '@nestjs/common';
import { ArticleFiguresRepository } from './article-figures.repository';

/**
 * The knowledge base's figures for management information, counted from the recorded reads.
 * Read-only; other modules (reporting) read them here instead of naming our tables.
 */
@Injectable()
export class ArticleFiguresService {
  constructor(private readonly figures: ArticleFiguresRepository) {}

  /** Self-service: portal reads of articles in [start, end), per topic of the article (topics without reads left out). */
  async portalReadsByTopic(organizationId: string, start: Date, end: Date): Promise<{ topicId: string; views: number }[]> {
    const rows = await this.figures.portalReadsByTopic(organizationId, start, end);
    return rows.map((r) => ({ topicId: r.topic_id, views: Number(r.views) }));
  }
}
