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

  /** A location of this organization, or null. */
  async location(organizationId: string, id: string): Promise<Location | null> {
    if (!isUuid(id)) return null;
    return (await this.repo.location(organizationId, id)) ?? null;
  }
}
