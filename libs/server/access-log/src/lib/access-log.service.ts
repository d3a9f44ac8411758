import { Injectable } from '@nestjs/common';
import { CustomersService } from '@loket/server/customers';
import { DirectoryService } from '@loket/server/identity';
import { TeamsService } from '@loket/server/reference-data';
import { AccessLog, Actor, decodeOffsetCursor, encodeOffsetCursor, ForbiddenError, NotFoundError } from '@loket/server/platform';
import type { CustomerAccessPageDto, EmployeeAccessPageDto } from './access-log.dto';

/** Reading the access log (AVG): who looked at a customer, and what one employee looked at. */
@Injectable()
export class AccessLogService {
  constructor(
    private readonly accessLog: AccessLog,
    private readonly customers: CustomersService,
    private readonly directory: DirectoryService,
    private readonly teams: TeamsService,
  ) {}

  /** Newest first; 404 for a customer that is not this organization's. */
  async ofCustomer(actor: Actor, customerId: string, limit: number, cursor?: string): Promise<CustomerAccessPageDto> {
    const offset = decodeOffsetCursor(cursor);
    if (!(await this.customers.summaries(actor.organizationId, [customerId])).has(customerId)) throw new NotFoundError('Customer');
    const rows = await this.accessLog.ofCustomer(actor.organizationId, customerId, limit + 1, offset);
    const page = rows.slice(0, limit);
    const people = await this.directory.people(actor.organizationId, page.map((r) => r.actorUserId));
    return {
      items: page.map((r) => ({ at: r.at.toISOString(), user: (r.actorUserId && people.get(r.actorUserId)) || null, view: r.view })),
      nextCursor: rows.length > limit ? encodeOffsetCursor(offset + limit) : null,
    };
  }

  /**
   * Administrators see anyone of their organization; a team lead sees the members of the teams
   * they lead or manage (and themself): a need to know, not a way to watch colleagues elsewhere.
   */
  async byEmployee(actor: Actor, userId: string, limit: number, cursor?: string): Promise<EmployeeAccessPageDto> {
    const offset = decodeOffsetCursor(cursor);
    const employee = (await this.directory.people(actor.organizationId, [userId])).get(userId);
    if (!employee) throw new NotFoundError('User');
    if (!actor.roles.includes('admin') && !(await this.teams.supervises(actor.organizationId, actor.userId, userId))) {
      throw new ForbiddenError('forbidden.own-team-only');
    }
    const rows = await this.accessLog.byActor(actor.organizationId, userId, limit + 1, offset);
    const page = rows.slice(0, limit);
    // Each row names a customer: with the safety markers in force (R3), in one batch for the page.
    const customers = await this.customers.refs(actor.organizationId, page.map((r) => r.customerId));
    return {
      employee,
      items: page.map((r) => ({ at: r.at.toISOString(), customer: customers.get(r.customerId) ?? null, view: r.view })),
      nextCursor: rows.length > limit ? encodeOffsetCursor(offset + limit) : null,
    };
  }
}
