import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, OutboxWorkerModule, PlatformModule, dataSourceOptions, processLoggerModule } from '@loket/server/platform';
import { SlaWorkerModule } from '@loket/server/sla';
import { CallbacksWorkerModule } from '@loket/server/callbacks';
import { KnowledgeBaseWorkerModule } from '@loket/server/knowledge-base';
import { PrivacyWorkerModule } from '@loket/server/privacy';
import { ReferenceDataCoreModule } from '@loket/server/reference-data';
import { ClsModule } from 'nestjs-cls';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';

/** The background worker: the same modules as the API, their job processors instead of controllers. */
@Module({
  imports: [
    PlatformModule,
    // The API's pino set-up (LOG_LEVEL, redaction of personal data), without request logging.
    processLoggerModule(),
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      // Jobs work in SQL through the modules' services; the schema itself is the API's migrations.
      useFactory: (config: AppConfig) => dataSourceOptions({ url: config.DATABASE_URL, poolSize: 5, entities: [], applicationName: 'loket-worker' }),
    }),
    ClsModule.forRoot({
      global: true,
      plugins: [new ClsPluginTransactional({ imports: [TypeOrmModule], adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }) })],
    }),
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ connection: { url: config.REDIS_URL }, prefix: config.REDIS_PREFIX }),
    }),
    OutboxWorkerModule,
    ReferenceDataCoreModule,
    SlaWorkerModule,
    CallbacksWorkerModule,
    KnowledgeBaseWorkerModule,
    PrivacyWorkerModule,
  ],
})
export class WorkerModule {}
