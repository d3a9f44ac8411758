import { Injectable } from '@nestjs/common';
import { performance } from 'node:perf_hooks';

/** How long an organization-wide count may be reused when nothing changed in this process. */
export const ORGANIZATION_COUNTS_MS = 5_000;

/** The organization-wide counts of a team lead's "everything open" list (with its filters). */
export interface OrganizationCounts {
  all: number;
  overdue: number;
  today: number;
  week: number;
}

/**
 * Counting everything open in a large organization reads every open work item (50,000 rows take
 * PostgreSQL 10 to 15 ms), while the lists themselves read one page. So these counts are kept per
 * API process for at most {@link ORGANIZATION_COUNTS_MS}, per organization and filter. A change to
 * the organization's work in this process forgets them once it has committed; a change made in
 * another process (the worker, a second API) shows within that time. A user's own counts (mine, my
 * teams' queues, what I forwarded) are small ranges and are always counted fresh.
 */
@Injectable()
export class WorklistCountsCache {
  /** Per organization, per filter: a change forgets one organization's entries in one step. */
  private readonly entries = new Map<string, Map<string, { at: number; until: number; counts: OrganizationCounts }>>();

  /** `at` is the moment of the list (ms); an entry counted for another moment, or longer ago than the limit, is not used. */
  get(org: string, filter: string, at: number): OrganizationCounts | undefined {
    const hit = this.entries.get(org)?.get(filter);
    return hit && hit.until > performance.now() && at >= hit.at && at - hit.at < ORGANIZATION_COUNTS_MS ? hit.counts : undefined;
  }

  set(org: string, filter: string, counts: OrganizationCounts, at: number): void {
    if (this.entries.size > 10_000) this.entries.clear();
    let filters = this.entries.get(org);
    if (!filters) this.entries.set(org, (filters = new Map()));
    if (filters.size > 1_000) filters.clear();
    filters.set(filter, { at, until: performance.now() + ORGANIZATION_COUNTS_MS, counts });
  }

  /** The organization's work changed: its counts are counted again. */
  forget(org: string): void {
    this.entries.delete(org);
  }
}
