import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AccessView } from '@loket/shared/contracts';
import { tap, type Observable } from 'rxjs';
import type { Actor } from '../access/access';
import { AccessLog } from './access-log';

/** What a route's answer shows of customers' data; every route that needs a login declares one. */
export type CustomerReadRule =
  | { kind: 'reads'; view: AccessView; ids: (response: never, request: CustomerReadRequest) => Iterable<string | null | undefined> }
  | { kind: 'none' };

export interface CustomerReadRequest {
  actor: Actor;
  params: Record<string, string>;
}

export const CUSTOMER_READS_KEY = 'loket:customer-reads';

/**
 * Every customer whose data this route's answer shows is on record in the access log (AVG):
 * after a successful answer, one row per customer (repeats count once) with `view`. `ids`
 * picks the customer ids from the answer or the request, e.g. `customerInPath` or
 * `(page: Page<Case>) => page.items.map((c) => c.customerId)`.
 */
export const ReadsCustomers = <T>(view: AccessView, ids: (response: T, request: CustomerReadRequest) => Iterable<string | null | undefined>) =>
  SetMetadata(CUSTOMER_READS_KEY, { kind: 'reads', view, ids } satisfies CustomerReadRule);

/** The route shows no customer's data (said out loud, so a new route cannot forget the access log by accident). */
export const ShowsNoCustomerData = () => SetMetadata(CUSTOMER_READS_KEY, { kind: 'none' } satisfies CustomerReadRule);

/** The customer named by the `:id` in the path (`/customers/:id/...`). */
export const customerInPath = (_response: unknown, request: CustomerReadRequest) => [request.params['id']];
/** The tenant's own customer (portal routes: the id comes from the session). */
export const ownCustomer = (_response: unknown, request: CustomerReadRequest) => [request.actor.customerId];

/** Records the reads declared with @ReadsCustomers once the answer is ready; a refused or failed request shows nothing and records nothing. */
@Injectable()
export class CustomerReadInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessLog: AccessLog,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const rule = this.reflector.getAllAndOverride<CustomerReadRule | undefined>(CUSTOMER_READS_KEY, [context.getHandler(), context.getClass()]);
    if (context.getType() !== 'http' || !rule || rule.kind === 'none') return next.handle();
    const request = context.switchToHttp().getRequest<Partial<CustomerReadRequest>>();
    return next.handle().pipe(
      tap((response) => {
        const actor = request.actor;
        if (!actor) return;
        const ids = [...rule.ids(response as never, { actor, params: request.params ?? {} })].filter((id): id is string => typeof id === 'string' && id.length > 0);
        this.accessLog.customersRead(actor, ids, rule.view);
      }),
    );
  }
}
