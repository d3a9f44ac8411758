import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ACCESS_KEY, AccessRule, CLIENT_ACCESS_KEY, type ClientAccessRule, ForbiddenError, NotFoundError, RequestWithActor, UnauthorizedError } from '@loket/server/platform';
import type { IntegrationScope } from '@loket/shared/contracts';
import { AuthService } from './auth.service';
import { ClientThrottle } from './clients/client-throttle';

/**
 * Whether an integration client holding `scopes` may call a route with this @Client rule: null when
 * it may, otherwise the refusal (no @Client at all, or none of the scopes the route names).
 */
export function clientRefusal(clientRule: ClientAccessRule | undefined, scopes: readonly IntegrationScope[]): ForbiddenError | null {
  if (!clientRule) return new ForbiddenError('forbidden.not-for-clients');
  if (!clientRule.scopes.some((s) => scopes.includes(s))) return new ForbiddenError('forbidden.needs-scopes', { scopes: clientRule.scopes.join(', ') });
  return null;
}

/**
 * The one gate in front of every route. A route must declare who may call it
 * (@Public, @Staff(...roles), @Tenant, @Client(...scopes)); an undeclared route is refused for everyone.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly throttle: ClientThrottle,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, targets);
    const clientRule = this.reflector.getAllAndOverride<ClientAccessRule | undefined>(CLIENT_ACCESS_KEY, targets);
    if (!rule && !clientRule) throw new ForbiddenError('forbidden.no-access-rule');
    if (rule?.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithActor>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthorizedError();
    const actor = await this.auth.authenticate(match[1]);
    if (!actor) throw new UnauthorizedError('unauthorized.session-ended');
    request.actor = actor;

    if (actor.kind === 'client') {
      // Every request of a client counts towards its rate (one Redis round trip; people never pass here).
      await this.throttle.admitRequest(actor.userId);
      // An integration client calls only the routes made for clients, with one of the scopes they name.
      const refusal = clientRefusal(clientRule, actor.scopes);
      if (refusal) throw refusal;
      return true;
    }
    if (!rule) throw new ForbiddenError('forbidden.clients-only');
    if (rule.kind === 'authenticated') return true;
    if (rule.kind === 'tenant') {
      if (actor.kind !== 'tenant' || !actor.customerId) throw new ForbiddenError('forbidden.portal-tenants-only');
      return true;
    }
    // For a tenant, staff routes do not exist: nothing about other customers is given away.
    if (actor.kind !== 'staff') throw new NotFoundError('Resource');
    if (!rule.roles.some((r) => actor.roles.includes(r))) {
      throw new ForbiddenError('forbidden.needs-roles', { roles: rule.roles.join(', ') });
    }
    return true;
  }
}
