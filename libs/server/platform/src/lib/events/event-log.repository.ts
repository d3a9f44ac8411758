import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '../database/repository';
import type { IntegrationEventEntity } from './integration-event.entity';

export type IntegrationEventRow = Pick<Columns<IntegrationEventEntity>, 'seq' | 'id' | 'tx' | 'type' | 'customer_id' | 'subject_id' | 'occurred_at' | 'data'>;
const COLUMNS = 'seq, id, tx, type, customer_id, subject_id, occurred_at, data';
/** Transactions before this one have all finished: their events are final. */
const FINISHED = 'tx < (pg_snapshot_xmin(pg_current_snapshot()))::text::bigint';

/** All SQL of the event log (`integration_events`). Runs in the caller's transaction when there is one. */
@Injectable()
export class EventLogRepository extends SqlRepository {
  async insert(e: { organizationId: string; type: string; customerId: string | null; subjectId: string; occurredAt: Date; data: unknown }): Promise<string> {
    const row = await this.one<Pick<IntegrationEventRow, 'id'>>(
      `INSERT INTO integration_events (id, tx, organization_id, type, customer_id, subject_id, occurred_at, data)
       VALUES (gen_random_uuid(), (pg_current_xact_id())::text::bigint, $1, $2, $3, $4, $5, $6) RETURNING id`,
      [e.organizationId, e.type, e.customerId, e.subjectId, e.occurredAt, JSON.stringify(e.data)],
    );
    return (row as Pick<IntegrationEventRow, 'id'>).id;
  }

  /** Final events of the organization after (tx, seq), oldest first. */
  after(organizationId: string, after: { tx: string; seq: string } | null, types: readonly string[] | null, limit: number): Promise<IntegrationEventRow[]> {
    return this.rows(
      `SELECT ${COLUMNS} FROM integration_events
        WHERE organization_id = $1 AND (tx, seq) > ($2::bigint, $3::bigint) AND ${FINISHED}
          AND ($4::text[] IS NULL OR type = ANY($4::text[]))
        ORDER BY tx, seq LIMIT $5`,
      [organizationId, after?.tx ?? '0', after?.seq ?? '0', types, limit],
    );
  }

  /** Final events of every organization after (tx, seq), oldest first (the webhook pump's fan-out). */
  afterAll(after: { tx: string; seq: string } | null, limit: number): Promise<(IntegrationEventRow & { organization_id: string })[]> {
    return this.rows(
      `SELECT organization_id, ${COLUMNS} FROM integration_events
        WHERE (tx, seq) > ($1::bigint, $2::bigint) AND ${FINISHED}
        ORDER BY tx, seq LIMIT $3`,
      [after?.tx ?? '0', after?.seq ?? '0', limit],
    );
  }

  /** Events of the organization that occurred in [from, to), in order (replays of a time range). */
  between(organizationId: string, from: Date, to: Date, types: readonly string[] | null, limit: number): Promise<IntegrationEventRow[]> {
    return this.rows(
      `SELECT ${COLUMNS} FROM integration_events
        WHERE organization_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND ${FINISHED}
          AND ($4::text[] IS NULL OR type = ANY($4::text[]))
        ORDER BY tx, seq LIMIT $5`,
      [organizationId, from, to, types, limit],
    );
  }

  /** These events of the organization, by id. */
  byIds(organizationId: string, ids: string[]): Promise<IntegrationEventRow[]> {
    return this.rows(`SELECT ${COLUMNS} FROM integration_events WHERE organization_id = $1 AND id = ANY($2::uuid[]) ORDER BY tx, seq`, [organizationId, ids]);
  }
}
