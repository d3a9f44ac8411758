import { Injectable } from '@nestjs/common';
import { isUuid } from '@loket/server/platform';
import type { Location } from '@loket/shared/contracts';
import { ReferenceDataRepository } from './reference-data.repository';

/** The organization's walk-in offices (woonpunt, balie, kantoor). */
@Injectable()
export class LocationsService {
  constructor(private readonly repo: ReferenceDataRepository) {}

  locations(organizationId: string): Promise<Location[]> {
    return this.repo.locations(organizationId);
  }

  /** Each of these locations, for modules that store location ids: one round trip per list. */
  async refs(organizationId: string, ids: (string | null)[]): Promise<Map<string, Location>> {
    const wanted = [...new Set(ids.filter((id): id is string => !!id && isUuid(id)))];
    if (wanted.length === 0) return new Map();
    return new Map((await this.repo.locationsById(organizationId, wanted)).map((r) => [r.id, r]));
  }

  /** A location of this organization, or null. */
  async location(organizationId: string, id: string): Promise<Location | null> {
    if (!isUuid(id)) return null;
    return (await this.repo.location(organizationId, id)) ?? null;
  }
}
