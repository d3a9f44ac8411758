import { Injectable } from '@nestjs/common';
import { EventLog, encodeEventCursor, type Actor } from '@loket/server/platform';
import { ContactLogService } from '@loket/server/contact-log';
import { CustomersService } from '@loket/server/customers';
import type { ChangePageDto, ChangesQueryDto, ContactmomentPageDto, ContactmomentenQueryDto } from './feed.dto';

/** Where a feed starts: before every event. */
const START = encodeEventCursor('0', '0');

/**
 * Pull for ERPs that cannot receive webhooks: the change feed over the event log (the same events
 * the webhooks deliver, in the same order) and the contacts as VERA Contactmomenten. Reads only.
 */
@Injectable()
export class IntegrationFeedService {
  constructor(
    private readonly events: EventLog,
    private readonly customers: CustomersService,
    private readonly contactLog: ContactLogService,
  ) {}

  /** The events after the cursor, oldest first; the next cursor is always given (unchanged when nothing is new). */
  async changes(actor: Actor, q: ChangesQueryDto): Promise<ChangePageDto> {
    const org = actor.organizationId;
    const events = await this.events.after(org, q.cursor || null, { types: q.types, limit: q.limit ?? 100 });
    const relaties = await this.customers.relaties(org, events.flatMap((e) => (e.customerId ? [e.customerId] : [])));
    return {
      items: events.map((e) => ({
        id: e.id, type: e.type, occurredAt: e.occurredAt.toISOString(), customer: e.customerId ? (relaties.get(e.customerId) ?? { id: e.customerId, idExtern: null }) : null, data: e.data,
      })),
      nextCursor: events.at(-1)?.cursor ?? (q.cursor || START),
    };
  }

  async contactmomenten(actor: Actor, q: ContactmomentenQueryDto): Promise<ContactmomentPageDto> {
    return this.contactLog.contactmomenten(actor.organizationId, { since: q.since, cursor: q.cursor || undefined, limit: q.limit ?? 100 });
  }
}
