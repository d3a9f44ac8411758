import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { IntegrationScope } from '@loket/shared/contracts';
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
}
