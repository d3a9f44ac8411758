import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Batch loads of an ERP (POST /integrations/batch): the job (integration_batches) with its progress
 * and counts, and each NDJSON line as it arrived (integration_batch_lines) with its result. The
 * lines are processed in chunks, each chunk one transaction that also records its results, so a
 * job survives a killed process: whoever takes over its lease goes on with the pending lines.
 */
export class IntegrationBatches1765010000001 implements MigrationInterface {
  name = 'IntegrationBatches1765010000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "integration_batches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL,
                   "client_id" uuid, "scopes" text array NOT NULL DEFAULT '{}', "status" character varying(12) NOT NULL,
                   "lines_received" integer NOT NULL DEFAULT 0, "lines_processed" integer NOT NULL DEFAULT 0,
                   "created" integer NOT NULL DEFAULT 0, "updated" integer NOT NULL DEFAULT 0, "unchanged" integer NOT NULL DEFAULT 0,
                   "rejected" integer NOT NULL DEFAULT 0, "lease_until" TIMESTAMP WITH TIME ZONE, "received_at" TIMESTAMP WITH TIME ZONE,
                   "finished_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                   CONSTRAINT "PK_integration_batches" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_integration_batches_open" ON "integration_batches" ("status", "lease_until") WHERE status IN ('queued', 'processing')`);
    await q.query(`CREATE TABLE "integration_batch_lines" ("batch_id" uuid NOT NULL, "line_no" integer NOT NULL, "organization_id" uuid NOT NULL,
                   "type" character varying(10), "id_extern" character varying(64), "phase" smallint NOT NULL DEFAULT 0, "body" text,
                   "status" character varying(10) NOT NULL, "problem" jsonb, "record_id" uuid,
                   CONSTRAINT "PK_integration_batch_lines" PRIMARY KEY ("batch_id", "line_no"))`);
    await q.query(`CREATE INDEX "idx_integration_batch_lines_pending" ON "integration_batch_lines" ("batch_id", "phase", "type", "line_no") WHERE status = 'pending'`);
    await q.query(`ALTER TABLE "integration_batch_lines" ADD CONSTRAINT "fk_integration_batch_lines_batch" FOREIGN KEY ("batch_id") REFERENCES "integration_batches"("id") ON DELETE CASCADE`);
    for (const table of ['integration_batches', 'integration_batch_lines']) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "fk_x_${table}_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id")`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "integration_batch_lines"`);
    await q.query(`DROP TABLE IF EXISTS "integration_batches"`);
  }
}
