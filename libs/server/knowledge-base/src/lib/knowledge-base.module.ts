import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { OutboxModule } from '@loket/server/platform';
import { ContactLogModule } from '@loket/server/contact-log';
import { IdentityCoreModule, IdentityModule, StaffDigestModule } from '@loket/server/identity';
import { SlaCoreModule } from '@loket/server/sla';
import { ReferenceDataCoreModule } from '@loket/server/reference-data';
import { ArticlesController, PortalArticlesController } from './knowledge-base.controller';
import { KnowledgeBaseService } from './knowledge-base.service';
import { SearchLog } from './search-log';
import { KNOWLEDGE_BASE_QUEUE, ReviewReminderProcessor, ReviewReminderScheduler } from './review.processor';
import { KnowledgeBasePrivacy } from './knowledge-base-privacy';
import { ArticlesRepository } from './repositories/articles.repository';
import { SearchRepository } from './repositories/search.repository';
import { KnowledgeBasePrivacyRepository } from './repositories/privacy.repository';

/** For the API: articles, search, the portal FAQ. */
@Module({
  imports: [ContactLogModule, IdentityModule, ReferenceDataCoreModule],
  controllers: [ArticlesController, PortalArticlesController],
  providers: [KnowledgeBaseService, SearchLog, ArticlesRepository, SearchRepository],
  exports: [KnowledgeBaseService],
})
export class KnowledgeBaseModule {}

/** The knowledge base's part of the AVG rights (export, erasure, retention), for the privacy module in the API and the worker. */
@Module({
  providers: [KnowledgeBasePrivacy, KnowledgeBasePrivacyRepository],
  exports: [KnowledgeBasePrivacy],
})
export class KnowledgeBasePrivacyModule {}

/** For the worker: review-by reminders to article owners. */
@Module({
  imports: [BullModule.registerQueue({ name: KNOWLEDGE_BASE_QUEUE }), SlaCoreModule, OutboxModule, IdentityCoreModule, StaffDigestModule],
  providers: [ReviewReminderProcessor, ReviewReminderScheduler, ArticlesRepository],
})
export class KnowledgeBaseWorkerModule {}
