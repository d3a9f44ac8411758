import type {
  CreateMarkerRequest, Customer, CustomerOverview, CustomerSearchHit, Marker, Page, UpdateCustomerRequest,
  UpdateMarkerRequest,
} from '@loket/shared/contracts';
import { apiRequest } from '../http';

const path = (id: string) => `/customers/${encodeURIComponent(id)}`;

export const customersApi = {
  search: (q: string, limit: number, signal?: AbortSignal) =>
    apiRequest<Page<CustomerSearchHit>>('/customers', { query: { q, limit }, signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<Customer>(path(id), { signal }),
  overview: (id: string, signal?: AbortSignal) => apiRequest<CustomerOverview>(`${path(id)}/overview`, { signal }),
  update: (id: string, body: UpdateCustomerRequest) => apiRequest<Customer>(path(id), { method: 'PATCH', body }),
  createMarker: (id: string, body: CreateMarkerRequest) =>
    apiRequest<Marker>(`${path(id)}/markers`, { method: 'POST', body }),
  updateMarker: (id: string, markerId: string, body: UpdateMarkerRequest) =>
    apiRequest<Marker>(`${path(id)}/markers/${encodeURIComponent(markerId)}`, { method: 'PATCH', body }),
};
