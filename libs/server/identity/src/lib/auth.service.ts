import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { APP_CONFIG, AppConfig, Actor, AuditService, TooManyRequestsError, UnauthorizedError } from '@loket/server/platform';
import type { NotificationHours } from '@loket/shared/contracts';
import type { LoginResponseDto, SessionUserDto } from './dto/auth.dto';
import { IdentityRepository, type UserRow } from './identity.repository';
import { CLIENT_TOKEN_PREFIX, ClientsService } from './clients/clients.service';
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


@Injectable()
export class AuthService {
  constructor(
    private readonly repo: IdentityRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottle,
    private readonly clients: ClientsService,
  ) {
    clients.onTrustEnded((clientId) => this.forgetClient(clientId));
  }

  /**
   * Checks the throttle first (no password hash is computed for a refused attempt), then the
   * password. Every outcome is in the audit log; an unknown e-mail only as a hash.
   */
  async login(email: string, password: string, client: LoginClient): Promise<LoginResponseDto> {
    const permit = await this.throttle.admit(email, client.address);
    if (!permit.allowed) throw new TooManyRequestsError(permit.retryAfterSeconds);
    const user = await this.repo.userByEmail(email.trim().toLowerCase());
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
    const expiresAt = await this.repo.openSession(user.organization_id, user.id, sha256(token), this.config.SESSION_TTL_HOURS);
    await this.repo.loggedIn(user.organization_id, user.id);
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
    if (token.startsWith(CLIENT_TOKEN_PREFIX)) {
      // An integration client's token: no idle time, only its expiry (and the client's revocation).
      const found = await this.clients.authenticate(token);
      if (!found) {
        this.trusted.delete(hash);
        return null;
      }
      if (this.trusted.size >= SESSIONS_KEPT) this.trusted.clear();
      this.trusted.set(hash, { actor: found.actor, until: now + Math.min(SESSION_TRUST_MS, found.leftMs) });
      return found.actor;
    }
    const idleMs = this.config.SESSION_IDLE_MINUTES * 60_000;
    const r = await this.repo.liveSession(hash);
    const idle = r ? Math.max(0, Number(r.idle_ms)) : 0;
    if (!r || (r.kind === 'staff' && idle >= idleMs)) {
      this.trusted.delete(hash);
      return null;
    }
    const seenNow = idle >= LAST_SEEN_EVERY_MS;
    if (seenNow) await this.repo.seen(r.organization_id, r.session_id);
    const actor: Actor = {
      sessionId: r.session_id,
      userId: r.user_id,
      organizationId: r.organization_id,
      kind: r.kind,
      roles: r.roles,
      scopes: [],
      customerId: r.customer_id,
    };
    if (this.trusted.size >= SESSIONS_KEPT) this.trusted.clear();
    const idleLeft = r.kind === 'staff' ? idleMs - (seenNow ? 0 : idle) : Infinity;
    this.trusted.set(hash, { actor, until: now + Math.min(SESSION_TRUST_MS, Number(r.left_ms), idleLeft) });
    return actor;
  }

  /**
   * Forgets what this process trusted about an integration client's tokens (revoked, scopes changed):
   * its next request is looked up again. Other API processes notice within SESSION_TRUST_MS.
   */
  forgetClient(clientId: string): void {
    for (const [hash, entry] of this.trusted) if (entry.actor.kind === 'client' && entry.actor.userId === clientId) this.trusted.delete(hash);
  }

  async logout(actor: Actor): Promise<void> {
    for (const [hash, entry] of this.trusted) if (entry.actor.sessionId === actor.sessionId) this.trusted.delete(hash);
    await this.repo.revokeSession(actor.organizationId, actor.sessionId, new Date());
  }

  async me(actor: Actor): Promise<SessionUserDto> {
    const user = await this.repo.user(actor.organizationId, actor.userId);
    if (!user) throw new UnauthorizedError();
    return toSessionUser(user);
  }

  /** A staff member's own settings: when to hear of breaches by e-mail. */
  async updateMe(actor: Actor, changes: { notificationHours?: NotificationHours }): Promise<SessionUserDto> {
    if (changes.notificationHours) {
      await this.repo.setNotificationHours(actor.organizationId, actor.userId, changes.notificationHours);
    }
    return this.me(actor);
  }
}

function toSessionUser(u: UserRow): SessionUserDto {
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
