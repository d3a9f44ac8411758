import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, Actor, AuditService, TooManyRequestsError, UnauthorizedError } from '@loket/server/platform';
import type { LoginResponse, NotificationHours, SessionUser, StaffRole } from '@loket/shared/contracts';
import { LoginThrottle } from './login-throttle';
import { dummyVerify, verifyPassword } from './password';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
/**
 * How long a process trusts a session it has looked up. Every request carries the token, so this
 * saves a database round trip per request; a logout takes effect at once in the process that
 * handled it and within this time in the other API processes.
 */
const SESSION_TRUST_MS = 5_000;
const SESSIONS_KEPT = 10_000;
/** A session's last activity is written at most this often (the idle timeout is in minutes). */
const LAST_SEEN_EVERY_MS = 60_000;

/** Who is trying to log in, as far as the API can tell. */
export interface LoginClient {
  /** The client address (Fastify's request.ip, which honours TRUST_PROXY). */
  address: string;
}

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
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * Checks the throttle first (no password hash is computed for a refused attempt), then the
   * password. Every outcome is in the audit log; an unknown e-mail only as a hash.
   */
  async login(email: string, password: string, client: LoginClient): Promise<LoginResponse> {
    const permit = await this.throttle.admit(email, client.address);
    if (!permit.allowed) throw new TooManyRequestsError(permit.retryAfterSeconds);
    const rows: UserRow[] = await this.db.query(
      `SELECT u.id, u.organization_id, u.email, u.display_name, u.kind, u.roles, u.customer_id, u.password_hash, u.notification_hours,
              o.slug AS org_slug, o.name AS org_name
         FROM users u JOIN organizations o ON o.id = u.organization_id
        WHERE u.email = $1 AND u.disabled_at IS NULL`,
      [email.trim().toLowerCase()],
    );
    const user = rows[0];
    const ok = user ? await verifyPassword(user.password_hash, password) : await dummyVerify(password);
    if (!user || !ok) {
      const { lockedForSeconds } = await this.throttle.failed(permit);
      await this.audit.record({
        organizationId: user?.organization_id ?? null,
        actorUserId: null,
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        details: {
          reason: user ? 'wrong-password' : 'unknown-account',
          address: client.address,
          // An unknown e-mail is not kept; its hash shows repeated attempts on the same name.
          ...(user ? {} : { account: permit.account }),
          ...(lockedForSeconds ? { lockedForSeconds } : {}),
        },
      });
      throw new UnauthorizedError('unauthorized.wrong-credentials');
    }
    await this.throttle.succeeded(permit);

    const token = randomBytes(32).toString('base64url');
    // Session times are the database's clock, the one clock every API process shares (see authenticate).
    const [session]: { expires_at: Date }[] = await this.db.query(
      `INSERT INTO sessions (user_id, organization_id, token_hash, expires_at, last_seen_at)
       VALUES ($1, $2, $3, now() + $4 * interval '1 hour', now()) RETURNING expires_at`,
      [user.id, user.organization_id, sha256(token), this.config.SESSION_TTL_HOURS],
    );
    const expiresAt = new Date(session.expires_at);
    await this.db.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [user.id]);
    await this.audit.record({
      organizationId: user.organization_id,
      actorUserId: user.id,
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      details: { address: client.address },
    });
    return { accessToken: token, expiresAt: expiresAt.toISOString(), user: toSessionUser(user) };
  }

  private readonly trusted = new Map<string, { actor: Actor; until: number }>();

  /**
   * Resolves a bearer token to its actor, or null when it is unknown, expired, revoked or (staff)
   * idle for longer than SESSION_IDLE_MINUTES. A session's times are kept on the database's clock,
   * which every API process shares: the last activity is written at most once a minute, and a
   * process trusts what it looked up for at most SESSION_TRUST_MS (`now` is this process's clock).
   */
  async authenticate(token: string, now = Date.now()): Promise<Actor | null> {
    const hash = sha256(token);
    const known = this.trusted.get(hash);
    if (known && known.until > now) return known.actor;
    const idleMs = this.config.SESSION_IDLE_MINUTES * 60_000;
    const rows: { session_id: string; user_id: string; organization_id: string; kind: 'staff' | 'tenant'; roles: StaffRole[]; customer_id: string | null; idle_ms: number; left_ms: number }[] =
      await this.db.query(
        `SELECT s.id AS session_id, u.id AS user_id, u.organization_id, u.kind, u.roles, u.customer_id,
                extract(epoch FROM now() - coalesce(s.last_seen_at, s.created_at)) * 1000 AS idle_ms,
                extract(epoch FROM s.expires_at - now()) * 1000 AS left_ms
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
        [hash],
      );
    const r = rows[0];
    const idle = r ? Math.max(0, Number(r.idle_ms)) : 0;
    if (!r || (r.kind === 'staff' && idle >= idleMs)) {
      this.trusted.delete(hash);
      return null;
    }
    const seenNow = idle >= LAST_SEEN_EVERY_MS;
    if (seenNow) await this.db.query(`UPDATE sessions SET last_seen_at = now() WHERE id = $1`, [r.session_id]);
    const actor: Actor = {
      sessionId: r.session_id,
      userId: r.user_id,
      organizationId: r.organization_id,
      kind: r.kind,
      roles: r.roles,
      customerId: r.customer_id,
    };
    if (this.trusted.size >= SESSIONS_KEPT) this.trusted.clear();
    const idleLeft = r.kind === 'staff' ? idleMs - (seenNow ? 0 : idle) : Infinity;
    this.trusted.set(hash, { actor, until: now + Math.min(SESSION_TRUST_MS, Number(r.left_ms), idleLeft) });
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
