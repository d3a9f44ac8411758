import { types as pgTypes } from 'pg';
import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './naming';

type Entity = string | (new (...args: never[]) => unknown) | EntitySchema;

/**
 * One place that says how Loket talks to PostgreSQL. `synchronize` is off everywhere:
 * the schema changes only through committed migrations.
 */
export function dataSourceOptions(opts: {
  url: string;
  poolSize?: number;
  entities: MixedList<Entity>;
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
    logging: ['error'],
    poolSize: opts.poolSize ?? 10,
    applicationName: opts.applicationName ?? 'loket',
    // Business dates ("today", marker validity) are Dutch dates.
    extra: { options: '-c timezone=Europe/Amsterdam' },
  };
}

// DATE columns stay 'YYYY-MM-DD' strings in raw queries: a date has no time zone.
pgTypes.setTypeParser(1082, (v: string) => v);
