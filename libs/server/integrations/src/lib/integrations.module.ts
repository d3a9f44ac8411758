import { Module } from '@nestjs/common';
import { EventLogModule } from '@loket/server/platform';
import { ContactLogModule } from '@loket/server/contact-log';
import { CustomersModule } from '@loket/server/customers';
import { IntegrationFeedController } from './feed/feed.controller';
import { IntegrationFeedService } from './feed/feed.service';
import { ErpController } from './erp/erp.controller';
import { ErpUpsertsService } from './erp/erp-upserts.service';
import { BatchService } from './erp/batch.service';
import { BatchRepository } from './erp/batch.repository';
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
  imports: [EventLogModule, CustomersModule, ContactLogModule],
  controllers: [ErpController, IntegrationFeedController, WebhookSubscriptionsController, WebhookDeliveriesController],
  providers: [ErpUpsertsService, BatchService, BatchRepository, IntegrationFeedService, WebhooksService, WebhooksRepository],
})
export class IntegrationsModule {}

/** For the worker: the webhook pump (fan-out and delivery) and the batch jobs. */
@Module({
  imports: [EventLogModule],
  providers: [WebhooksRepository, WebhookPump, WebhooksProcessor, WebhooksTickScheduler],
})
export class IntegrationsWorkerModule {}
