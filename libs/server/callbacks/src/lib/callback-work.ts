import { Injectable } from '@nestjs/common';
import { ContactLogService } from '@loket/server/contact-log';
import { WorkItemsService } from '@loket/server/worklist';
import { CallbacksRepository } from './callbacks.repository';

/**
 * Keeps the worklists' read model current for callbacks, inside the callbacks' use cases: an open
 * callback (scheduled, in progress) is work for its assignee or its team's queue, due at the end
 * of the agreed window; a completed or cancelled one is not.
 */
@Injectable()
export class CallbackWorkSync {
  constructor(
    private readonly repository: CallbacksRepository,
    private readonly contactLog: ContactLogService,
    private readonly work: WorkItemsService,
  ) {}

  async sync(org: string, id: string): Promise<void> {
    const row = await this.repository.byId(org, id);
    if (!row || (row.status !== 'scheduled' && row.status !== 'in_progress')) {
      await this.work.callbackDone(org, id);
      return;
    }
    const kase = await this.contactLog.caseSummary(org, row.case_id);
    if (!kase) return;
    await this.work.putCallback(org, {
      callbackId: row.id, caseId: row.case_id, customerId: row.customer_id, subject: kase.subject, topicId: kase.topicId, teamId: row.team_id,
      ownerId: row.assignee_id, status: row.status, dueAt: new Date(row.due_at), openedAt: new Date(row.created_at),
    });
  }
}
