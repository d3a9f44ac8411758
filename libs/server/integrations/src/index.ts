export { IntegrationsModule, IntegrationsWorkerModule } from './lib/integrations.module';
