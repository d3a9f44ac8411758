import { Module } from '@nestjs/common';
import { OutboxModule } from '@loket/server/platform';
import { CustomersModule } from '@loket/server/customers';
import { IdentityModule } from '@loket/server/identity';
import { SlaModule } from '@loket/server/sla';
import { ContactLogController, PortalFileController, TopicsController } from './contact-log.controllers';
import { ContactLogService } from './contact-log.service';
import { ContactArticleDirectory } from './article-references';
import { CaseSubjects } from './case-subjects';
import { CaseSubjectsRepository } from './case-subjects.repository';

@Module({
  imports: [CustomersModule, IdentityModule, OutboxModule, SlaModule],
  controllers: [TopicsController, ContactLogController, PortalFileController],
  providers: [ContactLogService, ContactArticleDirectory, CaseSubjects, CaseSubjectsRepository],
  exports: [ContactLogService, ContactArticleDirectory, CaseSubjects],
})
export class ContactLogModule {}
