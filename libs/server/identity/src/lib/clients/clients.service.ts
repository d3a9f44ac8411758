import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Actor, afterCommit, AuditService, ConflictError, isUuid, NotFoundError, UnauthorizedError, UseCase, ValidationFailedError } from '@loket/server/platform';
import { INTEGRATION_SCOPES, type IntegrationScope } from '@loket/shared/contracts';
import { ClientsRepository, type ClientRow } from './clients.repository';
import type { IntegrationClientDto, IntegrationClientWithSecretDto, IntegrationConnectionDto, TokenResponseDto } from './clients.dto';
import { ClientThrottle } from './client-throttle';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** Tokens of integration clients start with this, so a request's token is looked up in one place. */
export const CLIENT_TOKEN_PREFIX = 'lkt_';
/** How long an access token of an integration client lives (short: a revoked client is out soon either way). */
export const CLIENT_TOKEN_TTL_SECONDS = 15 * 60;

export function toClientDto(c: ClientRow): IntegrationClientDto {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: c.id,
    status: c.revoked_at ? 'revoked' : 'active',
    name: c.name,
    clientId: c.client_id,
    scopes: c.scopes,
    createdAt: new Date(c.created_at).toISOString(),
    rotatedAt: iso(c.rotated_at),
    revokedAt: iso(c.revoked_at),
    lastUsedAt: iso(c.last_used_at),
  };
}

const newSecret = () => `lks_${randomBytes(32).toString('base64url')}`;
const sameScopes = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join(' ') === [...b].sort().join(' ');

/** Integration clients (OAuth2 client credentials): created by admins, logging in for short-lived tokens. */
@Injectable()
export class ClientsService {
  constructor(
    private readonly repository: ClientsRepository,
    private readonly audit: AuditService,
    private readonly throttle: ClientThrottle,
  ) {}

  private readonly trustEnds: ((clientId: string) => void)[] = [];

  /**
   * Called (after the commit) when a client's tokens lose what they were trusted with: revoked,
   * scopes changed, tokens ended. AuthService clears its per-process trust cache with it; the other
   * API processes notice within their trust time (5 s).
   */
  onTrustEnded(listener: (clientId: string) => void): void {
    this.trustEnds.push(listener);
  }

  private async endTrust(clientId: string): Promise<void> {
    await afterCommit(async () => {
      for (const listener of this.trustEnds) listener(clientId);
    });
  }

  /** The organization's clients, live ones first; revoked ones stay listed as such. */
  async list(actor: Actor): Promise<IntegrationClientDto[]> {
    return (await this.repository.list(actor.organizationId)).map(toClientDto);
  }

  /** One client of the admin's own organization; another organization's is not found. */
  async get(actor: Actor, id: string): Promise<IntegrationClientDto> {
    return toClientDto(await this.existing(actor, id));
  }

  private async existing(actor: Actor, id: string, forUpdate = false) {
    if (!isUuid(id)) throw new NotFoundError('Integration client');
    const row = await this.repository.get(actor.organizationId, id, forUpdate);
    if (!row) throw new NotFoundError('Integration client');
    return row;
  }

  private async live(actor: Actor, id: string) {
    const row = await this.existing(actor, id, true);
    if (row.revoked_at) throw new ConflictError('integration-client-revoked', { name: row.name });
    return row;
  }

  /** A new name and/or scopes. Taking a scope away holds for live tokens too (their scopes are bounded by the client's). */
  @UseCase()
  async update(actor: Actor, id: string, changes: { name?: string; scopes?: IntegrationScope[] }): Promise<IntegrationClientDto> {
    const before = await this.live(actor, id);
    const name = changes.name === undefined ? before.name : changes.name.trim();
    if (!name) throw new ValidationFailedError([{ field: 'name', code: 'required' }]);
    const scopes = changes.scopes ?? before.scopes;
    const scopesChanged = !sameScopes(scopes, before.scopes);
    if (name === before.name && !scopesChanged) return toClientDto(before);
    const after = await this.repository.update(actor.organizationId, id, { name, scopes });
    await this.audit.record({
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: scopesChanged ? 'integration_client.scopes_changed' : 'integration_client.renamed',
      entityType: 'integration_client',
      entityId: id,
      details: { ...(scopesChanged ? { from: before.scopes, to: scopes } : {}), ...(name !== before.name ? { renamed: true } : {}) },
    });
    if (scopesChanged) await this.endTrust(id);
    return toClientDto(after);
  }

  /**
   * A new secret, shown once. The old secret stops at once (its hash is overwritten). Live tokens
   * keep working until they expire (at most CLIENT_TOKEN_TTL_SECONDS), so a running ERP is not cut
   * off while its operator puts the new secret in; with `endTokens` (a leaked secret) they stop at once.
   */
  @UseCase()
  async rotate(actor: Actor, id: string, options: { endTokens?: boolean } = {}): Promise<IntegrationClientWithSecretDto> {
    await this.live(actor, id);
    const secret = newSecret();
    const row = await this.repository.rotate(actor.organizationId, id, sha256(secret));
    const tokensEnded = options.endTokens ? await this.repository.endTokens(actor.organizationId, id) : 0;
    await this.audit.record({
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'integration_client.rotated',
      entityType: 'integration_client',
      entityId: id,
      details: { endTokens: !!options.endTokens, tokensEnded },
    });
    if (options.endTokens) await this.endTrust(id);
    return { ...toClientDto(row), clientSecret: secret };
  }

  /** Revokes a client: no new tokens, and its live tokens stop at once. Revoking it again changes nothing. */
  @UseCase()
  async revoke(actor: Actor, id: string): Promise<void> {
    const row = await this.existing(actor, id, true);
    if (row.revoked_at) return;
    await this.repository.revoke(actor.organizationId, id);
    const tokensEnded = await this.repository.endTokens(actor.organizationId, id);
    await this.audit.record({
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'integration_client.revoked',
      entityType: 'integration_client',
      entityId: id,
      details: { tokensEnded },
    });
    await this.endTrust(id);
  }

  /** The calling client's own connection: its name, organization, the token's scopes and expiry. */
  async connection(actor: Actor): Promise<IntegrationConnectionDto> {
    const row = await this.repository.connection(actor.organizationId, actor.userId, actor.sessionId);
    if (!row) throw new UnauthorizedError('unauthorized.session-ended');
    return {
      id: row.id,
      name: row.name,
      clientId: row.client_id,
      organization: { slug: row.organization_slug, name: row.organization_name },
      scopes: actor.scopes,
      tokenExpiresAt: new Date(row.expires_at).toISOString(),
    };
  }

  @UseCase()
  async create(actor: Actor, input: { name: string; scopes: IntegrationScope[] }): Promise<IntegrationClientWithSecretDto> {
    const secret = newSecret();
    const row = await this.repository.insert({
      organizationId: actor.organizationId,
      name: input.name.trim(),
      clientId: `lkc_${randomBytes(12).toString('hex')}`,
      secretHash: sha256(secret),
      scopes: input.scopes,
      createdBy: actor.userId,
    });
    await this.audit.record({ organizationId: actor.organizationId, actorUserId: actor.userId, action: 'integration_client.created', entityType: 'integration_client', entityId: row.id, details: { scopes: input.scopes } });
    return { ...toClientDto(row), clientSecret: secret };
  }

  /**
   * The client credentials grant: a token for a live client whose secret matches, with the scopes
   * asked for (all of the client's when none are named). Every failure is the same 401.
   */
  async token(credentials: { clientId?: string; clientSecret?: string; scope?: string }): Promise<TokenResponseDto> {
    if (!credentials.clientId || !credentials.clientSecret) throw new UnauthorizedError('unauthorized.invalid-client');
    // Counted per client_id before the secret is checked (and outside the transaction): guessing secrets is slow, and so is minting tokens.
    await this.throttle.admitTokenRequest(credentials.clientId);
    return this.grant({ clientId: credentials.clientId, clientSecret: credentials.clientSecret, scope: credentials.scope });
  }

  @UseCase()
  private async grant(credentials: { clientId: string; clientSecret: string; scope?: string }): Promise<TokenResponseDto> {
    const client = await this.repository.byClientId(credentials.clientId);
    const given = Buffer.from(sha256(credentials.clientSecret), 'hex');
    const ok = client ? timingSafeEqual(given, Buffer.from(client.secret_hash, 'hex')) : false;
    if (!client || !ok) throw new UnauthorizedError('unauthorized.invalid-client');
    const asked = credentials.scope?.split(/\s+/).filter(Boolean) ?? [];
    const unknown = asked.filter((s) => !(INTEGRATION_SCOPES as readonly string[]).includes(s) || !client.scopes.includes(s as IntegrationScope));
    if (unknown.length) throw new ValidationFailedError([{ field: 'scope', code: 'scope_not_granted', params: { scopes: unknown.join(' ') } }]);
    const scopes = asked.length ? (asked as IntegrationScope[]) : client.scopes;
    const token = `${CLIENT_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    // The token carries the client's scopes as they are now: the narrowing to `scope` is kept with it.
    await this.repository.issueToken(client.organization_id, client.id, sha256(token), CLIENT_TOKEN_TTL_SECONDS, scopes);
    return { access_token: token, token_type: 'Bearer', expires_in: CLIENT_TOKEN_TTL_SECONDS, scope: scopes.join(' ') };
  }

  /** The actor a client token stands for, or null when it is unknown, expired or revoked (or its client is). */
  async authenticate(token: string): Promise<{ actor: Actor; leftMs: number } | null> {
    const r = await this.repository.liveToken(sha256(token));
    if (!r) return null;
    return {
      actor: { kind: 'client', userId: r.client_id, organizationId: r.organization_id, roles: [], scopes: r.scopes, customerId: null, sessionId: r.token_id },
      leftMs: Number(r.left_ms),
    };
  }
}
