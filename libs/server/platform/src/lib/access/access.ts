import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { IntegrationScope, StaffRole } from '@loket/shared/contracts';
import { ApiProblems } from '../http/api-problems';

/** Who may call a route. Every route declares one; a route without it is refused. */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'staff'; roles: StaffRole[] }
  | { kind: 'tenant' }
  | { kind: 'authenticated' };

export const ACCESS_KEY = 'loket:access';

/** Anyone, without logging in (health, login). */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);
/** Staff users holding at least one of these roles. */
export const Staff = (...roles: StaffRole[]) => applyDecorators(SetMetadata(ACCESS_KEY, { kind: 'staff', roles } satisfies AccessRule), ApiProblems(401, 403, 503));
/** A tenant (or home-seeker) logged into the portal; they see only their own customer. */
export const Tenant = () => applyDecorators(SetMetadata(ACCESS_KEY, { kind: 'tenant' } satisfies AccessRule), ApiProblems(401, 403, 503));

/** Any logged-in account, staff or tenant (own session, own profile). */
export const Authenticated = () => applyDecorators(SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies AccessRule), ApiProblems(401, 503));

export const CLIENT_ACCESS_KEY = 'loket:client-access';
export interface ClientAccessRule {
  scopes: IntegrationScope[];
}

/**
 * An integration client (the corporation's ERP, a contractor's system) holding at least one of these
 * scopes. A route may admit staff (@Staff) and clients (@Client) both; a client is refused on every
 * route without @Client, and a person on a route with only @Client.
 */
export const Client = (...scopes: IntegrationScope[]) =>
  applyDecorators(SetMetadata(CLIENT_ACCESS_KEY, { scopes } satisfies ClientAccessRule), ApiProblems(401, 403, 429, 503));

/** Every staff role. */
export const STAFF_ROLES_ALL: StaffRole[] = ['agent', 'team_lead', 'kb_editor', 'admin'];

/** Roles that work with customer data in the front office. */
export const CUSTOMER_STAFF: StaffRole[] = ['agent', 'team_lead', 'admin'];

/** The authenticated caller, always carrying the organization every query is scoped by. */
export interface Actor {
  userId: string;
  organizationId: string;
  /** A person (staff, tenant) or an integration client, whose `userId` is the client's id. */
  kind: 'staff' | 'tenant' | 'client';
  roles: StaffRole[];
  /** An integration client's scopes; empty for people. */
  scopes: IntegrationScope[];
  customerId: string | null;
  /** The session, or an integration client's token. */
  sessionId: string;
}

export interface RequestWithActor {
  actor?: Actor;
}

export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<RequestWithActor>();
  if (!request.actor) throw new Error('CurrentActor used on a route without an authenticated actor');
  return request.actor;
});
