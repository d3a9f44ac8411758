import { api, data } from '../client';

/** The access log (AVG): who looked at a customer (administrators), what one employee looked at (team leads, administrators). */
export const accessLogApi = {
  ofCustomer: (customerId: string, cursor: string | undefined, limit: number, signal?: AbortSignal) =>
    data(api.GET('/api/v1/customers/{id}/access-log', { params: { path: { id: customerId }, query: { cursor, limit } }, signal })),
  byEmployee: (userId: string, cursor: string | undefined, limit: number, signal?: AbortSignal) =>
    data(api.GET('/api/v1/access-log', { params: { query: { userId, cursor, limit } }, signal })),
};
