import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Actor, CurrentActor, CUSTOMER_STAFF, customerInPath, ReadsCustomers, Staff } from '@loket/server/platform';
import { CustomerOverviewDto } from './overview.dto';
import { CustomerOverviewService } from './overview.service';

@ApiTags('customers')
@ApiBearerAuth()
@Controller('customers')
export class CustomerOverviewController {
  constructor(private readonly overviews: CustomerOverviewService) {}

  @Get(':id/overview')
  @Staff(...CUSTOMER_STAFF)
  @ReadsCustomers('overview', customerInPath)
  @ApiOkResponse({ type: CustomerOverviewDto })
  @ApiProblems(400, 404)
  overview(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CustomerOverviewDto> {
    return this.overviews.overview(actor, id);
  }
}
