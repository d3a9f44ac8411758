import { Module } from '@nestjs/common';
import { EventLogModule, OutboxModule } from '@loket/server/platform';
import { CustomersModule } from '@loket/server/customers';
import { IdentityModule, StaffDigestModule } from '@loket/server/identity';
import { SlaModule } from '@loket/server/sla';
import { ReferenceDataCoreModule } from '@loket/server/reference-data';
import { ContactLogController, PortalFileController } from './contact-log.controllers';
import { ContactLogService } from './contact-log.service';
import { ContactArticleDirectory } from './article-references';
import { ContactCallbacks } from './contact-callbacks';
import { ContactLogRepository } from './contact-log.repository';
import { ContactArticleUsage } from './article-usage';
import { ArticleUsageRepository } from './article-usage.repository';
import { CaseSubjects } from './case-subjects';
import { CaseSubjectsRepository } from './case-subjects.repository';
import { ForwardingController } from './forwarding.controller';
import { ForwardingService } from './forwarding.service';
import { CaseWorkSync } from './case-work';
import { WorklistCoreModule } from '@loket/server/worklist';
import { AnswerDelivery } from './answers';
import { ContactLogEvents } from './integration-events';

@Module({
  imports: [EventLogModule, CustomersModule, IdentityModule, OutboxModule, SlaModule, ReferenceDataCoreModule, WorklistCoreModule, StaffDigestModule],
  controllers: [ContactLogController, PortalFileController, ForwardingController],
  providers: [ContactLogEvents, ContactLogRepository, ContactLogService, AnswerDelivery, ContactArticleDirectory, ContactCallbacks, ContactArticleUsage, ArticleUsageRepository, CaseSubjects, CaseSubjectsRepository, ForwardingService, CaseWorkSync],
  exports: [ContactLogService, ContactArticleDirectory, ContactCallbacks, ContactArticleUsage, CaseSubjects],
})
export class ContactLogModule {}
