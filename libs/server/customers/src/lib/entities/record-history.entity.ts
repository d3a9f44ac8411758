import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type HistoryRecordType = 'customer' | 'unit' | 'contract';
export type HistoryAction = 'created' | 'updated' | 'linked';

/**
 * One change to a customer, unit or contract by an integration: who (the client), when, and per
 * field the old and the new value. Erasing a customer keeps the field names and drops the values.
 */
@Entity({ name: 'record_history' })
@Index('idx_record_history_record', ['organizationId', 'recordType', 'recordId', 'version'])
export class RecordHistoryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('varchar', { length: 10 })
  recordType!: HistoryRecordType;

  @Column('uuid')
  recordId!: string;

  /** The record's version after this change. */
  @Column('integer')
  version!: number;

  @Column('varchar', { length: 10 })
  action!: HistoryAction;

  /** `{ field: [old, new] }`. */
  @Column('jsonb', { default: () => "'{}'" })
  changes!: Record<string, [unknown, unknown]>;

  /** The integration client (or user) that made the change. */
  @Column('uuid', { nullable: true })
  changedBy!: string | null;

  @Column('varchar', { length: 10 })
  changedByKind!: string;

  @Column('timestamptz')
  changedAt!: Date;
}
