import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { Channel, ContactDirection, ContactOutcome, FollowUp } from '@loket/shared/contracts';
import { CaseEntity } from './case.entity';
import { LocationEntity, TopicEntity } from '@loket/server/reference-data';

/** One interaction over one channel. Never changed after it is logged: it is what happened. */
@Entity({ name: 'contacts' })
@Index('idx_contacts_timeline', ['organizationId', 'customerId', 'occurredAt', 'id'])
@Index('idx_contacts_case', ['caseId', 'occurredAt'])
@Index('idx_contacts_logged', ['organizationId', 'createdAt', 'id'])
export class ContactEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') caseId!: string;
  @ManyToOne(() => CaseEntity)
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_contacts_case' })
  case?: Relation<CaseEntity>;
  @Column('uuid') customerId!: string;
  @Column('varchar', { length: 12 }) channel!: Channel;
  @Column('varchar', { length: 8 }) direction!: ContactDirection;
  @Column('timestamptz') occurredAt!: Date;
  @Column('uuid') topicId!: string;
  @ManyToOne(() => TopicEntity)
  @JoinColumn({ name: 'topic_id', foreignKeyConstraintName: 'fk_contacts_topic' })
  topic?: Relation<TopicEntity>;
  @Column('text') summary!: string;
  @Column('text', { nullable: true }) internalNote!: string | null;
  @Column('varchar', { length: 20 }) outcome!: ContactOutcome;
  @Column('jsonb', { nullable: true }) followUp!: FollowUp | null;
  @Column('uuid', { array: true, default: () => "'{}'" }) articleIds!: string[];
  @Column('uuid', { nullable: true }) locationId!: string | null;
  @ManyToOne(() => LocationEntity)
  @JoinColumn({ name: 'location_id', foreignKeyConstraintName: 'fk_contacts_location' })
  location?: Relation<LocationEntity>;
  /** The employee; null when the customer made the contact in the portal. */
  @Column('uuid', { nullable: true }) employeeId!: string | null;
  /** Their name as it was: the customer file says with whom they spoke (R18). */
  @Column('varchar', { length: 120, nullable: true }) employeeName!: string | null;
  @Column('varchar', { length: 12, nullable: true }) confirmationStatus!: string | null;
  @Column('varchar', { length: 8, nullable: true }) confirmationChannel!: string | null;
  @Column('uuid', { nullable: true }) confirmationMessageId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
