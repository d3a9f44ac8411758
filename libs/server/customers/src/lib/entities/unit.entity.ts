import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A rental unit (verhuureenheid), copied from the ERP. */
@Entity({ name: 'units' })
@Index('uq_units_external_id', ['organizationId', 'externalId'], { unique: true })
@Index('idx_units_postcode', ['organizationId', 'postcode', 'houseNumber'])
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('varchar', { length: 64, nullable: true })
  externalId!: string | null;

  @Column('varchar', { length: 120 })
  street!: string;

  @Column('integer')
  houseNumber!: number;

  @Column('varchar', { length: 1, nullable: true })
  houseLetter!: string | null;

  @Column('varchar', { length: 10, nullable: true })
  houseNumberAddition!: string | null;

  @Column('varchar', { length: 6 })
  postcode!: string;

  @Column('varchar', { length: 80 })
  city!: string;

  @Column('varchar', { length: 60, nullable: true })
  unitType!: string | null;

  /** VERA EENHEIDSOORT (WON woonruimte, BOG, PP parkeerplaats, …). */
  @Column('varchar', { length: 3, nullable: true })
  unitKind!: string | null;

  /** VERA EENHEIDDETAILSOORT (TUS tussenwoning, MAI maisonnette, …). */
  @Column('varchar', { length: 3, nullable: true })
  unitDetailKind!: string | null;

  /** The ERP took the unit out of use on this day (nothing from the ERP is deleted). */
  @Column('date', { nullable: true })
  endDate!: string | null;

  /** Raised by every change; sent as the ETag, checked against If-Match. */
  @Column('integer', { default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
