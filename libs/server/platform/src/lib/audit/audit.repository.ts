import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlRepository, type Columns } from '../database/repository';
import type { AuditEventEntity } from './audit-event.entity';

type AuditColumns = Columns<AuditEventEntity>;

/** A change on record (AuditService), written in the caller's transaction. */
export interface AuditRecord {
  organizationId: string | null;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown>;
}
/** A read on record (AccessLog), with the moment it was shown. */
export interface ReadRecord extends AuditRecord {
  at: Date;
}
/** One recorded read of a customer, as the access-log screens list it. */
export type CustomerReadRow = Pick<AuditColumns, 'actor_user_id' | 'entity_id' | 'action' | 'at'> & { view: string | null };

/** All SQL of the audit log (`audit_events`): changes, and reads of customer data (`is_read`). */
@Injectable()
export class AuditRepository extends SqlRepository {
  async insert(entry: AuditRecord): Promise<void> {
    await this.run(
      `INSERT INTO audit_events (organization_id, actor_user_id, action, entity_type, entity_id, details)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [entry.organizationId, entry.actorUserId, entry.action, entry.entityType, entry.entityId, entry.details],
    );
  }

  /**
   * A batch of reads, as one statement through `m`: the batched writer's own short transaction
   * (apart from any use case's, see BatchedWriter), not the caller's.
   */
  async insertReads(m: Pick<EntityManager, 'query'>, batch: ReadRecord[]): Promise<void> {
    await m.query(
      `INSERT INTO audit_events (organization_id, actor_user_id, action, entity_type, entity_id, details, at, is_read)
       SELECT o, a, act, et, e, d, t, true
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::jsonb[], $7::timestamptz[]) AS x(o, a, act, et, e, d, t)`,
      [
        batch.map((b) => b.organizationId), batch.map((b) => b.actorUserId), batch.map((b) => b.action), batch.map((b) => b.entityType),
        batch.map((b) => b.entityId), batch.map((b) => JSON.stringify(b.details)), batch.map((b) => b.at),
      ],
    );
  }

  /** Reads of customers, newest first: of one customer, or by one user. */
  async customerReads(organizationId: string, by: { customerId: string } | { actorUserId: string }, limit: number, offset: number): Promise<CustomerReadRow[]> {
    const [where, value] = 'customerId' in by ? ['a.entity_id = $2', by.customerId] : ['a.actor_user_id = $2', by.actorUserId];
    return this.rows(
      `SELECT a.actor_user_id, a.entity_id, a.action, a.details->>'view' AS view, a.at
         FROM audit_events a
        WHERE a.organization_id = $1 AND a.is_read AND a.entity_type = 'customer' AND ${where}
        ORDER BY a.at DESC, a.id DESC LIMIT $3 OFFSET $4`,
      [organizationId, value, limit, offset],
    );
  }

  /** Retention: reads older than `before` are removed. Changes stay. */
  async deleteReadsBefore(organizationId: string, before: Date): Promise<number> {
    return this.run(`DELETE FROM audit_events WHERE organization_id = $1 AND at < $2 AND is_read`, [organizationId, before]);
  }
}
