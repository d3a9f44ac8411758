import { Module } from '@nestjs/common';
import { EventLogModule } from '@loket/server/platform';
import { WebhookDeliveriesController, WebhookSubscriptionsController } from './webhooks/webhooks.controller';
import { WebhooksRepository } from './webhooks/webhooks.repository';
import { WebhooksService } from './webhooks/webhooks.service';
import { WebhookPump, WebhooksProcessor, WebhooksTickScheduler } from './webhooks/webhook-pump';

/**
 * Loket in the corporation's landscape: the ERP's upserts keyed by its own ids, the batch load,
 * webhook subscriptions and deliveries, and the change feed, all in VERA's terms. Integration
 * clients (OAuth2 client credentials) are identity's; the event log is the platform's.
 */
@Module({
  imports: [EventLogModule],
  controllers: [WebhookSubscriptionsController, WebhookDeliveriesController],
  providers: [WebhooksService, WebhooksRepository],
})
export class IntegrationsModule {}

/** For the worker: the webhook pump (fan-out and delivery) and the batch jobs. */
@Module({
  imports: [EventLogModule],
  providers: [WebhooksRepository, WebhookPump, WebhooksProcessor, WebhooksTickScheduler],
})
export class IntegrationsWorkerModule {}
