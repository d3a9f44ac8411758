export { IntegrationsModule, IntegrationsWorkerModule } from './lib/integrations.module';
export { integrationsEntities } from './lib/entities';
export { BatchService, MAX_BATCH_LINES } from './lib/erp/batch.service';
