import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A housing corporation. Everything else belongs to exactly one. */
@Entity({ name: 'organizations' })
@Index('uq_organizations_slug', ['slug'], { unique: true })
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('varchar', { length: 40 })
  slug!: string;

  @Column('text')
  name!: string;

  /** Organization settings (demo data bookkeeping); the business calendar is the SLA module's (sla_settings). */
  @Column('jsonb', { default: {} })
  settings!: Record<string, unknown>;

  /** The corporation's phone number for customers (E.164 or as typed; letters and mails show it the Dutch way). */
  @Column('varchar', { length: 20, nullable: true })
  phone!: string | null;

  /** A monitored address customers' replies go to (Reply-To of every mail to customers). */
  @Column('varchar', { length: 254, nullable: true })
  replyAddress!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
