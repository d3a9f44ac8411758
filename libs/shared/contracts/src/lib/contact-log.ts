import type { Channel } from './enums';
import type { CaseSla } from './sla';
import type { VeraCode } from './vera/vera';

export const CONTACT_DIRECTIONS = ['inbound', 'outbound'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

/** answered = resolved in this contact; the others leave the case open. */
export const CONTACT_OUTCOMES = ['answered', 'callback_agreed', 'forwarded', 'appointment_made'] as const;
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

export const CASE_STATUSES = ['open', 'waiting_for_customer', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export type VeraChannelCode = VeraCode<'COMMUNICATIEKANAAL'>;
export type VeraDirectionCode = VeraCode<'COMMUNICATIERICHTING'>;

/**
 * VERA COMMUNICATIEKANAAL per channel. VERA's APP is WhatsApp. Social media has no VERA code: a
 * `social` contact has `vera.channelCode` null, and an export in VERA terms (Contactmoment.kanaal)
 * must leave the kanaal out for it (or skip it); it is never reported as APP. VERA's INS
 * (inspectie) is no Loket channel.
 */
export const VERA_CHANNEL_CODES: Record<Channel, VeraChannelCode | null> = {
  phone: 'TEL', email: 'EMA', letter: 'BRI', counter: 'BAL', home_visit: 'BEZ', portal: 'INT', social: null, whatsapp: 'APP', sms: 'SMS',
};
/** VERA COMMUNICATIERICHTING per direction. */
export const VERA_DIRECTION_CODES: Record<ContactDirection, VeraDirectionCode> = { inbound: 'INK', outbound: 'UIT' };

export interface TopicRef {
  id: string;
  code: string;
  name: string;
}
export interface Topic extends TopicRef {
  /** Notes on this topic are private: internal notes are flagged and never leave staff. */
  sensitive: boolean;
  active: boolean;
}

export interface Location {
  id: string;
  code: string;
  name: string;
}

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface FollowUp {
  /** How the customer hears from us next. */
  channel: Channel;
  /** When (ISO 8601 with offset). */
  at: string;
  note?: string | null;
}

export type ConfirmationStatus = 'queued' | 'sent' | 'failed' | 'no_address';

export interface Contact {
  id: string;
  caseId: string;
  customerId: string;
  channel: Channel;
  direction: ContactDirection;
  occurredAt: string;
  topic: TopicRef;
  summary: string;
  /** Only in the staff API. */
  internalNote: string | null;
  internalNoteSensitive: boolean;
  outcome: ContactOutcome;
  followUp: FollowUp | null;
  articleIds: string[];
  location: Location | null;
  /** The employee; null for a contact the customer made in the portal. */
  employee: PersonRef | null;
  /** VERA COMMUNICATIEKANAAL and COMMUNICATIERICHTING; channelCode is null for social media (no VERA code). */
  vera: { channelCode: VeraChannelCode | null; directionCode: VeraDirectionCode };
  confirmation: { status: ConfirmationStatus; channel: 'email' | 'letter' } | null;
  createdAt: string;
}

export interface Case {
  id: string;
  customerId: string;
  subject: string;
  topic: TopicRef;
  status: CaseStatus;
  ownerId: string | null;
  owner: PersonRef | null;
  /** Contact moments on this case (R6: target ≤ 2), counted from the recorded contacts. */
  contactCount: number;
  /** Resolved in its first contact (R5); null while not resolved. */
  resolvedInFirstContact: boolean | null;
  answerSummary: string | null;
  /** From the case's response clock (SLA); null when its channel has no such target. */
  firstResponseDueAt: string | null;
  dueAt: string | null;
  /** The response clock: state, pauses and breaches. Null for a case without targets. */
  sla: CaseSla | null;
  openedAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  updatedAt: string;
}

export interface CaseWithContacts extends Case {
  contacts: Contact[];
}


export const CASE_EVENT_TYPES = ['opened', 'status_changed', 'owner_changed', 'resolved', 'reopened', 'forwarded', 'claimed'] as const;
/** What happened to a case; `forwarded` carries the hand-off note (staff only), `claimed`: taken from a team's queue. */
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];
export interface CaseEvent {
  caseId: string;
  subject: string;
  type: CaseEventType;
  from: string | null;
  to: string | null;
  by: PersonRef | null;
}
export interface TimelineItem {
  id: string;
  kind: 'contact' | 'case_event';
  at: string;
  contact?: Contact;
  caseEvent?: CaseEvent;
}

// ---------- portal ----------
export type PortalContact = Omit<Contact, 'internalNote' | 'internalNoteSensitive' | 'articleIds'>;
export interface PortalCase extends Omit<Case, 'ownerId' | 'sla'> {
  contacts: PortalContact[];
}
