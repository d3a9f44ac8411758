import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { IntegrationEventType } from '@loket/shared/contracts';

/**
 * Something integrations hear about (webhooks, the change feed), written in the same transaction
 * as what caused it: the outbox of integration events. Append-only.
 *
 * `tx` is the writing transaction's id. Readers take events in (tx, seq) order and only those of
 * transactions that have all finished, so a reader's cursor never passes an event that commits later.
 */
@Entity({ name: 'integration_events' })
@Index('idx_integration_events_feed', ['organizationId', 'tx', 'seq'])
@Index('idx_integration_events_order', ['tx', 'seq'])
@Index('idx_integration_events_time', ['organizationId', 'occurredAt'])
@Index('uq_integration_events_id', ['id'], { unique: true })
export class IntegrationEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  seq!: string;

  @Column('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  /** The writing transaction (pg_current_xact_id(), set by the insert). */
  @Column('bigint')
  tx!: string;

  @Column('varchar', { length: 40 })
  type!: IntegrationEventType;

  /** The customer it is about: deliveries to one receiver keep each customer's events in order. */
  @Column('uuid', { nullable: true })
  customerId!: string | null;

  /** The contact, case, callback or customer the event is about. */
  @Column('uuid')
  subjectId!: string;

  @Column('timestamptz')
  occurredAt!: Date;

  /** The event's data as a receiver gets it. */
  @Column('jsonb')
  data!: Record<string, unknown>;
}
