import { Injectable } from '@nestjs/common';
import type { Channel } from '@loket/shared/contracts';
import type { CaseSlaDto } from './sla.responses.dto';
import { BreachScheduler } from './breaches';
import { clockPolicy, computeDues, effectiveCalendar, pausedMinutesOf, policyFor } from './dues';
import { SlaSettingsService } from './sla-settings.service';
import { SlaRepository, type ClockRow, type ClockViewRow } from './sla.repository';

const iso = (d: Date | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

/** A case's response clock as other modules show it. */
function toCaseSla(r: ClockViewRow): CaseSlaDto {
  return {
    state: r.state,
    receivedAt: new Date(r.received_at).toISOString(),
    firstResponseDueAt: iso(r.first_response_due_at),
    dueAt: iso(r.due_at),
    firstRespondedAt: iso(r.first_responded_at),
    pausedSince: iso(r.paused_since),
    pausedMinutes: r.paused_minutes ?? 0,
    firstResponseBreachedAt: iso(r.first_response_breached_at),
    resolutionBreachedAt: iso(r.resolution_breached_at),
  };
}

export interface StartClock {
  organizationId: string;
  caseId: string;
  customerId: string;
  channel: Channel;
  topicId: string;
  /** A counter contact at a location runs on that location's opening hours. */
  location: { id: string; code: string } | null;
  ownerId: string | null;
  receivedAt: Date;
}

/**
 * The response clock of a case. The contact log calls these inside its own transaction, with the
 * case row locked, so clock and case change together.
 */
@Injectable()
export class SlaClockService {
  constructor(
    private readonly repository: SlaRepository,
    private readonly settings: SlaSettingsService,
    private readonly scheduler: BreachScheduler,
  ) {}

  /**
   * The response clocks of these cases (one statement), by case id; a case without a clock (its
   * channel has no targets) is absent. Other modules show a case's clock through this.
   */
  async clocks(organizationId: string, caseIds: string[]): Promise<Map<string, CaseSlaDto>> {
    const ids = [...new Set(caseIds)];
    if (ids.length === 0) return new Map();
    const rows = await this.repository.clocks(organizationId, ids);
    return new Map(rows.map((r) => [r.case_id, toCaseSla(r)]));
  }

  /** Starts the clock from the policy of the case's first contact; no clock when the channel has no targets. */
  async start(c: StartClock): Promise<CaseSlaDto | null> {
    const { calendar, policies } = await this.settings.settings(c.organizationId);
    const policy = clockPolicy(policyFor(policies, c.channel, c.topicId));
    if (!policy.firstResponse && !policy.resolution) return null;
    const dues = computeDues(effectiveCalendar(calendar, c.location?.code ?? null), policy, c.receivedAt);
    await this.repository.insertClock(
      {
        caseId: c.caseId, organizationId: c.organizationId, customerId: c.customerId, channel: c.channel, topicId: c.topicId,
        locationId: c.location?.id ?? null, locationCode: c.location?.code ?? null, ownerId: c.ownerId, receivedAt: c.receivedAt,
        policy, firstResponseDueAt: dues.firstResponseDueAt, dueAt: dues.dueAt,
      },
      new Date(),
    );
    await this.scheduler.schedule([dues.firstResponseDueAt, dues.dueAt]);
    return {
      state: 'running', receivedAt: c.receivedAt.toISOString(), firstResponseDueAt: iso(dues.firstResponseDueAt), dueAt: iso(dues.dueAt),
      firstRespondedAt: null, pausedSince: null, pausedMinutes: 0, firstResponseBreachedAt: null, resolutionBreachedAt: null,
    };
  }

  /** The organization responded (an outbound contact, or any answer): the first-response target is met or, if late, breached. */
  async firstResponse(org: string, caseId: string, at: Date): Promise<void> {
    await this.repository.recordBreaches(at, caseId, true, new Date());
    await this.repository.markFirstResponse(org, caseId, at, new Date());
  }

  /** The case waits for the customer: the clock stands still. */
  async pause(org: string, caseId: string, at: Date): Promise<void> {
    await this.repository.recordBreaches(at, caseId, true, new Date());
    await this.repository.pause(org, caseId, at, new Date());
  }

  /** The customer answered (or the case was reopened): the clock runs again and the due moments move by the time it stood still. */
  async resume(org: string, caseId: string, at: Date): Promise<void> {
    const row = await this.repository.lockClock(org, caseId);
    if (!row || row.state === 'running') return;
    const since = row.state === 'paused' ? row.paused_since : row.stopped_at;
    const pauses = since && since.getTime() < at.getTime() ? [...row.pauses, { from: new Date(since).toISOString(), to: at.toISOString() }] : row.pauses;
    await this.recompute(row, pauses, 'running');
  }

  /** The case is resolved: the clock stops; a late answer is recorded as a breach first. */
  async stop(org: string, caseId: string, at: Date): Promise<void> {
    await this.repository.recordBreaches(at, caseId, true, new Date());
    const row = await this.repository.lockClock(org, caseId);
    if (!row || row.state === 'stopped') return;
    const pauses = row.state === 'paused' && row.paused_since && row.paused_since.getTime() < at.getTime()
      ? [...row.pauses, { from: new Date(row.paused_since).toISOString(), to: at.toISOString() }]
      : row.pauses;
    await this.repository.stop(org, caseId, at, pauses, new Date());
  }

  async setOwner(org: string, caseId: string, ownerId: string | null): Promise<void> {
    await this.repository.setOwner(org, caseId, ownerId);
  }

  private async recompute(row: ClockRow, pauses: { from: string; to: string }[], state: CaseSlaDto['state']): Promise<void> {
    const { calendar } = await this.settings.settings(row.organization_id);
    const cal = effectiveCalendar(calendar, row.location_code);
    const pausedMinutes = pausedMinutesOf(cal, pauses);
    const dues = computeDues(cal, row.policy, new Date(row.received_at), pausedMinutes);
    await this.repository.recompute(
      row.organization_id, row.case_id,
      { state, pauses, pausedMinutes, firstResponseDueAt: dues.firstResponseDueAt, dueAt: dues.dueAt },
      new Date(),
    );
    await this.scheduler.schedule([dues.firstResponseDueAt, dues.dueAt]);
  }
}
