import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { CustomerEntity } from './customer.entity';

/**
 * Name tokens of a customer (first name, surname parts without tussenvoegsel), normalized:
 * lower case, no diacritics. The primary key is also the search order: within a token,
 * surname matches before first-name matches, then alphabetically by surname and first name,
 * so the first page of any prefix comes straight off the index without sorting all matches.
 */
@Entity({ name: 'customer_search_tokens' })
@Index('idx_customer_search_tokens_customer', ['customerId', 'token'])
export class CustomerSearchTokenEntity {
  @PrimaryColumn('uuid')
  organizationId!: string;

  @PrimaryColumn('varchar', { length: 60, collation: 'C' })
  token!: string;

  /** "0" for a surname part, "1" for a first name, then "surname firstname" folded. */
  @PrimaryColumn('varchar', { length: 130, collation: 'C' })
  rankKey!: string;

  @PrimaryColumn('uuid')
  customerId!: string;

  @ManyToOne(() => CustomerEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_customer_search_tokens_customer' })
  customer?: Relation<CustomerEntity>;
}

/**
 * The distinct tokens per organization with how many customers carry each: typo matching
 * (pg_trgm) runs over this small table, and the counts pick the most selective query word.
 */
@Entity({ name: 'search_token_dictionary' })
@Index('idx_search_token_dictionary_trgm', { synchronize: false })
export class SearchTokenDictionaryEntity {
  @PrimaryColumn('uuid')
  organizationId!: string;

  @PrimaryColumn('varchar', { length: 60, collation: 'C' })
  token!: string;

  @Column('integer', { default: 0 })
  customerCount!: number;
}
