import { Injectable } from '@nestjs/common';
import { ConflictError, ForbiddenError, NotFoundError, UseCase, ValidationFailedError, afterCommit, isUuid, type Actor, type FieldError, type PersonRefDto } from '@loket/server/platform';
import { DirectoryService } from '@loket/server/identity';
import type { TeamRefDto } from '@loket/server/platform';
import type { CreateTeamDto, TeamDto, UpdateTeamDto } from './dto/reference-data.dto';
import { ReferenceDataRepository } from './reference-data.repository';

/**
 * The organization's teams (the KCC, "Wonen", …): a lead hears of level-1 escalations, a manager
 * of level 2. Who is in a team, and everyone's name, is identity's: asked through its directory.
 */
const CACHE_MS = 30_000;

@Injectable()
export class TeamsService {
  private readonly cache = new Map<string, { until: number; names: Map<string, TeamRefDto> }>();

  constructor(
    private readonly repo: ReferenceDataRepository,
    private readonly directory: DirectoryService,
  ) {}

  /**
   * The front office: the organization's first team (the KCC every organization starts with). A
   * tenant's question or callback request from the portal waits in its queue. Null without teams.
   */
  async frontOffice(organizationId: string): Promise<string | null> {
    return (await this.repo.firstTeam(organizationId))?.id ?? null;
  }

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

  /**
   * Name of each of these teams, for modules that store team ids: from a short per-process memory,
   * read again when it is old or lacks one of them, so a page of work or callbacks makes no round
   * trip. A rename shows at once in this process, within 30 s in others.
   */
  async refs(organizationId: string, ids: (string | null)[]): Promise<Map<string, TeamRefDto>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id && isUuid(id)))];
    if (wanted.length === 0) return new Map();
    let cached = this.cache.get(organizationId);
    if (!cached || cached.until < Date.now() || wanted.some((id) => !cached?.names.has(id))) {
      cached = { until: Date.now() + CACHE_MS, names: new Map((await this.repo.teams(organizationId)).map((r) => [r.id, { id: r.id, name: r.name }])) };
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(organizationId, cached);
    }
    const names = cached.names;
    return new Map(wanted.flatMap((id) => { const team = names.get(id); return team ? [[id, team] as const] : []; }));
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

  /** The teams whose queue this staff member works from: the team they are in, and the teams they lead or manage. */
  async teamIdsOf(organizationId: string, userId: string): Promise<string[]> {
    if (!isUuid(userId)) return [];
    const [own, led] = await Promise.all([this.directory.teamIdOf(organizationId, userId), this.repo.teamsLedBy(organizationId, userId)]);
    return [...new Set([...(own ? [own] : []), ...led])];
  }

  /** Whether `supervisorId` leads or manages the team `userId` is in (or is that user). */
  async supervises(organizationId: string, supervisorId: string, userId: string): Promise<boolean> {
    if (supervisorId === userId) return true;
    const teamId = await this.directory.teamIdOf(organizationId, userId);
    const row = teamId ? await this.repo.team(organizationId, teamId) : undefined;
    return !!row && (row.lead_id === supervisorId || row.manager_id === supervisorId);
  }

  // ---------- team management (admins; a team's lead for its name and members) ----------
  @UseCase()
  async create(actor: Actor, dto: CreateTeamDto): Promise<TeamDto> {
    const org = actor.organizationId;
    await this.checkPeople(org, { leadId: dto.leadId ?? null, managerId: dto.managerId ?? null });
    const row = await this.repo.insertTeam(org, { name: dto.name.trim(), leadId: dto.leadId ?? null, managerId: dto.managerId ?? null });
    if (!row) throw new ConflictError('team-name-taken', { name: dto.name.trim() });
    await afterCommit(() => this.cache.delete(org));
    return this.team(org, row.id);
  }

  @UseCase()
  async update(actor: Actor, id: string, dto: UpdateTeamDto): Promise<TeamDto> {
    const org = actor.organizationId;
    const row = await this.mayManage(actor, id);
    const admin = actor.roles.includes('admin');
    if (!admin && (dto.leadId !== undefined || dto.managerId !== undefined)) throw new ForbiddenError('forbidden.needs-roles', { roles: 'admin' });
    await this.checkPeople(org, { leadId: dto.leadId ?? null, managerId: dto.managerId ?? null });
    const ok = await this.repo.updateTeam(org, row.id, {
      name: dto.name?.trim() ?? row.name,
      leadId: dto.leadId === undefined ? row.lead_id : dto.leadId,
      managerId: dto.managerId === undefined ? row.manager_id : dto.managerId,
    });
    if (!ok) throw new ConflictError('team-name-taken', { name: dto.name?.trim() ?? row.name });
    await afterCommit(() => this.cache.delete(org));
    return this.team(org, row.id);
  }

  /** The team's members, by name. */
  async members(organizationId: string, id: string): Promise<PersonRefDto[]> {
    if (!isUuid(id) || !(await this.repo.team(organizationId, id))) throw new NotFoundError('Team');
    return (await this.directory.teamMembers(organizationId, [id])).get(id) ?? [];
  }

  /** The whole list of members: customer staff of this organization; each leaves their former team. */
  @UseCase()
  async putMembers(actor: Actor, id: string, userIds: string[]): Promise<TeamDto> {
    const org = actor.organizationId;
    const row = await this.mayManage(actor, id);
    const wanted = [...new Set(userIds)];
    const staff = await this.directory.customerStaff(org, wanted);
    const errors: FieldError[] = [];
    userIds.forEach((u, i) => {
      if (!staff.has(u)) errors.push({ field: `userIds[${i}]`, code: 'not_found_in_organization' });
    });
    if (errors.length) throw new ValidationFailedError(errors);
    await this.directory.setTeamMembers(org, row.id, wanted);
    return this.team(org, row.id);
  }

  /** One team with lead, manager and members. */
  async team(organizationId: string, id: string): Promise<TeamDto> {
    const found = (await this.teams(organizationId)).find((t) => t.id === id);
    if (!found) throw new NotFoundError('Team');
    return found;
  }

  /** The team, when the actor may manage it: an admin, or its own lead. */
  private async mayManage(actor: Actor, id: string) {
    const row = isUuid(id) ? await this.repo.team(actor.organizationId, id) : undefined;
    if (!row) throw new NotFoundError('Team');
    if (!actor.roles.includes('admin') && row.lead_id !== actor.userId) throw new ForbiddenError('forbidden.own-team-lead');
    return row;
  }

  private async checkPeople(org: string, p: { leadId: string | null; managerId: string | null }): Promise<void> {
    const errors: FieldError[] = [];
    for (const field of ['leadId', 'managerId'] as const) {
      const id = p[field];
      if (id && !(await this.directory.customerStaffMember(org, id))) errors.push({ field, code: 'not_found_in_organization' });
    }
    if (errors.length) throw new ValidationFailedError(errors);
  }
}
