import type { CallbackStatus, CaseStatus } from '@loket/shared/contracts';

export const WORKLIST_SCOPES = ['me', 'team', 'all', 'forwarded'] as const;
export type WorklistScope = (typeof WORKLIST_SCOPES)[number];

export const WORK_ITEM_KINDS = ['case', 'callback', 'follow_up'] as const;
export type WorkItemKind = (typeof WORK_ITEM_KINDS)[number];

/** Open statuses of the work: a case's (open, waiting for the customer), a callback's (scheduled, in progress) or a follow-up's (open). */
export const WORK_ITEM_STATUSES = ['open', 'waiting_for_customer', 'scheduled', 'in_progress'] as const satisfies readonly (CaseStatus | CallbackStatus)[];
export type WorkItemStatus = (typeof WORK_ITEM_STATUSES)[number];

export const DUE_BUCKETS = ['overdue', 'today', 'week'] as const;
export type DueBucket = (typeof DUE_BUCKETS)[number];

/** What is due at the work item's due moment. */
export const DUE_TARGETS = ['first_response', 'resolution', 'callback', 'follow_up'] as const;
export type DueTarget = (typeof DUE_TARGETS)[number];

export const isWorkItemStatus = (s: string): s is WorkItemStatus => (WORK_ITEM_STATUSES as readonly string[]).includes(s);
