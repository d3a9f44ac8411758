import type { paths, SlaCalendar } from '@loket/web/api-types';
import { api, data, type Schemas } from '../client';

type Body<P extends keyof paths, M extends 'put'> = NonNullable<paths[P][M]>['requestBody'] extends { content: { 'application/json': infer B } } | undefined ? B : never;
export type PutSlaCalendarBody = Body<'/api/v1/sla/calendar', 'put'>;
export type PutSlaPoliciesBody = Body<'/api/v1/sla/policies', 'put'>;

/** GET /sla/preview: a channel, optionally a topic (id or code), and the moment a request comes in. */
export interface SlaPreviewParams {
  channel: Schemas['Channel'];
  topic?: string | null;
  /** ISO 8601 with offset. */
  at: string;
}

/**
 * Opening hours and response targets (staff read them; admins change them). Opening intervals are
 * `[from, to]` pairs or objects; the document says so and the generated `SlaCalendar` has the pairs
 * as tuples, but openapi-fetch's `Readable<…>` widens tuples to arrays, hence the two casts.
 */
export const slaApi = {
  calendar: (signal?: AbortSignal) => data(api.GET('/api/v1/sla/calendar', { signal })) as Promise<SlaCalendar>,
  putCalendar: (body: PutSlaCalendarBody) => data(api.PUT('/api/v1/sla/calendar', { body })) as Promise<SlaCalendar>,
  policies: (signal?: AbortSignal) => data(api.GET('/api/v1/sla/policies', { signal })),
  putPolicies: (body: PutSlaPoliciesBody) => data(api.PUT('/api/v1/sla/policies', { body })),
  preview: ({ channel, topic, at }: SlaPreviewParams, signal?: AbortSignal) =>
    data(api.GET('/api/v1/sla/preview', { params: { query: { channel, topic: topic || undefined, at } }, signal })),
};
