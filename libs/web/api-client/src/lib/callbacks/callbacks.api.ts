import { api, data, type Schemas } from '../client';

/**
 * Which callbacks (GET /callbacks), sorted by due moment:
 * `me` — mine; `team` — in my teams' queues and not yet claimed; `all` with `escalated` — the team lead board.
 */
export interface CallbackFilters {
  assignee?: Schemas['CallbackAssigneeScope'];
  /** `open` is scheduled or in progress. */
  status?: Schemas['CallbackStatusFilter'];
  /** Only those escalated (level 1 or 2). */
  escalated?: boolean;
  customerId?: string;
  limit?: number;
  cursor?: string;
}

const id = (callbackId: string) => ({ path: { id: callbackId } });

/** Callbacks that are kept: agreed windows, attempts, rescheduling, escalation (staff API), and the tenant's own. */
export const callbacksApi = {
  teams: (signal?: AbortSignal) => data(api.GET('/api/v1/teams', { signal })),
  list: ({ escalated, ...filters }: CallbackFilters, signal?: AbortSignal) =>
    data(api.GET('/api/v1/callbacks', { params: { query: { ...filters, escalated: escalated ? true : undefined } }, signal })),
  get: (callbackId: string, signal?: AbortSignal) => data(api.GET('/api/v1/callbacks/{id}', { params: id(callbackId), signal })),
  create: (body: Schemas['CreateCallbackDto']) => data(api.POST('/api/v1/callbacks', { body })),
  claim: (callbackId: string) => data(api.POST('/api/v1/callbacks/{id}/claim', { params: id(callbackId) })),
  recordAttempt: (callbackId: string, body: Schemas['RecordAttemptDto']) => data(api.POST('/api/v1/callbacks/{id}/attempts', { params: id(callbackId), body })),
  reschedule: (callbackId: string, body: Schemas['RescheduleCallbackDto']) => data(api.POST('/api/v1/callbacks/{id}/reschedule', { params: id(callbackId), body })),
  complete: (callbackId: string, body: Schemas['CompleteCallbackDto']) => data(api.POST('/api/v1/callbacks/{id}/complete', { params: id(callbackId), body })),
  cancel: (callbackId: string, body: Schemas['CancelCallbackDto']) => data(api.POST('/api/v1/callbacks/{id}/cancel', { params: id(callbackId), body })),
  settings: (signal?: AbortSignal) => data(api.GET('/api/v1/callbacks/settings', { signal })),
  putSettings: (body: Schemas['CallbackSettingsDto']) => data(api.PUT('/api/v1/callbacks/settings', { body })),
  portalList: (signal?: AbortSignal) => data(api.GET('/api/v1/portal/callbacks', { signal })),
  portalMoments: (signal?: AbortSignal) => data(api.GET('/api/v1/portal/callbacks/moments', { signal })),
  portalRequest: (body: Schemas['PortalCallbackRequestDto']) => data(api.POST('/api/v1/portal/callbacks', { body })),
};
