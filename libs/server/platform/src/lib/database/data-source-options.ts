import { Logger } from '@nestjs/common';
import { types as pgTypes } from 'pg';
import type { DataSourceOptions, MixedList, EntitySchema, Logger as TypeOrmLogger } from 'typeorm';
import { queryName, safeError } from '../logging/logging';
import { SnakeNamingStrategy } from './naming';

/**
 * TypeORM's own console logger prints a failed query with its parameters (names, addresses,
 * notes). This one says which query failed and why (SQLSTATE), never with which values.
 */
class SafeQueryLogger implements TypeOrmLogger {
  private readonly logger = new Logger('Database');
  logQuery(): void {
    // Successful queries are not logged.
  }
  logQuerySlow(): void {
    // Not enabled (no maxQueryExecutionTime).
  }
  logSchemaBuild(): void {
    // The schema is built by migrations only.
  }
  logMigration(message: string): void {
    this.logger.log(message);
  }
  logQueryError(error: string | Error, query: string): void {
    const err = typeof error === 'string' ? { class: 'Error', stack: [] } : safeError(error);
    this.logger.warn({ queryName: queryName(query), code: err['code'], class: err['class'] }, 'Query failed');
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(typeof message === 'string' ? message : 'TypeORM warning');
  }
}

export type DataSourceEntity = string | (new (...args: never[]) => unknown) | EntitySchema;

/**
 * One place that says how Loket talks to PostgreSQL. `synchronize` is off everywhere:
 * the schema changes only through committed migrations.
 */
export function dataSourceOptions(opts: {
  url: string;
  poolSize?: number;
  entities: MixedList<DataSourceEntity>;
  migrations?: MixedList<string | (new () => unknown)>;
  applicationName?: string;
}): DataSourceOptions {
  return {
    type: 'postgres',
    url: opts.url,
    entities: opts.entities,
    migrations: opts.migrations ?? [],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: ['error', 'warn', 'migration'],
    logger: new SafeQueryLogger(),
    poolSize: opts.poolSize ?? 10,
    applicationName: opts.applicationName ?? 'loket',
    // Business dates ("today", marker validity) are Dutch dates.
    extra: { options: '-c timezone=Europe/Amsterdam' },
  };
}

// DATE columns stay 'YYYY-MM-DD' strings in raw queries: a date has no time zone.
pgTypes.setTypeParser(1082, (v: string) => v);
