import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Actor, CurrentActor, CUSTOMER_STAFF, ReadsCustomers, Staff } from '@loket/server/platform';
import { WorklistPageDto, WorklistQueryDto } from './worklist.dto';
import { WorklistService } from './worklist.service';

@ApiTags('worklist')
@ApiBearerAuth()
@Controller('worklist')
export class WorklistController {
  constructor(private readonly worklist: WorklistService) {}

  /** Mine, my teams' queue, everything open (team leads, admins) or what I forwarded: soonest due first, keyset-paged, with counts. */
  @Get()
  @Staff(...CUSTOMER_STAFF)
  @ReadsCustomers<WorklistPageDto>('worklist', (page) => page.items.map((i) => i.customer.id))
  @ApiOkResponse({ type: WorklistPageDto })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: WorklistQueryDto): Promise<WorklistPageDto> {
    return this.worklist.list(actor, query);
  }
}
