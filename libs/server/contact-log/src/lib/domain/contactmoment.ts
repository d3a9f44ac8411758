import { VERA_CHANNEL_CODES, VERA_DIRECTION_CODES, veraReferentiedata, type Channel, type ContactDirection, type ContactOutcome } from '@loket/shared/contracts';
import type { ContactmomentDto } from '../dto/integration-events.dto';

/** What a Contactmoment is made of: the contact's own facts, its case and topic, and the customer as the ERP knows them. No internal note. */
export interface ContactmomentFacts {
  id: string;
  occurredAt: Date;
  createdAt: Date;
  channel: Channel;
  direction: ContactDirection;
  summary: string;
  outcome: ContactOutcome;
  caseId: string;
  caseSubject: string;
  topic: { code: string; name: string };
  customer: { id: string; idExtern: string | null };
}

/**
 * A contact as VERA's Contactmoment: kanaal and richting as VERA {code, naam} (a channel without a
 * VERA code, social media, has kanaal null beside its Loket channel), the topic as soort, the
 * case's subject as onderwerp, the summary as tekst.
 */
export function toContactmoment(f: ContactmomentFacts): ContactmomentDto {
  const kanaal = VERA_CHANNEL_CODES[f.channel];
  return {
    id: f.id,
    datum: new Date(f.occurredAt).toISOString(),
    geregistreerdOp: new Date(f.createdAt).toISOString(),
    kanaal: kanaal ? veraReferentiedata('COMMUNICATIEKANAAL', kanaal) : null,
    loketKanaal: f.channel,
    richting: veraReferentiedata('COMMUNICATIERICHTING', VERA_DIRECTION_CODES[f.direction]),
    soort: { code: f.topic.code, naam: f.topic.name },
    onderwerp: f.caseSubject,
    tekst: f.summary,
    uitkomst: f.outcome,
    relatie: { id: f.customer.id, idExtern: f.customer.idExtern },
    zaak: { id: f.caseId },
  };
}

/** The keys of contact-log event data that hold the customer's words, emptied when the customer is erased. */
export const CONTACT_EVENT_PERSONAL_KEYS = ['tekst', 'onderwerp'];
