import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The organization's topic list, shared by contacts, cases, policies and knowledge articles. */
@Entity({ name: 'topics' })
@Index('uq_topics_code', ['organizationId', 'code'], { unique: true })
export class TopicEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('varchar', { length: 40 }) code!: string;
  @Column('varchar', { length: 80 }) name!: string;
  @Column('boolean', { default: false }) sensitive!: boolean;
  @Column('boolean', { default: true }) active!: boolean;
  @Column('smallint', { default: 0 }) position!: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt!: Date;
}
