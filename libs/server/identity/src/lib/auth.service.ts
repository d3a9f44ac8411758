import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, Actor, AuditService, UnauthorizedError } from '@loket/server/platform';
import type { LoginResponse, NotificationHours, SessionUser, StaffRole } from '@loket/shared/contracts';
import { dummyVerify, verifyPassword } from './password';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
/**
 * How long a process trusts a session it has looked up. Every request carries the token, so this
 * saves a database round trip per request; a logout takes effect at once in the process that
 * handled it and within this time in the other API processes.
 */
const SESSION_TRUST_MS = 5_000;
const SESSIONS_KEPT = 10_000;

interface UserRow {
  id: string;
  organization_id: string;
  email: string;
  display_name: string;
  kind: 'staff' | 'tenant';
  roles: StaffRole[];
  customer_id: string | null;
  password_hash: string;
  notification_hours: NotificationHours;
  org_slug: string;
  org_name: string;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, password: string): Promise<LoginResponse> {
    const rows: UserRow[] = await this.db.query(
      `SELECT u.id, u.organization_id, u.email, u.display_name, u.kind, u.roles, u.customer_id, u.password_hash, u.notification_hours,
              o.slug AS org_slug, o.name AS org_name
         FROM users u JOIN organizations o ON o.id = u.organization_id
        WHERE u.email = $1 AND u.disabled_at IS NULL`,
      [email.trim().toLowerCase()],
    );
    const user = rows[0];
    const ok = user ? await verifyPassword(user.password_hash, password) : await dummyVerify(password);
    if (!user || !ok) throw new UnauthorizedError('The e-mail address or password is not right.');

    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.SESSION_TTL_HOURS * 3600_000);
    await this.db.query(
      `INSERT INTO sessions (user_id, organization_id, token_hash, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)`,
      [user.id, user.organization_id, sha256(token), expiresAt, now],
    );
    await this.db.query(`UPDATE users SET last_login_at = $2 WHERE id = $1`, [user.id, now]);
    await this.audit.record({
      organizationId: user.organization_id,
      actorUserId: user.id,
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
    });
    return { accessToken: token, expiresAt: expiresAt.toISOString(), user: toSessionUser(user) };
  }

  private readonly trusted = new Map<string, { actor: Actor; until: number }>();

  /** Resolves a bearer token to its actor, or null when it is unknown, expired or revoked. */
  async authenticate(token: string, now = Date.now()): Promise<Actor | null> {
    const hash = sha256(token);
    const known = this.trusted.get(hash);
    if (known && known.until > now) return known.actor;
    const rows: { session_id: string; user_id: string; organization_id: string; kind: 'staff' | 'tenant'; roles: StaffRole[]; customer_id: string | null; expires_at: Date }[] =
      await this.db.query(
        `SELECT s.id AS session_id, u.id AS user_id, u.organization_id, u.kind, u.roles, u.customer_id, s.expires_at
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.disabled_at IS NULL`,
        [hash, new Date(now)],
      );
    const r = rows[0];
    if (!r) {
      this.trusted.delete(hash);
      return null;
    }
    const actor: Actor = {
      sessionId: r.session_id,
      userId: r.user_id,
      organizationId: r.organization_id,
      kind: r.kind,
      roles: r.roles,
      customerId: r.customer_id,
    };
    if (this.trusted.size >= SESSIONS_KEPT) this.trusted.clear();
    this.trusted.set(hash, { actor, until: Math.min(now + SESSION_TRUST_MS, new Date(r.expires_at).getTime()) });
    return actor;
  }

  async logout(actor: Actor): Promise<void> {
    for (const [hash, entry] of this.trusted) if (entry.actor.sessionId === actor.sessionId) this.trusted.delete(hash);
    await this.db.query(`UPDATE sessions SET revoked_at = $3 WHERE id = $1 AND organization_id = $2`, [
      actor.sessionId,
      actor.organizationId,
      new Date(),
    ]);
  }

  async me(actor: Actor): Promise<SessionUser> {
    const rows: UserRow[] = await this.db.query(
      `SELECT u.id, u.organization_id, u.email, u.display_name, u.kind, u.roles, u.customer_id, u.password_hash, u.notification_hours,
              o.slug AS org_slug, o.name AS org_name
         FROM users u JOIN organizations o ON o.id = u.organization_id
        WHERE u.id = $1 AND u.organization_id = $2`,
      [actor.userId, actor.organizationId],
    );
    if (!rows[0]) throw new UnauthorizedError();
    return toSessionUser(rows[0]);
  }

  /** A staff member's own settings: when to hear of breaches by e-mail. */
  async updateMe(actor: Actor, changes: { notificationHours?: NotificationHours }): Promise<SessionUser> {
    if (changes.notificationHours) {
      await this.db.query(`UPDATE users SET notification_hours = $3 WHERE id = $1 AND organization_id = $2`, [actor.userId, actor.organizationId, changes.notificationHours]);
    }
    return this.me(actor);
  }
}

function toSessionUser(u: UserRow): SessionUser {
  return {
    id: u.id,
    email: u.email,
    displayName: u.display_name,
    kind: u.kind,
    roles: u.roles,
    organization: { id: u.organization_id, slug: u.org_slug, name: u.org_name },
    customerId: u.customer_id,
    notificationHours: u.notification_hours,
  };
}
