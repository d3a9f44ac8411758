import { Module } from '@nestjs/common';
import { OutboxModule } from '@loket/server/platform';
import { CustomersModule } from '@loket/server/customers';
import { IdentityModule } from '@loket/server/identity';
import { SlaModule } from '@loket/server/sla';
import { ReferenceDataCoreModule } from '@loket/server/reference-data';
import { ContactLogController, PortalFileController } from './contact-log.controllers';
import { ContactLogService } from './contact-log.service';
import { ContactArticleDirectory } from './article-references';
import { ContactLogRepository } from './contact-log.repository';
import { ContactArticleUsage } from './article-usage';
import { ArticleUsageRepository } from './article-usage.repository';
import { CaseSubjects } from './case-subjects';
import { CaseSubjectsRepository } from './case-subjects.repository';
import { AnswerDelivery } from './answers';

@Module({
  imports: [CustomersModule, IdentityModule, OutboxModule, SlaModule, ReferenceDataCoreModule],
  controllers: [ContactLogController, PortalFileController],
  providers: [ContactLogRepository, ContactLogService, AnswerDelivery, ContactArticleDirectory, ContactArticleUsage, ArticleUsageRepository, CaseSubjects, CaseSubjectsRepository],
  exports: [ContactLogService, ContactArticleDirectory, ContactArticleUsage, CaseSubjects],
})
export class ContactLogModule {}
