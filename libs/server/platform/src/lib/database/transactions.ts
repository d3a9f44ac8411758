import { Logger } from '@nestjs/common';
import { ClsServiceManager } from 'nestjs-cls';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { safeError } from '../logging/logging';

type Work = () => unknown;

const AFTER_COMMIT = 'loket.afterCommit';
const logger = new Logger('AfterCommit');

function host(): TransactionHost<TransactionalAdapterTypeOrm> {
  return TransactionHost.getInstance<TransactionalAdapterTypeOrm>();
}

/**
 * Runs `fn` as one use case in one transaction. Inside another use case it joins that
 * transaction. Work registered with {@link afterCommit} runs once, after the outermost
 * transaction committed, in the order it was registered; when the transaction rolls back
 * it is dropped. Works in a request and in a job processor (it opens its own context).
 */
export function inTransaction<T>(fn: () => Promise<T>): Promise<T> {
  const cls = ClsServiceManager.getClsService();
  const run = async (): Promise<T> => {
    if (cls.get(AFTER_COMMIT)) return host().withTransaction(fn);
    const pending: Work[] = [];
    const result = await cls.run({ ifNested: 'inherit' }, async () => {
      cls.set(AFTER_COMMIT, pending);
      return host().withTransaction(fn);
    });
    for (const work of pending) {
      try {
        await work();
      } catch (e) {
        // The change is committed; whatever failed here is caught up by a reconciler.
        logger.warn(`after-commit work failed: ${JSON.stringify(safeError(e))}`);
      }
    }
    return result;
  };
  return cls.isActive() ? run() : cls.run(run);
}

/**
 * Runs `work` once the outermost transaction has committed (at once when there is none).
 * The one way to queue a job, dispatch an outbox message or clear a cache after a change:
 * nothing reaches Redis inside a database transaction, and nothing at all when it rolls back.
 */
export async function afterCommit(work: Work): Promise<void> {
  const cls = ClsServiceManager.getClsService();
  const pending = cls.isActive() ? (cls.get(AFTER_COMMIT) as Work[] | undefined) : undefined;
  if (pending) {
    pending.push(work);
    return;
  }
  if (cls.isActive() && host().isTransactionActive()) {
    throw new Error('afterCommit inside a transaction that was not opened by a @UseCase (or inTransaction)');
  }
  await work();
}

/** A transactional use case: the method runs via {@link inTransaction}. */
export function UseCase(): MethodDecorator {
  return (_target, _key, descriptor: PropertyDescriptor) => {
    const original = descriptor.value as (...args: unknown[]) => Promise<unknown>;
    descriptor.value = function (this: unknown, ...args: unknown[]) {
      return inTransaction(() => original.apply(this, args));
    };
    // Keep the name (Nest and stack traces read it).
    Object.defineProperty(descriptor.value, 'name', { value: original.name });
    return descriptor;
  };
}
