import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { IntegrationScope } from '@loket/shared/contracts';

/**
 * A machine client of one organization (its ERP, a contractor's system), logging in with OAuth2
 * client credentials. The secret is shown once and only its SHA-256 is kept (it is 32 random bytes).
 */
@Entity({ name: 'integration_clients' })
@Index('uq_integration_clients_client_id', ['clientId'], { unique: true })
@Index('idx_integration_clients_organization', ['organizationId', 'createdAt'])
export class IntegrationClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('varchar', { length: 100 })
  name!: string;

  /** The public client id the client logs in with. */
  @Column('varchar', { length: 64 })
  clientId!: string;

  @Column('char', { length: 64 })
  secretHash!: string;

  @Column('text', { array: true })
  scopes!: IntegrationScope[];

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** The last rotation of the secret. */
  @Column('timestamptz', { nullable: true })
  rotatedAt!: Date | null;

  /** A revoked client gets no tokens, and its tokens stop working. */
  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  lastUsedAt!: Date | null;
}

/** A short-lived access token of an integration client; only its SHA-256 is kept. */
@Entity({ name: 'integration_tokens' })
@Index('uq_integration_tokens_token_hash', ['tokenHash'], { unique: true })
@Index('idx_integration_tokens_expires_at', ['expiresAt'])
@Index('idx_integration_tokens_client', ['clientId', 'expiresAt'])
export class IntegrationTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @Column('uuid')
  clientId!: string;

  @ManyToOne(() => IntegrationClientEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'fk_integration_tokens_client' })
  client?: Relation<IntegrationClientEntity>;

  @Column('char', { length: 64 })
  tokenHash!: string;

  /** The scopes asked for (a subset of the client's); the client's current scopes still bound them. */
  @Column('text', { array: true })
  scopes!: IntegrationScope[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}
