import { Injectable } from '@nestjs/common';
import type { Channel, SlaClockState } from '@loket/shared/contracts';
import { afterCommit } from '@loket/server/platform';
import { WorklistRepository, type WorkItemChange } from './worklist.repository';
import { WorklistCountsCache } from './counts-cache';
import type { DueTarget, WorkItemStatus } from './domain/work-item';

/** An open case as the contact log describes it to the worklists. */
export interface CaseWork {
  caseId: string;
  customerId: string;
  subject: string;
  topicId: string;
  /** The channel and location of its first contact. */
  channel: Channel;
  locationId: string | null;
  teamId: string | null;
  ownerId: string | null;
  status: WorkItemStatus;
  due: { dueAt: Date | null; dueTarget: DueTarget | null; clockState: SlaClockState | null };
  forwardedBy: string | null;
  forwardedAt: Date | null;
  openedAt: Date;
}

/** An open callback as the callbacks module describes it. */
export interface CallbackWork {
  callbackId: string;
  caseId: string;
  customerId: string;
  subject: string;
  topicId: string;
  teamId: string | null;
  ownerId: string | null;
  status: WorkItemStatus;
  dueAt: Date;
  openedAt: Date;
}

/** A counter visit's agreed follow-up (R11): owned work until the case is answered or staff contact the customer again. */
export interface FollowUpWork {
  contactId: string;
  caseId: string;
  customerId: string;
  subject: string;
  topicId: string;
  channel: Channel;
  locationId: string | null;
  ownerId: string | null;
  teamId: string | null;
  dueAt: Date;
  openedAt: Date;
}

/**
 * The worklists' public write side. The modules that own the facts (contact log, callbacks, SLA)
 * call it inside their own transactions, so the read model changes with the facts. Work that is
 * done (a case resolved or closed, a callback completed or cancelled) leaves the lists. Every
 * change makes this process count the organization's open work anew once it has committed.
 */
@Injectable()
export class WorkItemsService {
  constructor(
    private readonly repository: WorklistRepository,
    private readonly countsCache: WorklistCountsCache,
  ) {}

  private changed(org: string): Promise<void> {
    return afterCommit(() => this.countsCache.forget(org));
  }

  /** An open case: added, or replaced as a whole. */
  async putCase(org: string, c: CaseWork): Promise<void> {
    await this.changed(org);
    await this.repository.upsert(
      org,
      {
        id: c.caseId, kind: 'case', caseId: c.caseId, callbackId: null, contactId: null, customerId: c.customerId, subject: c.subject, topicId: c.topicId,
        channel: c.channel, locationId: c.locationId, teamId: c.teamId, ownerId: c.ownerId, status: c.status, dueAt: c.due.dueAt, dueTarget: c.due.dueTarget,
        clockState: c.due.clockState, forwardedBy: c.forwardedBy, forwardedAt: c.forwardedAt, openedAt: c.openedAt,
      },
      new Date(),
    );
  }

  /** Changes an open case's work item; false when the case is not in the lists (then put it as a whole). */
  async changeCase(org: string, caseId: string, change: WorkItemChange): Promise<boolean> {
    await this.changed(org);
    return (await this.repository.change(org, caseId, change, new Date())) > 0;
  }

  /** The case is no open work any more (resolved, closed): it and its follow-ups leave the lists. */
  async caseDone(org: string, caseId: string): Promise<void> {
    await this.changed(org);
    await this.repository.remove(org, caseId);
    await this.repository.removeFollowUps(org, caseId);
  }

  /** New due moments of cases (an SLA recalculation); cases not in the lists are skipped. */
  async caseDues(org: string, dues: { caseId: string; dueAt: Date | null; dueTarget: DueTarget | null }[]): Promise<number> {
    await this.changed(org);
    return this.repository.setCaseDues(org, dues, new Date());
  }

  async putCallback(org: string, c: CallbackWork): Promise<void> {
    await this.changed(org);
    await this.repository.upsert(
      org,
      {
        id: c.callbackId, kind: 'callback', caseId: c.caseId, callbackId: c.callbackId, contactId: null, customerId: c.customerId, subject: c.subject,
        topicId: c.topicId, channel: 'phone', locationId: null, teamId: c.teamId, ownerId: c.ownerId, status: c.status, dueAt: c.dueAt, dueTarget: 'callback',
        clockState: null, forwardedBy: null, forwardedAt: null, openedAt: c.openedAt,
      },
      new Date(),
    );
  }

  async callbackDone(org: string, callbackId: string): Promise<void> {
    await this.changed(org);
    await this.repository.remove(org, callbackId);
  }

  async putFollowUp(org: string, f: FollowUpWork): Promise<void> {
    await this.changed(org);
    await this.repository.upsert(
      org,
      {
        id: f.contactId, kind: 'follow_up', caseId: f.caseId, callbackId: null, contactId: f.contactId, customerId: f.customerId, subject: f.subject,
        topicId: f.topicId, channel: f.channel, locationId: f.locationId, teamId: f.teamId, ownerId: f.ownerId, status: 'open', dueAt: f.dueAt,
        dueTarget: 'follow_up', clockState: null, forwardedBy: null, forwardedAt: null, openedAt: f.openedAt,
      },
      new Date(),
    );
  }

  /** Staff contacted the customer again on this case at `at`: earlier follow-ups are done. */
  async followUpsDone(org: string, caseId: string, at: Date): Promise<void> {
    await this.changed(org);
    await this.repository.removeFollowUps(org, caseId, at);
  }

  /** A case's subject changed: its callbacks and follow-ups show it too. */
  async caseSubject(org: string, caseId: string, subject: string): Promise<void> {
    await this.changed(org);
    await this.repository.setCaseSubject(org, caseId, subject, new Date());
  }
}
