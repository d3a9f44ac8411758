import { Module } from '@nestjs/common';
import { LoketCoreModule, OutboxWorkerModule } from '@loket/server/platform';
import { SlaWorkerModule } from '@loket/server/sla';
import { CallbacksWorkerModule } from '@loket/server/callbacks';
import { KnowledgeBaseWorkerModule } from '@loket/server/knowledge-base';
import { PrivacyWorkerModule } from '@loket/server/privacy';
import { ReferenceDataCoreModule } from '@loket/server/reference-data';
import { IntegrationsWorkerModule } from '@loket/server/integrations';

/** The background worker: the API's set-up and modules, their job processors instead of controllers. */
@Module({
  imports: [
    // Jobs work in SQL through the modules' services; the schema itself is the API's migrations.
    LoketCoreModule.forRoot({ name: 'loket-worker', poolSize: 5 }),
    OutboxWorkerModule,
    ReferenceDataCoreModule,
    SlaWorkerModule,
    CallbacksWorkerModule,
    KnowledgeBaseWorkerModule,
    PrivacyWorkerModule,
    IntegrationsWorkerModule,
  ],
})
export class WorkerModule {}
