import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { CUSTOMER_STAFF, isUuid } from '@loket/server/platform';
import type { NotificationHours, PersonRef, Team, TeamRef } from '@loket/shared/contracts';


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
   * A staff member of this organization who may work with customers (agent, team lead or admin;
   * not an editor only, not disabled), or null: who may own a case or be given a callback.
   */
  async customerStaffMember(organizationId: string, id: string): Promise<PersonRef | null> {
    if (!isUuid(id)) return null;
    const rows: { id: string; display_name: string }[] = await this.db.query(
      `SELECT id, display_name FROM users
        WHERE organization_id = $1 AND id = $2 AND kind = 'staff' AND disabled_at IS NULL AND roles && $3::text[]`,
      [organizationId, id, CUSTOMER_STAFF],
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

  /** The organization's teams with lead, manager and members. */
  async teams(organizationId: string): Promise<Team[]> {
    const rows: { id: string; name: string; lead_id: string | null; lead_name: string | null; manager_id: string | null; manager_name: string | null; members: PersonRef[] | null }[] =
      await this.db.query(
        `SELECT t.id, t.name, t.lead_id, l.display_name AS lead_name, t.manager_id, m.display_name AS manager_name,
                (SELECT json_agg(json_build_object('id', u.id, 'displayName', u.display_name) ORDER BY u.display_name)
                   FROM users u WHERE u.team_id = t.id AND u.disabled_at IS NULL) AS members
           FROM teams t LEFT JOIN users l ON l.id = t.lead_id LEFT JOIN users m ON m.id = t.manager_id
          WHERE t.organization_id = $1 ORDER BY t.name`,
        [organizationId],
      );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      lead: r.lead_id ? { id: r.lead_id, displayName: r.lead_name ?? '' } : null,
      manager: r.manager_id ? { id: r.manager_id, displayName: r.manager_name ?? '' } : null,
      members: r.members ?? [],
    }));
  }

  /** Whether `supervisorId` leads or manages the team `userId` is in (or is that user). */
  async supervises(organizationId: string, supervisorId: string, userId: string): Promise<boolean> {
    if (supervisorId === userId) return true;
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM users u JOIN teams t ON t.id = u.team_id
        WHERE u.id = $1 AND u.organization_id = $2 AND t.organization_id = $2 AND $3 IN (t.lead_id, t.manager_id)`,
      [userId, organizationId, supervisorId],
    );
    return rows.length > 0;
  }

  /** The team of a staff member, or null. */
  async teamOf(organizationId: string, userId: string): Promise<TeamRef | null> {
    const rows: TeamRef[] = await this.db.query(
      `SELECT t.id, t.name FROM users u JOIN teams t ON t.id = u.team_id WHERE u.id = $1 AND u.organization_id = $2`,
      [userId, organizationId],
    );
    return rows[0] ?? null;
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
