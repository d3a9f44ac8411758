import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { ClsModule } from 'nestjs-cls';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import {
  APP_CONFIG, AppConfig, HealthController, PlatformModule, ProblemDetailsFilter, createValidationPipe, loggerModule,
} from '@loket/server/platform';
import { IdentityModule } from '@loket/server/identity';
import { CustomersModule } from '@loket/server/customers';
import { ContactLogModule } from '@loket/server/contact-log';
import { SlaModule } from '@loket/server/sla';
import { CallbacksModule } from '@loket/server/callbacks';
import { KnowledgeBaseModule } from '@loket/server/knowledge-base';
import { ReportingModule } from '@loket/server/reporting';
import { PrivacyModule } from '@loket/server/privacy';
import { AccessLogModule } from '@loket/server/access-log';
import { OverviewModule } from '@loket/server/overview';
import { ReferenceDataModule } from '@loket/server/reference-data';
import { BullModule } from '@nestjs/bullmq';
import { appDataSourceOptions } from '../database/data-source';

@Module({
  imports: [
    PlatformModule,
    loggerModule(),
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => appDataSourceOptions(config.DATABASE_URL, config.DATABASE_POOL_SIZE, 'loket-api'),
    }),
    ClsModule.forRoot({
      global: true,
      interceptor: { mount: true },
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
    IdentityModule,
    ReferenceDataModule,
    CustomersModule,
    ContactLogModule,
    SlaModule,
    CallbacksModule,
    KnowledgeBaseModule,
    ReportingModule,
    PrivacyModule,
    AccessLogModule,
    OverviewModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
})
export class AppModule {}
