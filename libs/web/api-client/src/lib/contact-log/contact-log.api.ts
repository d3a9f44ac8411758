import type {
  Case, CaseWithContacts, Contact, CreateContactRequest, Location, Page, ResolveCaseRequest, TimelineItem, Topic,
  UpdateCaseRequest,
} from '@loket/shared/contracts';
import { apiRequest } from '../http';

const casePath = (id: string) => `/cases/${encodeURIComponent(id)}`;

export interface CaseFilters {
  status?: string;
  /** `me`, or a staff member's id. */
  ownerId?: string;
  customerId?: string;
  limit?: number;
  cursor?: string;
}

/** Contact log and cases (staff API). */
export const contactLogApi = {
  topics: (signal?: AbortSignal) => apiRequest<{ items: Topic[] }>('/topics', { signal }),
  locations: (signal?: AbortSignal) => apiRequest<{ items: Location[] }>('/locations', { signal }),
  createContact: (body: CreateContactRequest) => apiRequest<Contact>('/contacts', { method: 'POST', body }),
  contact: (id: string, signal?: AbortSignal) => apiRequest<Contact>(`/contacts/${encodeURIComponent(id)}`, { signal }),
  cases: (filters: CaseFilters, signal?: AbortSignal) => apiRequest<Page<Case>>('/cases', { query: { ...filters }, signal }),
  case: (id: string, signal?: AbortSignal) => apiRequest<CaseWithContacts>(casePath(id), { signal }),
  updateCase: (id: string, body: UpdateCaseRequest) => apiRequest<Case>(casePath(id), { method: 'PATCH', body }),
  resolveCase: (id: string, body: ResolveCaseRequest) => apiRequest<Case>(`${casePath(id)}/resolve`, { method: 'POST', body }),
  timeline: (customerId: string, limit: number, cursor?: string | null, signal?: AbortSignal) =>
    apiRequest<Page<TimelineItem>>(`/customers/${encodeURIComponent(customerId)}/timeline`, { query: { limit, cursor }, signal }),
};
