import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Response targets: the organization's calendar and policies, a response clock per case, breaches,
 * moved due moments and recalculations. Due moments move from cases to their clocks. Staff choose
 * when to hear of breaches; outbox messages can be held until a moment (opening hours).
 */
export class Sla1764000000000 implements MigrationInterface {
  name = 'Sla1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "sla_settings" ("organization_id" uuid NOT NULL, "calendar" jsonb, "calendar_updated_at" TIMESTAMP WITH TIME ZONE, "policies" jsonb, "policies_updated_at" TIMESTAMP WITH TIME ZONE, "updated_by" uuid, CONSTRAINT "PK_252c150a0e3f099f956cd0404f2" PRIMARY KEY ("organization_id"))`);
    await q.query(`CREATE TABLE "case_clocks" ("case_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "customer_id" uuid NOT NULL, "channel" character varying(12) NOT NULL, "topic_id" uuid NOT NULL, "location_id" uuid, "location_code" character varying(40), "owner_id" uuid, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "policy" jsonb NOT NULL, "first_response_due_at" TIMESTAMP WITH TIME ZONE, "due_at" TIMESTAMP WITH TIME ZONE, "first_responded_at" TIMESTAMP WITH TIME ZONE, "state" character varying(8) NOT NULL DEFAULT 'running', "paused_since" TIMESTAMP WITH TIME ZONE, "pauses" jsonb NOT NULL DEFAULT '[]', "paused_minutes" integer NOT NULL DEFAULT '0', "stopped_at" TIMESTAMP WITH TIME ZONE, "first_response_breached_at" TIMESTAMP WITH TIME ZONE, "resolution_breached_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9af88abb5a970d99d9b60638c6a" PRIMARY KEY ("case_id"))`);
    await q.query(`CREATE INDEX "idx_case_clocks_received" ON "case_clocks"  ("organization_id", "received_at") `);
    // Hand-made partial indexes: the open clocks (recalculation walks them by case id) and the ones that can still breach.
    await q.query(`CREATE INDEX "idx_case_clocks_open" ON "case_clocks" ("organization_id", "case_id") WHERE state <> 'stopped'`);
    await q.query(`CREATE INDEX "idx_case_clocks_first_response_open" ON "case_clocks" ("first_response_due_at") WHERE state = 'running' AND first_responded_at IS NULL AND first_response_breached_at IS NULL`);
    await q.query(`CREATE INDEX "idx_case_clocks_resolution_open" ON "case_clocks" ("due_at") WHERE state = 'running' AND resolution_breached_at IS NULL`);
    await q.query(`CREATE TABLE "sla_breaches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "case_id" uuid NOT NULL, "target" character varying(16) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "detected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "policy_target" jsonb NOT NULL, "channel" character varying(12) NOT NULL, "topic_id" uuid NOT NULL, "notified_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c89ce8bcd963fe0bae8079be75" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_sla_breaches_org_detected" ON "sla_breaches"  ("organization_id", "detected_at") `);
    await q.query(`CREATE UNIQUE INDEX "uq_sla_breaches_case_target" ON "sla_breaches"  ("case_id", "target") `);
    await q.query(`CREATE TABLE "sla_due_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "case_id" uuid NOT NULL, "target" character varying(16) NOT NULL, "from_due" TIMESTAMP WITH TIME ZONE, "to_due" TIMESTAMP WITH TIME ZONE, "reason" character varying(20) NOT NULL, "recalculation_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_47724b12bddd895cc50d197f0d6" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_sla_due_changes_case" ON "sla_due_changes"  ("case_id", "at") `);
    await q.query(`CREATE TABLE "sla_recalculations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "reason" character varying(20) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'queued', "cases" integer NOT NULL DEFAULT '0', "changed" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_512b329f28def454237b1b85841" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_sla_recalculations_org" ON "sla_recalculations"  ("organization_id", "created_at") `);
    await q.query(`ALTER TABLE "cases" DROP COLUMN "first_response_due_at"`);
    await q.query(`ALTER TABLE "cases" DROP COLUMN "due_at"`);
    await q.query(`ALTER TABLE "outbox_messages" ADD "not_before" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "users" ADD "notification_hours" character varying(16) NOT NULL DEFAULT 'opening_hours'`);

    for (const table of ['sla_settings', 'case_clocks', 'sla_breaches', 'sla_due_changes', 'sla_recalculations']) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "fk_x_${table}_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id")`);
    }
    await q.query(`ALTER TABLE "case_clocks" ADD CONSTRAINT "fk_x_case_clocks_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "sla_breaches" ADD CONSTRAINT "fk_x_sla_breaches_clock" FOREIGN KEY ("case_id") REFERENCES "case_clocks"("case_id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "sla_due_changes" ADD CONSTRAINT "fk_x_sla_due_changes_clock" FOREIGN KEY ("case_id") REFERENCES "case_clocks"("case_id") ON DELETE CASCADE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" DROP COLUMN "notification_hours"`);
    await q.query(`ALTER TABLE "outbox_messages" DROP COLUMN "not_before"`);
    await q.query(`ALTER TABLE "cases" ADD "due_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "cases" ADD "first_response_due_at" TIMESTAMP WITH TIME ZONE`);
    for (const table of ['sla_recalculations', 'sla_due_changes', 'sla_breaches', 'case_clocks', 'sla_settings']) await q.query(`DROP TABLE "${table}"`);
  }
}
