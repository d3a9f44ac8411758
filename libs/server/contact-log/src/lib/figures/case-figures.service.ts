import { Injectable } from '@nestjs/common';
import { endOfNthWorkingDay, type CalendarSettings } from '@loket/shared/business-calendar';
import { FCR_WINDOW_WORKING_DAYS, firstContactResolution } from '../domain/case-lifecycle';
import { CaseFiguresRepository } from './case-figures.repository';

/** First-contact resolution of the cases opened in a period (R5), by the honest rule. */
export interface FirstContactFigures {
  /** Answered in the first contact, and the customer did not come back within the window. */
  yes: number;
  /** Not answered in the first contact, or the customer came back within the window. */
  no: number;
  /** Answered in the first contact, the window still runs and nobody came back yet. */
  notYetKnown: number;
  /** The ids of the cases of each verdict (for a drill-down). */
  caseIds: { yes: string[]; no: string[]; notYetKnown: string[] };
}

/** Contacts it took to resolve the questions (R6): mean and distribution. */
export interface ContactsPerQuestionFigures {
  /** Resolved cases counted. */
  questions: number;
  /** Unrounded; null when none was resolved. */
  mean: number | null;
  one: number;
  two: number;
  threeOrMore: number;
}

/**
 * The contact log's figures for management information, counted from the recorded cases and
 * contacts. Read-only; other modules (reporting) read them here instead of naming our tables.
 */
@Injectable()
export class CaseFiguresService {
  constructor(private readonly figures: CaseFiguresRepository) {}

  /**
   * Of the cases opened in [start, end): resolved in the first contact or not, or not yet known,
   * by the rule of {@link firstContactResolution}; the window ends at the closing time of the 5th
   * working day after the first contact in the organization's `calendar`.
   */
  async firstContactResolution(organizationId: string, start: Date, end: Date, calendar: CalendarSettings, now: Date): Promise<FirstContactFigures> {
    const rows = await this.figures.firstContacts(organizationId, start, end);
    const caseIds: FirstContactFigures['caseIds'] = { yes: [], no: [], notYetKnown: [] };
    for (const r of rows) {
      const windowEnd = endOfNthWorkingDay(calendar, new Date(r.first_at), FCR_WINDOW_WORKING_DAYS);
      const verdict = firstContactResolution({ firstOutcome: r.first_outcome, returnedAt: r.returned_at ? new Date(r.returned_at) : null }, windowEnd, now);
      caseIds[verdict === 'not_yet_known' ? 'notYetKnown' : verdict].push(r.id);
    }
    return { yes: caseIds.yes.length, no: caseIds.no.length, notYetKnown: caseIds.notYetKnown.length, caseIds };
  }

  /** Of the cases opened in [start, end) and resolved: the contacts it took, as mean and distribution (R6). */
  async contactsPerQuestion(organizationId: string, start: Date, end: Date): Promise<ContactsPerQuestionFigures> {
    const r = await this.figures.contactsPerQuestion(organizationId, start, end);
    return { questions: Number(r.questions), mean: r.avg !== null ? Number(r.avg) : null, one: Number(r.one), two: Number(r.two), threeOrMore: Number(r.more) };
  }

  /** The contacts that occurred in [start, end), per topic (topics without contacts left out). */
  async contactsByTopic(organizationId: string, start: Date, end: Date): Promise<{ topicId: string; contacts: number }[]> {
    const rows = await this.figures.contactsByTopic(organizationId, start, end);
    return rows.map((r) => ({ topicId: r.topic_id, contacts: Number(r.contacts) }));
  }
}
