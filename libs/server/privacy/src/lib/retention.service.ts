import { Injectable, Logger } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Actor, AuditService, PlatformPrivacy, ValidationFailedError, type FieldError } from '@loket/server/platform';
import { IdentityPrivacy } from '@loket/server/identity';
import { KnowledgeBasePrivacy } from '@loket/server/knowledge-base';
import { RETENTION_BOUNDS, RETENTION_DEFAULTS, type RetentionRule, type RetentionRules, type RetentionSettings } from '@loket/shared/contracts';

const DAY_MS = 86_400_000;
const RULES = Object.keys(RETENTION_DEFAULTS) as RetentionRule[];
const COLUMNS: Record<RetentionRule, string> = {
  outboxBodyDays: 'outbox_body_days',
  searchTextDays: 'search_text_days',
  feedbackCommentDays: 'feedback_comment_days',
  sessionDays: 'session_days',
  accessLogDays: 'access_log_days',
};

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
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly audit: AuditService,
    private readonly identity: IdentityPrivacy,
    private readonly platform: PlatformPrivacy,
    private readonly knowledgeBase: KnowledgeBasePrivacy,
  ) {}

  private get db() {
    return this.txHost.tx;
  }

  async settings(organizationId: string): Promise<RetentionSettings> {
    const rows: (Record<string, number> & { updated_at: Date })[] = await this.db.query(`SELECT * FROM retention_rules WHERE organization_id = $1`, [organizationId]);
    const row = rows[0];
    if (!row) return { ...RETENTION_DEFAULTS, updatedAt: null };
    return { ...(Object.fromEntries(RULES.map((r) => [r, Number(row[COLUMNS[r]])])) as unknown as RetentionRules), updatedAt: new Date(row.updated_at).toISOString() };
  }

  async update(actor: Actor, rules: RetentionRules): Promise<RetentionSettings> {
    const errors: FieldError[] = [];
    for (const rule of RULES) {
      const value = rules[rule];
      const { min, max } = RETENTION_BOUNDS[rule];
      if (!Number.isInteger(value) || value < min || value > max) errors.push({ field: rule, code: 'out_of_range', params: { min, max } });
    }
    if (errors.length) throw new ValidationFailedError(errors);
    await this.db.query(
      `INSERT INTO retention_rules (organization_id, ${RULES.map((r) => COLUMNS[r]).join(', ')}, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (organization_id) DO UPDATE SET ${RULES.map((r) => `${COLUMNS[r]} = EXCLUDED.${COLUMNS[r]}`).join(', ')},
         updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
      [actor.organizationId, ...RULES.map((r) => rules[r]), new Date(), actor.userId],
    );
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
