import { Injectable } from '@nestjs/common';
import { ValidationFailedError, type Actor } from '@loket/server/platform';
import type { CallbackWindowInput } from '@loket/shared/contracts';
import type { AgreedCallbackDto } from './dto/logged-contact.dto';

/** The callback agreed in a contact: what `POST /callbacks` takes, less the customer, case and contact (the contact's). */
export interface ContactCallbackInput extends CallbackWindowInput {
  phoneNumber?: string;
  reason: string;
  assigneeId?: string;
  teamId?: string;
}

/** The callback as it was written, with its moment in the customer's words for the contact's confirmation. */
export type AgreedCallback = AgreedCallbackDto;

/** Writes the callback of a contact inside the contact's transaction; throws its own field errors (without a prefix). */
type AgreeCallback = (actor: Actor, at: { customerId: string; caseId: string; contactId: string }, callback: ContactCallbackInput) => Promise<AgreedCallback>;

/**
 * Contacts may agree a callback in the same command (`POST /contacts {…, callback}`). Callbacks
 * depend on the contact log, not the other way round, so the callbacks module registers here how a
 * callback is written (as the knowledge base registers its articles in ContactArticleDirectory).
 * The contact log calls it inside its own use case: contact and callback are one transaction.
 */
@Injectable()
export class ContactCallbacks {
  private agreeFn: AgreeCallback | null = null;

  register(fn: AgreeCallback): void {
    this.agreeFn = fn;
  }

  /**
   * Writes the callback of this contact. Refused fields come back under `callback.` (the caller's
   * use case then rolls back the contact too).
   */
  async agree(actor: Actor, at: { customerId: string; caseId: string; contactId: string }, callback: ContactCallbackInput): Promise<AgreedCallback> {
    if (!this.agreeFn) throw new Error('No callbacks module registered with the contact log');
    try {
      return await this.agreeFn(actor, at, callback);
    } catch (e) {
      if (e instanceof ValidationFailedError && e.errors) {
        const prefixed = e.errors.map((f) => ({
          ...f,
          field: `callback.${f.field}`,
          // "not both teamId and assigneeId": the other field is a callback field too.
          ...(f.params && typeof f.params['other'] === 'string' ? { params: { ...f.params, other: `callback.${f.params['other']}` } } : {}),
        }));
        throw new ValidationFailedError(prefixed, 'validation-failed.contact-not-saved');
      }
      throw e;
    }
  }
}
