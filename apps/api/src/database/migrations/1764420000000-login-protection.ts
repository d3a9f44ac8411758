import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff sessions end when idle (last activity per session); failed logins for unknown e-mails belong to no organization. */
export class LoginProtection1764420000000 implements MigrationInterface {
  name = 'LoginProtection1764420000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sessions" ADD "last_seen_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "audit_events" ALTER COLUMN "organization_id" DROP NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "audit_events" WHERE "organization_id" IS NULL`);
    await q.query(`ALTER TABLE "audit_events" ALTER COLUMN "organization_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "sessions" DROP COLUMN "last_seen_at"`);
  }
}
