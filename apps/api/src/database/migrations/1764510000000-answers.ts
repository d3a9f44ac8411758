import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Answers that reach the customer: each organization's phone number and monitored reply address;
 * outbox messages know their customer (the print list names them), their Reply-To and who printed
 * a letter; a knowledge-base article version may offer a standard answer.
 */
export class Answers1764510000000 implements MigrationInterface {
  name = 'Answers1764510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "organizations" ADD "phone" character varying(20)`);
    await q.query(`ALTER TABLE "organizations" ADD "reply_address" character varying(254)`);
    await q.query(`ALTER TABLE "outbox_messages" ADD "customer_id" uuid`);
    await q.query(`ALTER TABLE "outbox_messages" ADD "reply_to" character varying(254)`);
    await q.query(`ALTER TABLE "outbox_messages" ADD "printed_by" uuid`);
    // Letters written before this migration (confirmations) name their customer through their contact.
    await q.query(
      `UPDATE "outbox_messages" m SET "customer_id" = c."customer_id" FROM "contacts" c
        WHERE m."reference_type" = 'contact' AND m."reference_id" = c."id" AND m."organization_id" = c."organization_id"`,
    );
    await q.query(`CREATE INDEX "idx_outbox_messages_letters" ON "outbox_messages" ("organization_id", "channel", "status", "created_at") `);
    await q.query(`ALTER TABLE "article_versions" ADD "answer_template" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "article_versions" DROP COLUMN "answer_template"`);
    await q.query(`DROP INDEX "idx_outbox_messages_letters"`);
    await q.query(`ALTER TABLE "outbox_messages" DROP COLUMN "printed_by"`);
    await q.query(`ALTER TABLE "outbox_messages" DROP COLUMN "reply_to"`);
    await q.query(`ALTER TABLE "outbox_messages" DROP COLUMN "customer_id"`);
    await q.query(`ALTER TABLE "organizations" DROP COLUMN "reply_address"`);
    await q.query(`ALTER TABLE "organizations" DROP COLUMN "phone"`);
  }
}
