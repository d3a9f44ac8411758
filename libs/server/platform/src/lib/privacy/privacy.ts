import { Injectable } from '@nestjs/common';
import type { ExportedMessageDto } from './exported-message.dto';
import { AccessLog } from '../audit/access-log';
import { OutboxRepository } from '../outbox/outbox.repository';

/** What erased free text reads afterwards (AVG art. 17): the row and its figures stay, the words go. */
export const ERASED_TEXT = '[gewist]';

/** References of outbox messages: which rows (contacts, callbacks) they were written for. */
export interface MessageReferences {
  /** reference_type values, or prefixes ending in `%` (`callback_%`). */
  types: string[];
  ids: string[];
}

/**
 * The platform's own personal data (the outbox and the access log), for export, erasure and
 * retention. Works in the caller's transaction when there is one.
 */
@Injectable()
export class PlatformPrivacy {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly accessLog: AccessLog,
  ) {}

  async messages(organizationId: string, refs: MessageReferences): Promise<ExportedMessageDto[]> {
    if (refs.ids.length === 0) return [];
    const rows = await this.outbox.referenced(organizationId, refs);
    return rows.map((r) => ({
      channel: r.channel, recipient: r.recipient, subject: r.subject, body: r.body, status: r.status,
      createdAt: new Date(r.created_at).toISOString(), sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null,
    }));
  }

  /**
   * Erasure: the messages written for these rows lose recipient, subject and body. A message still
   * waiting is cancelled (it would go to an address that no longer exists here). Returns how many.
   */
  async eraseMessages(organizationId: string, refs: MessageReferences): Promise<number> {
    if (refs.ids.length === 0) return 0;
    return this.outbox.eraseReferenced(organizationId, refs, ERASED_TEXT);
  }

  /** Retention: bodies of messages sent (or given up on) before `before` are blanked. Returns how many. */
  async purgeMessageBodies(organizationId: string, before: Date): Promise<number> {
    return this.outbox.blankBodies(organizationId, before);
  }

  /** Retention: access-log rows (reads) older than `before` are removed. Returns how many. */
  async purgeAccessLog(organizationId: string, before: Date): Promise<number> {
    return this.accessLog.purge(organizationId, before);
  }
}
