import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Integrations read contacts in the order they were logged (GET /integrations/contactmomenten). */
export class ContactmomentenOrder1765030000000 implements MigrationInterface {
  name = 'ContactmomentenOrder1765030000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "idx_contacts_logged" ON "contacts" ("organization_id", "created_at", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "idx_contacts_logged"`);
  }
}
