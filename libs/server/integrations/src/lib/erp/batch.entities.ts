import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Relation } from 'typeorm';

export const BATCH_STATUSES = ['receiving', 'queued', 'processing', 'done', 'failed'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];
export const LINE_STATUSES = ['pending', 'created', 'updated', 'unchanged', 'rejected'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];

/** A batch load of an ERP: its progress and counts. */
@Entity({ name: 'integration_batches' })
@Index('idx_integration_batches_open', ['status', 'leaseUntil'], { where: `status IN ('queued', 'processing')` })
export class IntegrationBatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  /** The integration client that sent it. */
  @Column('uuid', { nullable: true })
  clientId!: string | null;

  /** The client's scopes when it sent the batch: a line of a kind it may not write is refused. */
  @Column('text', { array: true, default: () => "'{}'" })
  scopes!: string[];

  @Column('varchar', { length: 12 })
  status!: BatchStatus;

  @Column('integer', { default: 0 }) linesReceived!: number;
  @Column('integer', { default: 0 }) linesProcessed!: number;
  @Column('integer', { default: 0 }) created!: number;
  @Column('integer', { default: 0 }) updated!: number;
  @Column('integer', { default: 0 }) unchanged!: number;
  @Column('integer', { default: 0 }) rejected!: number;

  /** Who processes it holds it until then; after that, anyone may take over and go on. */
  @Column('timestamptz', { nullable: true })
  leaseUntil!: Date | null;

  @Column('timestamptz', { nullable: true })
  receivedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** One NDJSON line of a batch as it arrived, and its result. */
@Entity({ name: 'integration_batch_lines' })
@Index('idx_integration_batch_lines_pending', ['batchId', 'phase', 'type', 'lineNo'], { where: `status = 'pending'` })
export class IntegrationBatchLineEntity {
  @PrimaryColumn('uuid')
  batchId!: string;

  /** 1-based. */
  @PrimaryColumn('integer')
  lineNo!: number;

  @Column('uuid')
  organizationId!: string;

  @Column('varchar', { length: 10, nullable: true })
  type!: string | null;

  @Column('varchar', { length: 64, nullable: true })
  idExtern!: string | null;

  /** 0: relaties and eenheden; 1: huurovereenkomsten (they name the others, so they come after). */
  @Column('smallint', { default: 0 })
  phase!: number;

  /** The line's `data` as sent (JSON text); dropped once the line is processed. */
  @Column('text', { nullable: true })
  body!: string | null;

  @Column('varchar', { length: 10 })
  status!: LineStatus;

  /** A rejected line's reason: `{status, code, errors: [{field, code, params}]}`. */
  @Column('jsonb', { nullable: true })
  problem!: { status: number; code: string; errors: { field: string; code: string; params?: Record<string, string | number> }[]; params?: Record<string, string | number> } | null;

  @Column('uuid', { nullable: true })
  recordId!: string | null;

  @ManyToOne(() => IntegrationBatchEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id', foreignKeyConstraintName: 'fk_integration_batch_lines_batch' })
  batch?: Relation<IntegrationBatchEntity>;
}

export const erpBatchEntities = [IntegrationBatchEntity, IntegrationBatchLineEntity];
