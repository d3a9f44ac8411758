import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn , Relation } from 'typeorm';
import type { MarkerCode } from '@loket/shared/contracts';
import { CustomerEntity } from './customer.entity';

/** A signalering (VERA SIGNALERINGSOORT) with a note and a validity period. */
@Entity({ name: 'customer_markers' })
@Index('idx_customer_markers_customer', ['customerId'])
export class CustomerMarkerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  customerId!: string;

  @ManyToOne(() => CustomerEntity, (c) => c.markers, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_customer_markers_customer' })
  customer?: Relation<CustomerEntity>;

  @Column('varchar', { length: 3 })
  code!: MarkerCode;

  @Column('text')
  note!: string;

  @Column('date')
  validFrom!: string;

  @Column('date', { nullable: true })
  validUntil!: string | null;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
