import type { OutboxStatus } from '@loket/server/platform';
import type { PersonRefDto, TeamRefDto } from '@loket/server/platform';
import type { LocationDto, TopicDto } from '@loket/server/reference-data';
import { VERA_CHANNEL_CODES, VERA_DIRECTION_CODES } from '@loket/shared/contracts';
import type { CaseDto, CaseHistoryEventDto, CaseSlaDto, ContactDto, PortalCaseDto, PortalContactDto } from './dto/responses.dto';
import type { CaseEventRow, CaseRow, ContactRow } from './contact-log.repository';
import { resolvedInFirstContact } from './domain/case-lifecycle';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** What a contact shows of other modules' data, each read once for a whole page. */
export interface ContactRefs {
  /** Topics by id (reference data). */
  topics: Map<string, Pick<TopicDto, 'id' | 'code' | 'name' | 'sensitive'>>;
  /** Locations by id (reference data). */
  locations: Map<string, LocationDto>;
  /** The delivery status of confirmation messages by message id (OutboxService.statuses). */
  outbox: Map<string, OutboxStatus>;
}

/** What a case shows of other modules' data, each read once for a whole page. */
export interface CaseRefs {
  topics: ContactRefs['topics'];
  /** Owners (and who forwarded) by user id (directory). */
  owners: Map<string, PersonRefDto>;
  /** Teams by id (reference data). */
  teams: Map<string, TeamRefDto>;
  /** Response clocks by case id (SLA module). */
  clocks: Map<string, CaseSlaDto>;
}

const topicRef = (refs: { topics: ContactRefs['topics'] }, id: string) => {
  const t = refs.topics.get(id);
  return { id, code: t?.code ?? '', name: t?.name ?? '' };
};

/** The confirmation of a contact as the customer file shows it: its delivery status comes from the outbox. */
function confirmation(r: ContactRow, outboxStatus: OutboxStatus | undefined): ContactDto['confirmation'] {
  const channel = r.confirmation_channel as 'email' | 'letter' | null;
  if (!channel) return null;
  if (r.confirmation_status === 'no_address') return { status: 'no_address', channel };
  const status = outboxStatus === 'sent' ? 'sent' : outboxStatus === 'failed' ? 'failed' : 'queued';
  return { status, channel };
}

export function toContact(r: ContactRow, refs: ContactRefs): ContactDto {
  const location = r.location_id ? refs.locations.get(r.location_id) : undefined;
  return {
    id: r.id,
    caseId: r.case_id,
    customerId: r.customer_id,
    channel: r.channel,
    direction: r.direction,
    occurredAt: new Date(r.occurred_at).toISOString(),
    topic: topicRef(refs, r.topic_id),
    summary: r.summary,
    internalNote: r.internal_note,
    internalNoteSensitive: !!r.internal_note && !!refs.topics.get(r.topic_id)?.sensitive,
    outcome: r.outcome,
    followUp: r.follow_up,
    articleIds: r.article_ids,
    location: r.location_id ? { id: r.location_id, code: location?.code ?? '', name: location?.name ?? '' } : null,
    employee: r.employee_id || r.employee_name ? { id: r.employee_id ?? '', displayName: r.employee_name ?? '' } : null,
    vera: { channelCode: VERA_CHANNEL_CODES[r.channel], directionCode: VERA_DIRECTION_CODES[r.direction] },
    confirmation: confirmation(r, r.confirmation_message_id ? refs.outbox.get(r.confirmation_message_id) : undefined),
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** The confirmation messages whose delivery status the contacts show. */
export const confirmationMessageIds = (rows: ContactRow[]): string[] =>
  rows.flatMap((r) => (r.confirmation_message_id && r.confirmation_status !== 'no_address' ? [r.confirmation_message_id] : []));

/** What the customer may read of a contact: no internal note, no staff bookkeeping (R7). */
export function toPortalContact(c: ContactDto): PortalContactDto {
  const { internalNote: _n, internalNoteSensitive: _s, articleIds: _a, ...visible } = c;
  return visible;
}

export function toCase(r: CaseRow, refs: CaseRefs): CaseDto {
  const sla = refs.clocks.get(r.id) ?? null;
  return {
    id: r.id,
    customerId: r.customer_id,
    subject: r.subject,
    topic: topicRef(refs, r.topic_id),
    status: r.status,
    ownerId: r.owner_id,
    owner: r.owner_id ? (refs.owners.get(r.owner_id) ?? null) : null,
    team: r.team_id ? (refs.teams.get(r.team_id) ?? { id: r.team_id, name: '' }) : null,
    forwardedBy: r.forwarded_by ? (refs.owners.get(r.forwarded_by) ?? { id: r.forwarded_by, displayName: '' }) : null,
    forwardedAt: iso(r.forwarded_at),
    contactCount: r.contact_count,
    resolvedInFirstContact: resolvedInFirstContact({ status: r.status, contactsAtResolution: r.contacts_at_resolution }),
    answerSummary: r.answer_summary,
    firstResponseDueAt: sla?.firstResponseDueAt ?? null,
    dueAt: sla?.dueAt ?? null,
    sla,
    openedAt: new Date(r.opened_at).toISOString(),
    resolvedAt: iso(r.resolved_at),
    closedAt: iso(r.closed_at),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

/** What the customer may read of a case: no owner id, no clock, not who forwarded it. */
export function toPortalCase(c: CaseDto, contacts: PortalCaseDto['contacts']): PortalCaseDto {
  const { ownerId: _o, sla: _s, forwardedBy: _f, forwardedAt: _a, ...visible } = c;
  return { ...visible, contacts };
}

/** A case event as the case page shows it (staff only: it may carry a hand-off note). */
export function toCaseEvent(e: CaseEventRow): CaseHistoryEventDto {
  return {
    id: e.id, type: e.type, from: e.from_value, to: e.to_value, note: e.note,
    by: e.by_user_id || e.by_name ? { id: e.by_user_id ?? '', displayName: e.by_name ?? '' } : null,
    at: new Date(e.at).toISOString(),
  };
}
