import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { ExportedMessage } from '@loket/shared/contracts';

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
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get db() {
    return this.txHost.tx;
  }

  async messages(organizationId: string, refs: MessageReferences): Promise<ExportedMessage[]> {
    if (refs.ids.length === 0) return [];
    const rows: { channel: string; recipient: string | null; subject: string; body: string; status: string; created_at: Date; sent_at: Date | null }[] = await this.db.query(
      `SELECT channel, recipient, subject, body, status, created_at, sent_at FROM outbox_messages
        WHERE organization_id = $1 AND reference_type LIKE ANY($2::text[]) AND reference_id = ANY($3::uuid[])
        ORDER BY created_at, id`,
      [organizationId, refs.types, refs.ids],
    );
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
    const [, count] = await this.db.query(
      `UPDATE outbox_messages SET recipient = NULL, subject = $4, body = $4,
              status = CASE WHEN status IN ('pending', 'to_print') THEN 'cancelled' ELSE status END
        WHERE organization_id = $1 AND reference_type LIKE ANY($2::text[]) AND reference_id = ANY($3::uuid[])`,
      [organizationId, refs.types, refs.ids, ERASED_TEXT],
    );
    return Number(count ?? 0);
  }

  /** Retention: bodies of messages sent (or given up on) before `before` are blanked. Returns how many. */
  async purgeMessageBodies(organizationId: string, before: Date): Promise<number> {
    const [, count] = await this.db.query(
      `UPDATE outbox_messages SET body = '' WHERE organization_id = $1 AND body <> ''
          AND ((status = 'sent' AND sent_at < $2) OR (status IN ('failed', 'cancelled') AND created_at < $2))`,
      [organizationId, before],
    );
    return Number(count ?? 0);
  }

  /** Retention: access-log rows (reads) older than `before` are removed. Returns how many. */
  async purgeAccessLog(organizationId: string, before: Date): Promise<number> {
    const [, count] = await this.db.query(`DELETE FROM audit_events WHERE organization_id = $1 AND at < $2 AND is_read`, [organizationId, before]);
    return Number(count ?? 0);
  }
}
