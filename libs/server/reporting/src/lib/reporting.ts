import { Controller, Get, Injectable, Module, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { KpiReportDto } from './reporting.responses.dto';
import { ApiProblems, Actor, CurrentActor, IsRealDate, ShowsNoCustomerData, Staff, ValidationFailedError, parseDate, type FieldError } from '@loket/server/platform';
import { ArticleFiguresModule, ArticleFiguresService } from '@loket/server/knowledge-base';
import { CallbackFiguresModule, CallbackFiguresService } from '@loket/server/callbacks';
import { CaseFiguresModule, CaseFiguresService } from '@loket/server/contact-log';
import { DirectoryService, IdentityModule } from '@loket/server/identity';
import { ReferenceDataCoreModule, TeamsService, TopicsService } from '@loket/server/reference-data';
import { ClockFiguresModule, ClockFiguresService, SlaCoreModule, SlaSettingsService } from '@loket/server/sla';
import { addBusinessMinutes } from '@loket/shared/business-calendar';
import type { KpiReport } from '@loket/shared/contracts';
import { callbackKpis, deflection, reportPeriod, resolutionKpis, responseCompliance } from './domain/kpis';

/** Open targets due within this much business time count as at risk. */
const AT_RISK_MINUTES = 4 * 60;
const MAX_DAYS = 366;

export class KpiQueryDto {
  @ApiProperty({ format: 'date', example: '2026-11-01', description: 'First day (Europe/Amsterdam), inclusive' })
  @IsRealDate() from!: string;
  @ApiProperty({ format: 'date', example: '2026-11-30', description: 'Last day (Europe/Amsterdam), inclusive' })
  @IsRealDate() to!: string;
}

/**
 * Management information, computed from the recorded facts (case clocks, breaches, cases) —
 * never from figures typed in. Each module counts its own facts (its figures service); this
 * composes the report from them and names no table. Writes nothing.
 */
@Injectable()
export class ReportingService {
  constructor(
    private readonly sla: SlaSettingsService,
    private readonly clocks: ClockFiguresService,
    private readonly cases: CaseFiguresService,
    private readonly callbacks: CallbackFiguresService,
    private readonly articles: ArticleFiguresService,
    private readonly topicList: TopicsService,
    private readonly teamList: TeamsService,
    private readonly directory: DirectoryService,
  ) {}

  async kpis(org: string, q: KpiQueryDto): Promise<KpiReport> {
    // The DTO has checked both dates; they parse.
    const from = parseDate(q.from) as Date;
    const to = parseDate(q.to) as Date;
    const errors: FieldError[] = [];
    if (to < from) errors.push({ field: 'to', code: 'before_other', params: { other: 'from' } });
    else if ((to.getTime() - from.getTime()) / 86_400_000 > MAX_DAYS) errors.push({ field: 'to', code: 'period_too_long', params: { days: MAX_DAYS } });
    if (errors.length) throw new ValidationFailedError(errors);
    const { calendar } = await this.sla.settings(org);
    const riskBy = addBusinessMinutes(calendar, new Date(), AT_RISK_MINUTES);
    // Day boundaries in Amsterdam time, whatever the server's zone: computed once, passed as instants.
    const { start, end } = reportPeriod(q.from, q.to);
    // A read outside any transaction: each module's figures on a connection of their own, side by side.
    const [clocks, resolution, contacts, reads, callbacks, topics, teams] = await Promise.all([
      this.clocks.compliance(org, start, end, riskBy),
      this.cases.resolution(org, start, end),
      this.cases.contactsByTopic(org, start, end),
      this.articles.portalReadsByTopic(org, start, end),
      this.callbacks.due(org, start, end),
      this.topicList.topics(org, true),
      this.teamList.teams(org),
    ]);
    const people = await this.directory.people(org, callbacks.byAssignee.map((a) => a.assigneeId));
    return {
      from: q.from,
      to: q.to,
      responseCompliance: responseCompliance(clocks, topics),
      ...resolutionKpis(resolution),
      callbacks: callbackKpis(callbacks, teams, people),
      deflection: deflection(reads, contacts, topics),
    };
  }
}

@ApiTags('reporting')
@ApiBearerAuth()
@Controller('reports')
@ShowsNoCustomerData()
export class ReportsController {
  constructor(private readonly reporting: ReportingService) {}

  /** Team leads and admins steer on these figures. */
  @Get('kpis')
  @Staff('team_lead', 'admin')
  @ApiOkResponse({ type: KpiReportDto, description: 'Response compliance per channel and topic, FCR rate, contacts per case' })
  @ApiProblems(400)
  kpis(@CurrentActor() actor: Actor, @Query() q: KpiQueryDto): Promise<KpiReportDto> {
    return this.reporting.kpis(actor.organizationId, q);
  }
}

@Module({
  imports: [SlaCoreModule, ClockFiguresModule, CaseFiguresModule, CallbackFiguresModule, ArticleFiguresModule, ReferenceDataCoreModule, IdentityModule],
  controllers: [ReportsController],
  providers: [ReportingService],
})
export class ReportingModule {}
