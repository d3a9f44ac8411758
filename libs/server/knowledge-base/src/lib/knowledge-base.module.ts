import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { OutboxModule } from '@loket/server/platform';
import { ContactLogModule } from '@loket/server/contact-log';
import { IdentityCoreModule, IdentityModule, StaffDigestModule } from '@loket/server/identity';
import { SlaCoreModule } from '@loket/server/sla';
import { ArticlesController, PortalArticlesController } from './knowledge-base.controller';
import { KnowledgeBaseService } from './knowledge-base.service';
import { SearchLog } from './search-log';
import { KNOWLEDGE_BASE_QUEUE, ReviewReminderProcessor, ReviewReminderScheduler } from './review.processor';

/** For the API: articles, search, the portal FAQ. */
@Module({
  imports: [ContactLogModule, IdentityModule],
  controllers: [ArticlesController, PortalArticlesController],
  providers: [KnowledgeBaseService, SearchLog],
  exports: [KnowledgeBaseService],
})
export class KnowledgeBaseModule {}

/** For the worker: review-by reminders to article owners. */
@Module({
  imports: [BullModule.registerQueue({ name: KNOWLEDGE_BASE_QUEUE }), SlaCoreModule, OutboxModule, IdentityCoreModule, StaffDigestModule],
  providers: [ReviewReminderProcessor, ReviewReminderScheduler],
})
export class KnowledgeBaseWorkerModule {}
