import { Injectable } from '@nestjs/common';
import { ForbiddenError, ValidationFailedError, type Actor, type FieldError } from '@loket/server/platform';
import { CustomersService } from '@loket/server/customers';
import { DirectoryService } from '@loket/server/identity';
import { LocationsService, TeamsService, TopicsService } from '@loket/server/reference-data';
import type { WorkItemDto, WorklistPageDto, WorklistQueryDto } from './worklist.dto';
import { WorklistRepository, type WorkItemRow, type WorklistFilter } from './worklist.repository';
import { decodeWorklistCursor, encodeWorklistCursor } from './domain/cursor';
import { dueWindows } from './domain/due-window';
import { WorklistCountsCache, type OrganizationCounts } from './counts-cache';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const topicRef = (t: { id: string; code: string; name: string } | undefined) => (t ? { id: t.id, code: t.code, name: t.name } : undefined);

/** Who sees everything open: team leads and admins. */
export const mayListAll = (actor: Actor): boolean => actor.roles.includes('team_lead') || actor.roles.includes('admin');

/** The worklists: mine, my teams' queues, everything (team leads) and what I forwarded, read from work_items. */
@Injectable()
export class WorklistService {
  constructor(
    private readonly repository: WorklistRepository,
    private readonly customers: CustomersService,
    private readonly directory: DirectoryService,
    private readonly topics: TopicsService,
    private readonly teams: TeamsService,
    private readonly locations: LocationsService,
    private readonly countsCache: WorklistCountsCache,
  ) {}

  async list(actor: Actor, q: WorklistQueryDto, now = new Date()): Promise<WorklistPageDto> {
    const org = actor.organizationId;
    const scope = q.scope ?? 'me';
    const limit = q.limit ?? 50;
    const allowed = mayListAll(actor);
    if (scope === 'all' && !allowed) throw new ForbiddenError('forbidden.needs-roles', { roles: 'team_lead, admin' });
    const errors: FieldError[] = [];
    const after = q.cursor ? decodeWorklistCursor(q.cursor) : null;
    if (after === undefined) errors.push({ field: 'cursor', code: 'not_a_cursor' });
    // From the reference data's short per-process memory, as are the names on the page.
    const [teamOk, topicOk, locationOk] = await Promise.all([
      q.team ? this.teams.refs(org, [q.team]).then((m) => m.has(q.team as string)) : true,
      q.topic ? this.topics.byIds(org, [q.topic]).then((m) => m.has(q.topic as string)) : true,
      q.location ? this.locations.byIds(org, [q.location]).then((m) => m.has(q.location as string)) : true,
    ]);
    if (!teamOk) errors.push({ field: 'team', code: 'not_found_in_organization' });
    if (!topicOk) errors.push({ field: 'topic', code: 'not_found_in_organization' });
    if (!locationOk) errors.push({ field: 'location', code: 'not_found_in_organization' });
    if (errors.length) throw new ValidationFailedError(errors);

    const windows = dueWindows(now);
    const filter: WorklistFilter = {
      scope, who: actor.userId, teams: await this.teams.teamIdsOf(org, actor.userId),
      team: q.team, topic: q.topic, channel: q.channel, location: q.location, status: q.status, kind: q.kind,
      due: q.due ? windows[q.due] : undefined,
    };
    const rows = await this.repository.page(org, filter, after ?? null, limit + 1);
    // The user's own counts, with the due buckets of their own lists; the organization's from WorklistCountsCache.
    const own = await this.repository.userCounts(org, filter, scope === 'all' ? null : windows);
    const organization = allowed ? await this.organizationCounts(org, scope === 'all' ? filter : { scope: 'all', who: filter.who, teams: filter.teams }, windows, now) : null;
    const buckets = scope === 'all' && organization ? organization : own;
    const counts = { me: own.me, team: own.team, forwarded: own.forwarded, all: organization?.all ?? null, overdue: buckets.overdue, today: buckets.today, week: buckets.week };
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: await this.toItems(org, page),
      nextCursor: rows.length > limit && last ? encodeWorklistCursor({ dueAt: iso(last.due_at), id: last.id }) : null,
      counts,
    };
  }

  /**
   * Everything open in the organization, and the due buckets of the "all" list with the filters of
   * `f` (for the list "all" itself; for other lists only the total is used): reused for a few seconds
   * (WorklistCountsCache). The key holds the filters and the day, so another day is counted anew.
   */
  private async organizationCounts(org: string, f: WorklistFilter, windows: ReturnType<typeof dueWindows>, now: Date): Promise<OrganizationCounts> {
    const key = [f.team, f.topic, f.channel, f.location, f.status, f.kind, windows.today.to.toISOString()].map((v) => v ?? '').join('|');
    const cached = this.countsCache.get(org, key, now.getTime());
    if (cached) return cached;
    const counts = await this.repository.organizationCounts(org, f, windows);
    this.countsCache.set(org, key, counts, now.getTime());
    return counts;
  }

  /** Rows with their customers (and safety markers), topics, teams, locations and people: one batch each. */
  private async toItems(org: string, rows: WorkItemRow[]): Promise<WorkItemDto[]> {
    if (rows.length === 0) return [];
    const [customers, topics, teams, locations, people] = await Promise.all([
      this.customers.refs(org, rows.map((r) => r.customer_id)),
      this.topics.byIds(org, rows.map((r) => r.topic_id)),
      this.teams.refs(org, rows.map((r) => r.team_id)),
      this.locations.byIds(org, rows.map((r) => r.location_id)),
      this.directory.people(org, rows.flatMap((r) => [r.owner_id, r.forwarded_by])),
    ]);
    const person = (id: string | null) => (id ? (people.get(id) ?? { id, displayName: '' }) : null);
    return rows.map((r) => {
      const location = r.location_id ? locations.get(r.location_id) : undefined;
      return {
        id: r.id,
        kind: r.kind,
        caseId: r.case_id,
        callbackId: r.callback_id,
        contactId: r.contact_id,
        subject: r.subject,
        customer: customers.get(r.customer_id) ?? { id: r.customer_id, fullName: '', customerNumber: '', safetyMarkers: [] },
        topic: topicRef(topics.get(r.topic_id)) ?? { id: r.topic_id, code: '', name: '' },
        channel: r.channel,
        location: r.location_id ? { id: r.location_id, name: location?.name ?? '' } : null,
        team: r.team_id ? (teams.get(r.team_id) ?? { id: r.team_id, name: '' }) : null,
        owner: person(r.owner_id),
        status: r.status,
        dueAt: iso(r.due_at),
        dueTarget: r.due_target,
        clockState: r.clock_state,
        forwardedBy: person(r.forwarded_by),
        forwardedAt: iso(r.forwarded_at),
        openedAt: new Date(r.opened_at).toISOString(),
      };
    });
  }
}
