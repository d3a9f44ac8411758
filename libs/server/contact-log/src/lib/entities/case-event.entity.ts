import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { CaseEventType } from '@loket/shared/contracts';
import { CaseEntity } from './case.entity';

/** What happened to a case, for the customer's time line. */
@Entity({ name: 'case_events' })
@Index('idx_case_events_timeline', ['organizationId', 'customerId', 'at', 'id'])
@Index('idx_case_events_case', ['caseId', 'at'])
export class CaseEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') caseId!: string;
  @ManyToOne(() => CaseEntity)
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_case_events_case' })
  case?: Relation<CaseEntity>;
  @Column('uuid') customerId!: string;
  @Column('varchar', { length: 20 }) type!: CaseEventType;
  @Column('varchar', { length: 120, nullable: true }) fromValue!: string | null;
  @Column('varchar', { length: 120, nullable: true }) toValue!: string | null;
  /** The hand-off note of a `forwarded` event: for colleagues only. */
  @Column('text', { nullable: true }) note!: string | null;
  @Column('uuid', { nullable: true }) byUserId!: string | null;
  @Column('varchar', { length: 120, nullable: true }) byName!: string | null;
  @Column('timestamptz', { default: () => 'now()' }) at!: Date;
  /** The contact that made it happen (a reopen or an answer by a contact); null: done on the case itself. */
  @Column('uuid', { nullable: true }) contactId!: string | null;
}
