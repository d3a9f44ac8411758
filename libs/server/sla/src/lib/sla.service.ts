import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { UseCase, afterCommit, jobs, Actor, AuditService, NotFoundError, ValidationFailedError, isUuid, type FieldError } from '@loket/server/platform';
import { holidaysOf } from '@loket/shared/business-calendar';
import type { TopicRefDto } from '@loket/server/platform';
import type { Channel } from '@loket/shared/contracts';
import type { SlaCalendarDto } from './sla-calendar.dto';
import type { SlaDueChangeListDto, SlaPoliciesDto, SlaPolicyDto, SlaPreviewDto, SlaRecalculationListDto } from './sla.responses.dto';
import { SLA_QUEUE } from './breaches';
import { clockPolicy, computeDues, effectiveCalendar, isOpen, policyFor } from './dues';
import type { StoredPolicy } from './entities';
import { SlaDirectory, SlaSettingsService } from './sla-settings.service';
import { SlaRepository } from './sla.repository';
import { validateCalendar, validatePolicies } from './validation';

type Reason = 'calendar_changed' | 'policies_changed';

@Injectable()
export class SlaService {
  constructor(
    private readonly repository: SlaRepository,
    private readonly settings: SlaSettingsService,
    private readonly directory: SlaDirectory,
    private readonly audit: AuditService,
    @InjectQueue(SLA_QUEUE) private readonly queue: Queue,
  ) {}

  async calendar(org: string): Promise<SlaCalendarDto> {
    const s = await this.settings.settings(org, true);
    const year = new Date().getFullYear();
    return {
      ...s.calendar,
      holidays: [...holidaysOf(s.calendar, year), ...holidaysOf(s.calendar, year + 1)],
      updatedAt: s.calendarUpdatedAt ? s.calendarUpdatedAt.toISOString() : null,
    };
  }

  /** Saves the calendar and queues the recalculation of the open clocks (after the commit). */
  @UseCase()
  async putCalendar(actor: Actor, body: unknown): Promise<SlaCalendarDto> {
    const org = actor.organizationId;
    const locations = await this.directory.locations(org);
    const { calendar, errors } = validateCalendar(body, locations.map((l) => l.code));
    if (errors.length) throw new ValidationFailedError(errors, 'validation-failed.calendar-not-saved');
    await this.settings.saveCalendar(org, calendar, actor.userId);
    await this.queueRecalculation(actor, 'calendar_changed', { calendar });
    return this.calendar(org);
  }

  async policies(org: string): Promise<SlaPoliciesDto> {
    const s = await this.settings.settings(org, true);
    const topics = await this.directory.topics(org);
    return { items: s.policies.map((p) => this.toPolicy(p, topics)), updatedAt: s.policiesUpdatedAt ? s.policiesUpdatedAt.toISOString() : null };
  }

  /** Saves the policies and queues the recalculation of the open clocks (after the commit). */
  @UseCase()
  async putPolicies(actor: Actor, body: unknown): Promise<SlaPoliciesDto> {
    const org = actor.organizationId;
    const topics = await this.directory.topics(org);
    const { items, errors } = validatePolicies(body, (idOrCode) => topics.find((t) => t.id === idOrCode || t.code === idOrCode)?.id ?? null);
    if (errors.length) throw new ValidationFailedError(errors, 'validation-failed.policies-not-saved');
    await this.settings.savePolicies(org, items, actor.userId);
    await this.queueRecalculation(actor, 'policies_changed', { policies: items });
    return this.policies(org);
  }

  /** The due moments the policy gives for a request on `channel` (and topic) received at `at`. */
  async preview(org: string, q: { channel: Channel; topic?: string; at?: string; location?: string }): Promise<SlaPreviewDto> {
    const { calendar, policies } = await this.settings.settings(org);
    const errors: FieldError[] = [];
    let topic: TopicRefDto | null = null;
    const topics = await this.directory.topics(org);
    if (q.topic) {
      topic = topics.find((t) => t.id === q.topic || t.code === q.topic) ?? null;
      if (!topic) errors.push({ field: 'topic', code: 'not_found_in_organization' });
    }
    if (q.location && !calendar.locations?.[q.location] && !(await this.directory.locations(org)).some((l) => l.code === q.location)) {
      errors.push({ field: 'location', code: 'not_found_in_organization' });
    }
    const at = q.at ? new Date(q.at) : new Date();
    if (errors.length) throw new ValidationFailedError(errors);
    const found = policyFor(policies, q.channel, topic?.id ?? null);
    const cal = effectiveCalendar(calendar, q.location ?? null);
    const dues = computeDues(cal, clockPolicy(found), at);
    return {
      channel: q.channel,
      topic,
      at: at.toISOString(),
      countedFrom: dues.countedFrom.toISOString(),
      receivedOutsideOpeningHours: !isOpen(cal, at),
      firstResponseDueAt: dues.firstResponseDueAt?.toISOString() ?? null,
      dueAt: dues.dueAt?.toISOString() ?? null,
      policy: found ? this.toPolicy(found.policy, topics) : null,
    };
  }

  async recalculations(org: string): Promise<SlaRecalculationListDto> {
    const rows = await this.repository.recalculations(org);
    return {
      items: rows.map((r) => ({
        id: r.id, reason: r.reason, status: r.status, cases: r.cases, changed: r.changed,
        startedAt: r.started_at ? new Date(r.started_at).toISOString() : null, finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
      })),
    };
  }

  /** How a case's due moments moved through calendar and policy changes (old → new). */
  async dueChanges(org: string, caseId: string): Promise<SlaDueChangeListDto> {
    const known = isUuid(caseId) && (await this.repository.hasClock(org, caseId));
    if (!known) throw new NotFoundError('Case');
    const rows = await this.repository.dueChanges(org, caseId);
    return {
      items: rows.map((r) => ({
        caseId: r.case_id, target: r.target, reason: r.reason, at: new Date(r.at).toISOString(),
        from: r.from_due ? new Date(r.from_due).toISOString() : null, to: r.to_due ? new Date(r.to_due).toISOString() : null,
      })),
    };
  }

  /** Within the change's use case: a new recalculation (replacing any still waiting), queued after the commit. */
  private async queueRecalculation(actor: Actor, reason: Reason, details: Record<string, unknown>): Promise<void> {
    const id = await this.repository.queueRecalculation(actor.organizationId, reason);
    await this.audit.record({ organizationId: actor.organizationId, actorUserId: actor.userId, action: `sla.${reason}`, entityType: 'organization', entityId: actor.organizationId, details });
    // A lost job is picked up by the worker's reconciler.
    await afterCommit(() => jobs.add(this.queue, 'sla/recalculate', { recalculationId: id }, { jobId: `recalculate-${id}` }).catch(() => undefined));
  }

  private toPolicy(p: StoredPolicy, topics: TopicRefDto[]): SlaPolicyDto {
    const t = p.topic ? topics.find((x) => x.id === p.topic) : undefined;
    return {
      channel: p.channel,
      topic: t ? { id: t.id, code: t.code, name: t.name } : null,
      firstResponse: p.firstResponse ?? null,
      resolution: p.resolution ?? null,
    };
  }
}
