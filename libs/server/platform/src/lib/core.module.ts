import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { MixedList } from 'typeorm';
import { APP_CONFIG, AppConfig } from './config/config';
import { DataSourceEntity, dataSourceOptions } from './database/data-source-options';
import { loggerModule } from './logging/logging';
import { PlatformModule } from './platform.module';

export interface LoketCoreOptions {
  /** The process: PostgreSQL's `application_name`, and `loket-api` also logs its HTTP requests. */
  name: 'loket-api' | 'loket-worker';
  /** The entities TypeORM knows (the API: all of them, for its migrations; the worker works in SQL only). */
  entities?: MixedList<DataSourceEntity>;
  migrations?: MixedList<string | (new () => unknown)>;
  /** The pool size; DATABASE_POOL_SIZE when not given. */
  poolSize?: number;
}

/**
 * The one set-up every Loket process starts from: validated config, Redis and the audit log
 * (PlatformModule), the pino logger with redaction of personal data, TypeORM, nestjs-cls with
 * the transactional plugin (`@UseCase`/`inTransaction`), and the BullMQ root connection.
 * The API and the worker import `LoketCoreModule.forRoot({ name })` and then their modules.
 */
@Module({})
export class LoketCoreModule {
  static forRoot(options: LoketCoreOptions): DynamicModule {
    const http = options.name === 'loket-api';
    return {
      module: LoketCoreModule,
      imports: [
        PlatformModule,
        loggerModule({ http }),
        TypeOrmModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) =>
            dataSourceOptions({
              url: config.DATABASE_URL,
              poolSize: options.poolSize ?? config.DATABASE_POOL_SIZE,
              entities: options.entities ?? [],
              migrations: options.migrations,
              applicationName: options.name,
            }),
        }),
        ClsModule.forRoot({
          global: true,
          // A CLS context per HTTP request; job processors open their own (inTransaction).
          interceptor: { mount: http },
          plugins: [
            new ClsPluginTransactional({
              imports: [TypeOrmModule],
              adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
            }),
          ],
        }),
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({ connection: { url: config.REDIS_URL }, prefix: config.REDIS_PREFIX }),
        }),
      ],
      exports: [PlatformModule],
    };
  }
}
