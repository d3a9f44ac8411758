import { Injectable, Logger } from '@nestjs/common';
import { UseCase, Actor, AuditService, PlatformPrivacy, ValidationFailedError, type FieldError } from '@loket/server/platform';
import { IdentityPrivacy } from '@loket/server/identity';
import { KnowledgeBasePrivacy } from '@loket/server/knowledge-base';
import { RETENTION_BOUNDS, RETENTION_DEFAULTS, type RetentionRule, type RetentionRules } from '@loket/shared/contracts';
import type { RetentionRulesDto, RetentionSettingsDto } from './privacy.dto';
import { RetentionRepository, RULE_COLUMNS } from './retention.repository';

const DAY_MS = 86_400_000;
const RULES = Object.keys(RETENTION_DEFAULTS) as RetentionRule[];

/** What one run removed or blanked, per rule. */
export type RetentionRun = Record<RetentionRule, number>;

/**
 * Retention rules per organization (AVG art. 5(1)(e): kept no longer than needed) and the job that
 * applies them. Each module removes its own rows; this service only knows the rules and the moment.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly repository: RetentionRepository,
    private readonly audit: AuditService,
    private readonly identity: IdentityPrivacy,
    private readonly platform: PlatformPrivacy,
    private readonly knowledgeBase: KnowledgeBasePrivacy,
  ) {}

  async settings(organizationId: string): Promise<RetentionSettingsDto> {
    const row = await this.repository.find(organizationId);
    if (!row) return { ...RETENTION_DEFAULTS, updatedAt: null };
    return { ...(Object.fromEntries(RULES.map((r) => [r, Number(row[RULE_COLUMNS[r]])])) as unknown as RetentionRules), updatedAt: new Date(row.updated_at).toISOString() };
  }

  /** New rules, on record in the audit log in the same transaction. */
  @UseCase()
  async update(actor: Actor, rules: RetentionRulesDto): Promise<RetentionSettingsDto> {
    const errors: FieldError[] = [];
    for (const rule of RULES) {
      const value = rules[rule];
      const { min, max } = RETENTION_BOUNDS[rule];
      if (!Number.isInteger(value) || value < min || value > max) errors.push({ field: rule, code: 'out_of_range', params: { min, max } });
    }
    if (errors.length) throw new ValidationFailedError(errors);
    await this.repository.save(actor.organizationId, rules, actor.userId, new Date());
    await this.audit.record({
      organizationId: actor.organizationId, actorUserId: actor.userId, action: 'privacy.retention_changed', entityType: 'organization', entityId: actor.organizationId,
      details: Object.fromEntries(RULES.map((r) => [r, rules[r]])),
    });
    return this.settings(actor.organizationId);
  }

  /** Applies every organization's rules as of `now` (Node's clock, so a test can pin it). */
  async apply(now: Date = new Date()): Promise<RetentionRun> {
    const total: RetentionRun = { outboxBodyDays: 0, searchTextDays: 0, feedbackCommentDays: 0, sessionDays: 0, accessLogDays: 0 };
    for (const org of await this.identity.organizationIds()) {
      const run = await this.applyTo(org, now);
      for (const rule of RULES) total[rule] += run[rule];
    }
    this.logger.log(`Retention applied: ${RULES.map((r) => `${r}=${total[r]}`).join(' ')}`);
    return total;
  }

  async applyTo(organizationId: string, now: Date): Promise<RetentionRun> {
    const rules = await this.settings(organizationId);
    const before = (rule: RetentionRule) => new Date(now.getTime() - rules[rule] * DAY_MS);
    return {
      outboxBodyDays: await this.platform.purgeMessageBodies(organizationId, before('outboxBodyDays')),
      searchTextDays: await this.knowledgeBase.purgeSearches(organizationId, before('searchTextDays')),
      feedbackCommentDays: await this.knowledgeBase.purgeFeedbackComments(organizationId, before('feedbackCommentDays')),
      sessionDays: await this.identity.purgeEndedSessions(organizationId, before('sessionDays')),
      accessLogDays: await this.platform.purgeAccessLog(organizationId, before('accessLogDays')),
    };
  }
}
