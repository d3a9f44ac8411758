import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { NotificationHours, PersonRef } from '@loket/shared/contracts';

export interface Recipient {
  id: string;
  displayName: string;
  email: string;
  notificationHours: NotificationHours;
}

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

  /**
   * Who to tell about a case: the given staff members (active ones), or — when none is given —
   * the organization's team leads, so a case without an owner never goes unnoticed.
   */
  async notificationRecipients(organizationId: string, ids: string[]): Promise<Recipient[]> {
    const rows: { id: string; display_name: string; email: string; notification_hours: Recipient['notificationHours'] }[] = await this.db.query(
      `SELECT id, display_name, email, notification_hours FROM users
        WHERE organization_id = $1 AND kind = 'staff' AND disabled_at IS NULL
          AND (CASE WHEN cardinality($2::uuid[]) > 0 THEN id = ANY($2::uuid[]) ELSE 'team_lead' = ANY(roles) END)`,
      [organizationId, ids],
    );
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, email: r.email, notificationHours: r.notification_hours }));
  }

  /** The organization's team leads (for cases nobody owns). */
  async teamLeads(organizationId: string): Promise<Recipient[]> {
    return this.notificationRecipients(organizationId, []);
  }

  async organizationName(organizationId: string): Promise<string> {
    const rows: { name: string }[] = await this.db.query(`SELECT name FROM organizations WHERE id = $1`, [organizationId]);
    return rows[0]?.name ?? 'Loket';
  }
}
