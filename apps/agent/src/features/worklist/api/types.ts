/*
 * PROVISIONAL: the planned shapes of GET /worklist and the team endpoints, until the generated
 * types of h/work arrive. Replaced by aliases of `Schemas[...]`.
 */
import type { Channel } from '@loket/shared/contracts';
import type { MarkerCode } from '@loket/shared/contracts';

export type WorkScope = 'me' | 'team' | 'all' | 'forwarded';
export type WorkDue = 'overdue' | 'today' | 'week';
export type WorkKind = 'case' | 'callback' | 'follow_up';

export interface WorkItem {
  id: string;
  kind: WorkKind;
  caseId: string;
  callbackId: string | null;
  subject: string;
  customer: { id: string; fullName: string; customerNumber: string; safetyMarkers: MarkerCode[] };
  topic: { id: string; code: string; name: string };
  channel: Channel;
  location: { id: string; name: string } | null;
  team: { id: string; name: string } | null;
  owner: { id: string; displayName: string } | null;
  status: string;
  dueAt: string | null;
  clockState?: 'running' | 'paused' | 'stopped' | null;
  forwardedBy: { id: string; displayName: string } | null;
  forwardedAt: string | null;
  openedAt: string;
}

export interface WorklistCounts {
  me: number;
  team: number;
  forwarded: number;
  all: number | null;
  overdue: number;
  today: number;
  week: number;
}

export interface WorklistPage {
  items: WorkItem[];
  nextCursor: string | null;
  counts: WorklistCounts;
}

export interface WorklistQuery {
  scope: WorkScope;
  team?: string;
  topic?: string;
  channel?: string;
  location?: string;
  status?: string;
  due?: WorkDue;
  kind?: WorkKind;
  cursor?: string;
  limit?: number;
}

export interface ForwardCaseRequest {
  teamId?: string;
  userId?: string;
  note: string;
  tellCustomer?: boolean;
}
