import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { ContactEntity } from '../entities/contact.entity';

/** Contacts per resolved question: the mean (numeric, as text) and how many took 1, 2, 3 or more. */
export interface ContactsPerQuestionRow {
  questions: string;
  avg: string | null;
  one: string;
  two: string;
  more: string;
}

/** One case's facts for the first-contact rule: its first contact's outcome and moment, and the first return. */
export interface FirstContactRow {
  id: string;
  first_outcome: ContactEntity['outcome'];
  first_at: Date;
  returned_at: Date | null;
}

export type TopicContactsRow = Pick<Columns<ContactEntity>, 'topic_id'> & { contacts: string };

/** The contact log's figures for management information: counts only, read-only. */
@Injectable()
export class CaseFiguresRepository extends SqlRepository {
  /** The resolved cases among those opened in [start, end): contacts it took, as mean and distribution. */
  async contactsPerQuestion(organizationId: string, start: Date, end: Date): Promise<ContactsPerQuestionRow> {
    const row = await this.one<ContactsPerQuestionRow>(
      `SELECT count(*) AS questions, avg(contacts_at_resolution) AS avg,
              count(*) FILTER (WHERE contacts_at_resolution <= 1) AS one,
              count(*) FILTER (WHERE contacts_at_resolution = 2) AS two,
              count(*) FILTER (WHERE contacts_at_resolution >= 3) AS more
         FROM cases
        WHERE organization_id = $1 AND contacts_at_resolution IS NOT NULL AND opened_at >= $2 AND opened_at < $3`,
      [organizationId, start, end],
    );
    return row ?? { questions: '0', avg: null, one: '0', two: '0', more: '0' };
  }

  /**
   * Every case opened in [start, end) that has a contact: the outcome and moment of its first
   * contact, and the earliest moment the customer came back about the same question after it
   * (LEAST skips the nulls): a further inbound contact on the case; staff reopening the case by
   * hand; or an inbound contact on a new case of the same customer about the same topic. What
   * staff send or say to the customer (the answer, a callback, a call to check) is not the
   * customer coming back, nor is the reopen such an outbound contact causes: a reopen by a
   * contact names that contact (case_events.contact_id), and the contact itself counts by its direction.
   */
  firstContacts(organizationId: string, start: Date, end: Date): Promise<FirstContactRow[]> {
    return this.rows<FirstContactRow>(
      `SELECT k.id, f.outcome AS first_outcome, f.occurred_at AS first_at,
              LEAST(
                (SELECT min(c.occurred_at) FROM contacts c
                  WHERE c.organization_id = $1 AND c.case_id = k.id AND c.id <> f.id AND c.direction = 'inbound'),
                (SELECT min(e.at) FROM case_events e
                  WHERE e.organization_id = $1 AND e.case_id = k.id AND e.type = 'reopened'
                    AND e.contact_id IS NULL),
                (SELECT min(nc.occurred_at) FROM cases n
                   JOIN contacts nc ON nc.organization_id = $1 AND nc.case_id = n.id AND nc.direction = 'inbound'
                  WHERE n.organization_id = $1 AND n.customer_id = k.customer_id AND n.topic_id = k.topic_id AND n.id <> k.id AND n.opened_at > f.occurred_at)
              ) AS returned_at
         FROM cases k
         JOIN LATERAL (
               SELECT c.id, c.outcome, c.occurred_at FROM contacts c
                WHERE c.organization_id = $1 AND c.case_id = k.id
                ORDER BY c.occurred_at, c.created_at, c.id LIMIT 1
              ) f ON true
        WHERE k.organization_id = $1 AND k.opened_at >= $2 AND k.opened_at < $3`,
      [organizationId, start, end],
    );
  }

  /** The contacts that occurred in [start, end), per topic. */
  contactsByTopic(organizationId: string, start: Date, end: Date): Promise<TopicContactsRow[]> {
    return this.rows<TopicContactsRow>(
      `SELECT topic_id, count(*) AS contacts
         FROM contacts
        WHERE organization_id = $1 AND occurred_at >= $2 AND occurred_at < $3
        GROUP BY topic_id`,
      [organizationId, start, end],
    );
  }
}
