import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig } from '@loket/server/platform';
import { WorkerModule } from './app/worker.module';

async function main(): Promise<void> {
  try {
    loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  // Like the API's "listening" line: always printed, whatever LOG_LEVEL says (scripts wait for it).
  console.log('Loket worker started');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
