import { Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { IntegrationEventType } from '@loket/shared/contracts';

/**
 * A receiver of the organization's events (the ERP, a contractor's system): where Loket posts the
 * events it subscribed to, signed with its secret (Standard Webhooks).
 *
 * The secret is kept as it was issued: it signs every delivery, so it cannot be hashed. It is shown
 * once (when created or rotated), never returned by a read, never logged; it is protected like the
 * rest of the database (disk encryption, backups) — there is no application-level key to encrypt it with.
 */
@Entity({ name: 'webhook_subscriptions' })
@Index('idx_webhook_subscriptions_organization', ['organizationId', 'createdAt'])
export class WebhookSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('varchar', { length: 2000 })
  url!: string;

  @Column('text', { array: true })
  events!: IntegrationEventType[];

  @Column('varchar', { length: 200, nullable: true })
  description!: string | null;

  /** `whsec_` + base64 of 32 random bytes (Standard Webhooks). */
  @Column('varchar', { length: 100 })
  secret!: string;

  /** A paused subscription keeps collecting its events; they are sent, in order, once it is active again. */
  @Column('boolean', { default: true })
  active!: boolean;

  /** The admin or integration client that made it. */
  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt!: Date;

  @Column('timestamptz', { nullable: true })
  secretRotatedAt!: Date | null;
}

export const DELIVERY_STATUSES = ['pending', 'retrying', 'delivered', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One attempt to post a delivery, as the delivery log shows it. */
export interface DeliveryAttempt {
  at: string;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

/**
 * One event for one subscription (or a replay of one). `seq` is the delivery order: the fan-out
 * inserts in the event log's order, a replay behind what is already queued. A delivery of a
 * customer's event is sent only when no earlier one of the same customer for the same subscription
 * is still pending or retrying (head of line).
 */
@Entity({ name: 'webhook_deliveries' })
@Index('uq_webhook_deliveries_id', ['id'], { unique: true })
@Index('idx_webhook_deliveries_due', ['status', 'nextAttemptAt'])
@Index('idx_webhook_deliveries_queue', ['subscriptionId', 'customerId', 'status', 'seq'])
@Index('idx_webhook_deliveries_log', ['organizationId', 'seq'])
// The waiting deliveries only (partial indexes, in the migration): the claim reads these, however long the history grows.
@Index('idx_webhook_deliveries_open_due', { synchronize: false })
@Index('idx_webhook_deliveries_open_line', { synchronize: false })
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  seq!: string;

  @Column('uuid')
  @Generated('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  subscriptionId!: string;

  @ManyToOne(() => WebhookSubscriptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id', foreignKeyConstraintName: 'fk_webhook_deliveries_subscription' })
  subscription?: Relation<WebhookSubscriptionEntity>;

  /** The event (integration_events.id): the `webhook-id` a receiver sees, the same on every retry and replay. */
  @Column('uuid')
  eventId!: string;

  @Column('varchar', { length: 40 })
  eventType!: IntegrationEventType;

  /** The customer the event is about: the key of the ordering. */
  @Column('uuid', { nullable: true })
  customerId!: string | null;

  @Column('varchar', { length: 10 })
  status!: DeliveryStatus;

  @Column('integer', { default: 0 })
  attempts!: number;

  @Column('timestamptz')
  nextAttemptAt!: Date;

  /** The first attempt: retries go on for 24 hours from here. */
  @Column('timestamptz', { nullable: true })
  firstAttemptAt!: Date | null;

  /** A worker is posting it until then; after a crash another attempt starts once this has passed. */
  @Column('timestamptz', { nullable: true })
  leasedUntil!: Date | null;

  @Column('timestamptz', { nullable: true })
  lastAttemptAt!: Date | null;

  @Column('integer', { nullable: true })
  lastStatusCode!: number | null;

  @Column('integer', { nullable: true })
  lastDurationMs!: number | null;

  @Column('varchar', { length: 500, nullable: true })
  lastError!: string | null;

  @Column('timestamptz', { nullable: true })
  deliveredAt!: Date | null;

  /** Every attempt: when, the answer's status code, how long it took, what went wrong. */
  @Column('jsonb', { default: () => `'[]'` })
  attemptLog!: DeliveryAttempt[];

  /** The delivery this one replays (a replay of one), or null. */
  @Column('uuid', { nullable: true })
  replayOf!: string | null;

  /** A replay: who asked for it (an admin or an integration client); null for the fan-out. */
  @Column('uuid', { nullable: true })
  replayedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** How far the fan-out has read the event log (one row). */
@Entity({ name: 'webhook_fanout_cursor' })
export class WebhookFanoutCursorEntity {
  @PrimaryColumn('smallint')
  id!: number;

  /** The event log's opaque cursor of the last event fanned out. */
  @Column('text', { nullable: true })
  cursor!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  updatedAt!: Date;
}

export const webhookEntities = [WebhookSubscriptionEntity, WebhookDeliveryEntity, WebhookFanoutCursorEntity];
