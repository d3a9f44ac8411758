import type { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Customers, units and contracts that an ERP keeps (issue 13): the ERP's id (idExtern) on customers,
 * a version on each record (ETag / If-Match), an end date on customers and units (an ERP never
 * hard-deletes), the VERA codes of a unit, several tenants per contract (contract_parties: huurder,
 * medehuurder, …) and the history of every change an integration made (record_history).
 * Every existing contract gets its customer as its huurder (HUU) party.
 */
export class ErpRecords1765010000000 implements MigrationInterface {
  name = 'ErpRecords1765010000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "customers" ADD "external_id" character varying(64), ADD "household_role" character varying(3),
                   ADD "end_date" date, ADD "version" integer NOT NULL DEFAULT 1`);
    await q.query(`CREATE UNIQUE INDEX "uq_customers_external_id" ON "customers" ("organization_id", "external_id")`);
    await q.query(`ALTER TABLE "units" ADD "unit_kind" character varying(3), ADD "unit_detail_kind" character varying(3),
                   ADD "end_date" date, ADD "version" integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE "contracts" ADD "version" integer NOT NULL DEFAULT 1`);

    await q.query(`CREATE TABLE "contract_parties" ("contract_id" uuid NOT NULL, "customer_id" uuid NOT NULL, "organization_id" uuid NOT NULL,
                   "role" character varying(3) NOT NULL, "position" smallint NOT NULL DEFAULT 0,
                   CONSTRAINT "PK_contract_parties" PRIMARY KEY ("contract_id", "customer_id"))`);
    await q.query(`CREATE INDEX "idx_contract_parties_customer" ON "contract_parties" ("customer_id")`);
    await q.query(`ALTER TABLE "contract_parties" ADD CONSTRAINT "fk_contract_parties_contract" FOREIGN KEY ("contract_id") REFERENCES "contracts"("id") ON DELETE CASCADE`);
    await q.query(`ALTER TABLE "contract_parties" ADD CONSTRAINT "fk_contract_parties_customer" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE CASCADE`);
    await q.query(`INSERT INTO contract_parties (contract_id, customer_id, organization_id, role, position) SELECT id, customer_id, organization_id, 'HUU', 0 FROM contracts`);

    await q.query(`CREATE TABLE "record_history" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL,
                   "record_type" character varying(10) NOT NULL, "record_id" uuid NOT NULL, "version" integer NOT NULL,
                   "action" character varying(10) NOT NULL, "changes" jsonb NOT NULL DEFAULT '{}', "changed_by" uuid,
                   "changed_by_kind" character varying(10) NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                   CONSTRAINT "PK_record_history" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "idx_record_history_record" ON "record_history" ("organization_id", "record_type", "record_id", "version")`);

    for (const table of ['contract_parties', 'record_history']) {
      await q.query(`ALTER TABLE "${table}" ADD CONSTRAINT "fk_x_${table}_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id")`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS "record_history"`);
    await q.query(`DROP TABLE IF EXISTS "contract_parties"`);
    await q.query(`ALTER TABLE "contracts" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "units" DROP COLUMN "unit_kind", DROP COLUMN "unit_detail_kind", DROP COLUMN "end_date", DROP COLUMN "version"`);
    await q.query(`DROP INDEX IF EXISTS "uq_customers_external_id"`);
    await q.query(`ALTER TABLE "customers" DROP COLUMN "external_id", DROP COLUMN "household_role", DROP COLUMN "end_date", DROP COLUMN "version"`);
  }
}
