import { CASE_SLA_COLUMNS, CASE_SLA_JOIN, toCaseSla, type CaseSlaRow } from '@loket/server/sla';
import { VERA_CHANNEL_CODES, VERA_DIRECTION_CODES, type Case, type CaseStatus, type Contact, type PersonRef, type PortalContact } from '@loket/shared/contracts';

export const CONTACT_SELECT = `
  SELECT c.*, t.code AS topic_code, t.name AS topic_name, t.sensitive AS topic_sensitive,
         l.code AS location_code, l.name AS location_name, o.status AS outbox_status
    FROM contacts c
    JOIN topics t ON t.id = c.topic_id
    LEFT JOIN locations l ON l.id = c.location_id
    LEFT JOIN outbox_messages o ON o.id = c.confirmation_message_id`;

/** A case with its topic and its response clock (the SLA module's columns). */
export const CASE_SELECT = `
  SELECT k.*, t.code AS topic_code, t.name AS topic_name, ${CASE_SLA_COLUMNS}
    FROM cases k JOIN topics t ON t.id = k.topic_id ${CASE_SLA_JOIN}`;

export interface ContactRow {
  id: string;
  case_id: string;
  customer_id: string;
  channel: Contact['channel'];
  direction: Contact['direction'];
  occurred_at: Date;
  topic_id: string;
  topic_code: string;
  topic_name: string;
  topic_sensitive: boolean;
  summary: string;
  internal_note: string | null;
  outcome: Contact['outcome'];
  follow_up: Contact['followUp'];
  article_ids: string[];
  location_id: string | null;
  location_code: string | null;
  location_name: string | null;
  employee_id: string | null;
  employee_name: string | null;
  confirmation_channel: 'email' | 'letter' | null;
  confirmation_status: string | null;
  outbox_status: string | null;
  created_at: Date;
}

export interface CaseRow extends CaseSlaRow {
  id: string;
  customer_id: string;
  subject: string;
  topic_id: string;
  topic_code: string;
  topic_name: string;
  status: CaseStatus;
  owner_id: string | null;
  contact_count: number;
  contacts_at_resolution: number | null;
  answer_summary: string | null;
  opened_at: Date;
  resolved_at: Date | null;
  closed_at: Date | null;
  updated_at: Date;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function confirmation(r: ContactRow): Contact['confirmation'] {
  if (!r.confirmation_channel) return null;
  if (r.confirmation_status === 'no_address') return { status: 'no_address', channel: r.confirmation_channel };
  const status = r.outbox_status === 'sent' ? 'sent' : r.outbox_status === 'failed' ? 'failed' : 'queued';
  return { status, channel: r.confirmation_channel };
}

export function toContact(r: ContactRow): Contact {
  return {
    id: r.id,
    caseId: r.case_id,
    customerId: r.customer_id,
    channel: r.channel,
    direction: r.direction,
    occurredAt: new Date(r.occurred_at).toISOString(),
    topic: { id: r.topic_id, code: r.topic_code, name: r.topic_name },
    summary: r.summary,
    internalNote: r.internal_note,
    internalNoteSensitive: !!r.internal_note && r.topic_sensitive,
    outcome: r.outcome,
    followUp: r.follow_up,
    articleIds: r.article_ids,
    location: r.location_id ? { id: r.location_id, code: r.location_code as string, name: r.location_name as string } : null,
    employee: r.employee_id || r.employee_name ? { id: r.employee_id ?? '', displayName: r.employee_name ?? '' } : null,
    vera: { channelCode: VERA_CHANNEL_CODES[r.channel], directionCode: VERA_DIRECTION_CODES[r.direction] },
    confirmation: confirmation(r),
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** What the customer may read of a contact: no internal note, no staff bookkeeping (R7). */
export function toPortalContact(c: Contact): PortalContact {
  const { internalNote: _n, internalNoteSensitive: _s, articleIds: _a, ...visible } = c;
  return visible;
}

export function toCase(r: CaseRow, owners: Map<string, PersonRef>): Case {
  const resolved = r.status === 'resolved' || r.status === 'closed';
  return {
    id: r.id,
    customerId: r.customer_id,
    subject: r.subject,
    topic: { id: r.topic_id, code: r.topic_code, name: r.topic_name },
    status: r.status,
    ownerId: r.owner_id,
    owner: r.owner_id ? (owners.get(r.owner_id) ?? null) : null,
    contactCount: r.contact_count,
    resolvedInFirstContact: resolved && r.contacts_at_resolution !== null ? r.contacts_at_resolution === 1 : null,
    answerSummary: r.answer_summary,
    firstResponseDueAt: iso(r.sla_first_response_due_at),
    dueAt: iso(r.sla_due_at),
    sla: toCaseSla(r),
    openedAt: new Date(r.opened_at).toISOString(),
    resolvedAt: iso(r.resolved_at),
    closedAt: iso(r.closed_at),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}
