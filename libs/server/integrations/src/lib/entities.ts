import { erpBatchEntities } from './erp/batch.entities';

/** The tables the integrations module owns. */
export const integrationsEntities = [...erpBatchEntities];
