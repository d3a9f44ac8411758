import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationHours, StaffRole } from '@loket/shared/contracts';

/** A staff member (with roles) or a tenant account (linked to one customer). */
@Entity({ name: 'users' })
@Index('uq_users_email', ['email'], { unique: true })
@Index('idx_users_organization', ['organizationId'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  /** Stored lower-cased; logins are unique across organizations. */
  @Column('varchar', { length: 254 })
  email!: string;

  @Column('text')
  displayName!: string;

  @Column('varchar', { length: 10 })
  kind!: 'staff' | 'tenant';

  @Column('text', { array: true, default: () => "'{}'" })
  roles!: StaffRole[];

  @Column('uuid', { nullable: true })
  customerId!: string | null;

  @Column('text')
  passwordHash!: string;

  /** The staff member's team (one at most). */
  @Column('uuid', { nullable: true })
  teamId!: string | null;

  /** When this person hears of missed response targets by e-mail (staff). */
  @Column('varchar', { length: 16, default: 'opening_hours' })
  notificationHours!: NotificationHours;

  @Column('timestamptz', { nullable: true })
  lastLoginAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  disabledAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
