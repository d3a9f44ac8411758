import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { RetentionRule, RetentionRules } from '@loket/shared/contracts';
import type { RetentionRulesEntity } from './retention.entity';

export type RetentionRow = Columns<RetentionRulesEntity>;

/** The column of each rule. */
export const RULE_COLUMNS = {
  outboxBodyDays: 'outbox_body_days',
  searchTextDays: 'search_text_days',
  feedbackCommentDays: 'feedback_comment_days',
  sessionDays: 'session_days',
  accessLogDays: 'access_log_days',
} as const satisfies Record<RetentionRule, keyof RetentionRow>;

const RULES = Object.keys(RULE_COLUMNS) as RetentionRule[];

/** All SQL of the retention rules (`retention_rules`, one row per organization). */
@Injectable()
export class RetentionRepository extends SqlRepository {
  async find(organizationId: string): Promise<RetentionRow | undefined> {
    return this.one<RetentionRow>(
      `SELECT organization_id, ${RULES.map((r) => RULE_COLUMNS[r]).join(', ')}, updated_at, updated_by FROM retention_rules WHERE organization_id = $1`,
      [organizationId],
    );
  }

  async save(organizationId: string, rules: RetentionRules, by: string, at: Date): Promise<void> {
    await this.run(
      `INSERT INTO retention_rules (organization_id, ${RULES.map((r) => RULE_COLUMNS[r]).join(', ')}, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (organization_id) DO UPDATE SET ${RULES.map((r) => `${RULE_COLUMNS[r]} = EXCLUDED.${RULE_COLUMNS[r]}`).join(', ')},
         updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
      [organizationId, ...RULES.map((r) => rules[r]), at, by],
    );
  }
}
