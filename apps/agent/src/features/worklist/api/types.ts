import type { paths, Schemas } from '@loket/web/api-client';

export type { ForwardCaseRequest, WorkItem, WorklistCounts, WorklistPage } from '@loket/web/api-client';
export type WorkScope = Schemas['WorklistScope'];
export type WorkDue = Schemas['DueBucket'];
export type WorkKind = Schemas['WorkItemKind'];
export type WorkStatus = Schemas['WorkItemStatus'];
/** GET /worklist: the list (scope), its filters, the page (cursor) and its size. */
export type WorklistQuery = NonNullable<paths['/api/v1/worklist']['get']['parameters']['query']> & { scope: WorkScope };
