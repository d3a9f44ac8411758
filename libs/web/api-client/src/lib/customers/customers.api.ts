import { api, data, type Schemas } from '../client';

const id = (customerId: string) => ({ path: { id: customerId } });

export const customersApi = {
  search: (q: string, limit: number, signal?: AbortSignal) => data(api.GET('/api/v1/customers', { params: { query: { q, limit } }, signal })),
  get: (customerId: string, signal?: AbortSignal) => data(api.GET('/api/v1/customers/{id}', { params: id(customerId), signal })),
  overview: (customerId: string, signal?: AbortSignal) => data(api.GET('/api/v1/customers/{id}/overview', { params: id(customerId), signal })),
  update: (customerId: string, body: Schemas['UpdateCustomerDto']) => data(api.PATCH('/api/v1/customers/{id}', { params: id(customerId), body })),
  createMarker: (customerId: string, body: Schemas['CreateMarkerDto']) => data(api.POST('/api/v1/customers/{id}/markers', { params: id(customerId), body })),
  updateMarker: (customerId: string, markerId: string, body: Schemas['UpdateMarkerDto']) =>
    data(api.PATCH('/api/v1/customers/{id}/markers/{markerId}', { params: { path: { id: customerId, markerId } }, body })),
};
