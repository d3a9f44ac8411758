import { Injectable } from '@nestjs/common';
import { SlaClockService } from '@loket/server/sla';
import { WorkItemsService, nextCaseDue } from '@loket/server/worklist';
import type { FollowUp } from '@loket/shared/contracts';
import { ContactLogRepository, type CaseRecord } from './contact-log.repository';
import { isOpen } from './domain/case-lifecycle';

/**
 * Keeps the worklists' read model current for the contact log, inside its use cases: an open
 * case is work (due at its clock's next target), a resolved or closed one is not; a counter
 * visit's follow-up (R11) is work for the employee until the case is answered or staff contact
 * the customer again.
 */
@Injectable()
export class CaseWorkSync {
  constructor(
    private readonly repository: ContactLogRepository,
    private readonly clocks: SlaClockService,
    private readonly work: WorkItemsService,
  ) {}

  /** After any change to the case: its work item as the case and its clock now stand. */
  async sync(org: string, caseId: string): Promise<void> {
    const row = await this.repository.case(org, caseId);
    if (!row) return;
    if (!isOpen(row.status)) {
      await this.work.caseDone(org, caseId);
      return;
    }
    const clock = (await this.clocks.clocks(org, [caseId])).get(caseId) ?? null;
    const due = { ...nextCaseDue(clock), clockState: clock?.state ?? null };
    const status = row.status as 'open' | 'waiting_for_customer';
    const changed = await this.work.changeCase(org, caseId, {
      subject: row.subject, topicId: row.topic_id, teamId: row.team_id, ownerId: row.owner_id, status, due,
      ...(row.forwarded_by && row.forwarded_at ? { forwarded: { by: row.forwarded_by, at: new Date(row.forwarded_at) } } : {}),
    });
    if (changed) return;
    await this.put(org, row, due);
  }

  /** A counter contact with an agreed follow-up: work for the employee (and their team), due at the agreed moment. */
  async followUp(org: string, c: { contactId: string; kase: Pick<CaseRecord, 'id' | 'customer_id' | 'subject' | 'topic_id'>; followUp: FollowUp; locationId: string | null; employeeId: string | null; teamId: string | null; at: Date }): Promise<void> {
    await this.work.putFollowUp(org, {
      contactId: c.contactId, caseId: c.kase.id, customerId: c.kase.customer_id, subject: c.kase.subject, topicId: c.kase.topic_id, channel: 'counter',
      locationId: c.locationId, ownerId: c.employeeId, teamId: c.teamId, dueAt: new Date(c.followUp.at), openedAt: c.at,
    });
  }

  /** Staff contacted the customer on the case at `at`: the follow-ups agreed before are done. */
  async staffContacted(org: string, caseId: string, at: Date): Promise<void> {
    await this.work.followUpsDone(org, caseId, at);
  }

  /** The case's subject changed: its callbacks and follow-ups in the lists show the new one. */
  async subject(org: string, caseId: string, subject: string): Promise<void> {
    await this.work.caseSubject(org, caseId, subject);
  }

  private async put(org: string, row: CaseRecord, due: Parameters<WorkItemsService['putCase']>[1]['due']): Promise<void> {
    const origin = await this.repository.caseOrigin(org, row.id);
    await this.work.putCase(org, {
      caseId: row.id, customerId: row.customer_id, subject: row.subject, topicId: row.topic_id, channel: origin?.channel ?? 'phone', locationId: origin?.location_id ?? null,
      teamId: row.team_id, ownerId: row.owner_id, status: row.status as 'open' | 'waiting_for_customer', due,
      forwardedBy: row.forwarded_by, forwardedAt: row.forwarded_at ? new Date(row.forwarded_at) : null, openedAt: new Date(row.opened_at),
    });
  }
}
