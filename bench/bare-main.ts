import { loadConfig } from '@loket/server/platform';
import { startBareServer } from './bare-server';

// The same configuration as the Loket process it is compared with (DATABASE_URL, DATABASE_POOL_SIZE, REDIS_…).
loadConfig();
void startBareServer(Number(process.env.PORT)).then(() => console.log('bare server ready'));
