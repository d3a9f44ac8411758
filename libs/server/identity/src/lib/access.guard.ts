import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ACCESS_KEY, AccessRule, ForbiddenError, NotFoundError, RequestWithActor, UnauthorizedError } from '@loket/server/platform';
import { AuthService } from './auth.service';

/**
 * The one gate in front of every route. A route must declare who may call it
 * (@Public, @Staff(...roles), @Tenant); an undeclared route is refused for everyone.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rule) throw new ForbiddenError('forbidden.no-access-rule');
    if (rule.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithActor>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new UnauthorizedError();
    const actor = await this.auth.authenticate(match[1]);
    if (!actor) throw new UnauthorizedError('unauthorized.session-ended');
    request.actor = actor;

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
