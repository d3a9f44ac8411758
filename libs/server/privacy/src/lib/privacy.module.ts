import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CustomerPrivacy, CustomersModule } from '@loket/server/customers';
import { ContactLogModule, ContactLogPrivacy } from '@loket/server/contact-log';
import { CallbacksModule, CallbacksPrivacy } from '@loket/server/callbacks';
import { KnowledgeBasePrivacyModule } from '@loket/server/knowledge-base';
import { IdentityCoreModule, IdentityModule, IdentityPrivacy } from '@loket/server/identity';
import { CustomerPrivacyController, PortalExportController, RetentionController } from './privacy.controller';
import { PrivacyService } from './privacy.service';
import { RetentionService } from './retention.service';
import { RetentionRepository } from './retention.repository';
import { PRIVACY_QUEUE, RetentionProcessor, RetentionScheduler } from './retention.processor';

/**
 * For the API: data export, erasure, retention rules. Each module's privacy part is made here, over that
 * module's public index (the knowledge base's comes as a module, with its repository; the platform's is global).
 */
@Module({
  imports: [IdentityModule, CustomersModule, ContactLogModule, CallbacksModule, KnowledgeBasePrivacyModule],
  controllers: [CustomerPrivacyController, PortalExportController, RetentionController],
  providers: [PrivacyService, RetentionService, RetentionRepository, CustomerPrivacy, ContactLogPrivacy, CallbacksPrivacy, IdentityPrivacy],
  exports: [PrivacyService, RetentionService],
})
export class PrivacyModule {}

/** For the worker: the retention job, every hour. */
@Module({
  imports: [BullModule.registerQueue({ name: PRIVACY_QUEUE }), IdentityCoreModule, KnowledgeBasePrivacyModule],
  providers: [RetentionService, RetentionRepository, RetentionProcessor, RetentionScheduler, IdentityPrivacy],
  exports: [BullModule],
})
export class PrivacyWorkerModule {}
