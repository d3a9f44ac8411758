import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { inTransaction, APP_CONFIG, AppConfig, RepeatableJobScheduler, processorOptions } from '@loket/server/platform';
import { StaffDigest } from '@loket/server/identity';
import { SlaSettingsService } from '@loket/server/sla';
import { ArticlesRepository } from './repositories/articles.repository';
import type { QueueJob, QueueName } from '@loket/server/platform';

export const KNOWLEDGE_BASE_QUEUE = 'knowledge-base' satisfies QueueName;
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
    private readonly articlesRepository: ArticlesRepository,
    private readonly sla: SlaSettingsService,
    private readonly digest: StaffDigest,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: QueueJob<typeof KNOWLEDGE_BASE_QUEUE>): Promise<unknown> {
    if (job.name !== 'review-reminders') throw new Error(`Unknown job ${String(job.name)} on ${KNOWLEDGE_BASE_QUEUE}`);
    return this.remind();
  }

  async remind(now = new Date()): Promise<{ articles: number; messages: number }> {
    let articles = 0;
    let messages = 0;
    await inTransaction(async () => {
      const due = await this.articlesRepository.dueForReminder(now, REMIND_AGAIN_DAYS, 2000);
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
      await this.articlesRepository.reminded(due.map((d) => d.id), now);
    });
    if (articles) this.logger.log(`Review reminders for ${articles} article(s)`);
    return { articles, messages };
  }
}

export const ReviewReminderScheduler = RepeatableJobScheduler(KNOWLEDGE_BASE_QUEUE, 'kb-review-reminders', 'review-reminders', HOUR_MS);
