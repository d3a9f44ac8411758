import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { NotificationHours } from '@loket/shared/contracts';
import type { OrganizationEntity } from './organization.entity';
import type { SessionEntity } from './session.entity';
import type { UserEntity } from './user.entity';

type UserColumns = Columns<UserEntity>;

/** A user with their organization's slug and name: who logs in, who is logged in. */
export type UserRow = Pick<UserColumns, 'id' | 'organization_id' | 'email' | 'display_name' | 'kind' | 'roles' | 'customer_id' | 'password_hash' | 'notification_hours'> & {
  org_slug: Columns<OrganizationEntity>['slug'];
  org_name: Columns<OrganizationEntity>['name'];
};

/** A live session's user, with how long it has been idle and how long it has left (on the database's clock). */
export type SessionRow = Pick<UserColumns, 'organization_id' | 'kind' | 'roles' | 'customer_id'> & {
  session_id: Columns<SessionEntity>['id'];
  user_id: UserColumns['id'];
  idle_ms: number;
  left_ms: number;
};

export type PersonRow = Pick<UserColumns, 'id' | 'display_name'>;
export type RecipientRow = Pick<UserColumns, 'id' | 'display_name' | 'email' | 'notification_hours'>;
export type AccountRow = Pick<UserColumns, 'email' | 'created_at' | 'last_login_at' | 'disabled_at'>;

const USER_SELECT = `
  SELECT u.id, u.organization_id, u.email, u.display_name, u.kind, u.roles, u.customer_id, u.password_hash, u.notification_hours,
         o.slug AS org_slug, o.name AS org_name
    FROM users u JOIN organizations o ON o.id = u.organization_id`;

/**
 * All SQL of the identity module: organizations, users (staff and tenants, team membership) and
 * sessions. Login and the token lookup find their user across organizations (the e-mail address
 * or the token is what identifies the organization); every other method is scoped by it.
 */
@Injectable()
export class IdentityRepository extends SqlRepository {
  // ---------- log in, sessions ----------
  /** An enabled user by e-mail address (any organization). */
  userByEmail(email: string): Promise<UserRow | undefined> {
    return this.one<UserRow>(`${USER_SELECT} WHERE u.email = $1 AND u.disabled_at IS NULL`, [email]);
  }

  user(organizationId: string, id: string): Promise<UserRow | undefined> {
    return this.one<UserRow>(`${USER_SELECT} WHERE u.id = $1 AND u.organization_id = $2`, [id, organizationId]);
  }

  /** Opens a session (times on the database's clock); when it expires. */
  async openSession(organizationId: string, userId: string, tokenHash: string, ttlHours: number): Promise<Date> {
    const row = await this.one<Pick<Columns<SessionEntity>, 'expires_at'>>(
      `INSERT INTO sessions (user_id, organization_id, token_hash, expires_at, last_seen_at)
       VALUES ($1, $2, $3, now() + $4 * interval '1 hour', now()) RETURNING expires_at`,
      [userId, organizationId, tokenHash, ttlHours],
    );
    return new Date((row as { expires_at: Date }).expires_at);
  }

  async loggedIn(organizationId: string, userId: string): Promise<void> {
    await this.run(`UPDATE users SET last_login_at = now() WHERE id = $1 AND organization_id = $2`, [userId, organizationId]);
  }

  /** The live (not expired, not revoked) session with this token hash, of an enabled user. */
  liveSession(tokenHash: string): Promise<SessionRow | undefined> {
    return this.one<SessionRow>(
      `SELECT s.id AS session_id, u.id AS user_id, u.organization_id, u.kind, u.roles, u.customer_id,
              extract(epoch FROM now() - coalesce(s.last_seen_at, s.created_at)) * 1000 AS idle_ms,
              extract(epoch FROM s.expires_at - now()) * 1000 AS left_ms
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [tokenHash],
    );
  }

  async seen(organizationId: string, sessionId: string): Promise<void> {
    await this.run(`UPDATE sessions SET last_seen_at = now() WHERE id = $1 AND organization_id = $2`, [sessionId, organizationId]);
  }

  async revokeSession(organizationId: string, sessionId: string, now: Date): Promise<void> {
    await this.run(`UPDATE sessions SET revoked_at = $3 WHERE id = $1 AND organization_id = $2`, [sessionId, organizationId, now]);
  }

  async setNotificationHours(organizationId: string, userId: string, hours: NotificationHours): Promise<void> {
    await this.run(`UPDATE users SET notification_hours = $3 WHERE id = $1 AND organization_id = $2`, [userId, organizationId, hours]);
  }

  // ---------- the directory ----------
  people(organizationId: string, ids: string[]): Promise<PersonRow[]> {
    return this.rows<PersonRow>(`SELECT id, display_name FROM users WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, ids]);
  }

  /** An enabled staff member; with `roles`, only one who has at least one of them. */
  staffMember(organizationId: string, id: string, roles?: readonly string[]): Promise<PersonRow | undefined> {
    return this.one<PersonRow>(
      `SELECT id, display_name FROM users
        WHERE organization_id = $1 AND id = $2 AND kind = 'staff' AND disabled_at IS NULL${roles ? ' AND roles && $3::text[]' : ''}`,
      roles ? [organizationId, id, roles] : [organizationId, id],
    );
  }

  /** The enabled staff members among these ids with one of these roles. */
  staffMembers(organizationId: string, ids: string[], roles: readonly string[]): Promise<PersonRow[]> {
    return this.rows<PersonRow>(
      `SELECT id, display_name FROM users WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND kind = 'staff' AND disabled_at IS NULL AND roles && $3::text[]`,
      [organizationId, ids, roles],
    );
  }

  /** Exactly these users are in the team: others leave it, these join it (leaving their former team). */
  async setTeamMembers(organizationId: string, teamId: string, userIds: string[]): Promise<void> {
    await this.run(`UPDATE users SET team_id = NULL WHERE organization_id = $1 AND team_id = $2 AND NOT (id = ANY($3::uuid[]))`, [organizationId, teamId, userIds]);
    await this.run(`UPDATE users SET team_id = $2 WHERE organization_id = $1 AND id = ANY($3::uuid[])`, [organizationId, teamId, userIds]);
  }

  /** The given enabled staff members, or — when none is given — the organization's team leads. */
  recipients(organizationId: string, ids: string[]): Promise<RecipientRow[]> {
    return this.rows<RecipientRow>(
      `SELECT id, display_name, email, notification_hours FROM users
        WHERE organization_id = $1 AND kind = 'staff' AND disabled_at IS NULL
          AND (CASE WHEN cardinality($2::uuid[]) > 0 THEN id = ANY($2::uuid[]) ELSE 'team_lead' = ANY(roles) END)`,
      [organizationId, ids],
    );
  }

  /** The team a user is in (the team itself is reference data). */
  async teamIdOf(organizationId: string, userId: string): Promise<string | null> {
    const row = await this.one<Pick<UserColumns, 'team_id'>>(`SELECT team_id FROM users WHERE id = $1 AND organization_id = $2`, [userId, organizationId]);
    return row?.team_id ?? null;
  }

  /** The enabled members of these teams, by name. */
  teamMembers(organizationId: string, teamIds: string[]): Promise<(PersonRow & { team_id: string })[]> {
    return this.rows(
      `SELECT team_id, id, display_name FROM users
        WHERE organization_id = $1 AND team_id = ANY($2::uuid[]) AND disabled_at IS NULL ORDER BY display_name`,
      [organizationId, teamIds],
    );
  }

  async organizationName(organizationId: string): Promise<string | undefined> {
    return (await this.one<Pick<Columns<OrganizationEntity>, 'name'>>(`SELECT name FROM organizations WHERE id = $1`, [organizationId]))?.name;
  }

  /** The organization's name, phone number and monitored reply address (letters and mails to customers). */
  async organizationContact(organizationId: string): Promise<Pick<Columns<OrganizationEntity>, 'name' | 'phone' | 'reply_address'> | undefined> {
    return this.one(`SELECT name, phone, reply_address FROM organizations WHERE id = $1`, [organizationId]);
  }

  async setOrganizationContact(organizationId: string, phone: string | null, replyAddress: string | null): Promise<void> {
    await this.run(`UPDATE organizations SET phone = $2, reply_address = $3 WHERE id = $1`, [organizationId, phone, replyAddress]);
  }

  /** Every organization, for jobs that apply each organization's own rules. */
  async organizationIds(): Promise<string[]> {
    return (await this.rows<{ id: string }>(`SELECT id FROM organizations ORDER BY id`)).map((r) => r.id);
  }

  // ---------- AVG rights ----------
  tenantAccounts(organizationId: string, customerId: string): Promise<AccountRow[]> {
    return this.rows<AccountRow>(
      `SELECT email, created_at, last_login_at, disabled_at FROM users WHERE organization_id = $1 AND customer_id = $2 AND kind = 'tenant' ORDER BY created_at`,
      [organizationId, customerId],
    );
  }

  /** Disables and de-identifies the customer's portal accounts; their ids. */
  async eraseTenantAccounts(organizationId: string, customerId: string, now: Date): Promise<string[]> {
    const rows = await this.rows<{ id: string }>(
      `UPDATE users SET email = 'gewist-' || id || '@gewist.invalid', display_name = 'Gewiste klant', password_hash = '!',
              disabled_at = COALESCE(disabled_at, $3)
        WHERE organization_id = $1 AND customer_id = $2 AND kind = 'tenant' RETURNING id`,
      [organizationId, customerId, now],
    );
    return rows.map((r) => r.id);
  }

  async deleteSessionsOf(organizationId: string, userIds: string[]): Promise<void> {
    await this.run(`DELETE FROM sessions WHERE organization_id = $1 AND user_id = ANY($2::uuid[])`, [organizationId, userIds]);
  }

  /** Sessions that ended (expired or logged out) before `before`; how many were removed. */
  purgeEndedSessions(organizationId: string, before: Date): Promise<number> {
    return this.run(`DELETE FROM sessions WHERE organization_id = $1 AND (expires_at < $2 OR revoked_at < $2)`, [organizationId, before]);
  }
}
