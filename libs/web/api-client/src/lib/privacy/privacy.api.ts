import { api, data, type Schemas } from '../client';
import { apiDownload } from '../http';

export const privacyApi = {
  /** "Mijn gegevens downloaden": the tenant's own data as JSON or PDF. */
  portalExport: (format: Schemas['ExportFormat']) => apiDownload('/portal/export', { query: { format }, fallbackName: `mijn-gegevens.${format}` }),
  /** An admin's export of a customer's whole file. */
  customerExport: (id: string, format: Schemas['ExportFormat']) =>
    apiDownload(`/customers/${encodeURIComponent(id)}/export`, { query: { format }, fallbackName: `klant.${format}` }),
  eraseCustomer: (id: string, body: Schemas['EraseCustomerDto']) => data(api.POST('/api/v1/customers/{id}/erase', { params: { path: { id } }, body })),
  retention: (signal?: AbortSignal) => data(api.GET('/api/v1/privacy/retention', { signal })),
  updateRetention: (body: Schemas['RetentionRulesDto']) => data(api.PUT('/api/v1/privacy/retention', { body })),
};
