import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reads of customer data in the audit log are told apart from changes (is_read), and what one
 * employee looked at is found by a partial index over the reads only.
 */
export class AccessLog1764430000000 implements MigrationInterface {
  name = 'AccessLog1764430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "audit_events" ADD "is_read" boolean NOT NULL DEFAULT false`);
    // Until now only views of the customer overview were written without a transaction of a change.
    await q.query(`UPDATE "audit_events" SET "is_read" = true WHERE "action" = 'customer.viewed'`);
    await q.query(`CREATE INDEX "idx_audit_events_reads_by_actor" ON "audit_events" ("organization_id", "actor_user_id", "at") WHERE is_read`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "idx_audit_events_reads_by_actor"`);
    await q.query(`ALTER TABLE "audit_events" DROP COLUMN "is_read"`);
  }
}
