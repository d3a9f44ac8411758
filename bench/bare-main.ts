import { startBareServer } from './bare-server';

void startBareServer(process.env.DATABASE_URL as string, Number(process.env.PORT), Number(process.env.DATABASE_POOL_SIZE ?? 10)).then(() =>
  console.log('bare server ready'),
);
