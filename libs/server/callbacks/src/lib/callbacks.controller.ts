import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Actor, CurrentActor, CUSTOMER_STAFF, ownCustomer, ReadsCustomers, ShowsNoCustomerData, Staff, Tenant } from '@loket/server/platform';
import {
  CallbackSettingsDto, CancelCallbackDto, CompleteCallbackDto, CreateCallbackDto, ListCallbacksQueryDto, PortalCallbackRequestDto, RecordAttemptDto, RescheduleCallbackDto,
} from './callbacks.dto';
import { CallbackDetailDto, CallbackPageDto, PortalCallbackDto, PortalCallbackListDto, PortalCallbackMomentsDto } from './callbacks.responses.dto';
import { CallbacksService } from './callbacks.service';

@ApiTags('callbacks')
@ApiBearerAuth()
@Controller('callbacks')
export class CallbacksController {
  constructor(private readonly callbacks: CallbacksService) {}

  @Post()
  @Staff(...CUSTOMER_STAFF)
  @ApiCreatedResponse({ type: CallbackDetailDto, description: 'The callback with its window, assignee and escalation history' })
  @ApiProblems(400, 404, 409)
  create(@CurrentActor() actor: Actor, @Body() body: CreateCallbackDto): Promise<CallbackDetailDto> {
    return this.callbacks.create(actor, body);
  }

  /** Sorted by due: mine, my team's queue, or (team leads) everything, e.g. the escalated ones. */
  @Get()
  @Staff(...CUSTOMER_STAFF)
  @ReadsCustomers<CallbackPageDto>('callbacks', (page) => page.items.map((c) => c.customerId))
  @ApiOkResponse({ type: CallbackPageDto })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() q: ListCallbacksQueryDto): Promise<CallbackPageDto> {
    return this.callbacks.list(actor, { ...q, assignee: q.assignee ?? 'me' });
  }

  @Get('settings')
  @Staff(...CUSTOMER_STAFF)
  @ShowsNoCustomerData()
  @ApiOkResponse({ type: CallbackSettingsDto })
  settings(@CurrentActor() actor: Actor): Promise<CallbackSettingsDto> {
    return this.callbacks.settings(actor.organizationId);
  }

  @Put('settings')
  @Staff('admin')
  @ApiOkResponse({ type: CallbackSettingsDto })
  @ApiProblems(400)
  putSettings(@CurrentActor() actor: Actor, @Body() body: CallbackSettingsDto): Promise<CallbackSettingsDto> {
    return this.callbacks.putSettings(actor, body);
  }

  @Get(':id')
  @Staff(...CUSTOMER_STAFF)
  @ReadsCustomers<CallbackDetailDto>('callback', (c) => [c.customerId])
  @ApiOkResponse({ type: CallbackDetailDto })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CallbackDetailDto> {
    return this.callbacks.get(actor, id);
  }

  @Post(':id/claim')
  @HttpCode(200)
  @Staff(...CUSTOMER_STAFF)
  @ApiOkResponse({ type: CallbackDetailDto })
  @ApiProblems(400, 404, 409)
  claim(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CallbackDetailDto> {
    return this.callbacks.claim(actor, id);
  }

  @Post(':id/attempts')
  @HttpCode(200)
  @Staff(...CUSTOMER_STAFF)
  @ApiOkResponse({ type: CallbackDetailDto })
  @ApiProblems(400, 404, 409)
  attempt(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: RecordAttemptDto): Promise<CallbackDetailDto> {
    return this.callbacks.recordAttempt(actor, id, body);
  }

  @Post(':id/reschedule')
  @HttpCode(200)
  @Staff(...CUSTOMER_STAFF)
  @ApiOkResponse({ type: CallbackDetailDto })
  @ApiProblems(400, 404, 409)
  reschedule(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: RescheduleCallbackDto): Promise<CallbackDetailDto> {
    return this.callbacks.reschedule(actor, id, body);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Staff(...CUSTOMER_STAFF)
  @ApiOkResponse({ type: CallbackDetailDto })
  @ApiProblems(400, 404, 409)
  complete(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: CompleteCallbackDto): Promise<CallbackDetailDto> {
    return this.callbacks.complete(actor, id, body);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Staff(...CUSTOMER_STAFF)
  @ApiOkResponse({ type: CallbackDetailDto })
  @ApiProblems(400, 404, 409)
  cancel(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: CancelCallbackDto): Promise<CallbackDetailDto> {
    return this.callbacks.cancel(actor, id, body.reason);
  }
}

@ApiTags('portal')
@ApiBearerAuth()
@Controller('portal/callbacks')
export class PortalCallbacksController {
  constructor(private readonly callbacks: CallbacksService) {}

  @Get()
  @Tenant()
  @ReadsCustomers('portal', ownCustomer)
  @ApiOkResponse({ type: PortalCallbackListDto })
  list(@CurrentActor() actor: Actor): Promise<PortalCallbackListDto> {
    return this.callbacks.portalList(actor);
  }

  /** The open day parts of the coming two weeks: what the portal's picker offers. */
  @Get('moments')
  @Tenant()
  @ShowsNoCustomerData()
  @ApiOkResponse({ type: PortalCallbackMomentsDto })
  moments(@CurrentActor() actor: Actor): Promise<PortalCallbackMomentsDto> {
    return this.callbacks.portalMoments(actor);
  }

  @Post()
  @Tenant()
  @ApiCreatedResponse({ type: PortalCallbackDto })
  @ApiProblems(400, 409)
  request(@CurrentActor() actor: Actor, @Body() body: PortalCallbackRequestDto): Promise<PortalCallbackDto> {
    return this.callbacks.portalRequest(actor, body);
  }
}
