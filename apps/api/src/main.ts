import 'reflect-metadata';
import { ConfigError, loadConfig } from '@loket/server/platform';

/**
 * `node main.js`          serve the HTTP API
 * `node main.js migrate`  run the committed migrations and exit
 * `node main.js seed [--customers N] [--seed S] [--reset]`  demo data (see README)
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const command = process.argv[2] ?? 'serve';
  if (command === 'migrate') {
    const { migrate } = await import('./cli/migrate');
    await migrate(config.DATABASE_URL);
    return;
  }
  if (command === 'seed') {
    const { seedFromArgs } = await import('./cli/seed');
    await seedFromArgs(config.DATABASE_URL, process.argv.slice(3));
    return;
  }
  if (command !== 'serve') {
    console.error(`Unknown command "${command}". Use serve, migrate or seed.`);
    process.exit(2);
  }
  const { createApp } = await import('./app/create-app');
  const app = await createApp();
  await app.listen({ port: config.PORT, host: config.HOST });
  console.log(`Loket API listening on http://${config.HOST}:${config.PORT}/api/v1${config.API_DOCS ? ' (docs: /api/docs)' : ''}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
