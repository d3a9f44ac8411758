import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '../database/repository';
import type { MessageReferences } from '../privacy/privacy';
import type { OutboxChannel, OutboxMessageEntity, OutboxStatus } from './outbox-message.entity';

type MessageColumns = Columns<OutboxMessageEntity>;
/** A message as the processor reads it before delivering. */
export type OutboxMessageRow = MessageColumns;
/** A message as an export shows it. */
export type ExportedMessageRow = Pick<MessageColumns, 'channel' | 'recipient' | 'subject' | 'body' | 'status' | 'created_at' | 'sent_at'>;

export interface NewOutboxMessage {
  organizationId: string;
  channel: OutboxChannel;
  recipient: string | null;
  fromName: string | null;
  subject: string;
  body: string;
  status: Extract<OutboxStatus, 'pending' | 'to_print'>;
  referenceType: string;
  referenceId: string;
  notBefore: Date | null;
  customerId: string | null;
  replyTo: string | null;
}

/** A letter as the print list shows it. */
export type LetterRow = Pick<MessageColumns, 'id' | 'customer_id' | 'subject' | 'body' | 'from_name' | 'status' | 'created_at' | 'sent_at' | 'printed_by' | 'reference_type' | 'reference_id'>;
const LETTER_COLUMNS = 'id, customer_id, subject, body, from_name, status, created_at, sent_at, printed_by, reference_type, reference_id';

/** All SQL of the outbox (`outbox_messages`). Runs in the caller's transaction when there is one. */
@Injectable()
export class OutboxRepository extends SqlRepository {
  async insert(m: NewOutboxMessage): Promise<string> {
    const row = await this.one<Pick<MessageColumns, 'id'>>(
      `INSERT INTO outbox_messages (organization_id, channel, recipient, from_name, subject, body, status, reference_type, reference_id, not_before, customer_id, reply_to)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [m.organizationId, m.channel, m.recipient, m.fromName, m.subject, m.body, m.status, m.referenceType, m.referenceId, m.notBefore, m.customerId, m.replyTo],
    );
    return (row as Pick<MessageColumns, 'id'>).id;
  }

  /** The delivery status of these messages of the organization (ids it does not have are left out). */
  async statuses(organizationId: string, ids: string[]): Promise<Pick<MessageColumns, 'id' | 'status'>[]> {
    if (ids.length === 0) return [];
    return this.rows(`SELECT id, status FROM outbox_messages WHERE organization_id = $1 AND id = ANY($2::uuid[])`, [organizationId, ids]);
  }

  // ---------- letters (the print list) ----------

  /** Letters to print (oldest first) or printed (most recently printed first), keyset-paged by (time, id). */
  async letters(organizationId: string, printed: boolean, after: { at: Date; id: string } | null, limit: number): Promise<LetterRow[]> {
    if (!printed) {
      return this.rows(
        `SELECT ${LETTER_COLUMNS} FROM outbox_messages
          WHERE organization_id = $1 AND channel = 'letter' AND status = 'to_print' AND ($2::timestamptz IS NULL OR (created_at, id) > ($2, $3::uuid))
          ORDER BY created_at, id LIMIT $4`,
        [organizationId, after?.at ?? null, after?.id ?? null, limit],
      );
    }
    return this.rows(
      `SELECT ${LETTER_COLUMNS} FROM outbox_messages
        WHERE organization_id = $1 AND channel = 'letter' AND status = 'sent' AND ($2::timestamptz IS NULL OR (sent_at, id) < ($2, $3::uuid))
        ORDER BY sent_at DESC, id DESC LIMIT $4`,
      [organizationId, after?.at ?? null, after?.id ?? null, limit],
    );
  }

  async lettersToPrint(organizationId: string): Promise<number> {
    const row = await this.one<{ n: string }>(`SELECT count(*) AS n FROM outbox_messages WHERE organization_id = $1 AND channel = 'letter' AND status = 'to_print'`, [organizationId]);
    return Number(row?.n ?? 0);
  }

  async letter(organizationId: string, id: string): Promise<LetterRow | undefined> {
    return this.one(`SELECT ${LETTER_COLUMNS} FROM outbox_messages WHERE organization_id = $1 AND id = $2 AND channel = 'letter'`, [organizationId, id]);
  }

  /** These letters to print are printed (sent) now; returns the ids that were. */
  async markPrinted(organizationId: string, ids: string[], by: string, at: Date): Promise<string[]> {
    const rows = await this.rows<Pick<MessageColumns, 'id'>>(
      `UPDATE outbox_messages SET status = 'sent', sent_at = $4, printed_by = $3
        WHERE organization_id = $1 AND id = ANY($2::uuid[]) AND channel = 'letter' AND status = 'to_print' RETURNING id`,
      [organizationId, ids, by, at],
    );
    return rows.map((r) => r.id);
  }

  // ---------- delivery (the worker; a job carries the message id only, the organization is the row's) ----------

  async byId(id: string): Promise<OutboxMessageRow | undefined> {
    return this.one<OutboxMessageRow>(`SELECT * FROM outbox_messages WHERE id = $1`, [id]);
  }

  async countAttempt(id: string): Promise<void> {
    await this.run(`UPDATE outbox_messages SET attempts = attempts + 1 WHERE id = $1`, [id]);
  }

  async markSent(id: string, at: Date): Promise<void> {
    await this.run(`UPDATE outbox_messages SET status = 'sent', sent_at = $2, last_error = NULL WHERE id = $1 AND status = 'pending'`, [id, at]);
  }

  /** Notes why a delivery failed; `final` gives the message up. */
  async noteFailure(id: string, error: string, final: boolean): Promise<void> {
    await this.run(`UPDATE outbox_messages SET last_error = $2, status = CASE WHEN $3 THEN 'failed' ELSE status END WHERE id = $1`, [id, error, final]);
  }

  /** Pending messages older than a few seconds (their job should exist by now), oldest first. */
  async pendingSince(olderThanSeconds: number, limit: number): Promise<Pick<MessageColumns, 'id' | 'not_before'>[]> {
    return this.rows(
      `SELECT id, not_before FROM outbox_messages WHERE status = 'pending' AND created_at < now() - make_interval(secs => $1) ORDER BY created_at LIMIT $2`,
      [olderThanSeconds, limit],
    );
  }

  // ---------- privacy ----------

  async referenced(organizationId: string, refs: MessageReferences): Promise<ExportedMessageRow[]> {
    return this.rows(
      `SELECT channel, recipient, subject, body, status, created_at, sent_at FROM outbox_messages
        WHERE organization_id = $1 AND reference_type LIKE ANY($2::text[]) AND reference_id = ANY($3::uuid[])
        ORDER BY created_at, id`,
      [organizationId, refs.types, refs.ids],
    );
  }

  /** The referenced messages lose recipient, subject and body (to `text`); one still waiting is cancelled. */
  async eraseReferenced(organizationId: string, refs: MessageReferences, text: string): Promise<number> {
    return this.run(
      `UPDATE outbox_messages SET recipient = NULL, subject = $4, body = $4,
              status = CASE WHEN status IN ('pending', 'to_print') THEN 'cancelled' ELSE status END
        WHERE organization_id = $1 AND reference_type LIKE ANY($2::text[]) AND reference_id = ANY($3::uuid[])`,
      [organizationId, refs.types, refs.ids, text],
    );
  }

  /** Bodies of messages sent (or given up on) before `before` are blanked. */
  async blankBodies(organizationId: string, before: Date): Promise<number> {
    return this.run(
      `UPDATE outbox_messages SET body = '' WHERE organization_id = $1 AND body <> ''
          AND ((status = 'sent' AND sent_at < $2) OR (status IN ('failed', 'cancelled') AND created_at < $2))`,
      [organizationId, before],
    );
  }
}
