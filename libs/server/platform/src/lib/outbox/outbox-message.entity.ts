import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type OutboxChannel = 'email' | 'letter';
export type OutboxStatus = 'pending' | 'sent' | 'failed' | 'to_print' | 'cancelled';

/**
 * A message that must leave the system, written in the same transaction as what caused it.
 * The worker delivers it; a reconciler re-queues any pending message that has no job.
 */
@Entity({ name: 'outbox_messages' })
@Index('idx_outbox_messages_pending', ['status', 'createdAt'])
@Index('idx_outbox_messages_letters', ['organizationId', 'channel', 'status', 'createdAt'])
@Index('idx_outbox_messages_reference', ['organizationId', 'referenceType', 'referenceId'])
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('varchar', { length: 8 }) channel!: OutboxChannel;
  @Column('varchar', { length: 254, nullable: true }) recipient!: string | null;
  @Column('varchar', { length: 200, nullable: true }) fromName!: string | null;
  @Column('text') subject!: string;
  @Column('text') body!: string;
  @Column('varchar', { length: 10, default: 'pending' }) status!: OutboxStatus;
  @Column('integer', { default: 0 }) attempts!: number;
  @Column('text', { nullable: true }) lastError!: string | null;
  @Column('varchar', { length: 40 }) referenceType!: string;
  @Column('uuid') referenceId!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
  @Column('timestamptz', { nullable: true }) sentAt!: Date | null;
  /** The customer it is for (the print list names them); null for staff notifications. */
  @Column('uuid', { nullable: true }) customerId!: string | null;
  /** Where the customer's reply goes (the organization's monitored address). */
  @Column('varchar', { length: 254, nullable: true }) replyTo!: string | null;
  /** A letter: who marked it printed (its sentAt is when). */
  @Column('uuid', { nullable: true }) printedBy!: string | null;
  /** Held until this moment (staff notifications wait for opening hours). */
  @Column('timestamptz', { nullable: true }) notBefore!: Date | null;
}
