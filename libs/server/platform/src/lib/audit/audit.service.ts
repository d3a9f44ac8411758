import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

export interface AuditEntry {
  /** Null only for what belongs to no organization (a failed login for an unknown e-mail). */
  organizationId: string | null;
  actorUserId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Records in the caller's transaction when there is one, so a rolled-back change leaves no trace. */
  async record(entry: AuditEntry): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO audit_events (organization_id, actor_user_id, action, entity_type, entity_id, details)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [entry.organizationId, entry.actorUserId, entry.action, entry.entityType, entry.entityId, entry.details ?? {}],
    );
  }
}
