import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A team lead's filters by topic or location read one topic's or location's work in due order, not all open work. */
export class WorklistFilterIndexes1765050000000 implements MigrationInterface {
  name = 'WorklistFilterIndexes1765050000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "idx_work_items_topic" ON "work_items" ("organization_id", "topic_id", "sort_at", "id") `);
    await q.query(`CREATE INDEX "idx_work_items_location" ON "work_items" ("organization_id", "location_id", "sort_at", "id") `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "idx_work_items_location"`);
    await q.query(`DROP INDEX "idx_work_items_topic"`);
  }
}
