import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Actor, CurrentActor, CUSTOMER_STAFF, ReadsCustomers, Staff } from '@loket/server/platform';
import { ForwardCaseDto } from './dto/forwarding.dto';
import { CaseWithContactsDto } from './dto/responses.dto';
import { ForwardingService } from './forwarding.service';

/** Hand-offs (doorzetten): a case moves to a team's queue or a colleague, and a colleague claims it from the queue. */
@ApiTags('contact-log')
@ApiBearerAuth()
@Controller('cases')
export class ForwardingController {
  constructor(private readonly forwarding: ForwardingService) {}

  @Post(':id/forward')
  @HttpCode(200)
  @Staff(...CUSTOMER_STAFF)
  @ReadsCustomers<CaseWithContactsDto>('case', (k) => [k.customerId])
  @ApiOkResponse({ type: CaseWithContactsDto, description: 'The case with its new team or owner and the hand-off on its time line' })
  @ApiProblems(400, 404, 409)
  forward(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ForwardCaseDto): Promise<CaseWithContactsDto> {
    return this.forwarding.forward(actor, id, body);
  }

  @Post(':id/claim')
  @HttpCode(200)
  @Staff(...CUSTOMER_STAFF)
  @ReadsCustomers<CaseWithContactsDto>('case', (k) => [k.customerId])
  @ApiOkResponse({ type: CaseWithContactsDto, description: 'The case, now mine' })
  @ApiProblems(400, 404, 409)
  claim(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CaseWithContactsDto> {
    return this.forwarding.claim(actor, id);
  }
}
