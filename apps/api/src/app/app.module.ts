import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import {
  HealthController, LoketCoreModule, ProblemDetailsFilter, createValidationPipe,
} from '@loket/server/platform';
import { IdentityModule } from '@loket/server/identity';
import { CustomersModule } from '@loket/server/customers';
import { ContactLogModule } from '@loket/server/contact-log';
import { SlaModule } from '@loket/server/sla';
import { CallbacksModule } from '@loket/server/callbacks';
import { KnowledgeBaseModule } from '@loket/server/knowledge-base';
import { ReportingModule } from '@loket/server/reporting';
import { PrivacyModule } from '@loket/server/privacy';
import { LettersModule } from '@loket/server/letters';
import { AccessLogModule } from '@loket/server/access-log';
import { OverviewModule } from '@loket/server/overview';
import { ReferenceDataModule } from '@loket/server/reference-data';
import { WorklistModule } from '@loket/server/worklist';
import { IntegrationsModule } from '@loket/server/integrations';
import { allEntities } from '../database/data-source';
import { migrations } from '../database/migrations';

@Module({
  imports: [
    LoketCoreModule.forRoot({ name: 'loket-api', entities: allEntities, migrations }),
    IdentityModule,
    ReferenceDataModule,
    CustomersModule,
    ContactLogModule,
    SlaModule,
    CallbacksModule,
    KnowledgeBaseModule,
    ReportingModule,
    PrivacyModule,
    LettersModule,
    AccessLogModule,
    OverviewModule,
    WorklistModule,
    IntegrationsModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: ProblemDetailsFilter },
  ],
})
export class AppModule {}
