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
      const indexes: { indexname: string; indexdef: string }[] = await ds.query(
        `SELECT indexname, indexdef FROM pg_indexes WHERE indexname IN ('idx_search_token_dictionary_trgm', 'idx_case_clocks_open', 'idx_case_clocks_first_response_open', 'idx_case_clocks_resolution_open', 'idx_callbacks_reminder_open', 'idx_callbacks_level1_open', 'idx_callbacks_level2_open', 'idx_articles_search', 'idx_articles_title_search', 'idx_kb_words_trgm', 'idx_audit_events_reads_by_actor')`,
      );
      const def = (name: string) => indexes.find((i) => i.indexname === name)?.indexdef;
      expect(def('idx_search_token_dictionary_trgm')).toContain('gin_trgm_ops');
      expect(def('idx_case_clocks_open')).toContain("WHERE ((state)::text <> 'stopped'::text)");
      expect(def('idx_case_clocks_first_response_open')).toContain('first_responded_at IS NULL');
      expect(def('idx_case_clocks_resolution_open')).toContain('resolution_breached_at IS NULL');
      expect(def('idx_articles_search')).toContain('USING gin (search_vector)');
      expect(def('idx_articles_title_search')).toContain('USING gin (title_vector)');
      expect(def('idx_kb_words_trgm')).toContain('gin_trgm_ops');
      expect(def('idx_audit_events_reads_by_actor')).toContain('WHERE is_read');
      for (const name of ['idx_callbacks_reminder_open', 'idx_callbacks_level1_open', 'idx_callbacks_level2_open']) expect(def(name)).toContain("'scheduled'");
    } finally {
      await ds.destroy();
    }
  });
});
