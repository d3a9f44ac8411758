import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn , Relation } from 'typeorm';
import type { PhoneLabel } from '@loket/shared/contracts';
import { CustomerEntity } from './customer.entity';

/** Phone numbers in E.164, so any spelling of a number finds its customer. */
@Entity({ name: 'customer_phone_numbers' })
@Index('idx_customer_phone_numbers_e164', ['organizationId', 'e164'])
@Index('idx_customer_phone_numbers_customer', ['customerId'])
export class CustomerPhoneNumberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  customerId!: string;

  @ManyToOne(() => CustomerEntity, (c) => c.phoneNumbers, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_customer_phone_numbers_customer' })
  customer?: Relation<CustomerEntity>;

  @Column('varchar', { length: 16 })
  e164!: string;

  @Column('varchar', { length: 10, default: 'mobile' })
  label!: PhoneLabel;

  @Column('smallint', { default: 0 })
  position!: number;
}
