import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * AVG rights: when a customer was erased, which tenant gave a knowledge-base feedback (for their
 * export and erasure), and each organization's retention rules.
 */
export class Privacy1764440000000 implements MigrationInterface {
  name = 'Privacy1764440000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "customers" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "article_feedback" ADD "customer_id" uuid`);
    await q.query(`CREATE INDEX "idx_article_feedback_customer" ON "article_feedback" ("organization_id", "customer_id") `);
    await q.query(`ALTER TABLE "article_feedback" ADD CONSTRAINT "fk_x_article_feedback_customer" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE SET NULL`);
    await q.query(`CREATE TABLE "retention_rules" ("organization_id" uuid NOT NULL, "outbox_body_days" integer NOT NULL, "search_text_days" integer NOT NULL, "feedback_comment_days" integer NOT NULL, "session_days" integer NOT NULL, "access_log_days" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by" uuid, CONSTRAINT "PK_retention_rules" PRIMARY KEY ("organization_id"))`);
    await q.query(`ALTER TABLE "retention_rules" ADD CONSTRAINT "fk_x_retention_rules_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "retention_rules"`);
    await q.query(`ALTER TABLE "article_feedback" DROP CONSTRAINT "fk_x_article_feedback_customer"`);
    await q.query(`DROP INDEX "idx_article_feedback_customer"`);
    await q.query(`ALTER TABLE "article_feedback" DROP COLUMN "customer_id"`);
    await q.query(`ALTER TABLE "customers" DROP COLUMN "erased_at"`);
  }
}
