import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { CallbackAttemptOutcome, CallbackStatus, DayPart } from '@loket/shared/contracts';

/** A promise to call the customer back: the agreed window, who calls, and how far it escalated. */
@Entity({ name: 'callbacks' })
@Index('idx_callbacks_assignee', ['organizationId', 'assigneeId', 'status', 'dueAt'])
@Index('idx_callbacks_team', ['organizationId', 'teamId', 'status', 'dueAt'])
@Index('idx_callbacks_customer', ['organizationId', 'customerId', 'status'])
@Index('idx_callbacks_due', ['organizationId', 'dueAt'])
@Index('idx_callbacks_case', ['caseId'])
// Partial indexes (hand-made in the migration): the open callbacks still waiting for each stage.
@Index('idx_callbacks_reminder_open', { synchronize: false })
@Index('idx_callbacks_level1_open', { synchronize: false })
@Index('idx_callbacks_level2_open', { synchronize: false })
export class CallbackEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') customerId!: string;
  @Column('uuid') caseId!: string;
  @Column('uuid', { nullable: true }) contactId!: string | null;
  @Column('varchar', { length: 20 }) phoneNumber!: string;
  @Column('text') reason!: string;
  @Column('uuid', { nullable: true }) assigneeId!: string | null;
  @Column('uuid', { nullable: true }) teamId!: string | null;
  @Column('varchar', { length: 12, default: 'scheduled' }) status!: CallbackStatus;
  @Column('timestamptz') windowStart!: Date;
  @Column('timestamptz') dueAt!: Date;
  @Column('varchar', { length: 3, nullable: true }) dayPart!: DayPart | null;
  @Column('smallint', { default: 0 }) escalationLevel!: number;
  @Column('integer', { default: 0 }) attemptCount!: number;
  /** When the assignee is reminded (a configurable business time before due); null: no reminder. */
  @Column('timestamptz', { nullable: true }) reminderAt!: Date | null;
  /** Level 2: a configurable business time after due. */
  @Column('timestamptz') level2At!: Date;
  @Column('timestamptz', { nullable: true }) remindedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) escalated1At!: Date | null;
  @Column('timestamptz', { nullable: true }) escalated2At!: Date | null;
  @Column('timestamptz', { nullable: true }) newExpectationAt!: Date | null;
  /** When the customer was invited to call us or pick a slot after the maximum attempts. */
  @Column('timestamptz', { nullable: true }) invitedAt!: Date | null;
  /** Whether the organization ever moved this agreement (then it was not kept as agreed). */
  @Column('boolean', { default: false }) movedByOrganization!: boolean;
  @Column('boolean', { default: false }) requestedByCustomer!: boolean;
  @Column('text', { nullable: true }) result!: string | null;
  @Column('timestamptz', { nullable: true }) completedAt!: Date | null;
  @Column('uuid', { nullable: true }) completedBy!: string | null;
  @Column('text', { nullable: true }) cancelReason!: string | null;
  @Column('uuid', { nullable: true }) createdBy!: string | null;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
}

@Entity({ name: 'callback_attempts' })
@Index('idx_callback_attempts_callback', ['callbackId', 'at'])
export class CallbackAttemptEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') callbackId!: string;
  @Column('varchar', { length: 16 }) outcome!: CallbackAttemptOutcome;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('uuid', { nullable: true }) byUserId!: string | null;
  @Column('varchar', { length: 120, nullable: true }) byName!: string | null;
  @Column('timestamptz', { default: () => 'now()' }) at!: Date;
}

/** A reminder (level 0) or escalation (1, 2), once per callback and level for each agreement. */
@Entity({ name: 'callback_escalations' })
@Index('idx_callback_escalations_callback', ['callbackId', 'at'])
@Index('idx_callback_escalations_org', ['organizationId', 'at'])
export class CallbackEscalationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') callbackId!: string;
  @Column('smallint') level!: number;
  @Column('varchar', { length: 10 }) kind!: 'reminder' | 'level_1' | 'level_2';
  /** The due moment it was about (an agreement moved later escalates anew). */
  @Column('timestamptz') dueAt!: Date;
  @Column('timestamptz', { default: () => 'now()' }) at!: Date;
  @Column('jsonb', { default: () => "'[]'" }) notified!: { id: string; displayName: string }[];
}

@Entity({ name: 'callback_reschedules' })
@Index('idx_callback_reschedules_callback', ['callbackId', 'at'])
export class CallbackRescheduleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') callbackId!: string;
  @Column('timestamptz') fromStart!: Date;
  @Column('timestamptz') fromEnd!: Date;
  @Column('timestamptz') toStart!: Date;
  @Column('timestamptz') toEnd!: Date;
  @Column('text') reason!: string;
  @Column('varchar', { length: 12 }) requestedBy!: 'customer' | 'organization';
  @Column('uuid', { nullable: true }) byUserId!: string | null;
  @Column('varchar', { length: 120, nullable: true }) byName!: string | null;
  @Column('timestamptz', { default: () => 'now()' }) at!: Date;
}

@Entity({ name: 'callback_settings' })
export class CallbackSettingsEntity {
  @PrimaryColumn('uuid') organizationId!: string;
  @Column('smallint', { default: 3 }) maxAttempts!: number;
  @Column('integer', { default: 60 }) reminderMinutes!: number;
  @Column('integer', { default: 240 }) level2Minutes!: number;
}

export const callbackEntities = [CallbackEntity, CallbackAttemptEntity, CallbackEscalationEntity, CallbackRescheduleEntity, CallbackSettingsEntity];
