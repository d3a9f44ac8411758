import { createDataSource } from '../database/data-source';

describe('database schema', () => {
  it('is exactly what the entities describe after running the committed migrations', async () => {
    const ds = createDataSource(process.env.DATABASE_URL as string);
    await ds.initialize();
    try {
      expect(await ds.showMigrations()).toBe(false); // nothing pending: global setup ran them all
      const sql = await ds.driver.createSchemaBuilder().log();
      // Cross-module foreign keys (fk_x_*) live only in migrations: entities know ids, not each other.
      const drift = sql.upQueries.map((q) => q.query).filter((q) => !/DROP CONSTRAINT "fk_x_/.test(q));
      expect(drift).toEqual([]);
      // Indexes the entities cannot express (marked synchronize: false) must exist all the same.
      const indexes = await ds.query(`SELECT indexname, indexdef FROM pg_indexes WHERE indexname = 'idx_search_token_dictionary_trgm'`);
      expect(indexes[0]?.indexdef).toContain('gin_trgm_ops');
    } finally {
      await ds.destroy();
    }
  });
});
