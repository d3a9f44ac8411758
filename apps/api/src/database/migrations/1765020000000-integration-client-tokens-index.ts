import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Ending a client's live tokens (revoke, rotate) finds them by client instead of reading every token. */
export class IntegrationClientTokensIndex1765020000000 implements MigrationInterface {
  name = 'IntegrationClientTokensIndex1765020000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "idx_integration_tokens_client" ON "integration_tokens" ("client_id", "expires_at")`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "idx_integration_tokens_client"`);
  }
}
