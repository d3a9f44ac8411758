import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A team of staff (the KCC, "Wonen", …): its lead hears of level-1 escalations, its manager of level 2. */
@Entity({ name: 'teams' })
@Index('uq_teams_name', ['organizationId', 'name'], { unique: true })
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('varchar', { length: 80 }) name!: string;
  @Column('uuid', { nullable: true }) leadId!: string | null;
  @Column('uuid', { nullable: true }) managerId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
