import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { PersonRef } from '@loket/shared/contracts';

/**
 * Names of people and organizations, for modules that know only ids. Runs inside the
 * caller's transaction when there is one (never a second connection while one is held).
 */
@Injectable()
export class DirectoryService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get db() {
    return this.txHost.tx;
  }

  async people(organizationId: string, ids: (string | null)[]): Promise<Map<string, PersonRef>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (wanted.length === 0) return new Map();
    const rows: { id: string; display_name: string }[] = await this.db.query(
      `SELECT id, display_name FROM users WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
      [organizationId, wanted],
    );
    return new Map(rows.map((r) => [r.id, { id: r.id, displayName: r.display_name }]));
  }

  /** A staff member of this organization, or null. */
  async staffMember(organizationId: string, id: string): Promise<PersonRef | null> {
    const rows: { id: string; display_name: string }[] = await this.db.query(
      `SELECT id, display_name FROM users WHERE organization_id = $1 AND id = $2 AND kind = 'staff' AND disabled_at IS NULL`,
      [organizationId, id],
    );
    return rows[0] ? { id: rows[0].id, displayName: rows[0].display_name } : null;
  }

  async organizationName(organizationId: string): Promise<string> {
    const rows: { name: string }[] = await this.db.query(`SELECT name FROM organizations WHERE id = $1`, [organizationId]);
    return rows[0]?.name ?? 'Loket';
  }
}
