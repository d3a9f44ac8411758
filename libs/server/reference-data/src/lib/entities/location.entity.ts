import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A walk-in office (woonpunt, balie, kantoor). */
@Entity({ name: 'locations' })
@Index('uq_locations_code', ['organizationId', 'code'], { unique: true })
export class LocationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('varchar', { length: 40 }) code!: string;
  @Column('varchar', { length: 120 }) name!: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
