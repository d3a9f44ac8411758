import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor, CUSTOMER_STAFF, ownCustomer, ReadsCustomers, ShowsNoCustomerData, Staff, Tenant } from '@loket/server/platform';
import type { Callback, CallbackDetail, CallbackSettings, Page, PortalCallback } from '@loket/shared/contracts';
import {
  CallbackSettingsDto, CancelCallbackDto, CompleteCallbackDto, CreateCallbackDto, ListCallbacksQueryDto, PortalCallbackRequestDto, RecordAttemptDto, RescheduleCallbackDto,
} from './callbacks.dto';
import { CallbacksService } from './callbacks.service';

@ApiTags('callbacks')
@ApiBearerAuth()
@Controller('callbacks')
export class CallbacksController {
  constructor(private readonly callbacks: CallbacksService) {}

  @Post()
  @Staff(...CUSTOMER_STAFF)
  @ApiCreatedResponse({ description: 'The callback with its window, assignee and escalation history' })
  create(@CurrentActor() actor: Actor, @Body() body: CreateCallbackDto): Promise<CallbackDetail> {
    return this.callbacks.create(actor, body);
  }

  /** Sorted by due: mine, my team's queue, or (team leads) everything, e.g. the escalated ones. */
  @Get()
  @Staff(...CUSTOMER_STAFF)
  @ReadsCustomers<Page<Callback>>('callbacks', (page) => page.items.map((c) => c.customerId))
  list(@CurrentActor() actor: Actor, @Query() q: ListCallbacksQueryDto): Promise<Page<Callback>> {
    return this.callbacks.list(actor, { ...q, assignee: q.assignee ?? 'me' });
  }

  @Get('settings')
  @Staff(...CUSTOMER_STAFF)
  @ShowsNoCustomerData()
  @ApiOkResponse({ type: CallbackSettingsDto })
  settings(@CurrentActor() actor: Actor): Promise<CallbackSettings> {
    return this.callbacks.settings(actor.organizationId);
  }

  @Put('settings')
  @Staff('admin')
  @ApiOkResponse({ type: CallbackSettingsDto })
  putSettings(@CurrentActor() actor: Actor, @Body() body: CallbackSettingsDto): Promise<CallbackSettings> {
    return this.callbacks.putSettings(actor, body);
  }

  @Get(':id')
  @Staff(...CUSTOMER_STAFF)
  @ReadsCustomers<CallbackDetail>('callback', (c) => [c.customerId])
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CallbackDetail> {
    return this.callbacks.get(actor, id);
  }

  @Post(':id/claim')
  @HttpCode(200)
  @Staff(...CUSTOMER_STAFF)
  claim(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<CallbackDetail> {
    return this.callbacks.claim(actor, id);
  }

  @Post(':id/attempts')
  @HttpCode(200)
  @Staff(...CUSTOMER_STAFF)
  attempt(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: RecordAttemptDto): Promise<CallbackDetail> {
    return this.callbacks.recordAttempt(actor, id, body);
  }

  @Post(':id/reschedule')
  @HttpCode(200)
  @Staff(...CUSTOMER_STAFF)
  reschedule(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: RescheduleCallbackDto): Promise<CallbackDetail> {
    return this.callbacks.reschedule(actor, id, body);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Staff(...CUSTOMER_STAFF)
  complete(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: CompleteCallbackDto): Promise<CallbackDetail> {
    return this.callbacks.complete(actor, id, body);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Staff(...CUSTOMER_STAFF)
  cancel(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: CancelCallbackDto): Promise<CallbackDetail> {
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
  list(@CurrentActor() actor: Actor): Promise<{ items: PortalCallback[] }> {
    return this.callbacks.portalList(actor);
  }

  @Post()
  @Tenant()
  request(@CurrentActor() actor: Actor, @Body() body: PortalCallbackRequestDto): Promise<PortalCallback> {
    return this.callbacks.portalRequest(actor, body);
  }
}
