import { Injectable } from '@nestjs/common';
import { CUSTOMER_STAFF, isUuid, type PersonRefDto } from '@loket/server/platform';
import type { NotificationHours } from '@loket/shared/contracts';
import { IdentityRepository } from './identity.repository';

export interface Recipient {
  id: string;
  displayName: string;
  email: string;
  notificationHours: NotificationHours;
}

export interface OrganizationContact {
  name: string;
  phone: string | null;
  replyAddress: string | null;
}

/**
 * Names of people and organizations, for modules that know only ids, and who is in which team
 * (the teams themselves are reference data). Runs inside the caller's transaction when there is
 * one (never a second connection while one is held).
 */
@Injectable()
export class DirectoryService {
  constructor(private readonly repo: IdentityRepository) {}

  async people(organizationId: string, ids: (string | null)[]): Promise<Map<string, PersonRefDto>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (wanted.length === 0) return new Map();
    const rows = await this.repo.people(organizationId, wanted);
    return new Map(rows.map((r) => [r.id, { id: r.id, displayName: r.display_name }]));
  }

  /** A staff member of this organization, or null. */
  async staffMember(organizationId: string, id: string): Promise<PersonRefDto | null> {
    const row = await this.repo.staffMember(organizationId, id);
    return row ? { id: row.id, displayName: row.display_name } : null;
  }

  /**
   * A staff member of this organization who may work with customers (agent, team lead or admin;
   * not an editor only, not disabled), or null: who may own a case or be given a callback.
   */
  async customerStaffMember(organizationId: string, id: string): Promise<PersonRefDto | null> {
    if (!isUuid(id)) return null;
    const row = await this.repo.staffMember(organizationId, id, CUSTOMER_STAFF);
    return row ? { id: row.id, displayName: row.display_name } : null;
  }

  /**
   * Who to tell about a case: the given staff members (active ones), or — when none is given —
   * the organization's team leads, so a case without an owner never goes unnoticed.
   */
  async notificationRecipients(organizationId: string, ids: string[]): Promise<Recipient[]> {
    const rows = await this.repo.recipients(organizationId, ids);
    return rows.map((r) => ({ id: r.id, displayName: r.display_name, email: r.email, notificationHours: r.notification_hours }));
  }

  /** The id of the team a staff member is in, or null (the team itself: reference data's TeamsService). */
  async teamIdOf(organizationId: string, userId: string): Promise<string | null> {
    if (!isUuid(userId)) return null;
    return this.repo.teamIdOf(organizationId, userId);
  }

  /** The enabled members of each of these teams, by name. */
  async teamMembers(organizationId: string, teamIds: string[]): Promise<Map<string, PersonRefDto[]>> {
    const members = new Map<string, PersonRefDto[]>(teamIds.map((id) => [id, []]));
    if (teamIds.length === 0) return members;
    for (const r of await this.repo.teamMembers(organizationId, teamIds)) members.get(r.team_id)?.push({ id: r.id, displayName: r.display_name });
    return members;
  }

  /** Which of these ids are staff of this organization who work with customers (not editors only, not disabled), by id. */
  async customerStaff(organizationId: string, ids: string[]): Promise<Map<string, PersonRefDto>> {
    const wanted = [...new Set(ids.filter((id) => isUuid(id)))];
    if (wanted.length === 0) return new Map();
    const rows = await this.repo.staffMembers(organizationId, wanted, CUSTOMER_STAFF);
    return new Map(rows.map((r) => [r.id, { id: r.id, displayName: r.display_name }]));
  }

  /** The team's members are exactly these staff members (a staff member is in one team at most). */
  async setTeamMembers(organizationId: string, teamId: string, userIds: string[]): Promise<void> {
    await this.repo.setTeamMembers(organizationId, teamId, userIds);
  }

  /** The organization's team leads (for cases nobody owns). */
  async teamLeads(organizationId: string): Promise<Recipient[]> {
    return this.notificationRecipients(organizationId, []);
  }

  /**
   * How customers reach the organization: its name, phone number (as stored, national digits) and
   * monitored reply address (the Reply-To of mails to customers); null where not set.
   */
  async organizationContact(organizationId: string): Promise<OrganizationContact> {
    const row = await this.repo.organizationContact(organizationId);
    return { name: row?.name ?? 'Loket', phone: row?.phone ?? null, replyAddress: row?.reply_address ?? null };
  }

  async organizationName(organizationId: string): Promise<string> {
    return (await this.repo.organizationName(organizationId)) ?? 'Loket';
  }
}
