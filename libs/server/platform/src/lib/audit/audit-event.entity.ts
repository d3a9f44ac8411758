import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did or saw what, when (R26). Append-only. */
@Entity({ name: 'audit_events' })
@Index('idx_audit_events_entity', ['organizationId', 'entityType', 'entityId', 'at'])
// What one employee looked at (reads only, newest first): a partial index, created in the migration.
@Index('idx_audit_events_reads_by_actor', { synchronize: false })
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  /** Null only for a failed login for an unknown e-mail. */
  @Column('uuid', { nullable: true })
  organizationId!: string | null;

  @Column('uuid', { nullable: true })
  actorUserId!: string | null;

  @Column('varchar', { length: 60 })
  action!: string;

  @Column('varchar', { length: 40 })
  entityType!: string;

  @Column('uuid', { nullable: true })
  entityId!: string | null;

  @Column('jsonb', { default: {} })
  details!: Record<string, unknown>;

  /** A read written by the AccessLog (who looked at a customer); false for a change. */
  @Column('boolean', { default: false })
  isRead!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;
}
