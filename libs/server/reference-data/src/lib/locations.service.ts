import { Injectable } from '@nestjs/common';
import { isUuid } from '@loket/server/platform';
import type { LocationDto } from './dto/reference-data.dto';
import { ReferenceDataRepository } from './reference-data.repository';

/** How long a process keeps an organization's locations. */
const CACHE_MS = 30_000;

/** The organization's walk-in offices (woonpunt, balie, kantoor). */
@Injectable()
export class LocationsService {
  private readonly cache = new Map<string, { until: number; byId: Map<string, LocationDto> }>();

  constructor(private readonly repo: ReferenceDataRepository) {}

  /**
   * These locations by id from a short per-process memory (read again when it is old or lacks one):
   * no read at all when none is asked for (most contacts name no location).
   */
  async byIds(organizationId: string, ids: (string | null)[]): Promise<Map<string, LocationDto>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id))];
    if (wanted.length === 0) return new Map();
    let cached = this.cache.get(organizationId);
    if (!cached || cached.until < Date.now() || wanted.some((id) => !cached?.byId.has(id))) {
      cached = { until: Date.now() + CACHE_MS, byId: new Map((await this.locations(organizationId)).map((l) => [l.id, l])) };
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(organizationId, cached);
    }
    return cached.byId;
  }

  locations(organizationId: string): Promise<LocationDto[]> {
    return this.repo.locations(organizationId);
  }

  /** Each of these locations, for modules that store location ids: one round trip per list. */
  async refs(organizationId: string, ids: (string | null)[]): Promise<Map<string, LocationDto>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id && isUuid(id)))];
    if (wanted.length === 0) return new Map();
    return new Map((await this.repo.locationsById(organizationId, wanted)).map((r) => [r.id, r]));
  }

  /** A location of this organization, or null. */
  async location(organizationId: string, id: string): Promise<LocationDto | null> {
    if (!isUuid(id)) return null;
    return (await this.repo.location(organizationId, id)) ?? null;
  }
}
