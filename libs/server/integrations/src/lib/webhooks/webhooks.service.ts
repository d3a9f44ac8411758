import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import {
  APP_CONFIG, Actor, AppConfig, AuditService, EventLog, NotFoundError, UseCase, ValidationFailedError, afterCommit, isUuid, parseDateTime,
} from '@loket/server/platform';
import type { IntegrationEventType } from '@loket/shared/contracts';
import { targetUrlProblem } from './domain/target-url';
import type { DeliveryStatus } from './webhook.entities';
import { WebhooksRepository, type DeliveryRow, type SubscriptionRow } from './webhooks.repository';
import type {
  CreateWebhookSubscriptionDto, ReplayResultDto, UpdateWebhookSubscriptionDto, WebhookDeliveryDto, WebhookDeliveryPageDto, WebhookSubscriptionDto, WebhookSubscriptionWithSecretDto,
} from './webhooks.dto';

/** The most events one time-range replay queues; a longer range is refused (choose a shorter one). */
export const MAX_REPLAY_EVENTS = 10_000;

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

/** A Standard Webhooks signing secret: `whsec_` + base64 of 32 random bytes. */
export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

export function toSubscriptionDto(s: SubscriptionRow): WebhookSubscriptionDto {
  return {
    id: s.id,
    url: s.url,
    events: s.events,
    description: s.description,
    active: s.active,
    createdAt: new Date(s.created_at).toISOString(),
    updatedAt: new Date(s.updated_at).toISOString(),
    secretRotatedAt: iso(s.secret_rotated_at),
  };
}

export function toDeliveryDto(d: DeliveryRow): WebhookDeliveryDto {
  const open = d.status === 'pending' || d.status === 'retrying';
  return {
    id: d.id,
    subscriptionId: d.subscription_id,
    eventId: d.event_id,
    eventType: d.event_type,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: open ? iso(d.next_attempt_at) : null,
    createdAt: new Date(d.created_at).toISOString(),
    lastAttemptAt: iso(d.last_attempt_at),
    lastStatusCode: d.last_status_code,
    lastDurationMs: d.last_duration_ms,
    lastError: d.last_error,
    deliveredAt: iso(d.delivered_at),
    replayOf: d.replay_of,
    attemptLog: d.attempt_log.map((a) => ({ at: new Date(a.at).toISOString(), statusCode: a.statusCode, durationMs: a.durationMs, error: a.error })),
  };
}

const encodeSeqCursor = (seq: string) => Buffer.from(JSON.stringify({ d: seq })).toString('base64url');
function decodeSeqCursor(cursor?: string): string | null {
  if (!cursor) return null;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { d?: unknown };
    if (typeof v?.d === 'string' && /^\d{1,19}$/.test(v.d)) return v.d;
  } catch {
    // not ours
  }
  throw new ValidationFailedError([{ field: 'cursor', code: 'not_a_cursor' }]);
}

/** Where the request came in: its Host and, behind a proxy, X-Forwarded-Host. */
export interface RequestHosts {
  host?: string;
  forwardedHost?: string;
}

/**
 * Webhook subscriptions and their delivery log, for admins and integration clients with
 * `webhooks.manage`, each within their own organization. Delivering is the worker's (WebhookPump).
 */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly repository: WebhooksRepository,
    private readonly events: EventLog,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A 400 naming `url` when it is no http(s) URL or points at the API itself. */
  private checkUrl(url: string, request: RequestHosts): string {
    const hosts = [request.host, ...(request.forwardedHost ?? '').split(',')].map((h) => h?.trim()).filter((h): h is string => !!h);
    if (this.config.API_PUBLIC_URL) hosts.push(new URL(this.config.API_PUBLIC_URL).host);
    const problem = targetUrlProblem(url.trim(), { hosts, port: this.config.PORT, localNames: [this.config.HOST, hostname()] });
    if (problem) throw new ValidationFailedError([{ field: 'url', code: problem }]);
    return url.trim();
  }

  private audited(actor: Actor, action: string, entityId: string, details: Record<string, unknown> = {}) {
    // An integration client is no user: it is named in the details.
    const by = actor.kind === 'client' ? { actorUserId: null, details: { ...details, clientId: actor.userId } } : { actorUserId: actor.userId, details };
    return this.audit.record({ organizationId: actor.organizationId, action, entityType: 'webhook_subscription', entityId, ...by });
  }

  async list(actor: Actor): Promise<WebhookSubscriptionDto[]> {
    return (await this.repository.subscriptions(actor.organizationId)).map(toSubscriptionDto);
  }

  async get(actor: Actor, id: string): Promise<WebhookSubscriptionDto> {
    return toSubscriptionDto(await this.subscription(actor, id));
  }

  private async subscription(actor: Actor, id: string): Promise<SubscriptionRow> {
    const s = isUuid(id) ? await this.repository.subscription(actor.organizationId, id) : undefined;
    if (!s) throw new NotFoundError('Webhook subscription');
    return s;
  }

  @UseCase()
  async create(actor: Actor, dto: CreateWebhookSubscriptionDto, request: RequestHosts): Promise<WebhookSubscriptionWithSecretDto> {
    const url = this.checkUrl(dto.url, request);
    const secret = newWebhookSecret();
    const row = await this.repository.insertSubscription({
      organizationId: actor.organizationId, url, events: dto.events, description: dto.description?.trim() || null, secret, createdBy: actor.userId,
    });
    await this.audited(actor, 'webhook_subscription.created', row.id, { events: dto.events });
    return { ...toSubscriptionDto(row), secret };
  }

  @UseCase()
  async update(actor: Actor, id: string, dto: UpdateWebhookSubscriptionDto, request: RequestHosts): Promise<WebhookSubscriptionDto> {
    await this.subscription(actor, id);
    const url = dto.url === undefined ? undefined : this.checkUrl(dto.url, request);
    const description = dto.description === undefined ? undefined : dto.description?.trim() || null;
    const row = await this.repository.updateSubscription(actor.organizationId, id, { url, events: dto.events, description, active: dto.active });
    if (!row) throw new NotFoundError('Webhook subscription');
    await this.audited(actor, 'webhook_subscription.changed', id, { fields: Object.keys(dto) });
    // Resumed: what waited is due now.
    if (dto.active) await afterCommit(() => this.events.wake());
    return toSubscriptionDto(row);
  }

  @UseCase()
  async rotateSecret(actor: Actor, id: string): Promise<WebhookSubscriptionWithSecretDto> {
    await this.subscription(actor, id);
    const secret = newWebhookSecret();
    const row = await this.repository.rotateSecret(actor.organizationId, id, secret);
    if (!row) throw new NotFoundError('Webhook subscription');
    await this.audited(actor, 'webhook_subscription.secret_rotated', id);
    return { ...toSubscriptionDto(row), secret };
  }

  @UseCase()
  async remove(actor: Actor, id: string): Promise<void> {
    if (!isUuid(id) || !(await this.repository.deleteSubscription(actor.organizationId, id))) throw new NotFoundError('Webhook subscription');
    await this.audited(actor, 'webhook_subscription.deleted', id);
  }

  async deliveries(actor: Actor, q: { subscription?: string; status?: DeliveryStatus; from?: string; to?: string; limit?: number; cursor?: string }): Promise<WebhookDeliveryPageDto> {
    const limit = q.limit ?? 50;
    const rows = await this.repository.deliveries(actor.organizationId, {
      subscriptionId: q.subscription ?? null,
      status: q.status ?? null,
      from: q.from ? parseDateTime(q.from) : null,
      to: q.to ? parseDateTime(q.to) : null,
      beforeSeq: decodeSeqCursor(q.cursor),
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    return { items: page.map(toDeliveryDto), nextCursor: rows.length > limit ? encodeSeqCursor(page[page.length - 1].seq) : null };
  }

  async delivery(actor: Actor, id: string): Promise<WebhookDeliveryDto> {
    const d = isUuid(id) ? await this.repository.delivery(actor.organizationId, id) : undefined;
    if (!d) throw new NotFoundError('Webhook delivery');
    return toDeliveryDto(d);
  }

  /** Sends one delivery's event again, now (also a delivered or dead one): a new delivery, behind the customer's earlier ones. */
  @UseCase()
  async replayDelivery(actor: Actor, id: string): Promise<WebhookDeliveryDto> {
    const d = isUuid(id) ? await this.repository.replayDelivery(actor.organizationId, id, actor.userId, new Date()) : undefined;
    if (!d) throw new NotFoundError('Webhook delivery');
    await this.audited(actor, 'webhook_delivery.replayed', d.subscription_id, { deliveryId: id, eventId: d.event_id });
    await afterCommit(() => this.events.wake());
    return toDeliveryDto(d);
  }

  /** Sends the subscription's events of [from, to) again, in their order. */
  @UseCase()
  async replayRange(actor: Actor, id: string, range: { from: string; to: string }): Promise<ReplayResultDto> {
    const s = await this.subscription(actor, id);
    const from = parseDateTime(range.from) as Date;
    const to = parseDateTime(range.to) as Date;
    if (to.getTime() <= from.getTime()) throw new ValidationFailedError([{ field: 'to', code: 'not_after_other', params: { other: 'from' } }]);
    const events = await this.events.between(actor.organizationId, from, to, { types: s.events as IntegrationEventType[], limit: MAX_REPLAY_EVENTS + 1 });
    if (events.length > MAX_REPLAY_EVENTS) throw new ValidationFailedError([{ field: 'from', code: 'too_many_events', params: { max: MAX_REPLAY_EVENTS } }]);
    const replayed = await this.repository.replayEvents(actor.organizationId, id, events.map((e) => ({ id: e.id, type: e.type, customerId: e.customerId })), actor.userId, new Date());
    await this.audited(actor, 'webhook_subscription.replayed', id, { from: from.toISOString(), to: to.toISOString(), replayed });
    if (replayed) await afterCommit(() => this.events.wake());
    return { replayed };
  }
}
