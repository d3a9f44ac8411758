import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The generation of each organization's searchable knowledge base: cached search results of an older one are not used. */
export class KbSearchState1764300000000 implements MigrationInterface {
  name = 'KbSearchState1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "kb_search_state" ("organization_id" uuid NOT NULL, "search_generation" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_a7c0f0e58318b3339b1228ba285" PRIMARY KEY ("organization_id"))`);
    await q.query(`ALTER TABLE "kb_search_state" ADD CONSTRAINT "fk_x_kb_search_state_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "kb_search_state"`);
  }
}
