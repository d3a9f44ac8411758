import { Injectable } from '@nestjs/common';
import { ERASED_TEXT, SqlRepository, type Columns } from '@loket/server/platform';
import type { CaseEventType, CaseStatus } from '@loket/shared/contracts';
import type { CaseState } from './domain/case-lifecycle';
import type { CaseEntity, CaseEventEntity, ContactEntity } from './entities';

type CaseColumns = Columns<CaseEntity>;
type ContactColumns = Columns<ContactEntity>;

/** A case as it is stored (the row a use case locks). */
export type CaseRecord = Pick<
  CaseColumns,
  'id' | 'customer_id' | 'subject' | 'topic_id' | 'status' | 'owner_id' | 'team_id' | 'forwarded_by' | 'forwarded_at' | 'contact_count' | 'contacts_at_resolution' | 'answer_summary' | 'opened_at' | 'resolved_at' | 'closed_at' | 'updated_at'
>;

/**
 * A case as the reads show it. Its topic (reference data), owner (directory) and response clock
 * (SLA module) are added by the service from their owners.
 */
export type CaseRow = CaseRecord;

/** A contact as the reads show it; its topic, location and its confirmation's delivery status (outbox) come from their owners. */
export type ContactRow = Pick<
  ContactColumns,
  | 'id' | 'case_id' | 'customer_id' | 'channel' | 'direction' | 'occurred_at' | 'topic_id' | 'summary' | 'internal_note' | 'outcome' | 'follow_up' | 'article_ids'
  | 'location_id' | 'employee_id' | 'employee_name' | 'confirmation_channel' | 'confirmation_status' | 'confirmation_message_id' | 'created_at'
>;

/** A contact as integrations read it (VERA Contactmoment): no internal note, no follow-up; its case's subject. */
export type ContactmomentRow = Pick<ContactColumns, 'id' | 'case_id' | 'customer_id' | 'channel' | 'direction' | 'occurred_at' | 'topic_id' | 'summary' | 'outcome' | 'created_at'>
  & Pick<CaseColumns, 'subject'>;

/** A case event on the customer's time line, with the case's subject. */
export type TimelineEventRow = Pick<Columns<CaseEventEntity>, 'id' | 'case_id' | 'type' | 'from_value' | 'to_value' | 'note' | 'by_user_id' | 'by_name' | 'at'> & Pick<CaseColumns, 'subject'>;

/** A case event as the case page shows it. */
export type CaseEventRow = Pick<Columns<CaseEventEntity>, 'id' | 'type' | 'from_value' | 'to_value' | 'note' | 'by_user_id' | 'by_name' | 'at'>;

export interface NewCaseEvent {
  type: CaseEventType;
  from: string | null;
  to: string | null;
  byUserId: string | null;
  byName: string | null;
  at: Date;
  /** The hand-off note (forwarded events). */
  note?: string | null;
  /** The contact that made it happen (a reopen or an answer by a contact); null: done on the case itself. */
  contactId?: string | null;
}

export interface NewContact {
  caseId: string;
  customerId: string;
  channel: ContactColumns['channel'];
  direction: ContactColumns['direction'];
  occurredAt: Date;
  topicId: string;
  summary: string;
  internalNote: string | null;
  outcome: ContactColumns['outcome'];
  followUp: ContactColumns['follow_up'];
  articleIds: string[];
  locationId: string | null;
  employeeId: string | null;
  employeeName: string | null;
}

const CASE_COLUMNS = `k.id, k.customer_id, k.subject, k.topic_id, k.status, k.owner_id, k.team_id, k.forwarded_by, k.forwarded_at, k.contact_count, k.contacts_at_resolution, k.answer_summary,
  k.opened_at, k.resolved_at, k.closed_at, k.updated_at`;

const CASE_SELECT = `SELECT ${CASE_COLUMNS} FROM cases k`;

const CONTACT_SELECT = `
  SELECT c.id, c.case_id, c.customer_id, c.channel, c.direction, c.occurred_at, c.topic_id, c.summary, c.internal_note, c.outcome, c.follow_up, c.article_ids,
         c.location_id, c.employee_id, c.employee_name, c.confirmation_channel, c.confirmation_status, c.confirmation_message_id, c.created_at
    FROM contacts c`;

/** A keyset position on the customer's time line. */
export interface TimelineAfter {
  at: Date;
  id: string;
}

/**
 * All SQL of the contact log (cases, contacts, case events). Every method is scoped by the
 * organization. It names no other module's table: topics, locations, owners, clocks and message
 * statuses are read through their modules' services.
 */
@Injectable()
export class ContactLogRepository extends SqlRepository {
  // ---------- contacts ----------
  contact(org: string, id: string): Promise<ContactRow | undefined> {
    return this.one<ContactRow>(`${CONTACT_SELECT} WHERE c.id = $1 AND c.organization_id = $2`, [id, org]);
  }

  /** The customer's latest contacts, newest first. */
  recentContacts(org: string, customerId: string, limit: number): Promise<ContactRow[]> {
    return this.rows<ContactRow>(`${CONTACT_SELECT} WHERE c.organization_id = $1 AND c.customer_id = $2 ORDER BY c.occurred_at DESC, c.id DESC LIMIT $3`, [org, customerId, limit]);
  }

  /** All the customer's contacts, oldest first. */
  customerContacts(org: string, customerId: string): Promise<ContactRow[]> {
    return this.rows<ContactRow>(`${CONTACT_SELECT} WHERE c.organization_id = $1 AND c.customer_id = $2 ORDER BY c.occurred_at, c.id`, [org, customerId]);
  }

  caseContacts(org: string, caseId: string): Promise<ContactRow[]> {
    return this.rows<ContactRow>(`${CONTACT_SELECT} WHERE c.case_id = $1 AND c.organization_id = $2 ORDER BY c.occurred_at, c.id`, [caseId, org]);
  }

  /** A page of the customer's contacts for the time line, newest first, before `after`. */
  timelineContacts(org: string, customerId: string, after: TimelineAfter | null, limit: number): Promise<ContactRow[]> {
    return this.rows<ContactRow>(
      `${CONTACT_SELECT}
        WHERE c.organization_id = $1 AND c.customer_id = $2 AND ($3::timestamptz IS NULL OR (c.occurred_at, c.id) < ($3, $4::uuid))
        ORDER BY c.occurred_at DESC, c.id DESC LIMIT $5`,
      [org, customerId, after?.at ?? null, after?.id ?? null, limit],
    );
  }

  /** A page of the customer's case events for the time line, newest first, before `after`. */
  timelineEvents(org: string, customerId: string, after: TimelineAfter | null, limit: number): Promise<TimelineEventRow[]> {
    return this.rows<TimelineEventRow>(
      `SELECT e.id, e.case_id, e.type, e.from_value, e.to_value, e.note, e.by_user_id, e.by_name, e.at, k.subject
         FROM case_events e JOIN cases k ON k.id = e.case_id
        WHERE e.organization_id = $1 AND e.customer_id = $2 AND ($3::timestamptz IS NULL OR (e.at, e.id) < ($3, $4::uuid))
        ORDER BY e.at DESC, e.id DESC LIMIT $5`,
      [org, customerId, after?.at ?? null, after?.id ?? null, limit],
    );
  }

  /**
   * A page of contacts for integrations, in the order they were logged ((created_at, id) ascending),
   * logged at or after `since` and after the keyset position; with their case's subject. No internal note.
   */
  contactmomenten(org: string, f: { since: Date | null; after: TimelineAfter | null; limit: number }): Promise<ContactmomentRow[]> {
    return this.rows<ContactmomentRow>(
      `SELECT c.id, c.case_id, c.customer_id, c.channel, c.direction, c.occurred_at, c.topic_id, c.summary, c.outcome, c.created_at, k.subject
         FROM contacts c JOIN cases k ON k.id = c.case_id
        WHERE c.organization_id = $1
          AND ($2::timestamptz IS NULL OR c.created_at >= $2)
          AND ($3::timestamptz IS NULL OR (c.created_at, c.id) > ($3, $4::uuid))
        ORDER BY c.created_at, c.id LIMIT $5`,
      [org, f.since, f.after?.at ?? null, f.after?.id ?? null, f.limit],
    );
  }

  async insertContact(org: string, c: NewContact, now: Date): Promise<Pick<ContactColumns, 'id' | 'created_at'>> {
    const row = await this.one<Pick<ContactColumns, 'id' | 'created_at'>>(
      `INSERT INTO contacts (organization_id, case_id, customer_id, channel, direction, occurred_at, topic_id, summary, internal_note, outcome,
                             follow_up, article_ids, location_id, employee_id, employee_name, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id, created_at`,
      [
        org, c.caseId, c.customerId, c.channel, c.direction, c.occurredAt, c.topicId, c.summary, c.internalNote, c.outcome,
        c.followUp, c.articleIds, c.locationId, c.employeeId, c.employeeName, now,
      ],
    );
    return row as Pick<ContactColumns, 'id' | 'created_at'>;
  }

  async setConfirmation(org: string, contactId: string, channel: 'email' | 'letter', messageId: string): Promise<void> {
    await this.run(`UPDATE contacts SET confirmation_channel = $3, confirmation_status = 'queued', confirmation_message_id = $4 WHERE id = $1 AND organization_id = $2`, [
      contactId, org, channel, messageId,
    ]);
  }

  contactSummary(org: string, id: string): Promise<Pick<ContactColumns, 'id' | 'customer_id' | 'case_id'> | undefined> {
    return this.one(`SELECT id, customer_id, case_id FROM contacts WHERE id = $1 AND organization_id = $2`, [id, org]);
  }

  async contactIds(org: string, customerId: string): Promise<string[]> {
    const rows = await this.rows<Pick<ContactColumns, 'id'>>(`SELECT id FROM contacts WHERE organization_id = $1 AND customer_id = $2`, [org, customerId]);
    return rows.map((r) => r.id);
  }

  // ---------- cases ----------
  case(org: string, id: string): Promise<CaseRow | undefined> {
    return this.one<CaseRow>(`${CASE_SELECT} WHERE k.id = $1 AND k.organization_id = $2`, [id, org]);
  }

  /** The case, locked until the use case ends: changes to one case happen one after the other. */
  lockCase(org: string, id: string): Promise<CaseRecord | undefined> {
    return this.one<CaseRecord>(`${CASE_SELECT} WHERE k.id = $1 AND k.organization_id = $2 FOR UPDATE`, [id, org]);
  }

  /** Cases, most recently changed first. */
  listCases(
    org: string,
    f: { status?: CaseStatus; statuses?: readonly CaseStatus[]; ownerId?: string; customerId?: string },
    limit: number,
    offset: number,
  ): Promise<CaseRow[]> {
    return this.rows<CaseRow>(
      `${CASE_SELECT}
        WHERE k.organization_id = $1
          AND ($2::text IS NULL OR k.status = $2) AND ($3::uuid IS NULL OR k.owner_id = $3) AND ($4::uuid IS NULL OR k.customer_id = $4)
          AND ($5::text[] IS NULL OR k.status = ANY($5::text[]))
        ORDER BY k.updated_at DESC, k.id DESC LIMIT $6 OFFSET $7`,
      [org, f.status ?? null, f.ownerId ?? null, f.customerId ?? null, f.statuses ?? null, limit, offset],
    );
  }

  /** All the customer's cases, oldest first (the AVG file). */
  customerCases(org: string, customerId: string): Promise<CaseRow[]> {
    return this.rows<CaseRow>(`${CASE_SELECT} WHERE k.organization_id = $1 AND k.customer_id = $2 ORDER BY k.opened_at, k.id`, [org, customerId]);
  }

  caseSummary(org: string, id: string): Promise<Pick<CaseColumns, 'id' | 'customer_id' | 'subject' | 'status' | 'topic_id'> | undefined> {
    return this.one(`SELECT id, customer_id, subject, status, topic_id FROM cases WHERE id = $1 AND organization_id = $2`, [id, org]);
  }

  async insertCase(
    org: string,
    c: { customerId: string; subject: string; topicId: string; ownerId: string | null; teamId?: string | null; openedAt: Date; state: CaseState },
    now: Date,
  ): Promise<CaseRecord> {
    const row = await this.one<CaseRecord>(
      `INSERT INTO cases (organization_id, customer_id, subject, topic_id, owner_id, opened_at, status, contact_count, contacts_at_resolution, answer_summary, resolved_at, closed_at, updated_at, team_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       RETURNING ${CASE_COLUMNS.replace(/k\./g, '')}`,
      [org, c.customerId, c.subject, c.topicId, c.ownerId, c.openedAt, c.state.status, c.state.contactCount, c.state.contactsAtResolution, c.state.answerSummary,
        c.state.resolvedAt, c.state.closedAt, now, c.teamId ?? null],
    );
    return row as CaseRecord;
  }

  /** Stores the case's lifecycle state (the use case holds the row lock, see lockCase). */
  async saveState(org: string, id: string, s: CaseState, now: Date): Promise<void> {
    await this.run(
      `UPDATE cases SET status = $3, contact_count = $4, contacts_at_resolution = $5, answer_summary = $6, resolved_at = $7, closed_at = $8, updated_at = $9
        WHERE id = $1 AND organization_id = $2`,
      [id, org, s.status, s.contactCount, s.contactsAtResolution, s.answerSummary, s.resolvedAt, s.closedAt, now],
    );
  }

  async setOwner(org: string, id: string, ownerId: string | null, now: Date): Promise<void> {
    await this.run(`UPDATE cases SET owner_id = $3, updated_at = $4 WHERE id = $1 AND organization_id = $2`, [id, org, ownerId, now]);
  }

  /** Who has the case now: an owner and/or a team's queue; a hand-off also records who forwarded it. */
  async setAssignment(org: string, id: string, a: { ownerId: string | null; teamId: string | null; forwardedBy?: string; forwardedAt?: Date }, now: Date): Promise<void> {
    await this.run(
      `UPDATE cases SET owner_id = $3, team_id = $4, forwarded_by = COALESCE($5, forwarded_by), forwarded_at = COALESCE($6, forwarded_at), updated_at = $7
        WHERE id = $1 AND organization_id = $2`,
      [id, org, a.ownerId, a.teamId, a.forwardedBy ?? null, a.forwardedAt ?? null, now],
    );
  }

  /** The channel and location of the case's first contact (where its question came in). */
  caseOrigin(org: string, caseId: string): Promise<Pick<ContactColumns, 'channel' | 'location_id'> | undefined> {
    return this.one(`SELECT channel, location_id FROM contacts WHERE case_id = $1 AND organization_id = $2 ORDER BY occurred_at, id LIMIT 1`, [caseId, org]);
  }

  /** The case's events, oldest first. */
  caseEvents(org: string, caseId: string): Promise<CaseEventRow[]> {
    return this.rows<CaseEventRow>(
      `SELECT id, type, from_value, to_value, note, by_user_id, by_name, at FROM case_events WHERE case_id = $1 AND organization_id = $2 ORDER BY at, id`,
      [caseId, org],
    );
  }

  async setSubject(org: string, id: string, subject: string, now: Date): Promise<void> {
    await this.run(`UPDATE cases SET subject = $3, updated_at = $4 WHERE id = $1 AND organization_id = $2`, [id, org, subject, now]);
  }

  // ---------- case events ----------
  async insertEvents(org: string, c: Pick<CaseRecord, 'id' | 'customer_id'>, list: NewCaseEvent[]): Promise<void> {
    await this.run(
      `INSERT INTO case_events (organization_id, case_id, customer_id, type, from_value, to_value, by_user_id, by_name, at, note, contact_id)
       SELECT $1, $2, $3, * FROM unnest($4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[], $9::timestamptz[], $10::text[], $11::uuid[])`,
      [org, c.id, c.customer_id, list.map((e) => e.type), list.map((e) => e.from), list.map((e) => e.to), list.map((e) => e.byUserId),
        list.map((e) => e.byName), list.map((e) => e.at), list.map((e) => e.note ?? null), list.map((e) => e.contactId ?? null)],
    );
  }

  // ---------- erasure (AVG) ----------
  /**
   * Replaces the customer's contact summaries, internal notes and follow-up notes; the contacts
   * themselves (channel, topic, time, outcome) stay. The number of contacts touched.
   */
  eraseContacts(org: string, customerId: string): Promise<number> {
    return this.run(
      `UPDATE contacts SET summary = $3, internal_note = CASE WHEN internal_note IS NULL THEN NULL ELSE $3 END,
              follow_up = CASE WHEN follow_up ? 'note' AND follow_up->>'note' IS NOT NULL THEN jsonb_set(follow_up, '{note}', to_jsonb($3::text)) ELSE follow_up END
        WHERE organization_id = $1 AND customer_id = $2`,
      [org, customerId, ERASED_TEXT],
    );
  }

  /** Replaces the customer's case subjects and answers. The number of cases touched. */
  eraseCases(org: string, customerId: string): Promise<number> {
    return this.run(
      `UPDATE cases SET subject = $3, answer_summary = CASE WHEN answer_summary IS NULL THEN NULL ELSE $3 END WHERE organization_id = $1 AND customer_id = $2`,
      [org, customerId, ERASED_TEXT],
    );
  }
}
