import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { CaseStatus } from '@loket/shared/contracts';
import { TopicEntity } from '@loket/server/reference-data';

/** The customer's question (vraag). Contacts attach to it; its figures come from them. */
@Entity({ name: 'cases' })
@Index('idx_cases_customer', ['organizationId', 'customerId', 'status'])
@Index('idx_cases_owner', ['organizationId', 'ownerId', 'status'])
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') customerId!: string;
  @Column('text') subject!: string;
  @Column('uuid') topicId!: string;
  @ManyToOne(() => TopicEntity)
  @JoinColumn({ name: 'topic_id', foreignKeyConstraintName: 'fk_cases_topic' })
  topic?: Relation<TopicEntity>;
  @Column('varchar', { length: 24, default: 'open' }) status!: CaseStatus;
  @Column('uuid', { nullable: true }) ownerId!: string | null;
  /** The team whose queue it is in (no owner), or the owner's team; null: not yet with a team. */
  @Column('uuid', { nullable: true }) teamId!: string | null;
  /** Who last forwarded it, and when (doorgezet door). */
  @Column('uuid', { nullable: true }) forwardedBy!: string | null;
  @Column('timestamptz', { nullable: true }) forwardedAt!: Date | null;
  @Column('integer', { default: 0 }) contactCount!: number;
  /** How many contacts it took until it was resolved (R5, R6). */
  @Column('integer', { nullable: true }) contactsAtResolution!: number | null;
  @Column('text', { nullable: true }) answerSummary!: string | null;
  @Column('timestamptz', { default: () => 'now()' }) openedAt!: Date;
  @Column('timestamptz', { nullable: true }) resolvedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) closedAt!: Date | null;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
}
