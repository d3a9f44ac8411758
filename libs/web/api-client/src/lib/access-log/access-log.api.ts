import type { CustomerAccess, EmployeeAccessPage, Page } from '@loket/shared/contracts';
import { apiRequest } from '../http';

/** The access log (AVG): who looked at a customer (administrators), what one employee looked at (team leads, administrators). */
export const accessLogApi = {
  ofCustomer: (customerId: string, cursor: string | undefined, limit: number, signal?: AbortSignal) =>
    apiRequest<Page<CustomerAccess>>(`/customers/${encodeURIComponent(customerId)}/access-log`, { query: { cursor, limit }, signal }),
  byEmployee: (userId: string, cursor: string | undefined, limit: number, signal?: AbortSignal) =>
    apiRequest<EmployeeAccessPage>('/access-log', { query: { userId, cursor, limit }, signal }),
};
