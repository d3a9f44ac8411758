import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Channel, SlaClockState } from '@loket/shared/contracts';
import type { DueTarget, WorkItemKind, WorkItemStatus } from './domain/work-item';

/**
 * The worklists' read model: one row per unit of open work (a case, a callback, a counter
 * follow-up). The modules that own the facts keep it current inside their own transactions
 * through WorkItemsService; a unit of work that is done is deleted. `sort_at` is the due moment,
 * or infinity without one, so every list is one keyset over (sort_at, id) with nulls last.
 */
@Entity({ name: 'work_items' })
@Index('idx_work_items_all', ['organizationId', 'sortAt', 'id'])
@Index('idx_work_items_owner', ['organizationId', 'ownerId', 'sortAt', 'id'])
@Index('idx_work_items_team', ['organizationId', 'teamId', 'ownerId', 'sortAt', 'id'])
@Index('idx_work_items_topic', ['organizationId', 'topicId', 'sortAt', 'id'])
@Index('idx_work_items_location', ['organizationId', 'locationId', 'sortAt', 'id'])
@Index('idx_work_items_forwarded', ['organizationId', 'forwardedBy', 'sortAt', 'id'])
@Index('idx_work_items_case', ['caseId'])
export class WorkItemEntity {
  /** The case's, callback's or (follow-up) contact's id. */
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('varchar', { length: 10 }) kind!: WorkItemKind;
  @Column('uuid') caseId!: string;
  @Column('uuid', { nullable: true }) callbackId!: string | null;
  @Column('uuid', { nullable: true }) contactId!: string | null;
  @Column('uuid') customerId!: string;
  @Column('text') subject!: string;
  @Column('uuid') topicId!: string;
  @Column('varchar', { length: 12 }) channel!: Channel;
  @Column('uuid', { nullable: true }) locationId!: string | null;
  @Column('uuid', { nullable: true }) teamId!: string | null;
  @Column('uuid', { nullable: true }) ownerId!: string | null;
  @Column('varchar', { length: 24 }) status!: WorkItemStatus;
  @Column('timestamptz', { nullable: true }) dueAt!: Date | null;
  @Column('varchar', { length: 16, nullable: true }) dueTarget!: DueTarget | null;
  @Column('varchar', { length: 8, nullable: true }) clockState!: SlaClockState | null;
  /** due_at, or 'infinity' without one: the sort key of every list. */
  @Column('timestamptz') sortAt!: Date;
  @Column('uuid', { nullable: true }) forwardedBy!: string | null;
  @Column('timestamptz', { nullable: true }) forwardedAt!: Date | null;
  @Column('timestamptz') openedAt!: Date;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
}

export const worklistEntities = [WorkItemEntity];
