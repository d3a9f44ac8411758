import { MigrationInterface, QueryRunner } from 'typeorm';

/** Topics, locations, cases, contacts and case events; the outbox for messages that leave the system. */
export class ContactLog1763900000000 implements MigrationInterface {
  name = 'ContactLog1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "outbox_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "channel" character varying(8) NOT NULL, "recipient" character varying(254), "from_name" character varying(200), "subject" text NOT NULL, "body" text NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "reference_type" character varying(40) NOT NULL, "reference_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_outbox_messages_reference" ON "outbox_messages"  ("organization_id", "reference_type", "reference_id") `);
    await q.query(`CREATE INDEX "idx_outbox_messages_pending" ON "outbox_messages"  ("status", "created_at") `);
    await q.query(`CREATE TABLE "topics" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "name" character varying(80) NOT NULL, "sensitive" boolean NOT NULL DEFAULT false, "active" boolean NOT NULL DEFAULT true, "position" smallint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e4aa99a3fa60ec3a37d1fc4e853" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_topics_code" ON "topics"  ("organization_id", "code") `);
    await q.query(`CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "customer_id" uuid NOT NULL, "subject" text NOT NULL, "topic_id" uuid NOT NULL, "status" character varying(24) NOT NULL DEFAULT 'open', "owner_id" uuid, "contact_count" integer NOT NULL DEFAULT '0', "contacts_at_resolution" integer, "answer_summary" text, "first_response_due_at" TIMESTAMP WITH TIME ZONE, "due_at" TIMESTAMP WITH TIME ZONE, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_cases_owner" ON "cases"  ("organization_id", "owner_id", "status") `);
    await q.query(`CREATE INDEX "idx_cases_customer" ON "cases"  ("organization_id", "customer_id", "status") `);
    await q.query(`CREATE TABLE "case_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "case_id" uuid NOT NULL, "customer_id" uuid NOT NULL, "type" character varying(20) NOT NULL, "from_value" character varying(120), "to_value" character varying(120), "by_user_id" uuid, "by_name" character varying(120), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_case_events_timeline" ON "case_events"  ("organization_id", "customer_id", "at", "id") `);
    await q.query(`CREATE TABLE "locations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "name" character varying(120) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7cc1c9e3853b94816c094825e74" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_locations_code" ON "locations"  ("organization_id", "code") `);
    await q.query(`CREATE TABLE "contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "case_id" uuid NOT NULL, "customer_id" uuid NOT NULL, "channel" character varying(12) NOT NULL, "direction" character varying(8) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "topic_id" uuid NOT NULL, "summary" text NOT NULL, "internal_note" text, "outcome" character varying(20) NOT NULL, "follow_up" jsonb, "article_ids" uuid array NOT NULL DEFAULT '{}', "location_id" uuid, "employee_id" uuid, "employee_name" character varying(120), "confirmation_status" character varying(12), "confirmation_channel" character varying(8), "confirmation_message_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b99cd40cfd66a99f1571f4f72e6" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_contacts_case" ON "contacts"  ("case_id", "occurred_at") `);
    await q.query(`CREATE INDEX "idx_contacts_timeline" ON "contacts"  ("organization_id", "customer_id", "occurred_at", "id") `);
    await q.query(`ALTER TABLE "cases" ADD CONSTRAINT "fk_cases_topic" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "case_events" ADD CONSTRAINT "fk_case_events_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "contacts" ADD CONSTRAINT "fk_contacts_case" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "contacts" ADD CONSTRAINT "fk_contacts_topic" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "contacts" ADD CONSTRAINT "fk_contacts_location" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);

    for (const table of ['outbox_messages', 'topics', 'locations', 'cases', 'contacts', 'case_events']) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "fk_x_${table}_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id")`);
    }
    for (const table of ['cases', 'contacts', 'case_events']) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "fk_x_${table}_customer" FOREIGN KEY ("customer_id") REFERENCES "customers"("id")`);
    }
    await q.query(`ALTER TABLE "cases" ADD CONSTRAINT "fk_x_cases_owner" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE SET NULL`);
    await q.query(`ALTER TABLE "contacts" ADD CONSTRAINT "fk_x_contacts_employee" FOREIGN KEY ("employee_id") REFERENCES "users"("id") ON DELETE SET NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['case_events', 'contacts', 'cases', 'locations', 'topics', 'outbox_messages']) {
      await q.query(`DROP TABLE IF EXISTS "${table}" CASCADE`);
    }
  }
}
