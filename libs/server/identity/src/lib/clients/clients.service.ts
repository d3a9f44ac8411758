import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Actor, AuditService, UnauthorizedError, UseCase, ValidationFailedError } from '@loket/server/platform';
import { INTEGRATION_SCOPES, type IntegrationScope } from '@loket/shared/contracts';
import { ClientsRepository, type ClientRow } from './clients.repository';
import type { IntegrationClientDto, IntegrationClientWithSecretDto, TokenResponseDto } from './clients.dto';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** Tokens of integration clients start with this, so a request's token is looked up in one place. */
export const CLIENT_TOKEN_PREFIX = 'lkt_';
/** How long an access token of an integration client lives (short: a revoked client is out soon either way). */
export const CLIENT_TOKEN_TTL_SECONDS = 15 * 60;

export function toClientDto(c: ClientRow): IntegrationClientDto {
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  return {
    id: c.id,
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

/** Integration clients (OAuth2 client credentials): created by admins, logging in for short-lived tokens. */
@Injectable()
export class ClientsService {
  constructor(
    private readonly repository: ClientsRepository,
    private readonly audit: AuditService,
  ) {}

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
  @UseCase()
  async token(credentials: { clientId?: string; clientSecret?: string; scope?: string }): Promise<TokenResponseDto> {
    if (!credentials.clientId || !credentials.clientSecret) throw new UnauthorizedError('unauthorized.invalid-client');
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
