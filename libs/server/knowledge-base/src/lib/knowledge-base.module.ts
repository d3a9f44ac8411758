import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { OutboxModule } from '@loket/server/platform';
import { ContactLogModule } from '@loket/server/contact-log';
import { IdentityCoreModule, IdentityModule } from '@loket/server/identity';
import { SlaCoreModule } from '@loket/server/sla';
import { ReferenceDataCoreModule } from '@loket/server/reference-data';
import { ArticlesController, PortalArticlesController } from './knowledge-base.controller';
import { KnowledgeBaseService } from './knowledge-base.service';
import { SearchLog } from './search-log';
import { KNOWLEDGE_BASE_QUEUE, ReviewReminderProcessor, ReviewReminderScheduler } from './review.processor';

/** For the API: articles, search, the portal FAQ. */
@Module({
  imports: [ContactLogModule, IdentityModule, ReferenceDataCoreModule],
  controllers: [ArticlesController, PortalArticlesController],
  providers: [KnowledgeBaseService, SearchLog],
  exports: [KnowledgeBaseService],
})
export class KnowledgeBaseModule {}

/** For the worker: review-by reminders to article owners. */
@Module({
  imports: [BullModule.registerQueue({ name: KNOWLEDGE_BASE_QUEUE }), SlaCoreModule, OutboxModule, IdentityCoreModule],
  providers: [ReviewReminderProcessor, ReviewReminderScheduler],
})
export class KnowledgeBaseWorkerModule {}
