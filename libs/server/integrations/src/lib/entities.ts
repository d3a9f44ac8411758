import { erpBatchEntities } from './erp/batch.entities';
import { webhookEntities } from './webhooks/webhook.entities';

/** The tables the integrations module owns. */
export const integrationsEntities = [...erpBatchEntities, ...webhookEntities];
