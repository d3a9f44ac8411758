import { Injectable } from '@nestjs/common';
import { ValidationFailedError, parseDate, type FieldError } from '@loket/server/platform';
import { ArticleFiguresService } from '@loket/server/knowledge-base';
import { CallbackFiguresService } from '@loket/server/callbacks';
import { CaseFiguresService, FCR_WINDOW_WORKING_DAYS } from '@loket/server/contact-log';
import { DirectoryService } from '@loket/server/identity';
import { TeamsService, TopicsService } from '@loket/server/reference-data';
import { ClockFiguresService, SlaSettingsService } from '@loket/server/sla';
import { addBusinessMinutes } from '@loket/shared/business-calendar';
import type { KpiReportDto } from './dto/kpi-report.dto';
import { callbackKpis, deflection, reportPeriod, resolutionKpis, responseCompliance } from './domain/kpis';
import type { KpiQueryDto } from './dto/kpi-query.dto';

/** Open targets due within this much business time count as at risk. */
const AT_RISK_MINUTES = 4 * 60;
const MAX_DAYS = 366;

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

  async kpis(org: string, q: KpiQueryDto): Promise<KpiReportDto> {
    // The DTO has checked both dates; they parse.
    const from = parseDate(q.from) as Date;
    const to = parseDate(q.to) as Date;
    const errors: FieldError[] = [];
    if (to < from) errors.push({ field: 'to', code: 'before_other', params: { other: 'from' } });
    else if ((to.getTime() - from.getTime()) / 86_400_000 > MAX_DAYS) errors.push({ field: 'to', code: 'period_too_long', params: { days: MAX_DAYS } });
    if (errors.length) throw new ValidationFailedError(errors);
    const { calendar } = await this.sla.settings(org);
    const now = new Date();
    const riskBy = addBusinessMinutes(calendar, now, AT_RISK_MINUTES);
    // Day boundaries in Amsterdam time, whatever the server's zone: computed once, passed as instants.
    const { start, end } = reportPeriod(q.from, q.to);
    // A read outside any transaction: each module's figures on a connection of their own, side by side.
    const [clocks, firstContact, perQuestion, contacts, reads, callbacks, topics, teams] = await Promise.all([
      this.clocks.compliance(org, start, end, riskBy),
      this.cases.firstContactResolution(org, start, end, calendar, now),
      this.cases.contactsPerQuestion(org, start, end),
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
      ...resolutionKpis(firstContact, perQuestion, FCR_WINDOW_WORKING_DAYS),
      callbacks: callbackKpis(callbacks, teams, people),
      deflection: deflection(reads, contacts, topics),
    };
  }
}
