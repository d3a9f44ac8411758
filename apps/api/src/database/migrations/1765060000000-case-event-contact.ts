import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A case event names the contact that made it happen (a reopen, an answer), so first-contact
 * resolution tells a reopen by our own outbound contact from staff reopening a case by hand.
 * Earlier events stay without one.
 */
export class CaseEventContact1765060000000 implements MigrationInterface {
  name = 'CaseEventContact1765060000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case_events" ADD "contact_id" uuid`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case_events" DROP COLUMN "contact_id"`);
  }
}
