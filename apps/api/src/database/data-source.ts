import { DataSource } from 'typeorm';
import { AuditEventEntity, IntegrationEventEntity, OutboxMessageEntity, dataSourceOptions } from '@loket/server/platform';
import { identityEntities } from '@loket/server/identity';
import { customersEntities } from '@loket/server/customers';
import { contactLogEntities } from '@loket/server/contact-log';
import { referenceDataEntities } from '@loket/server/reference-data';
import { slaEntities } from '@loket/server/sla';
import { callbackEntities } from '@loket/server/callbacks';
import { knowledgeBaseEntities } from '@loket/server/knowledge-base';
import { privacyEntities } from '@loket/server/privacy';
import { worklistEntities } from '@loket/server/worklist';
import { migrations } from './migrations';

/** Every entity of every module: the schema the migrations must produce. */
export const allEntities = [AuditEventEntity, OutboxMessageEntity, IntegrationEventEntity, ...identityEntities, ...referenceDataEntities, ...customersEntities, ...contactLogEntities, ...slaEntities, ...callbackEntities, ...knowledgeBaseEntities, ...privacyEntities, ...worklistEntities];

export function appDataSourceOptions(url: string, poolSize?: number, applicationName?: string) {
  return dataSourceOptions({ url, poolSize, entities: allEntities, migrations, applicationName });
}

export function createDataSource(url: string, poolSize = 2): DataSource {
  return new DataSource(appDataSourceOptions(url, poolSize, 'loket-cli'));
}
