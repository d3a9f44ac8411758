import type {
  Channel, PutSlaCalendarRequest, PutSlaPoliciesRequest, SlaCalendar, SlaPolicies, SlaPreview,
} from '@loket/shared/contracts';
import { apiRequest } from '../http';

/** GET /sla/preview: a channel, optionally a topic (id or code), and the moment a request comes in. */
export interface SlaPreviewParams {
  channel: Channel;
  topic?: string | null;
  /** ISO 8601 with offset. */
  at: string;
}

/** Opening hours and response targets (staff read them; admins change them). */
export const slaApi = {
  calendar: (signal?: AbortSignal) => apiRequest<SlaCalendar>('/sla/calendar', { signal }),
  putCalendar: (body: PutSlaCalendarRequest) => apiRequest<SlaCalendar>('/sla/calendar', { method: 'PUT', body }),
  policies: (signal?: AbortSignal) => apiRequest<SlaPolicies>('/sla/policies', { signal }),
  putPolicies: (body: PutSlaPoliciesRequest) => apiRequest<SlaPolicies>('/sla/policies', { method: 'PUT', body }),
  preview: ({ channel, topic, at }: SlaPreviewParams, signal?: AbortSignal) =>
    apiRequest<SlaPreview>('/sla/preview', { query: { channel, topic: topic || undefined, at }, signal }),
};
