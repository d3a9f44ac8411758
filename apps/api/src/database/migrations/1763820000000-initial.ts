import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organizations, identity, audit log, customers with their markers, phone numbers, units and contracts. */
export class Initial1763820000000 implements MigrationInterface {
  name = 'Initial1763820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "audit_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "organization_id" uuid NOT NULL, "actor_user_id" uuid, "action" character varying(60) NOT NULL, "entity_type" character varying(40) NOT NULL, "entity_id" uuid, "details" jsonb NOT NULL DEFAULT '{}', "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_audit_events_entity" ON "audit_events"  ("organization_id", "entity_type", "entity_id", "at") `);
    await q.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" character varying(40) NOT NULL, "name" text NOT NULL, "settings" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "uq_organizations_slug" ON "organizations"  ("slug") `);
    await q.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_sessions_expires_at" ON "sessions"  ("expires_at") `);
    await q.query(`CREATE UNIQUE INDEX "uq_sessions_token_hash" ON "sessions"  ("token_hash") `);
    await q.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "display_name" text NOT NULL, "kind" character varying(10) NOT NULL, "roles" text array NOT NULL DEFAULT '{}', "customer_id" uuid, "password_hash" text NOT NULL, "last_login_at" TIMESTAMP WITH TIME ZONE, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_users_organization" ON "users"  ("organization_id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_users_email" ON "users"  ("email") `);
    await q.query(`CREATE TABLE "customer_phone_numbers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "customer_id" uuid NOT NULL, "e164" character varying(16) NOT NULL, "label" character varying(10) NOT NULL DEFAULT 'mobile', "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_dece8a9a58eed91979f97c2459f" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_customer_phone_numbers_customer" ON "customer_phone_numbers"  ("customer_id") `);
    await q.query(`CREATE INDEX "idx_customer_phone_numbers_e164" ON "customer_phone_numbers"  ("organization_id", "e164") `);
    await q.query(`CREATE TABLE "customer_markers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "customer_id" uuid NOT NULL, "code" character varying(3) NOT NULL, "note" text NOT NULL, "valid_from" date NOT NULL, "valid_until" date, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_998f46cc1732aa6f473cdfd0c60" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_customer_markers_customer" ON "customer_markers"  ("customer_id") `);
    await q.query(`CREATE TABLE "customers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "customer_number" character varying(20) NOT NULL, "kind" character varying(16) NOT NULL, "initials" character varying(20), "first_name" character varying(100) NOT NULL, "name_prefix" character varying(20), "last_name" character varying(100) NOT NULL, "birth_date" date, "email" character varying(254), "street" character varying(120), "house_number" integer, "house_letter" character varying(1), "house_number_addition" character varying(10), "postcode" character varying(6), "city" character varying(80), "preferred_channel" character varying(12), "language" character varying(8) NOT NULL DEFAULT 'nl', "interpreter_needed" boolean NOT NULL DEFAULT false, "digital_skill" character varying(12), "attitude" character varying(12), "vulnerabilities" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_133ec679a801fab5e070f73d3ea" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_customers_email" ON "customers"  ("organization_id", "email") `);
    await q.query(`CREATE INDEX "idx_customers_postcode" ON "customers"  ("organization_id", "postcode", "house_number") `);
    await q.query(`CREATE UNIQUE INDEX "uq_customers_number" ON "customers"  ("organization_id", "customer_number") `);
    await q.query(`CREATE TABLE "units" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "external_id" character varying(64), "street" character varying(120) NOT NULL, "house_number" integer NOT NULL, "house_letter" character varying(1), "house_number_addition" character varying(10), "postcode" character varying(6) NOT NULL, "city" character varying(80) NOT NULL, "unit_type" character varying(60), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5a8f2f064919b587d93936cb223" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_units_postcode" ON "units"  ("organization_id", "postcode", "house_number") `);
    await q.query(`CREATE UNIQUE INDEX "uq_units_external_id" ON "units"  ("organization_id", "external_id") `);
    await q.query(`CREATE TABLE "contracts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "external_id" character varying(64), "contract_number" character varying(30) NOT NULL, "customer_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "start_date" date NOT NULL, "end_date" date, "rent_cents" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2c7b8f3a7b1acdd49497d83d0fb" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_contracts_unit" ON "contracts"  ("unit_id") `);
    await q.query(`CREATE INDEX "idx_contracts_customer" ON "contracts"  ("customer_id") `);
    await q.query(`CREATE UNIQUE INDEX "uq_contracts_external_id" ON "contracts"  ("organization_id", "external_id") `);
    await q.query(`CREATE TABLE "customer_search_tokens" ("organization_id" uuid NOT NULL, "token" character varying(60) COLLATE "C" NOT NULL, "rank_key" character varying(130) COLLATE "C" NOT NULL, "customer_id" uuid NOT NULL, CONSTRAINT "PK_95780d0086cb72bc1ae73c6f21e" PRIMARY KEY ("organization_id", "token", "rank_key", "customer_id"))`);
    await q.query(`CREATE INDEX "idx_customer_search_tokens_customer" ON "customer_search_tokens"  ("customer_id", "token") `);
    await q.query(`CREATE TABLE "search_token_dictionary" ("organization_id" uuid NOT NULL, "token" character varying(60) COLLATE "C" NOT NULL, "customer_count" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_3611fb6862d15bc0a9b1a76e2e1" PRIMARY KEY ("organization_id", "token"))`);
    await q.query(`ALTER TABLE "customer_phone_numbers" ADD CONSTRAINT "fk_customer_phone_numbers_customer" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "customer_markers" ADD CONSTRAINT "fk_customer_markers_customer" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "contracts" ADD CONSTRAINT "fk_contracts_customer" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "contracts" ADD CONSTRAINT "fk_contracts_unit" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "customer_search_tokens" ADD CONSTRAINT "fk_customer_search_tokens_customer" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // Typo-tolerant name search runs pg_trgm over the small per-organization token dictionary.
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE INDEX "idx_search_token_dictionary_trgm" ON "search_token_dictionary" USING gin ("token" gin_trgm_ops)`);
    // Numbers for customers created in Loket itself; ERP customers bring their own.
    await q.query(`CREATE SEQUENCE "customer_number_seq" START 5000000`);
    // Foreign keys across modules: the entities only know each other's ids (prefix fk_x_).
    for (const table of ['audit_events', 'users', 'sessions', 'customers', 'customer_phone_numbers', 'customer_markers', 'units', 'contracts', 'customer_search_tokens', 'search_token_dictionary']) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "fk_x_${table}_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id")`);
    }
    await q.query(`ALTER TABLE "sessions" ADD CONSTRAINT "fk_x_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "users" ADD CONSTRAINT "fk_x_users_customer" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE SET NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SEQUENCE IF EXISTS "customer_number_seq"`);
    await q.query(`DROP TABLE IF EXISTS "search_token_dictionary" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "customer_search_tokens" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "contracts" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "units" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "customer_markers" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "customer_phone_numbers" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "customers" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "sessions" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "users" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "organizations" CASCADE`);
    await q.query(`DROP TABLE IF EXISTS "audit_events" CASCADE`);
  }
}
