import { Injectable } from '@nestjs/common';
import { AuditRepository } from './audit.repository';

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
  constructor(private readonly repository: AuditRepository) {}

  /** Records in the caller's transaction when there is one, so a rolled-back change leaves no trace. */
  async record(entry: AuditEntry): Promise<void> {
    await this.repository.insert({ ...entry, details: entry.details ?? {} });
  }
}
