import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { SlaCalendarSettings, TopicRef } from '@loket/shared/contracts';
import { LocationsService, TopicsService } from '@loket/server/reference-data';
import { DEFAULT_CALENDAR, DEFAULT_POLICIES } from './dues';
import type { StoredPolicy } from './entities';

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

  topics(org: string): Promise<TopicRef[]> {
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

  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async settings(org: string, fresh = false): Promise<SlaSettings> {
    const hit = this.cache.get(org);
    if (!fresh && hit && hit.until > Date.now()) return hit.settings;
    const rows: { calendar: SlaCalendarSettings | null; calendar_updated_at: Date | null; policies: StoredPolicy[] | null; policies_updated_at: Date | null }[] =
      await this.txHost.tx.query(`SELECT calendar, calendar_updated_at, policies, policies_updated_at FROM sla_settings WHERE organization_id = $1`, [org]);
    const row = rows[0];
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

  async saveCalendar(org: string, calendar: SlaCalendarSettings, by: string): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO sla_settings (organization_id, calendar, calendar_updated_at, updated_by) VALUES ($1, $2, $4, $3)
       ON CONFLICT (organization_id) DO UPDATE SET calendar = EXCLUDED.calendar, calendar_updated_at = EXCLUDED.calendar_updated_at, updated_by = EXCLUDED.updated_by`,
      [org, JSON.stringify(calendar), by, new Date()],
    );
    this.forget(org);
  }

  async savePolicies(org: string, policies: StoredPolicy[], by: string): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO sla_settings (organization_id, policies, policies_updated_at, updated_by) VALUES ($1, $2, $4, $3)
       ON CONFLICT (organization_id) DO UPDATE SET policies = EXCLUDED.policies, policies_updated_at = EXCLUDED.policies_updated_at, updated_by = EXCLUDED.updated_by`,
      [org, JSON.stringify(policies), by, new Date()],
    );
    this.forget(org);
  }
}
