import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn , Relation } from 'typeorm';
import { CustomerEntity } from './customer.entity';
import { UnitEntity } from './unit.entity';

/**
 * A rental contract (huurovereenkomst), copied from the ERP. Status follows from the dates.
 * `customerId` is the (first) huurder; every tenant, medehuurders included, is a contract party.
 */
@Entity({ name: 'contracts' })
@Index('uq_contracts_external_id', ['organizationId', 'externalId'], { unique: true })
@Index('idx_contracts_customer', ['customerId'])
@Index('idx_contracts_unit', ['unitId'])
export class ContractEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('varchar', { length: 64, nullable: true })
  externalId!: string | null;

  @Column('varchar', { length: 30 })
  contractNumber!: string;

  @Column('uuid')
  customerId!: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_contracts_customer' })
  customer?: Relation<CustomerEntity>;

  @Column('uuid')
  unitId!: string;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_contracts_unit' })
  unit?: Relation<UnitEntity>;

  @Column('date')
  startDate!: string;

  @Column('date', { nullable: true })
  endDate!: string | null;

  /** Monthly rent in euro cents. */
  @Column('integer', { nullable: true })
  rentCents!: number | null;

  /** Raised by every change; sent as the ETag, checked against If-Match. */
  @Column('integer', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
