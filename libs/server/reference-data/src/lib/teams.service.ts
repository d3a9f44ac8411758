import { Injectable } from '@nestjs/common';
import { isUuid } from '@loket/server/platform';
import { DirectoryService } from '@loket/server/identity';
import type { TeamRefDto } from '@loket/server/platform';
import type { TeamDto } from './dto/reference-data.dto';
import { ReferenceDataRepository } from './reference-data.repository';

/**
 * The organization's teams (the KCC, "Wonen", …): a lead hears of level-1 escalations, a manager
 * of level 2. Who is in a team, and everyone's name, is identity's: asked through its directory.
 */
@Injectable()
export class TeamsService {
  constructor(
    private readonly repo: ReferenceDataRepository,
    private readonly directory: DirectoryService,
  ) {}

  /** The organization's teams with lead, manager and members, by name. */
  async teams(organizationId: string): Promise<TeamDto[]> {
    const rows = await this.repo.teams(organizationId);
    if (rows.length === 0) return [];
    const [people, members] = await Promise.all([
      this.directory.people(organizationId, rows.flatMap((r) => [r.lead_id, r.manager_id])),
      this.directory.teamMembers(organizationId, rows.map((r) => r.id)),
    ]);
    const person = (id: string | null) => (id ? { id, displayName: people.get(id)?.displayName ?? '' } : null);
    return rows.map((r) => ({ id: r.id, name: r.name, lead: person(r.lead_id), manager: person(r.manager_id), members: members.get(r.id) ?? [] }));
  }

  /** Name of each of these teams, for modules that store team ids: one round trip per list. */
  async refs(organizationId: string, ids: (string | null)[]): Promise<Map<string, TeamRefDto>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id && isUuid(id)))];
    if (wanted.length === 0) return new Map();
    return new Map((await this.repo.teamsById(organizationId, wanted)).map((r) => [r.id, { id: r.id, name: r.name }]));
  }

  /** Whether this is a team of the organization. */
  async exists(organizationId: string, teamId: string): Promise<boolean> {
    return isUuid(teamId) && !!(await this.repo.team(organizationId, teamId));
  }

  /** The team of a staff member, or null. */
  async teamOf(organizationId: string, userId: string): Promise<TeamRefDto | null> {
    const teamId = await this.directory.teamIdOf(organizationId, userId);
    const team = teamId ? await this.repo.team(organizationId, teamId) : undefined;
    return team ? { id: team.id, name: team.name } : null;
  }

  /** Whether `supervisorId` leads or manages the team `userId` is in (or is that user). */
  async supervises(organizationId: string, supervisorId: string, userId: string): Promise<boolean> {
    if (supervisorId === userId) return true;
    const teamId = await this.directory.teamIdOf(organizationId, userId);
    const row = teamId ? await this.repo.team(organizationId, teamId) : undefined;
    return !!row && (row.lead_id === supervisorId || row.manager_id === supervisorId);
  }
}
