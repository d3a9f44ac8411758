import { MigrationInterface, QueryRunner } from 'typeorm';

/** The knowledge base: articles and their versions, synonyms, searches (to find the ones that found nothing), feedback. */
export class KnowledgeBase1764200000000 implements MigrationInterface {
  name = 'KnowledgeBase1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "articles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'draft', "latest_version" integer NOT NULL DEFAULT '1', "published_version" integer, "audience" character varying(10) NOT NULL, "category" character varying(80), "topic_ids" uuid array NOT NULL DEFAULT '{}', "owner_id" uuid, "review_by" date, "published_at" TIMESTAMP WITH TIME ZONE, "search_vector" tsvector, "search_text" text NOT NULL DEFAULT '', "views" integer NOT NULL DEFAULT '0', "helpful_yes" integer NOT NULL DEFAULT '0', "helpful_no" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0a6e2c450d83e0b6052c2793334" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_articles_org_status" ON "articles"  ("organization_id", "status", "audience") `);
    await q.query(`CREATE TABLE "article_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "article_id" uuid NOT NULL, "version" integer NOT NULL, "title" text NOT NULL, "questions" text array NOT NULL DEFAULT '{}', "body" text NOT NULL, "audience" character varying(10) NOT NULL, "category" character varying(80), "topic_ids" uuid array NOT NULL DEFAULT '{}', "edited_by" uuid, "edited_by_name" character varying(120), "change_note" text, "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_92c2c17e3890d1457414a9b8537" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_article_versions" ON "article_versions"  ("article_id", "version") `);
    await q.query(`CREATE TABLE "kb_synonyms" ("organization_id" uuid NOT NULL, "groups" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_d4844cc89b41006570173a31a98" PRIMARY KEY ("organization_id"))`);
    await q.query(`CREATE TABLE "kb_searches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "query" character varying(200) NOT NULL, "audience" character varying(10) NOT NULL, "found" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_26c34626f8ef526a3fed98dc10f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_kb_searches_empty" ON "kb_searches"  ("organization_id", "found", "at") `);
    await q.query(`CREATE TABLE "article_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "article_id" uuid NOT NULL, "helpful" boolean NOT NULL, "comment" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c64239e8a10cfa33c557385c3a8" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_article_feedback_article" ON "article_feedback"  ("article_id", "at") `);
    await q.query(`ALTER TABLE "articles" ADD "review_reminded_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "articles" ADD "title_vector" tsvector`);
    await q.query(`CREATE TABLE "kb_views" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "article_id" uuid NOT NULL, "via" character varying(8) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e5e9ceae0f064b607cea4f146af" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_kb_views_org_at" ON "kb_views"  ("organization_id", "at") `);
    // Hand-made: Dutch full text over the published version (weighted), over title and questions, and trigrams over the word dictionary for typos.
    await q.query(`CREATE INDEX "idx_articles_search" ON "articles" USING gin ("search_vector")`);
    await q.query(`CREATE TABLE "kb_words" ("organization_id" uuid NOT NULL, "word" character varying(60) NOT NULL, CONSTRAINT "PK_kb_words" PRIMARY KEY ("organization_id", "word"))`);
    await q.query(`CREATE INDEX "idx_kb_words_trgm" ON "kb_words" USING gin ("word" gin_trgm_ops)`);
    await q.query(`CREATE INDEX "idx_articles_title_search" ON "articles" USING gin ("title_vector")`);

    for (const table of ['articles', 'article_versions', 'kb_synonyms', 'kb_searches', 'article_feedback', 'kb_views', 'kb_words']) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "fk_x_${table}_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id")`);
    }
    await q.query(`ALTER TABLE "article_versions" ADD CONSTRAINT "fk_x_article_versions_article" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "article_feedback" ADD CONSTRAINT "fk_x_article_feedback_article" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "kb_views" ADD CONSTRAINT "fk_x_kb_views_article" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['kb_words', 'kb_views', 'article_feedback', 'kb_searches', 'kb_synonyms', 'article_versions', 'articles']) await q.query(`DROP TABLE "${table}"`);
  }
}
