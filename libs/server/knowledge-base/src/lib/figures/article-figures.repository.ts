import { Injectable } from '@nestjs/common';
import { SqlRepository } from '@loket/server/platform';

/** A topic (of an article's topic list) and how often its articles were read. */
export interface TopicReadsRow {
  topic_id: string;
  views: string;
}

/** The knowledge base's figures for management information: counts only, read-only. */
@Injectable()
export class ArticleFiguresRepository extends SqlRepository {
  /** Portal reads in [start, end), counted for every topic of the article read. */
  portalReadsByTopic(organizationId: string, start: Date, end: Date): Promise<TopicReadsRow[]> {
    return this.rows<TopicReadsRow>(
      `SELECT t.topic_id, count(*) AS views
         FROM kb_views kv JOIN articles a ON a.id = kv.article_id, unnest(a.topic_ids) AS t(topic_id)
        WHERE kv.organization_id = $1 AND kv.via = 'portal' AND kv.at >= $2 AND kv.at < $3
        GROUP BY t.topic_id`,
      [organizationId, start, end],
    );
  }
}
