import type { EraseCustomerRequest, EraseCustomerResult, ExportFormat, RetentionRules, RetentionSettings } from '@loket/shared/contracts';
import { apiDownload, apiRequest } from '../http';

export const privacyApi = {
  /** "Mijn gegevens downloaden": the tenant's own data as JSON or PDF. */
  portalExport: (format: ExportFormat) => apiDownload('/portal/export', { query: { format }, fallbackName: `mijn-gegevens.${format}` }),
  /** An admin's export of a customer's whole file. */
  customerExport: (id: string, format: ExportFormat) =>
    apiDownload(`/customers/${encodeURIComponent(id)}/export`, { query: { format }, fallbackName: `klant.${format}` }),
  eraseCustomer: (id: string, body: EraseCustomerRequest) =>
    apiRequest<EraseCustomerResult>(`/customers/${encodeURIComponent(id)}/erase`, { method: 'POST', body }),
  retention: (signal?: AbortSignal) => apiRequest<RetentionSettings>('/privacy/retention', { signal }),
  updateRetention: (body: RetentionRules) => apiRequest<RetentionSettings>('/privacy/retention', { method: 'PUT', body }),
};
