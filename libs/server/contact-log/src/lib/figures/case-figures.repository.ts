import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { ContactEntity } from '../entities/contact.entity';

/** Resolved cases: how many, how many in their first contact, the average number of contacts (numeric, as text). */
export interface ResolutionRow {
  resolved: string;
  first: string;
  avg: string | null;
}

export type TopicContactsRow = Pick<Columns<ContactEntity>, 'topic_id'> & { contacts: string };

/** The contact log's figures for management information: counts only, read-only. */
@Injectable()
export class CaseFiguresRepository extends SqlRepository {
  /** The resolved cases among those opened in [start, end). */
  async resolutions(organizationId: string, start: Date, end: Date): Promise<ResolutionRow> {
    const row = await this.one<ResolutionRow>(
      `SELECT count(*) AS resolved, count(*) FILTER (WHERE contacts_at_resolution = 1) AS first, avg(contacts_at_resolution) AS avg
         FROM cases
        WHERE organization_id = $1 AND contacts_at_resolution IS NOT NULL AND opened_at >= $2 AND opened_at < $3`,
      [organizationId, start, end],
    );
    return row ?? { resolved: '0', first: '0', avg: null };
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
