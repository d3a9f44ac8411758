import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Actor, CurrentActor, customerInPath, ReadsCustomers, Staff } from '@loket/server/platform';
import { AccessLogPageQueryDto, CustomerAccessPageDto, EmployeeAccessPageDto, EmployeeAccessQueryDto } from './access-log.dto';
import { AccessLogService } from './access-log.service';

@ApiTags('access-log')
@ApiBearerAuth()
@Controller()
export class AccessLogController {
  constructor(private readonly log: AccessLogService) {}

  /** Who looked at this customer's data, and when (newest first). */
  @Get('customers/:id/access-log')
  @Staff('admin')
  @ReadsCustomers('access_log', customerInPath)
  @ApiOkResponse({ type: CustomerAccessPageDto })
  @ApiProblems(400, 404)
  ofCustomer(@CurrentActor() actor: Actor, @Param('id') id: string, @Query() q: AccessLogPageQueryDto): Promise<CustomerAccessPageDto> {
    return this.log.ofCustomer(actor, id, q.limit ?? 50, q.cursor);
  }

  /** Which customers one employee looked at (team leads: their own team's members). */
  @Get('access-log')
  @Staff('team_lead', 'admin')
  @ReadsCustomers<EmployeeAccessPageDto>('access_log', (page) => page.items.map((i) => i.customer?.id))
  @ApiOkResponse({ type: EmployeeAccessPageDto })
  @ApiProblems(400, 404)
  byEmployee(@CurrentActor() actor: Actor, @Query() q: EmployeeAccessQueryDto): Promise<EmployeeAccessPageDto> {
    return this.log.byEmployee(actor, q.userId, q.limit ?? 50, q.cursor);
  }
}
