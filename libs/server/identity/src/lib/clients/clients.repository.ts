import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { IntegrationScope } from '@loket/shared/contracts';
import type { OrganizationEntity } from '../organization.entity';
import type { IntegrationClientEntity, IntegrationTokenEntity } from './integration-client.entity';

type ClientColumns = Columns<IntegrationClientEntity>;
export type ClientRow = Pick<ClientColumns, 'id' | 'organization_id' | 'name' | 'client_id' | 'scopes' | 'created_by' | 'created_at' | 'rotated_at' | 'revoked_at' | 'last_used_at'>;
const CLIENT_COLUMNS = 'id, organization_id, name, client_id, scopes, created_by, created_at, rotated_at, revoked_at, last_used_at';

/** A live token's client, with how long the token has left (on the database's clock). */
export type ClientTokenRow = Pick<ClientColumns, 'organization_id' | 'scopes'> & {
  token_id: Columns<IntegrationTokenEntity>['id'];
  client_id: ClientColumns['id'];
  left_ms: number;
};

/** What a client learns about its own connection (GET /integrations/connection). */
export type ConnectionRow = Pick<ClientColumns, 'id' | 'name' | 'client_id'> & {
  organization_slug: Columns<OrganizationEntity>['slug'];
  organization_name: Columns<OrganizationEntity>['name'];
  expires_at: Columns<IntegrationTokenEntity>['expires_at'];
};

/** All SQL of integration clients and their tokens. */
@Injectable()
export class ClientsRepository extends SqlRepository {
  async insert(c: { organizationId: string; name: string; clientId: string; secretHash: string; scopes: IntegrationScope[]; createdBy: string }): Promise<ClientRow> {
    return (await this.one<ClientRow>(
      `INSERT INTO integration_clients (organization_id, name, client_id, secret_hash, scopes, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${CLIENT_COLUMNS}`,
      [c.organizationId, c.name, c.clientId, c.secretHash, c.scopes, c.createdBy],
    )) as ClientRow;
  }

  /** The organization's clients: live ones first, then the revoked (newest first within each). */
  list(organizationId: string): Promise<ClientRow[]> {
    return this.rows<ClientRow>(
      `SELECT ${CLIENT_COLUMNS} FROM integration_clients WHERE organization_id = $1
        ORDER BY revoked_at IS NOT NULL, created_at DESC, id`,
      [organizationId],
    );
  }

  /** One client of the organization; `forUpdate` locks it for a change in the same transaction. */
  get(organizationId: string, id: string, forUpdate = false): Promise<ClientRow | undefined> {
    return this.one<ClientRow>(
      `SELECT ${CLIENT_COLUMNS} FROM integration_clients WHERE organization_id = $1 AND id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
      [organizationId, id],
    );
  }

  async update(organizationId: string, id: string, changes: { name: string; scopes: IntegrationScope[] }): Promise<ClientRow> {
    return (await this.one<ClientRow>(
      `UPDATE integration_clients SET name = $3, scopes = $4 WHERE organization_id = $1 AND id = $2 RETURNING ${CLIENT_COLUMNS}`,
      [organizationId, id, changes.name, changes.scopes],
    )) as ClientRow;
  }

  /** A new secret: the old hash is overwritten, so the old secret stops at once. */
  async rotate(organizationId: string, id: string, secretHash: string): Promise<ClientRow> {
    return (await this.one<ClientRow>(
      `UPDATE integration_clients SET secret_hash = $3, rotated_at = now() WHERE organization_id = $1 AND id = $2 RETURNING ${CLIENT_COLUMNS}`,
      [organizationId, id, secretHash],
    )) as ClientRow;
  }

  async revoke(organizationId: string, id: string): Promise<ClientRow> {
    return (await this.one<ClientRow>(
      `UPDATE integration_clients SET revoked_at = now() WHERE organization_id = $1 AND id = $2 RETURNING ${CLIENT_COLUMNS}`,
      [organizationId, id],
    )) as ClientRow;
  }

  /** Ends the client's live tokens; answers how many there were. */
  async endTokens(organizationId: string, clientId: string): Promise<number> {
    const rows = await this.rows<{ id: string }>(
      `UPDATE integration_tokens SET revoked_at = now()
        WHERE organization_id = $1 AND client_id = $2 AND revoked_at IS NULL AND expires_at > now() RETURNING id`,
      [organizationId, clientId],
    );
    return rows.length;
  }

  /** A client that may log in, by its public id, with its secret's hash. */
  byClientId(clientId: string): Promise<(ClientRow & { secret_hash: string }) | undefined> {
    return this.one(`SELECT ${CLIENT_COLUMNS}, secret_hash FROM integration_clients WHERE client_id = $1 AND revoked_at IS NULL`, [clientId]);
  }

  /** Issues a token; its expiry is on the database's clock, which every API process shares. */
  async issueToken(organizationId: string, clientId: string, tokenHash: string, ttlSeconds: number, scopes: IntegrationScope[]): Promise<Date> {
    const row = await this.one<{ expires_at: Date }>(
      `INSERT INTO integration_tokens (organization_id, client_id, token_hash, expires_at, scopes)
       VALUES ($1, $2, $3, now() + make_interval(secs => $4), $5) RETURNING expires_at`,
      [organizationId, clientId, tokenHash, ttlSeconds, scopes],
    );
    await this.run(`UPDATE integration_clients SET last_used_at = now() WHERE id = $1 AND organization_id = $2`, [clientId, organizationId]);
    return new Date((row as { expires_at: Date }).expires_at);
  }

  liveToken(tokenHash: string): Promise<ClientTokenRow | undefined> {
    return this.one<ClientTokenRow>(
      `SELECT t.id AS token_id, c.id AS client_id, c.organization_id,
              ARRAY(SELECT unnest(t.scopes) INTERSECT SELECT unnest(c.scopes) ORDER BY 1) AS scopes,
              extract(epoch FROM t.expires_at - now()) * 1000 AS left_ms
         FROM integration_tokens t JOIN integration_clients c ON c.id = t.client_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now() AND c.revoked_at IS NULL`,
      [tokenHash],
    );
  }

  /** The client, its organization and the expiry of the token it calls with. */
  connection(organizationId: string, clientId: string, tokenId: string): Promise<ConnectionRow | undefined> {
    return this.one<ConnectionRow>(
      `SELECT c.id, c.name, c.client_id, o.slug AS organization_slug, o.name AS organization_name, t.expires_at
         FROM integration_tokens t
         JOIN integration_clients c ON c.id = t.client_id AND c.organization_id = t.organization_id
         JOIN organizations o ON o.id = c.organization_id
        WHERE t.organization_id = $1 AND t.client_id = $2 AND t.id = $3`,
      [organizationId, clientId, tokenId],
    );
  }
}
