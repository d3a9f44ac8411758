export { IntegrationsModule, IntegrationsWorkerModule } from './lib/integrations.module';
export { webhookEntities } from './lib/webhooks/webhook.entities';
