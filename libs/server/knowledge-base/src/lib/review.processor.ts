import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Job } from 'bullmq';
import { inTransaction, APP_CONFIG, AppConfig, RepeatableJobScheduler, processorOptions } from '@loket/server/platform';
import { StaffDigest } from '@loket/server/identity';
import { SlaSettingsService } from '@loket/server/sla';

export const KNOWLEDGE_BASE_QUEUE = 'knowledge-base';
/** An owner is reminded again a week after the last reminder while the review is still overdue. */
const REMIND_AGAIN_DAYS = 7;
const HOUR_MS = 3_600_000;

/**
 * The review cycle (R20): owners of published articles past their review-by date get one e-mail
 * listing them, held until the organization is open (per their own choice), at most weekly.
 */
@Processor(KNOWLEDGE_BASE_QUEUE, processorOptions(1))
export class ReviewReminderProcessor extends WorkerHost {
  private readonly logger = new Logger(ReviewReminderProcessor.name);

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly sla: SlaSettingsService,
    private readonly digest: StaffDigest,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    if (job.name !== 'review-reminders') throw new Error(`Unknown job ${job.name} on ${KNOWLEDGE_BASE_QUEUE}`);
    return this.remind();
  }

  async remind(now = new Date()): Promise<{ articles: number; messages: number }> {
    let articles = 0;
    let messages = 0;
    await inTransaction(async () => {
      const db = this.txHost.tx;
      const due: { id: string; organization_id: string; owner_id: string | null; title: string; review_by: string }[] = await db.query(
        `SELECT a.id, a.organization_id, a.owner_id, v.title, a.review_by::text AS review_by
           FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
          WHERE a.status = 'published' AND a.review_by < ($1::timestamptz AT TIME ZONE 'Europe/Amsterdam')::date
            AND (a.review_reminded_at IS NULL OR a.review_reminded_at < $1::timestamptz - interval '${REMIND_AGAIN_DAYS} days')
          ORDER BY a.organization_id, a.review_by LIMIT 2000 FOR UPDATE OF a SKIP LOCKED`,
        [now],
      );
      articles = due.length;
      if (!due.length) return;
      const byOrg = new Map<string, typeof due>();
      for (const d of due) {
        const l = byOrg.get(d.organization_id);
        if (l) l.push(d);
        else byOrg.set(d.organization_id, [d]);
      }
      for (const [org, list] of byOrg) {
        const { calendar } = await this.sla.settings(org);
        // One e-mail per owner (the team leads for an article nobody owns), held until opening time unless they chose otherwise.
        const { messages: sent } = await this.digest.send({
          organizationId: org, calendar, now, referenceType: 'article_review',
          items: list.map((d) => ({ id: d.id, to: d.owner_id, line: `- ${d.title} (nakijken vóór ${d.review_by})\n  ${this.config.AGENT_APP_URL}/kennisbank/${d.id}` })),
          text: {
            subject: (n) => (n === 1 ? 'Een artikel moet worden nagekeken' : `${n} artikelen moeten worden nagekeken`),
            intro: () => 'Deze artikelen in de kennisbank zijn aan een controle toe. Klopt alles nog? Pas het aan of zet een nieuwe datum.',
          },
        });
        messages += sent;
      }
      await db.query(`UPDATE articles SET review_reminded_at = $2 WHERE id = ANY($1::uuid[])`, [due.map((d) => d.id), now]);
    });
    if (articles) this.logger.log(`Review reminders for ${articles} article(s)`);
    return { articles, messages };
  }
}

export const ReviewReminderScheduler = RepeatableJobScheduler(KNOWLEDGE_BASE_QUEUE, 'kb-review-reminders', 'review-reminders', HOUR_MS);
