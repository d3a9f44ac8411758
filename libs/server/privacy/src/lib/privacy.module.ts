import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CustomerPrivacy, CustomersModule } from '@loket/server/customers';
import { ContactLogPrivacy } from '@loket/server/contact-log';
import { CallbacksModule, CallbacksPrivacy } from '@loket/server/callbacks';
import { KnowledgeBasePrivacy } from '@loket/server/knowledge-base';
import { IdentityCoreModule, IdentityModule, IdentityPrivacy } from '@loket/server/identity';
import { CustomerPrivacyController, PortalExportController, RetentionController } from './privacy.controller';
import { PrivacyService } from './privacy.service';
import { RetentionService } from './retention.service';
import { PRIVACY_QUEUE, RetentionProcessor, RetentionScheduler } from './retention.processor';

/** For the API: data export, erasure, retention rules. Each module's privacy part is made here, over that module's public index. */
@Module({
  imports: [IdentityModule, CustomersModule, CallbacksModule],
  controllers: [CustomerPrivacyController, PortalExportController, RetentionController],
  providers: [PrivacyService, RetentionService, CustomerPrivacy, ContactLogPrivacy, CallbacksPrivacy, KnowledgeBasePrivacy, IdentityPrivacy],
  exports: [PrivacyService, RetentionService],
})
export class PrivacyModule {}

/** For the worker: the retention job, every hour. */
@Module({
  imports: [BullModule.registerQueue({ name: PRIVACY_QUEUE }), IdentityCoreModule],
  providers: [RetentionService, RetentionProcessor, RetentionScheduler, KnowledgeBasePrivacy, IdentityPrivacy],
  exports: [BullModule],
})
export class PrivacyWorkerModule {}
