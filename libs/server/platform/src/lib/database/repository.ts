import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { EntityManager } from 'typeorm';
import { returnedRows } from './paging';

type Snake<S extends string> = S extends `${infer H}${infer T}`
  ? `${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}${Snake<T>}`
  : S;

/**
 * An entity's columns as PostgreSQL returns them to raw SQL: snake_case names, the entity's
 * types. Row types are picked from this, so a row that names a column its entity lacks, or
 * types it differently, does not compile: `Pick<Columns<CaseEntity>, 'id' | 'opened_at'>`.
 */
export type Columns<E> = {
  [K in keyof E as K extends string ? (E[K] extends (...args: never[]) => unknown ? never : Snake<K>) : never]: E[K];
};

/**
 * The base of every module's repository: the only place SQL is written. It runs in the
 * caller's transaction (a @UseCase) when there is one. Each module's repository names only
 * the tables the module owns (tools/architecture/data.spec.ts).
 */
@Injectable()
export abstract class SqlRepository {
  constructor(protected readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  protected get db(): EntityManager {
    return this.txHost.tx;
  }

  /** The rows of a SELECT or INSERT/UPDATE/DELETE … RETURNING. */
  protected async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    return returnedRows<T>(await this.db.query(sql, params));
  }

  /** The first row, or undefined. */
  protected async one<T>(sql: string, params: unknown[] = []): Promise<T | undefined> {
    return (await this.rows<T>(sql, params))[0];
  }

  /** Runs a statement for its effect; the number of rows it touched (UPDATE/DELETE). */
  protected async run(sql: string, params: unknown[] = []): Promise<number> {
    const result: unknown = await this.db.query(sql, params);
    return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
  }
}
