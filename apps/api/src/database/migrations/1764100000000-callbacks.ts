import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Teams (lead and manager) and callbacks: the agreed window, attempts, reminders and escalations,
 * reschedules, and per-organization escalation settings.
 */
export class Callbacks1764100000000 implements MigrationInterface {
  name = 'Callbacks1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "teams" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" character varying(80) NOT NULL, "lead_id" uuid, "manager_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7e5523774a38b08a6236d322403" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_teams_name" ON "teams"  ("organization_id", "name") `);
    await q.query(`CREATE TABLE "callbacks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "customer_id" uuid NOT NULL, "case_id" uuid NOT NULL, "contact_id" uuid, "phone_number" character varying(20) NOT NULL, "reason" text NOT NULL, "assignee_id" uuid, "team_id" uuid, "status" character varying(12) NOT NULL DEFAULT 'scheduled', "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "day_part" character varying(3), "escalation_level" smallint NOT NULL DEFAULT '0', "attempt_count" integer NOT NULL DEFAULT '0', "reminder_at" TIMESTAMP WITH TIME ZONE, "level2_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reminded_at" TIMESTAMP WITH TIME ZONE, "escalated1_at" TIMESTAMP WITH TIME ZONE, "escalated2_at" TIMESTAMP WITH TIME ZONE, "new_expectation_at" TIMESTAMP WITH TIME ZONE, "invited_at" TIMESTAMP WITH TIME ZONE, "moved_by_organization" boolean NOT NULL DEFAULT false, "requested_by_customer" boolean NOT NULL DEFAULT false, "result" text, "completed_at" TIMESTAMP WITH TIME ZONE, "completed_by" uuid, "cancel_reason" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8090fb14d5629af03bc043429d0" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_callbacks_due" ON "callbacks"  ("organization_id", "due_at") `);
    await q.query(`CREATE INDEX "idx_callbacks_case" ON "callbacks"  ("case_id") `);
    await q.query(`CREATE INDEX "idx_callbacks_customer" ON "callbacks"  ("organization_id", "customer_id", "status") `);
    await q.query(`CREATE INDEX "idx_callbacks_team" ON "callbacks"  ("organization_id", "team_id", "status", "due_at") `);
    await q.query(`CREATE INDEX "idx_callbacks_assignee" ON "callbacks"  ("organization_id", "assignee_id", "status", "due_at") `);
    await q.query(`CREATE TABLE "callback_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "callback_id" uuid NOT NULL, "outcome" character varying(16) NOT NULL, "note" text, "by_user_id" uuid, "by_name" character varying(120), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_54a7640e4b97255357190733de7" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_callback_attempts_callback" ON "callback_attempts"  ("callback_id", "at") `);
    await q.query(`CREATE TABLE "callback_escalations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "callback_id" uuid NOT NULL, "level" smallint NOT NULL, "kind" character varying(10) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "notified" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_ed5ad1ef0cb271d0bc2dd9dcb29" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_callback_escalations_org" ON "callback_escalations"  ("organization_id", "at") `);
    await q.query(`CREATE INDEX "idx_callback_escalations_callback" ON "callback_escalations"  ("callback_id", "at") `);
    await q.query(`CREATE TABLE "callback_reschedules" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "callback_id" uuid NOT NULL, "from_start" TIMESTAMP WITH TIME ZONE NOT NULL, "from_end" TIMESTAMP WITH TIME ZONE NOT NULL, "to_start" TIMESTAMP WITH TIME ZONE NOT NULL, "to_end" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text NOT NULL, "requested_by" character varying(12) NOT NULL, "by_user_id" uuid, "by_name" character varying(120), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_81c48155249393dc981fdab59cb" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_callback_reschedules_callback" ON "callback_reschedules"  ("callback_id", "at") `);
    await q.query(`CREATE TABLE "callback_settings" ("organization_id" uuid NOT NULL, "max_attempts" smallint NOT NULL DEFAULT '3', "reminder_minutes" integer NOT NULL DEFAULT '60', "level2_minutes" integer NOT NULL DEFAULT '240', CONSTRAINT "PK_3dafbf9d4d8974adb66aaec4fe1" PRIMARY KEY ("organization_id"))`);
    await q.query(`ALTER TABLE "users" ADD "team_id" uuid`);
    // Hand-made partial indexes: the open callbacks still waiting for each stage.
    await q.query(`CREATE INDEX "idx_callbacks_reminder_open" ON "callbacks" ("reminder_at") WHERE status IN ('scheduled', 'in_progress') AND reminded_at IS NULL AND escalated1_at IS NULL`);
    await q.query(`CREATE INDEX "idx_callbacks_level1_open" ON "callbacks" ("due_at") WHERE status IN ('scheduled', 'in_progress') AND escalated1_at IS NULL`);
    await q.query(`CREATE INDEX "idx_callbacks_level2_open" ON "callbacks" ("level2_at") WHERE status IN ('scheduled', 'in_progress') AND escalated2_at IS NULL`);

    for (const table of ['teams', 'callbacks', 'callback_attempts', 'callback_escalations', 'callback_reschedules', 'callback_settings']) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "fk_x_${table}_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id")`);
    }
    await q.query(`ALTER TABLE "users" ADD CONSTRAINT "fk_x_users_team" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL`);
    await q.query(`ALTER TABLE "teams" ADD CONSTRAINT "fk_x_teams_lead" FOREIGN KEY ("lead_id") REFERENCES "users"("id") ON DELETE SET NULL`);
    await q.query(`ALTER TABLE "teams" ADD CONSTRAINT "fk_x_teams_manager" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE SET NULL`);
    await q.query(`ALTER TABLE "callbacks" ADD CONSTRAINT "fk_x_callbacks_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "callbacks" ADD CONSTRAINT "fk_x_callbacks_customer" FOREIGN KEY ("customer_id") REFERENCES "customers"("id")`);
    await q.query(`ALTER TABLE "callbacks" ADD CONSTRAINT "fk_x_callbacks_assignee" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL`);
    await q.query(`ALTER TABLE "callbacks" ADD CONSTRAINT "fk_x_callbacks_team" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE SET NULL`);
    for (const table of ['callback_attempts', 'callback_escalations', 'callback_reschedules']) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "fk_x_${table}_callback" FOREIGN KEY ("callback_id") REFERENCES "callbacks"("id") ON DELETE CASCADE`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "users" DROP CONSTRAINT "fk_x_users_team"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "team_id"`);
    for (const table of ['callback_settings', 'callback_reschedules', 'callback_escalations', 'callback_attempts', 'callbacks', 'teams']) await q.query(`DROP TABLE "${table}"`);
  }
}
