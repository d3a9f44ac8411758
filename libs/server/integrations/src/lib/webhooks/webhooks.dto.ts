import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsRealDateTime } from '@loket/server/platform';
import { INTEGRATION_EVENT_TYPES, type IntegrationEventType } from '@loket/shared/contracts';
import { DELIVERY_STATUSES, type DeliveryStatus } from './webhook.entities';

const EVENTS = { enum: INTEGRATION_EVENT_TYPES, enumName: 'IntegrationEventType', isArray: true };

/** A new subscription: where to post and which events. */
export class CreateWebhookSubscriptionDto {
  @ApiProperty({ example: 'https://erp.woonstichting.nl/hooks/loket', description: 'Where Loket posts the events: an absolute http(s) URL, not Loket\'s own API. Use https outside a test set-up.' })
  @IsString() @MaxLength(2000) url!: string;

  @ApiProperty({ ...EVENTS, description: 'The event types to receive (at least one)' })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(INTEGRATION_EVENT_TYPES, { each: true }) events!: IntegrationEventType[];

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 200, example: 'Empire productie' })
  @IsOptional() @IsString() @MaxLength(200) description?: string | null;
}

/** A change to a subscription: any of its URL, events, description, and whether it is active (paused when false). */
export class UpdateWebhookSubscriptionDto {
  @ApiPropertyOptional({ description: 'Where Loket posts the events' }) @IsOptional() @IsString() @MaxLength(2000) url?: string;
  @ApiPropertyOptional({ ...EVENTS }) @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(INTEGRATION_EVENT_TYPES, { each: true }) events?: IntegrationEventType[];
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 200 }) @IsOptional() @IsString() @MaxLength(200) description?: string | null;
  @ApiPropertyOptional({ description: 'false pauses it: its events are kept and sent, in order, once it is active again' }) @IsOptional() @IsBoolean() active?: boolean;
}

export class WebhookSubscriptionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() url!: string;
  @ApiProperty({ ...EVENTS }) events!: IntegrationEventType[];
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ description: 'false: paused (events are kept, not sent)' }) active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) secretRotatedAt!: string | null;
}

/** A new subscription or a rotated secret: the only time the signing secret is shown. */
export class WebhookSubscriptionWithSecretDto extends WebhookSubscriptionDto {
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', description: 'The signing secret (Standard Webhooks: whsec_ + base64). Shown once; keep it in the receiver.' })
  secret!: string;
}

export class WebhookSubscriptionListDto {
  @ApiProperty({ type: [WebhookSubscriptionDto] }) items!: WebhookSubscriptionDto[];
}

export class ListWebhookDeliveriesQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this subscription\'s deliveries' }) @IsOptional() @IsUUID('all') subscription?: string;
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, enumName: 'WebhookDeliveryStatus' }) @IsOptional() @IsIn(DELIVERY_STATUSES) status?: DeliveryStatus;
  @ApiPropertyOptional({ format: 'date-time', description: 'Made at or after this moment' }) @IsOptional() @IsRealDateTime() from?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Made before this moment' }) @IsOptional() @IsRealDateTime() to?: string;
  @ApiPropertyOptional({ default: 50 }) @IsOptional() @Transform(({ value }) => Number(value)) @IsInt() @Min(1) @Max(200) limit?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

export class WebhookAttemptDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ nullable: true, type: Number, description: 'The receiver\'s HTTP status; null when there was no answer' }) statusCode!: number | null;
  @ApiProperty({ description: 'Milliseconds from sending to the answer (or the failure)' }) durationMs!: number;
  @ApiProperty({ nullable: true, type: String, example: 'HTTP 500', description: 'What went wrong; null when delivered' }) error!: string | null;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) subscriptionId!: string;
  @ApiProperty({ format: 'uuid', description: 'The event: the webhook-id header the receiver gets, the same on every retry and replay' }) eventId!: string;
  @ApiProperty({ enum: INTEGRATION_EVENT_TYPES, enumName: 'IntegrationEventType' }) eventType!: IntegrationEventType;
  @ApiProperty({ enum: DELIVERY_STATUSES, enumName: 'WebhookDeliveryStatus', description: 'pending (not tried yet), retrying (failed, tried again at nextAttemptAt), delivered (a 2xx answer), dead (24 hours of failures)' })
  status!: DeliveryStatus;
  @ApiProperty() attempts!: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: 'When it is tried (again); null once delivered or dead' }) nextAttemptAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) lastAttemptAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) lastStatusCode!: number | null;
  @ApiProperty({ nullable: true, type: Number }) lastDurationMs!: number | null;
  @ApiProperty({ nullable: true, type: String }) lastError!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) deliveredAt!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The delivery this one replays' }) replayOf!: string | null;
  @ApiProperty({ type: [WebhookAttemptDto], description: 'Every attempt, oldest first' }) attemptLog!: WebhookAttemptDto[];
}

export class WebhookDeliveryPageDto {
  @ApiProperty({ type: [WebhookDeliveryDto] }) items!: WebhookDeliveryDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next (older) page; null at the end' }) nextCursor!: string | null;
}

export class ReplayRangeDto {
  @ApiProperty({ format: 'date-time', description: 'Events that occurred at or after this moment' }) @IsRealDateTime() from!: string;
  @ApiProperty({ format: 'date-time', description: 'Events that occurred before this moment' }) @IsRealDateTime() to!: string;
}

export class ReplayResultDto {
  @ApiProperty({ description: 'How many deliveries were queued again' }) replayed!: number;
}
