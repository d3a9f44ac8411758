import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A login. The bearer token itself is never stored, only its SHA-256. */
@Entity({ name: 'sessions' })
@Index('uq_sessions_token_hash', ['tokenHash'], { unique: true })
@Index('idx_sessions_expires_at', ['expiresAt'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('char', { length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  /** The last request, written at most once a minute (staff sessions end after SESSION_IDLE_MINUTES without one). */
  @Column('timestamptz', { nullable: true })
  lastSeenAt!: Date | null;
}
