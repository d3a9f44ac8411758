import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '../database/repository';
import type { IntegrationEventEntity } from './integration-event.entity';

export type IntegrationEventRow = Pick<Columns<IntegrationEventEntity>, 'seq' | 'id' | 'tx' | 'type' | 'customer_id' | 'subject_id' | 'occurred_at' | 'data'>;
const COLUMNS = 'seq, id, tx, type, customer_id, subject_id, occurred_at, data';
/**
 * Events of transactions that have all finished are final. The horizon is the oldest transaction still
 * running that could have written here: a running transaction that pg_stat_activity shows in another
 * database cannot, so a long transaction elsewhere on the server holds nothing back. Any other one
 * (this database's, or one not (yet) in pg_stat_activity) counts; without one, every transaction the
 * snapshot saw has finished (xmax).
 */
const FINISHED = `tx < (SELECT COALESCE(
    (SELECT min(x)::text::bigint FROM pg_snapshot_xip(pg_current_snapshot()) x
      WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.backend_xid = x::xid AND a.datname <> current_database())),
    pg_snapshot_xmax(pg_current_snapshot())::text::bigint))`;

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

  /** Several events of one organization in one statement, in the order given (their seq follows it). */
  async insertMany(organizationId: string, list: { type: string; customerId: string | null; subjectId: string; occurredAt: Date; data: unknown }[]): Promise<string[]> {
    const rows = await this.rows<Pick<IntegrationEventRow, 'id'>>(
      `INSERT INTO integration_events (id, tx, organization_id, type, customer_id, subject_id, occurred_at, data)
       SELECT gen_random_uuid(), (pg_current_xact_id())::text::bigint, $1, u.type, u.customer_id, u.subject_id, u.occurred_at, u.data
         FROM unnest($2::text[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::jsonb[]) WITH ORDINALITY AS u(type, customer_id, subject_id, occurred_at, data, n)
        ORDER BY u.n
       RETURNING id`,
      [organizationId, list.map((e) => e.type), list.map((e) => e.customerId), list.map((e) => e.subjectId), list.map((e) => e.occurredAt), list.map((e) => JSON.stringify(e.data))],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Erasure (AVG): in the customer's events, these keys of `data` lose their value (a text becomes
   * `replacement`, anything else null). The number of events touched.
   */
  scrubCustomer(organizationId: string, customerId: string, keys: string[], replacement: string): Promise<number> {
    return this.run(
      `UPDATE integration_events e
          SET data = (SELECT jsonb_object_agg(j.k, CASE WHEN j.k = ANY($3::text[]) THEN (CASE WHEN jsonb_typeof(j.v) = 'string' THEN to_jsonb($4::text) ELSE 'null'::jsonb END) ELSE j.v END)
                        FROM jsonb_each(e.data) AS j(k, v))
        WHERE e.organization_id = $1 AND e.customer_id = $2 AND e.data ?| $3::text[]`,
      [organizationId, customerId, keys, replacement],
    );
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
