import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Actor, Client, CurrentActor, ShowsNoCustomerData, Staff } from '@loket/server/platform';
import {
  CreateWebhookSubscriptionDto, ListWebhookDeliveriesQueryDto, ReplayRangeDto, ReplayResultDto, UpdateWebhookSubscriptionDto, WebhookDeliveryDto, WebhookDeliveryPageDto,
  WebhookSubscriptionDto, WebhookSubscriptionListDto, WebhookSubscriptionWithSecretDto,
} from './webhooks.dto';
import { WebhooksService, type RequestHosts } from './webhooks.service';

/** The host the request came in on (Host, and X-Forwarded-Host behind a proxy): a webhook URL there points at the API itself. */
const Hosts = createParamDecorator((_data: unknown, ctx: ExecutionContext): RequestHosts => {
  const headers = ctx.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(',') : v);
  return { host: one(headers['host']), forwardedHost: one(headers['x-forwarded-host']) };
});

const SIGNING =
  'Loket posts each event as JSON `{type, timestamp, data}` with the headers `webhook-id` (the event id: the same on every retry and replay, so the receiver can drop repeats), ' +
  '`webhook-timestamp` (Unix seconds of the attempt) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `id.timestamp.body` with the secret), the Standard Webhooks convention. ' +
  'A 2xx answer within 10 seconds delivers it; anything else is retried with exponential backoff (10 s doubling to 2 hours, ±25 %) for 24 hours, then the delivery is dead. ' +
  'Delivery is at least once. Events about one customer arrive in the order they happened: a later one waits while an earlier one is still being retried.';

/**
 * Webhook subscriptions (VERA: "abonnement op gebeurtenissen"). Admins manage them in the agent app,
 * an integration client with `webhooks.manage` through the API; both only for their own organization.
 */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhook-subscriptions')
@ShowsNoCustomerData()
export class WebhookSubscriptionsController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @Staff('admin')
  @Client('webhooks.manage')
  @ApiOperation({ summary: 'Webhookabonnementen opvragen', description: 'Lists the organization\'s webhook subscriptions (oldest first), without their secrets.' })
  @ApiOkResponse({ type: WebhookSubscriptionListDto })
  async list(@CurrentActor() actor: Actor): Promise<WebhookSubscriptionListDto> {
    return { items: await this.webhooks.list(actor) };
  }

  @Post()
  @Staff('admin')
  @Client('webhooks.manage')
  @ApiOperation({
    summary: 'Een webhookabonnement aanmaken',
    description:
      'Subscribes a receiver (the ERP, a contractor\'s system) to events of the organization: contacts, cases, callbacks and customer changes. ' +
      'The answer holds the signing secret, once; store it in the receiver. A URL that is not http(s), or that points at Loket\'s own API, is refused (400 on `url`: `not_a_web_address`, `points_at_loket`). ' +
      SIGNING,
  })
  @ApiCreatedResponse({ type: WebhookSubscriptionWithSecretDto })
  @ApiProblems(400)
  create(
    @CurrentActor() actor: Actor,
    @Body() body: CreateWebhookSubscriptionDto,
    @Hosts() hosts: RequestHosts,
  ): Promise<WebhookSubscriptionWithSecretDto> {
    return this.webhooks.create(actor, body, hosts);
  }

  @Get(':id')
  @Staff('admin')
  @Client('webhooks.manage')
  @ApiOperation({ summary: 'Een webhookabonnement opvragen', description: 'One subscription of the organization, without its secret.' })
  @ApiOkResponse({ type: WebhookSubscriptionDto })
  @ApiProblems(404)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<WebhookSubscriptionDto> {
    return this.webhooks.get(actor, id);
  }

  @Patch(':id')
  @Staff('admin')
  @Client('webhooks.manage')
  @ApiOperation({
    summary: 'Een webhookabonnement wijzigen of pauzeren',
    description: 'Changes the URL, the events or the description, or pauses (`active: false`) and resumes it. While paused its events are kept; after resuming they are sent in order.',
  })
  @ApiOkResponse({ type: WebhookSubscriptionDto })
  @ApiProblems(400, 404)
  update(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Body() body: UpdateWebhookSubscriptionDto,
    @Hosts() hosts: RequestHosts,
  ): Promise<WebhookSubscriptionDto> {
    return this.webhooks.update(actor, id, body, hosts);
  }

  @Delete(':id')
  @HttpCode(204)
  @Staff('admin')
  @Client('webhooks.manage')
  @ApiOperation({ summary: 'Een webhookabonnement verwijderen', description: 'Ends the subscription; its waiting deliveries and its delivery log go with it.' })
  @ApiNoContentResponse()
  @ApiProblems(404)
  async remove(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<void> {
    await this.webhooks.remove(actor, id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @Staff('admin')
  @Client('webhooks.manage')
  @ApiOperation({ summary: 'Een nieuw geheim voor een webhookabonnement', description: 'Replaces the signing secret at once and shows the new one, once. Deliveries from now on are signed with it.' })
  @ApiOkResponse({ type: WebhookSubscriptionWithSecretDto })
  @ApiProblems(404)
  rotate(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<WebhookSubscriptionWithSecretDto> {
    return this.webhooks.rotateSecret(actor, id);
  }

  @Post(':id/replay')
  @HttpCode(200)
  @Staff('admin')
  @Client('webhooks.manage')
  @ApiOperation({
    summary: 'Gebeurtenissen uit een periode opnieuw versturen',
    description:
      'Queues the subscription\'s events that occurred in [from, to) again, in the order they happened, behind what is already waiting (at most 10,000 events; a longer period is refused with `too_many_events`). ' +
      'They carry their original `webhook-id`.',
  })
  @ApiOkResponse({ type: ReplayResultDto })
  @ApiProblems(400, 404)
  replay(@CurrentActor() actor: Actor, @Param('id') id: string, @Body() body: ReplayRangeDto): Promise<ReplayResultDto> {
    return this.webhooks.replayRange(actor, id, body);
  }
}

/** The delivery log: every delivery with its attempts (status codes, timings, errors) and replays. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Controller('webhook-deliveries')
@ShowsNoCustomerData()
export class WebhookDeliveriesController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @Staff('admin')
  @Client('webhooks.manage')
  @ApiOperation({
    summary: 'Het verzendlogboek van webhooks opvragen',
    description: 'The organization\'s deliveries, newest first, with their status, attempts, last answer and next attempt; filter by subscription, status and the moment they were made.',
  })
  @ApiOkResponse({ type: WebhookDeliveryPageDto })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() q: ListWebhookDeliveriesQueryDto): Promise<WebhookDeliveryPageDto> {
    return this.webhooks.deliveries(actor, q);
  }

  @Get(':id')
  @Staff('admin')
  @Client('webhooks.manage')
  @ApiOperation({ summary: 'Eén webhookbericht met alle pogingen', description: 'One delivery with every attempt: when, the status code, the duration and what went wrong.' })
  @ApiOkResponse({ type: WebhookDeliveryDto })
  @ApiProblems(404)
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<WebhookDeliveryDto> {
    return this.webhooks.delivery(actor, id);
  }

  @Post(':id/replay')
  @HttpCode(200)
  @Staff('admin')
  @Client('webhooks.manage')
  @ApiOperation({
    summary: 'Eén webhookbericht opnieuw versturen',
    description: 'Sends this delivery\'s event again now, also when it was delivered or is dead: a new delivery (with the same `webhook-id`), behind any earlier one of the same customer that is still waiting.',
  })
  @ApiOkResponse({ type: WebhookDeliveryDto, description: 'The new delivery' })
  @ApiProblems(404)
  replay(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<WebhookDeliveryDto> {
    return this.webhooks.replayDelivery(actor, id);
  }
}
