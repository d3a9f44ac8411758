import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { inTransaction, APP_CONFIG, AppConfig, OutboxService, RepeatableJobScheduler, processorOptions } from '@loket/server/platform';
import { DirectoryService, type Recipient } from '@loket/server/identity';
import { SlaSettingsService } from '@loket/server/sla';
import { isOpenAt, nextOpeningMoment } from '@loket/shared/business-calendar';
import { ArticlesRepository } from './repositories/articles.repository';
import type { QueueName } from '@loket/server/platform';

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
    private readonly directory: DirectoryService,
    private readonly outbox: OutboxService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    if (job.name !== 'review-reminders') throw new Error(`Unknown job ${job.name} on ${KNOWLEDGE_BASE_QUEUE}`);
    return this.remind();
  }

  async remind(now = new Date()): Promise<{ articles: number; messages: number }> {
    // The outbox queues each message once this transaction committed.
    let messages = 0;
    let articles = 0;
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
        const ownerIds = [...new Set(list.map((d) => d.owner_id).filter((x): x is string => !!x))];
        const owners = new Map((ownerIds.length ? await this.directory.notificationRecipients(org, ownerIds) : []).map((r) => [r.id, r]));
        let leads: Recipient[] | null = null;
        const perRecipient = new Map<string, { to: Recipient; items: typeof list }>();
        for (const d of list) {
          const to = d.owner_id && owners.has(d.owner_id) ? [owners.get(d.owner_id) as Recipient] : (leads ??= await this.directory.teamLeads(org));
          for (const r of to) {
            const e = perRecipient.get(r.id) ?? { to: r, items: [] };
            e.items.push(d);
            perRecipient.set(r.id, e);
          }
        }
        const orgName = await this.directory.organizationName(org);
        for (const { to, items } of perRecipient.values()) {
          if (to.notificationHours === 'never') continue;
          const notBefore = to.notificationHours === 'opening_hours' && !isOpenAt(calendar, now) ? nextOpeningMoment(calendar, now) : null;
          const lines = items.map((d) => `- ${d.title} (nakijken vóór ${d.review_by})\n  ${this.config.AGENT_APP_URL}/kennisbank/${d.id}`);
          await this.outbox.enqueue({
            organizationId: org, channel: 'email', recipient: to.email, fromName: orgName,
            subject: items.length === 1 ? 'Een artikel moet worden nagekeken' : `${items.length} artikelen moeten worden nagekeken`,
            body: `Beste ${to.displayName},\n\nDeze artikelen in de kennisbank zijn aan een controle toe. Klopt alles nog? Pas het aan of zet een nieuwe datum.\n\n${lines.join('\n')}\n\nLoket`,
            referenceType: 'article_review', referenceId: items[0].id, notBefore,
          });
          messages += 1;
        }
      }
      await this.articlesRepository.reminded(due.map((d) => d.id), now);
    });
    if (articles) this.logger.log(`Review reminders for ${articles} article(s)`);
    return { articles, messages };
  }
}

export const ReviewReminderScheduler = RepeatableJobScheduler(KNOWLEDGE_BASE_QUEUE, 'kb-review-reminders', 'review-reminders', HOUR_MS);
