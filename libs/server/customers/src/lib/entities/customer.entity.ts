import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn , Relation } from 'typeorm';
import type { Attitude, Channel, CustomerKind, DigitalSkill, Vulnerability } from '@loket/shared/contracts';
import { CustomerPhoneNumberEntity } from './customer-phone-number.entity';
import { CustomerMarkerEntity } from './customer-marker.entity';

@Entity({ name: 'customers' })
@Index('uq_customers_number', ['organizationId', 'customerNumber'], { unique: true })
@Index('idx_customers_postcode', ['organizationId', 'postcode', 'houseNumber'])
@Index('idx_customers_email', ['organizationId', 'email'])
@Index('uq_customers_external_id', ['organizationId', 'externalId'], { unique: true })
export class CustomerEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('varchar', { length: 20 })
  customerNumber!: string;

  /** The ERP's id of this relatie (VERA idExtern); null for a customer only Loket knows. */
  @Column('varchar', { length: 64, nullable: true })
  externalId!: string | null;

  /** The household role the ERP gives (VERA RELATIEROLSOORT: HUU huurder, MDH medehuurder, …). */
  @Column('varchar', { length: 3, nullable: true })
  householdRole!: string | null;

  /** The ERP ended this relatie on this day (nothing from the ERP is deleted). */
  @Column('date', { nullable: true })
  endDate!: string | null;

  /** Raised by every change; sent as the ETag, checked against If-Match. */
  @Column('integer', { default: 1 })
  version!: number;

  @Column('varchar', { length: 16 })
  kind!: CustomerKind;

  @Column('varchar', { length: 20, nullable: true })
  initials!: string | null;

  @Column('varchar', { length: 100 })
  firstName!: string;

  /** Tussenvoegsel: "de", "van der", … */
  @Column('varchar', { length: 20, nullable: true })
  namePrefix!: string | null;

  @Column('varchar', { length: 100 })
  lastName!: string;

  @Column('date', { nullable: true })
  birthDate!: string | null;

  /** Lower-cased. */
  @Column('varchar', { length: 254, nullable: true })
  email!: string | null;

  @Column('varchar', { length: 120, nullable: true })
  street!: string | null;

  @Column('integer', { nullable: true })
  houseNumber!: number | null;

  @Column('varchar', { length: 1, nullable: true })
  houseLetter!: string | null;

  @Column('varchar', { length: 10, nullable: true })
  houseNumberAddition!: string | null;

  /** "5161AB": four digits, two capitals, no space. */
  @Column('varchar', { length: 6, nullable: true })
  postcode!: string | null;

  @Column('varchar', { length: 80, nullable: true })
  city!: string | null;

  @Column('varchar', { length: 12, nullable: true })
  preferredChannel!: Channel | null;

  /** ISO 639-1 code. */
  @Column('varchar', { length: 8, default: 'nl' })
  language!: string;

  @Column('boolean', { default: false })
  interpreterNeeded!: boolean;

  @Column('varchar', { length: 12, nullable: true })
  digitalSkill!: DigitalSkill | null;

  @Column('varchar', { length: 12, nullable: true })
  attitude!: Attitude | null;

  @Column('text', { array: true, default: () => "'{}'" })
  vulnerabilities!: Vulnerability[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /** When the person was erased (AVG art. 17): the record stays for the figures, the person is gone. */
  @Column('timestamptz', { nullable: true })
  erasedAt!: Date | null;

  @OneToMany(() => CustomerPhoneNumberEntity, (p) => p.customer)
  phoneNumbers?: Relation<CustomerPhoneNumberEntity[]>;

  @OneToMany(() => CustomerMarkerEntity, (m) => m.customer)
  markers?: Relation<CustomerMarkerEntity[]>;
}
