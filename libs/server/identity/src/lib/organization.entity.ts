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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
