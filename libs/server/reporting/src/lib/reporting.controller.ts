import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Actor, CurrentActor, ShowsNoCustomerData, Staff } from '@loket/server/platform';
import { KpiQueryDto } from './dto/kpi-query.dto';
import { KpiReportDto } from './dto/kpi-report.dto';
import { ReportingService } from './reporting.service';

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
