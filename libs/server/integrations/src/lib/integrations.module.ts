import { Module } from '@nestjs/common';
import { EventLogModule } from '@loket/server/platform';

/**
 * Loket in the corporation's landscape: the ERP's upserts keyed by its own ids, the batch load,
 * webhook subscriptions and deliveries, and the change feed, all in VERA's terms. Integration
 * clients (OAuth2 client credentials) are identity's; the event log is the platform's.
 */
@Module({
  imports: [EventLogModule],
})
export class IntegrationsModule {}

/** For the worker: the webhook pump (fan-out and delivery) and the batch jobs. */
@Module({
  imports: [EventLogModule],
})
export class IntegrationsWorkerModule {}
