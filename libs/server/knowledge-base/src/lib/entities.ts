import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ArticleAudience, ArticleStatus } from '@loket/shared/contracts';

/** An article: which version is published, and the search fields of that version. */
@Entity({ name: 'articles' })
@Index('idx_articles_org_status', ['organizationId', 'status', 'audience'])
// Hand-made in the migration: full text (dutch, weighted) over everything, and over title and questions.
@Index('idx_articles_search', { synchronize: false })
@Index('idx_articles_title_search', { synchronize: false })
export class ArticleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('varchar', { length: 10, default: 'draft' }) status!: ArticleStatus;
  @Column('integer', { default: 1 }) latestVersion!: number;
  @Column('integer', { nullable: true }) publishedVersion!: number | null;
  @Column('varchar', { length: 10 }) audience!: ArticleAudience;
  @Column('varchar', { length: 80, nullable: true }) category!: string | null;
  @Column('uuid', { array: true, default: () => "'{}'" }) topicIds!: string[];
  @Column('uuid', { nullable: true }) ownerId!: string | null;
  @Column('date', { nullable: true }) reviewBy!: string | null;
  @Column('timestamptz', { nullable: true }) publishedAt!: Date | null;
  /** The published version's words, weighted: title A, questions B, body C. */
  @Column('tsvector', { nullable: true }) searchVector!: string | null;
  /** Title (A) and questions (B) only: the small set search ranks first. */
  @Column('tsvector', { nullable: true }) titleVector!: string | null;
  /** Title and questions of the published version as text. */
  @Column('text', { default: '' }) searchText!: string;
  @Column('integer', { default: 0 }) views!: number;
  /** When the owner was last reminded of the review-by date. */
  @Column('timestamptz', { nullable: true }) reviewRemindedAt!: Date | null;
  @Column('integer', { default: 0 }) helpfulYes!: number;
  @Column('integer', { default: 0 }) helpfulNo!: number;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
}

/** Every edit is a version; versions never change. */
@Entity({ name: 'article_versions' })
@Index('uq_article_versions', ['articleId', 'version'], { unique: true })
export class ArticleVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') articleId!: string;
  @Column('integer') version!: number;
  @Column('text') title!: string;
  @Column('text', { array: true, default: () => "'{}'" }) questions!: string[];
  @Column('text') body!: string;
  /** A standard answer agents insert when they resolve a case, with placeholders ({naam}, {datum}, …). */
  @Column('text', { nullable: true }) answerTemplate!: string | null;
  @Column('varchar', { length: 10 }) audience!: ArticleAudience;
  @Column('varchar', { length: 80, nullable: true }) category!: string | null;
  @Column('uuid', { array: true, default: () => "'{}'" }) topicIds!: string[];
  @Column('uuid', { nullable: true }) editedBy!: string | null;
  @Column('varchar', { length: 120, nullable: true }) editedByName!: string | null;
  @Column('text', { nullable: true }) changeNote!: string | null;
  @Column('timestamptz', { default: () => 'now()' }) editedAt!: Date;
}

/** Words customers use for the same thing, per organization ("opzeggen" = "beëindigen", "verhuizen"). */
@Entity({ name: 'kb_synonyms' })
export class KbSynonymsEntity {
  @PrimaryColumn('uuid') organizationId!: string;
  @Column('jsonb', { default: () => "'[]'" }) groups!: string[][];
}

/**
 * Which generation of the searchable knowledge base an organization is at: raised whenever what
 * search can return changes (publish, archive, synonyms), so cached search results of an older
 * generation are no longer used by any API process.
 */
@Entity({ name: 'kb_search_state' })
export class KbSearchStateEntity {
  @PrimaryColumn('uuid') organizationId!: string;
  @Column('bigint', { default: 0 }) searchGeneration!: string;
}

/** The words published articles use, per organization: the small dictionary typos are corrected against (trigram index). */
@Entity({ name: 'kb_words' })
@Index('idx_kb_words_trgm', { synchronize: false })
export class KbWordEntity {
  @PrimaryColumn('uuid') organizationId!: string;
  @PrimaryColumn('varchar', { length: 60 }) word!: string;
}

/** Searches that found nothing (R22): the editors' to-do list. */
@Entity({ name: 'kb_searches' })
@Index('idx_kb_searches_empty', ['organizationId', 'found', 'at'])
export class KbSearchEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('varchar', { length: 200 }) query!: string;
  @Column('varchar', { length: 10 }) audience!: 'public' | 'all';
  @Column('integer') found!: number;
  @Column('timestamptz', { default: () => 'now()' }) at!: Date;
}

@Entity({ name: 'article_feedback' })
@Index('idx_article_feedback_article', ['articleId', 'at'])
@Index('idx_article_feedback_customer', ['organizationId', 'customerId'])
export class ArticleFeedbackEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') articleId!: string;
  @Column('boolean') helpful!: boolean;
  @Column('text', { nullable: true }) comment!: string | null;
  @Column('timestamptz', { default: () => 'now()' }) at!: Date;
  /** The tenant who gave it (portal), for their data export and erasure; null for staff. */
  @Column('uuid', { nullable: true }) customerId!: string | null;
}

/** One read of an article (portal or front office), for "most used" and self-service figures. */
@Entity({ name: 'kb_views' })
@Index('idx_kb_views_org_at', ['organizationId', 'at'])
export class KbViewEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') articleId!: string;
  @Column('varchar', { length: 8 }) via!: 'portal' | 'staff';
  @Column('timestamptz', { default: () => 'now()' }) at!: Date;
}

export const knowledgeBaseEntities = [ArticleEntity, ArticleVersionEntity, KbSynonymsEntity, KbSearchStateEntity, KbSearchEntity, ArticleFeedbackEntity, KbViewEntity, KbWordEntity];
