import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Worklists and hand-offs (issue 12): a case's team and who forwarded it, the hand-off note on
 * the case's events, and the worklists' read model `work_items`, filled from the open cases,
 * callbacks and counter follow-ups that exist today.
 */
export class Worklists1764500000000 implements MigrationInterface {
  name = 'Worklists1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "cases" ADD "team_id" uuid`);
    await q.query(`ALTER TABLE "cases" ADD "forwarded_by" uuid`);
    await q.query(`ALTER TABLE "cases" ADD "forwarded_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "case_events" ADD "note" text`);
    await q.query(`CREATE INDEX "idx_case_events_case" ON "case_events" ("case_id", "at") `);
    await q.query(`CREATE TABLE "work_items" (
      "id" uuid NOT NULL, "organization_id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "case_id" uuid NOT NULL, "callback_id" uuid, "contact_id" uuid,
      "customer_id" uuid NOT NULL, "subject" text NOT NULL, "topic_id" uuid NOT NULL, "channel" character varying(12) NOT NULL, "location_id" uuid, "team_id" uuid,
      "owner_id" uuid, "status" character varying(24) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE, "due_target" character varying(16), "clock_state" character varying(8),
      "sort_at" TIMESTAMP WITH TIME ZONE NOT NULL, "forwarded_by" uuid, "forwarded_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_work_items" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_work_items_all" ON "work_items" ("organization_id", "sort_at", "id") `);
    await q.query(`CREATE INDEX "idx_work_items_owner" ON "work_items" ("organization_id", "owner_id", "sort_at", "id") `);
    await q.query(`CREATE INDEX "idx_work_items_team" ON "work_items" ("organization_id", "team_id", "owner_id", "sort_at", "id") `);
    await q.query(`CREATE INDEX "idx_work_items_forwarded" ON "work_items" ("organization_id", "forwarded_by", "sort_at", "id") `);
    await q.query(`CREATE INDEX "idx_work_items_case" ON "work_items" ("case_id") `);

    // A case's team: its owner's team.
    await q.query(`UPDATE cases k SET team_id = u.team_id FROM users u WHERE u.id = k.owner_id AND u.team_id IS NOT NULL`);
    // Open cases, due at their next target (the first response while none was given, then the answer).
    await q.query(`
      INSERT INTO work_items (id, organization_id, kind, case_id, customer_id, subject, topic_id, channel, location_id, team_id, owner_id, status,
                              due_at, due_target, clock_state, sort_at, opened_at)
      SELECT k.id, k.organization_id, 'case', k.id, k.customer_id, k.subject, k.topic_id, COALESCE(first.channel, 'phone'), first.location_id, k.team_id, k.owner_id, k.status,
             d.due_at, d.due_target, cc.state, COALESCE(d.due_at, 'infinity'::timestamptz), k.opened_at
        FROM cases k
        LEFT JOIN LATERAL (SELECT c.channel, c.location_id FROM contacts c WHERE c.case_id = k.id ORDER BY c.occurred_at, c.id LIMIT 1) first ON true
        LEFT JOIN case_clocks cc ON cc.case_id = k.id
        LEFT JOIN LATERAL (
          SELECT CASE WHEN cc.state IS NULL OR cc.state = 'stopped' THEN NULL
                      WHEN cc.first_responded_at IS NULL AND cc.first_response_due_at IS NOT NULL AND (cc.due_at IS NULL OR cc.first_response_due_at <= cc.due_at) THEN cc.first_response_due_at
                      ELSE cc.due_at END AS due_at,
                 CASE WHEN cc.state IS NULL OR cc.state = 'stopped' THEN NULL
                      WHEN cc.first_responded_at IS NULL AND cc.first_response_due_at IS NOT NULL AND (cc.due_at IS NULL OR cc.first_response_due_at <= cc.due_at) THEN 'first_response'
                      WHEN cc.due_at IS NOT NULL THEN 'resolution' END AS due_target
        ) d ON true
       WHERE k.status IN ('open', 'waiting_for_customer')`);
    // Open callbacks, due at the end of their window.
    await q.query(`
      INSERT INTO work_items (id, organization_id, kind, case_id, callback_id, customer_id, subject, topic_id, channel, team_id, owner_id, status,
                              due_at, due_target, sort_at, opened_at)
      SELECT b.id, b.organization_id, 'callback', b.case_id, b.id, b.customer_id, k.subject, k.topic_id, 'phone', b.team_id, b.assignee_id, b.status,
             b.due_at, 'callback', b.due_at, b.created_at
        FROM callbacks b JOIN cases k ON k.id = b.case_id
       WHERE b.status IN ('scheduled', 'in_progress')`);
    // Counter follow-ups (R11) of open cases that no staff contact came after.
    await q.query(`
      INSERT INTO work_items (id, organization_id, kind, case_id, contact_id, customer_id, subject, topic_id, channel, location_id, team_id, owner_id, status,
                              due_at, due_target, sort_at, opened_at)
      SELECT c.id, c.organization_id, 'follow_up', c.case_id, c.id, c.customer_id, k.subject, k.topic_id, c.channel, c.location_id, u.team_id, c.employee_id, 'open',
             (c.follow_up->>'at')::timestamptz, 'follow_up', (c.follow_up->>'at')::timestamptz, c.occurred_at
        FROM contacts c JOIN cases k ON k.id = c.case_id LEFT JOIN users u ON u.id = c.employee_id
       WHERE c.channel = 'counter' AND c.follow_up IS NOT NULL AND k.status IN ('open', 'waiting_for_customer')
         AND NOT EXISTS (SELECT 1 FROM contacts later WHERE later.case_id = c.case_id AND later.employee_id IS NOT NULL AND later.occurred_at > c.occurred_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "work_items"`);
    await q.query(`DROP INDEX "idx_case_events_case"`);
    await q.query(`ALTER TABLE "case_events" DROP COLUMN "note"`);
    await q.query(`ALTER TABLE "cases" DROP COLUMN "forwarded_at"`);
    await q.query(`ALTER TABLE "cases" DROP COLUMN "forwarded_by"`);
    await q.query(`ALTER TABLE "cases" DROP COLUMN "team_id"`);
  }
}
