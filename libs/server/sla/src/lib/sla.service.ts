import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Queue } from 'bullmq';
import { UseCase, Actor, AuditService, NotFoundError, ValidationFailedError, isUuid, type FieldError } from '@loket/server/platform';
import { holidaysOf } from '@loket/shared/business-calendar';
import type {
  Channel, SlaCalendar, SlaDueChange, SlaPolicies, SlaPolicy, SlaPreview, SlaRecalculation, TopicRef,
} from '@loket/shared/contracts';
import { SLA_QUEUE } from './breaches';
import { clockPolicy, computeDues, effectiveCalendar, isOpen, policyFor } from './dues';
import type { StoredPolicy } from './entities';
import { SlaDirectory, SlaSettingsService } from './sla-settings.service';
import { validateCalendar, validatePolicies } from './validation';

type Reason = 'calendar_changed' | 'policies_changed';

@Injectable()
export class SlaService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly settings: SlaSettingsService,
    private readonly directory: SlaDirectory,
    private readonly audit: AuditService,
    @InjectQueue(SLA_QUEUE) private readonly queue: Queue,
  ) {}

  async calendar(org: string): Promise<SlaCalendar> {
    const s = await this.settings.settings(org, true);
    const year = new Date().getFullYear();
    return {
      ...s.calendar,
      holidays: [...holidaysOf(s.calendar, year), ...holidaysOf(s.calendar, year + 1)],
      updatedAt: s.calendarUpdatedAt ? s.calendarUpdatedAt.toISOString() : null,
    };
  }

  async putCalendar(actor: Actor, body: unknown): Promise<SlaCalendar> {
    const org = actor.organizationId;
    const locations = await this.directory.locations(org);
    const { calendar, errors } = validateCalendar(body, locations.map((l) => l.code));
    if (errors.length) throw new ValidationFailedError(errors, 'validation-failed.calendar-not-saved');
    const recalculationId = await this.saveAndQueue(actor, 'calendar_changed', () => this.settings.saveCalendar(org, calendar, actor.userId), { calendar });
    await this.dispatchRecalculation(recalculationId);
    return this.calendar(org);
  }

  async policies(org: string): Promise<SlaPolicies> {
    const s = await this.settings.settings(org, true);
    const topics = await this.directory.topics(org);
    return { items: s.policies.map((p) => this.toPolicy(p, topics)), updatedAt: s.policiesUpdatedAt ? s.policiesUpdatedAt.toISOString() : null };
  }

  async putPolicies(actor: Actor, body: unknown): Promise<SlaPolicies> {
    const org = actor.organizationId;
    const topics = await this.directory.topics(org);
    const { items, errors } = validatePolicies(body, (idOrCode) => topics.find((t) => t.id === idOrCode || t.code === idOrCode)?.id ?? null);
    if (errors.length) throw new ValidationFailedError(errors, 'validation-failed.policies-not-saved');
    const recalculationId = await this.saveAndQueue(actor, 'policies_changed', () => this.settings.savePolicies(org, items, actor.userId), { policies: items });
    await this.dispatchRecalculation(recalculationId);
    return this.policies(org);
  }

  /** The due moments the policy gives for a request on `channel` (and topic) received at `at`. */
  async preview(org: string, q: { channel: Channel; topic?: string; at?: string; location?: string }): Promise<SlaPreview> {
    const { calendar, policies } = await this.settings.settings(org);
    const errors: FieldError[] = [];
    let topic: TopicRef | null = null;
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

  async recalculations(org: string): Promise<{ items: SlaRecalculation[] }> {
    const rows: { id: string; reason: Reason; status: SlaRecalculation['status']; cases: number; changed: number; started_at: Date | null; finished_at: Date | null }[] =
      await this.txHost.tx.query(`SELECT * FROM sla_recalculations WHERE organization_id = $1 ORDER BY created_at DESC LIMIT 20`, [org]);
    return {
      items: rows.map((r) => ({
        id: r.id, reason: r.reason, status: r.status, cases: r.cases, changed: r.changed,
        startedAt: r.started_at ? new Date(r.started_at).toISOString() : null, finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
      })),
    };
  }

  /** How a case's due moments moved through calendar and policy changes (old → new). */
  async dueChanges(org: string, caseId: string): Promise<{ items: SlaDueChange[] }> {
    const known = isUuid(caseId) && (await this.txHost.tx.query(`SELECT 1 FROM case_clocks WHERE case_id = $1 AND organization_id = $2`, [caseId, org])).length > 0;
    if (!known) throw new NotFoundError('Case');
    const rows: { case_id: string; target: SlaDueChange['target']; from_due: Date | null; to_due: Date | null; reason: Reason; at: Date }[] =
      await this.txHost.tx.query(
        `SELECT case_id, target, from_due, to_due, reason, at FROM sla_due_changes WHERE organization_id = $1 AND case_id = $2 ORDER BY at, target`,
        [org, caseId],
      );
    return {
      items: rows.map((r) => ({
        caseId: r.case_id, target: r.target, reason: r.reason, at: new Date(r.at).toISOString(),
        from: r.from_due ? new Date(r.from_due).toISOString() : null, to: r.to_due ? new Date(r.to_due).toISOString() : null,
      })),
    };
  }

  @UseCase()
  private async saveAndQueue(actor: Actor, reason: Reason, save: () => Promise<void>, details: Record<string, unknown>): Promise<string> {
    await save();
    // Earlier recalculations still waiting are replaced by this one.
    await this.txHost.tx.query(`UPDATE sla_recalculations SET status = 'superseded', finished_at = now() WHERE organization_id = $1 AND status = 'queued'`, [
      actor.organizationId,
    ]);
    const [row]: { id: string }[] = await this.txHost.tx.query(
      `INSERT INTO sla_recalculations (organization_id, reason) VALUES ($1, $2) RETURNING id`,
      [actor.organizationId, reason],
    );
    await this.audit.record({ organizationId: actor.organizationId, actorUserId: actor.userId, action: `sla.${reason}`, entityType: 'organization', entityId: actor.organizationId, details });
    return row.id;
  }

  /** After the commit; a lost dispatch is picked up by the worker's reconciler. */
  private async dispatchRecalculation(id: string): Promise<void> {
    await this.queue.add('recalculate', { recalculationId: id }, { jobId: `recalculate-${id}`, removeOnComplete: true, removeOnFail: 50, attempts: 3 }).catch(() => undefined);
  }

  private toPolicy(p: StoredPolicy, topics: TopicRef[]): SlaPolicy {
    const t = p.topic ? topics.find((x) => x.id === p.topic) : undefined;
    return {
      channel: p.channel,
      topic: t ? { id: t.id, code: t.code, name: t.name } : null,
      firstResponse: p.firstResponse ?? null,
      resolution: p.resolution ?? null,
    };
  }
}
