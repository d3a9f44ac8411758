import { Injectable } from '@nestjs/common';
import { CaseFiguresRepository } from './case-figures.repository';

/** The resolved cases of a period. */
export interface ResolutionFigures {
  resolved: number;
  /** Of those, resolved in their first contact. */
  resolvedInFirstContact: number;
  /** Contacts per resolved case (unrounded); null when none was resolved. */
  averageContacts: number | null;
}

/**
 * The contact log's figures for management information, counted from the recorded cases and
 * contacts. Read-only; other modules (reporting) read them here instead of naming our tables.
 */
@Injectable()
export class CaseFiguresService {
  constructor(private readonly figures: CaseFiguresRepository) {}

  /** Of the cases opened in [start, end): those resolved, in their first contact, and contacts per resolved case. */
  async resolution(organizationId: string, start: Date, end: Date): Promise<ResolutionFigures> {
    const r = await this.figures.resolutions(organizationId, start, end);
    return { resolved: Number(r.resolved), resolvedInFirstContact: Number(r.first), averageContacts: r.avg !== null ? Number(r.avg) : null };
  }

  /** The contacts that occurred in [start, end), per topic (topics without contacts left out). */
  async contactsByTopic(organizationId: string, start: Date, end: Date): Promise<{ topicId: string; contacts: number }[]> {
    const rows = await this.figures.contactsByTopic(organizationId, start, end);
    return rows.map((r) => ({ topicId: r.topic_id, contacts: Number(r.contacts) }));
  }
}
