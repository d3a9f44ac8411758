import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Integration clients (OAuth2 client credentials) with their tokens, and the event log integrations read. */
export class IntegrationsFoundation1764900000000 implements MigrationInterface {
  name = 'IntegrationsFoundation1764900000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "integration_clients" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "client_id" character varying(64) NOT NULL, "secret_hash" character(64) NOT NULL, "scopes" text array NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "rotated_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_integration_clients" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_integration_clients_client_id" ON "integration_clients" ("client_id")`);
    await q.query(`CREATE INDEX "idx_integration_clients_organization" ON "integration_clients" ("organization_id", "created_at")`);
    await q.query(`ALTER TABLE "integration_clients" ADD CONSTRAINT "fk_x_integration_clients_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE`);

    await q.query(`CREATE TABLE "integration_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "client_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "scopes" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_integration_tokens" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_integration_tokens_token_hash" ON "integration_tokens" ("token_hash")`);
    await q.query(`CREATE INDEX "idx_integration_tokens_expires_at" ON "integration_tokens" ("expires_at")`);
    await q.query(`ALTER TABLE "integration_tokens" ADD CONSTRAINT "fk_integration_tokens_client" FOREIGN KEY ("client_id") REFERENCES "integration_clients"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await q.query(`CREATE TABLE "integration_events" ("seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "id" uuid NOT NULL, "organization_id" uuid NOT NULL, "tx" bigint NOT NULL, "type" character varying(40) NOT NULL, "customer_id" uuid, "subject_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "data" jsonb NOT NULL, CONSTRAINT "PK_integration_events" PRIMARY KEY ("seq"))`);
    await q.query(`CREATE INDEX "idx_integration_events_feed" ON "integration_events" ("organization_id", "tx", "seq")`);
    await q.query(`CREATE INDEX "idx_integration_events_order" ON "integration_events" ("tx", "seq")`);
    await q.query(`CREATE INDEX "idx_integration_events_time" ON "integration_events" ("organization_id", "occurred_at")`);
    await q.query(`CREATE UNIQUE INDEX "uq_integration_events_id" ON "integration_events" ("id")`);
    await q.query(`ALTER TABLE "integration_events" ADD CONSTRAINT "fk_x_integration_events_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "integration_events"`);
    await q.query(`DROP TABLE "integration_tokens"`);
    await q.query(`DROP TABLE "integration_clients"`);
  }
}
