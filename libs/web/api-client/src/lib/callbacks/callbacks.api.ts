import type {
  CallbackDetail, CallbackSettings, Callback, CancelCallbackRequest, CompleteCallbackRequest, CreateCallbackRequest, Page,
  PortalCallback, PortalCallbackRequest, RecordAttemptRequest, RescheduleCallbackRequest, Team,
} from '@loket/shared/contracts';
import { apiRequest } from '../http';

/**
 * Which callbacks (GET /callbacks), sorted by due moment:
 * `me` — mine; `team` — in my teams' queues and not yet claimed; `all` with `escalated` — the team lead board.
 */
export interface CallbackFilters {
  assignee?: 'me' | 'team' | 'all';
  /** `open` is scheduled or in progress. */
  status?: 'open' | 'scheduled' | 'in_progress' | 'completed' | 'cancelled';
  /** Only those escalated (level 1 or 2). */
  escalated?: boolean;
  customerId?: string;
  limit?: number;
  cursor?: string;
}

const path = (id: string) => `/callbacks/${encodeURIComponent(id)}`;

/** Callbacks that are kept: agreed windows, attempts, rescheduling, escalation (staff API), and the tenant's own. */
export const callbacksApi = {
  teams: (signal?: AbortSignal) => apiRequest<{ items: Team[] }>('/teams', { signal }),
  list: ({ escalated, ...filters }: CallbackFilters, signal?: AbortSignal) =>
    apiRequest<Page<Callback>>('/callbacks', { query: { ...filters, escalated: escalated ? 'true' : undefined }, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<CallbackDetail>(path(id), { signal }),
  create: (body: CreateCallbackRequest) => apiRequest<CallbackDetail>('/callbacks', { method: 'POST', body }),
  claim: (id: string) => apiRequest<CallbackDetail>(`${path(id)}/claim`, { method: 'POST' }),
  recordAttempt: (id: string, body: RecordAttemptRequest) => apiRequest<CallbackDetail>(`${path(id)}/attempts`, { method: 'POST', body }),
  reschedule: (id: string, body: RescheduleCallbackRequest) => apiRequest<CallbackDetail>(`${path(id)}/reschedule`, { method: 'POST', body }),
  complete: (id: string, body: CompleteCallbackRequest) => apiRequest<CallbackDetail>(`${path(id)}/complete`, { method: 'POST', body }),
  cancel: (id: string, body: CancelCallbackRequest) => apiRequest<CallbackDetail>(`${path(id)}/cancel`, { method: 'POST', body }),
  settings: (signal?: AbortSignal) => apiRequest<CallbackSettings>('/callbacks/settings', { signal }),
  putSettings: (body: CallbackSettings) => apiRequest<CallbackSettings>('/callbacks/settings', { method: 'PUT', body }),
  portalList: (signal?: AbortSignal) => apiRequest<{ items: PortalCallback[] }>('/portal/callbacks', { signal }),
  portalRequest: (body: PortalCallbackRequest) => apiRequest<PortalCallback>('/portal/callbacks', { method: 'POST', body }),
};
