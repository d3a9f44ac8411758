import type { paths } from '@loket/web/api-types';
import { api, data, type Schemas } from '../client';

/** GET /cases: by status, owner (`me` or a staff member's id), customer; paged. */
export type CaseFilters = NonNullable<paths['/api/v1/cases']['get']['parameters']['query']>;

const id = (caseId: string) => ({ path: { id: caseId } });

/** Contact log and cases (staff API). */
export const contactLogApi = {
  topics: (signal?: AbortSignal) => data(api.GET('/api/v1/topics', { signal })),
  locations: (signal?: AbortSignal) => data(api.GET('/api/v1/locations', { signal })),
  createContact: (body: Schemas['CreateContactDto']) => data(api.POST('/api/v1/contacts', { body })),
  contact: (contactId: string, signal?: AbortSignal) => data(api.GET('/api/v1/contacts/{id}', { params: id(contactId), signal })),
  cases: (filters: CaseFilters, signal?: AbortSignal) =>
    data(api.GET('/api/v1/cases', { params: { query: filters }, signal })),
  case: (caseId: string, signal?: AbortSignal) => data(api.GET('/api/v1/cases/{id}', { params: id(caseId), signal })),
  updateCase: (caseId: string, body: Schemas['UpdateCaseDto']) => data(api.PATCH('/api/v1/cases/{id}', { params: id(caseId), body })),
  resolveCase: (caseId: string, body: Schemas['ResolveCaseDto']) => data(api.POST('/api/v1/cases/{id}/resolve', { params: id(caseId), body })),
  timeline: (customerId: string, limit: number, cursor?: string | null, signal?: AbortSignal) =>
    data(api.GET('/api/v1/customers/{id}/timeline', { params: { path: { id: customerId }, query: { limit, cursor: cursor ?? undefined } }, signal })),
};
