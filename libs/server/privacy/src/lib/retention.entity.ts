import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organization's retention rules (days per kind of record); no row means the defaults apply. */
@Entity({ name: 'retention_rules' })
export class RetentionRulesEntity {
  @PrimaryColumn('uuid') organizationId!: string;
  @Column('integer') outboxBodyDays!: number;
  @Column('integer') searchTextDays!: number;
  @Column('integer') feedbackCommentDays!: number;
  @Column('integer') sessionDays!: number;
  @Column('integer') accessLogDays!: number;
  @Column('timestamptz') updatedAt!: Date;
  @Column('uuid', { nullable: true }) updatedBy!: string | null;
}

export const privacyEntities = [RetentionRulesEntity];
