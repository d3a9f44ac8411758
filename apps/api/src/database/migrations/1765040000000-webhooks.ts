import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Webhook subscriptions, their deliveries (with every attempt) and how far the fan-out has read the event log. */
export class Webhooks1765040000000 implements MigrationInterface {
  name = 'Webhooks1765040000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "webhook_subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "url" character varying(2000) NOT NULL, "events" text array NOT NULL, "description" character varying(200), "secret" character varying(100) NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "secret_rotated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bf631ae77d39849d599817fb6f4" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_webhook_subscriptions_organization" ON "webhook_subscriptions" ("organization_id", "created_at")`);
    await q.query(`ALTER TABLE "webhook_subscriptions" ADD CONSTRAINT "fk_x_webhook_subscriptions_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE`);

    await q.query(`CREATE TABLE "webhook_deliveries" ("seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "subscription_id" uuid NOT NULL, "event_id" uuid NOT NULL, "event_type" character varying(40) NOT NULL, "customer_id" uuid, "status" character varying(10) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "first_attempt_at" TIMESTAMP WITH TIME ZONE, "leased_until" TIMESTAMP WITH TIME ZONE, "last_attempt_at" TIMESTAMP WITH TIME ZONE, "last_status_code" integer, "last_duration_ms" integer, "last_error" character varying(500), "delivered_at" TIMESTAMP WITH TIME ZONE, "attempt_log" jsonb NOT NULL DEFAULT '[]', "replay_of" uuid, "replayed_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_081a24068c3e7db0ca65a3c7440" PRIMARY KEY ("seq"))`);
    await q.query(`CREATE INDEX "idx_webhook_deliveries_log" ON "webhook_deliveries" ("organization_id", "seq")`);
    await q.query(`CREATE INDEX "idx_webhook_deliveries_queue" ON "webhook_deliveries" ("subscription_id", "customer_id", "status", "seq")`);
    await q.query(`CREATE INDEX "idx_webhook_deliveries_due" ON "webhook_deliveries" ("status", "next_attempt_at")`);
    await q.query(`CREATE UNIQUE INDEX "uq_webhook_deliveries_id" ON "webhook_deliveries" ("id")`);
    await q.query(`CREATE INDEX "idx_webhook_deliveries_open_due" ON "webhook_deliveries" ("next_attempt_at", "seq") WHERE status IN ('pending', 'retrying')`);
    await q.query(`CREATE INDEX "idx_webhook_deliveries_open_line" ON "webhook_deliveries" ("subscription_id", "customer_id", "seq") WHERE status IN ('pending', 'retrying')`);
    await q.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "fk_webhook_deliveries_subscription" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "fk_x_webhook_deliveries_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE`);

    await q.query(`CREATE TABLE "webhook_fanout_cursor" ("id" smallint NOT NULL, "cursor" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_99463fa719e8ccb439364446e65" PRIMARY KEY ("id"))`);
    // The fan-out reads the event log from its start: no subscription exists yet, so older events pass without a delivery.
    await q.query(`INSERT INTO "webhook_fanout_cursor" ("id", "cursor") VALUES (1, NULL)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "webhook_fanout_cursor"`);
    await q.query(`DROP TABLE "webhook_deliveries"`);
    await q.query(`DROP TABLE "webhook_subscriptions"`);
  }
}
