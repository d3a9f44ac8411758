import { Injectable } from '@nestjs/common';
import { ERASED_TEXT, PlatformPrivacy, type Actor, type ExportedMessageDto } from '@loket/server/platform';
import type { CallbackDetailDto, PortalCallbackDto } from './callbacks.responses.dto';
import { CallbacksRepository } from './callbacks.repository';
import { CallbacksService } from './callbacks.service';

/** Outbox messages written for a callback (agreement, move, delay, not reached; staff reminders and escalations). */
const CALLBACK_MESSAGES = ['callback\\_%'];

/**
 * The callbacks module's part of the AVG rights: the customer's callbacks with their attempts and
 * reschedules (export) and erasure of their free text and the number to call. Works in the
 * caller's transaction when there is one.
 */
@Injectable()
export class CallbacksPrivacy {
  constructor(
    private readonly repository: CallbacksRepository,
    private readonly callbacks: CallbacksService,
    private readonly platform: PlatformPrivacy,
  ) {}

  /** Staff: each callback in full, as its detail page shows it. */
  async forStaff(actor: Actor, customerId: string): Promise<CallbackDetailDto[]> {
    const out: CallbackDetailDto[] = [];
    for (const id of await this.ids(actor.organizationId, customerId)) out.push(await this.callbacks.get(actor, id));
    return out;
  }

  /** The tenant: their callbacks as the portal shows them. */
  async forTenant(actor: Actor): Promise<PortalCallbackDto[]> {
    return (await this.callbacks.portalList(actor)).items;
  }

  async messages(organizationId: string, customerId: string): Promise<ExportedMessageDto[]> {
    return this.platform.messages(organizationId, { types: CALLBACK_MESSAGES, ids: await this.ids(organizationId, customerId) });
  }

  /**
   * Erasure: the reason, result, cancel reason, the number to call, attempt notes and reschedule
   * reasons are replaced, and the messages written for these callbacks lose address and text. The
   * callbacks, their windows, attempts, escalations and outcomes stay for the figures.
   */
  async erase(organizationId: string, customerId: string): Promise<number> {
    const ids = await this.ids(organizationId, customerId);
    if (ids.length === 0) return 0;
    await this.repository.eraseTexts(organizationId, ids, ERASED_TEXT);
    await this.platform.eraseMessages(organizationId, { types: CALLBACK_MESSAGES, ids });
    return ids.length;
  }

  private ids(organizationId: string, customerId: string): Promise<string[]> {
    return this.repository.idsOfCustomer(organizationId, customerId);
  }
}
