import { Module } from '@nestjs/common';
import { ArticleFiguresModule } from '@loket/server/knowledge-base';
import { CallbackFiguresModule } from '@loket/server/callbacks';
import { CaseFiguresModule } from '@loket/server/contact-log';
import { IdentityModule } from '@loket/server/identity';
import { ReferenceDataCoreModule } from '@loket/server/reference-data';
import { ClockFiguresModule, SlaCoreModule } from '@loket/server/sla';
import { ReportsController } from './reporting.controller';
import { ReportingService } from './reporting.service';

@Module({
  imports: [SlaCoreModule, ClockFiguresModule, CaseFiguresModule, CallbackFiguresModule, ArticleFiguresModule, ReferenceDataCoreModule, IdentityModule],
  controllers: [ReportsController],
  providers: [ReportingService],
})
export class ReportingModule {}
