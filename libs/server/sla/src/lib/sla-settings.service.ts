import { Injectable } from '@nestjs/common';
import { afterCommit } from '@loket/server/platform';
import type { TopicRefDto } from '@loket/server/platform';
import type { SlaCalendarSettings } from '@loket/shared/contracts';
import { LocationsService, TopicsService } from '@loket/server/reference-data';
import { DEFAULT_CALENDAR, DEFAULT_POLICIES } from './dues';
import type { StoredPolicy } from './entities';
import { SlaRepository } from './sla.repository';

export interface SlaSettings {
  calendar: SlaCalendarSettings;
  calendarUpdatedAt: Date | null;
  policies: StoredPolicy[];
  policiesUpdatedAt: Date | null;
}

/** Policies name topics and calendars name locations: the SLA module reads both through the reference data's services. */
@Injectable()
export class SlaDirectory {
  constructor(
    private readonly topicList: TopicsService,
    private readonly locationList: LocationsService,
  ) {}

  topics(org: string): Promise<TopicRefDto[]> {
    return this.topicList.topics(org, true);
  }
  locations(org: string): Promise<{ id: string; code: string }[]> {
    return this.locationList.locations(org);
  }
}

const CACHE_MS = 10_000;

/** An organization's calendar and policies; read often, changed rarely, so kept in memory for a few seconds. */
@Injectable()
export class SlaSettingsService {
  private readonly cache = new Map<string, { until: number; settings: SlaSettings }>();

  constructor(private readonly repository: SlaRepository) {}

  async settings(org: string, fresh = false): Promise<SlaSettings> {
    const hit = this.cache.get(org);
    if (!fresh && hit && hit.until > Date.now()) return hit.settings;
    const row = await this.repository.settings(org);
    const settings: SlaSettings = {
      calendar: row?.calendar ?? DEFAULT_CALENDAR,
      calendarUpdatedAt: row?.calendar_updated_at ?? null,
      policies: row?.policies ?? DEFAULT_POLICIES,
      policiesUpdatedAt: row?.policies_updated_at ?? null,
    };
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(org, { until: Date.now() + CACHE_MS, settings });
    return settings;
  }

  forget(org: string): void {
    this.cache.delete(org);
  }

  /** Saves the calendar; the cached settings are forgotten once the change committed. */
  async saveCalendar(org: string, calendar: SlaCalendarSettings, by: string): Promise<void> {
    await this.repository.saveCalendar(org, calendar, by, new Date());
    await afterCommit(() => this.forget(org));
  }

  /** Saves the policies; the cached settings are forgotten once the change committed. */
  async savePolicies(org: string, policies: StoredPolicy[], by: string): Promise<void> {
    await this.repository.savePolicies(org, policies, by, new Date());
    await afterCommit(() => this.forget(org));
  }
}
