import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { Channel, SlaCalendarSettings, SlaClockState, SlaPolicyInput, SlaTarget, SlaTargetKind } from '@loket/shared/contracts';

/** An organization's business calendar and response-target policies (one row; null = the defaults). */
@Entity({ name: 'sla_settings' })
export class SlaSettingsEntity {
  @PrimaryColumn('uuid') organizationId!: string;
  @Column('jsonb', { nullable: true }) calendar!: SlaCalendarSettings | null;
  @Column('timestamptz', { nullable: true }) calendarUpdatedAt!: Date | null;
  /** Policies with topic ids (never codes). */
  @Column('jsonb', { nullable: true }) policies!: StoredPolicy[] | null;
  @Column('timestamptz', { nullable: true }) policiesUpdatedAt!: Date | null;
  @Column('uuid', { nullable: true }) updatedBy!: string | null;
}

export interface StoredPolicy extends SlaPolicyInput {
  topic: string | null;
  firstResponse: SlaTarget | null;
  resolution: SlaTarget | null;
}

/** The targets a clock runs on, as they stood when it was (re)calculated. */
export interface ClockPolicy {
  firstResponse: SlaTarget | null;
  resolution: SlaTarget | null;
  /** Whether a topic's own policy applied (else the channel's general one). */
  topicSpecific: boolean;
}

/** The response clock of one case. */
@Entity({ name: 'case_clocks' })
@Index('idx_case_clocks_received', ['organizationId', 'receivedAt'])
// Partial indexes (hand-made in the migration): the open clocks (recalculation) and the clocks that can still breach.
@Index('idx_case_clocks_open', { synchronize: false })
@Index('idx_case_clocks_first_response_open', { synchronize: false })
@Index('idx_case_clocks_resolution_open', { synchronize: false })
export class CaseClockEntity {
  @PrimaryColumn('uuid') caseId!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') customerId!: string;
  @Column('varchar', { length: 12 }) channel!: Channel;
  @Column('uuid') topicId!: string;
  @Column('uuid', { nullable: true }) locationId!: string | null;
  /** The location whose opening hours apply (counter contacts). */
  @Column('varchar', { length: 40, nullable: true }) locationCode!: string | null;
  /** Whoever owns the case: told of breaches. */
  @Column('uuid', { nullable: true }) ownerId!: string | null;
  @Column('timestamptz') receivedAt!: Date;
  @Column('jsonb') policy!: ClockPolicy;
  @Column('timestamptz', { nullable: true }) firstResponseDueAt!: Date | null;
  @Column('timestamptz', { nullable: true }) dueAt!: Date | null;
  @Column('timestamptz', { nullable: true }) firstRespondedAt!: Date | null;
  @Column('varchar', { length: 8, default: 'running' }) state!: SlaClockState;
  @Column('timestamptz', { nullable: true }) pausedSince!: Date | null;
  /** Closed pauses (waiting for the customer); their business time moves the due moments. */
  @Column('jsonb', { default: () => "'[]'" }) pauses!: { from: string; to: string }[];
  @Column('integer', { default: 0 }) pausedMinutes!: number;
  @Column('timestamptz', { nullable: true }) stoppedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) firstResponseBreachedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) resolutionBreachedAt!: Date | null;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
}

/** A target that was broken, with the target as it stood. At most one per case and target. */
@Entity({ name: 'sla_breaches' })
@Index('uq_sla_breaches_case_target', ['caseId', 'target'], { unique: true })
@Index('idx_sla_breaches_org_detected', ['organizationId', 'detectedAt'])
export class SlaBreachEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') caseId!: string;
  @Column('varchar', { length: 16 }) target!: SlaTargetKind;
  @Column('timestamptz') dueAt!: Date;
  @Column('timestamptz', { default: () => 'now()' }) detectedAt!: Date;
  @Column('jsonb') policyTarget!: SlaTarget;
  @Column('varchar', { length: 12 }) channel!: Channel;
  @Column('uuid') topicId!: string;
  /** When staff were told (after the outbox message was written), null while nobody was. */
  @Column('timestamptz', { nullable: true }) notifiedAt!: Date | null;
}

/** A due moment that moved because the calendar or a policy changed. */
@Entity({ name: 'sla_due_changes' })
@Index('idx_sla_due_changes_case', ['caseId', 'at'])
export class SlaDueChangeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') caseId!: string;
  @Column('varchar', { length: 16 }) target!: SlaTargetKind;
  @Column('timestamptz', { nullable: true }) fromDue!: Date | null;
  @Column('timestamptz', { nullable: true }) toDue!: Date | null;
  @Column('varchar', { length: 20 }) reason!: 'calendar_changed' | 'policies_changed';
  @Column('uuid') recalculationId!: string;
  @Column('timestamptz', { default: () => 'now()' }) at!: Date;
}

/** A background recalculation of the open clocks after a calendar or policy change. */
@Entity({ name: 'sla_recalculations' })
@Index('idx_sla_recalculations_org', ['organizationId', 'createdAt'])
export class SlaRecalculationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('varchar', { length: 20 }) reason!: 'calendar_changed' | 'policies_changed';
  @Column('varchar', { length: 12, default: 'queued' }) status!: 'queued' | 'running' | 'done' | 'superseded';
  @Column('integer', { default: 0 }) cases!: number;
  @Column('integer', { default: 0 }) changed!: number;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) finishedAt!: Date | null;
}

export const slaEntities = [SlaSettingsEntity, CaseClockEntity, SlaBreachEntity, SlaDueChangeEntity, SlaRecalculationEntity];
