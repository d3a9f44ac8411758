import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { ContractEntity } from './contract.entity';
import { CustomerEntity } from './customer.entity';

/** A tenant of a contract with their VERA RELATIEROLSOORT (HUU huurder, MDH medehuurder). */
@Entity({ name: 'contract_parties' })
@Index('idx_contract_parties_customer', ['customerId'])
export class ContractPartyEntity {
  @PrimaryColumn('uuid')
  contractId!: string;

  @PrimaryColumn('uuid')
  customerId!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('varchar', { length: 3 })
  role!: string;

  @Column('smallint', { default: 0 })
  position!: number;

  @ManyToOne(() => ContractEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contract_id', foreignKeyConstraintName: 'fk_contract_parties_contract' })
  contract?: Relation<ContractEntity>;

  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_contract_parties_customer' })
  customer?: Relation<CustomerEntity>;
}
