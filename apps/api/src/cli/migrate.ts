import { createDataSource } from '../database/data-source';

export async function migrate(url: string): Promise<void> {
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    console.log(ran.length ? `Ran ${ran.length} migration(s): ${ran.map((m) => m.name).join(', ')}` : 'Database is up to date.');
  } finally {
    await ds.destroy();
  }
}
