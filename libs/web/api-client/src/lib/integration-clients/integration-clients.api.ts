import { api, data, type Schemas } from '../client';

/** Integration clients (admins): the organization's machine clients, their secrets and scopes. */
export const integrationClientsApi = {
  list: (signal?: AbortSignal) => data(api.GET('/api/v1/integration-clients', { signal })),
  create: (body: Schemas['CreateIntegrationClientDto']) => data(api.POST('/api/v1/integration-clients', { body })),
  update: (id: string, body: Schemas['UpdateIntegrationClientDto']) => data(api.PATCH('/api/v1/integration-clients/{id}', { params: { path: { id } }, body })),
  rotate: (id: string, body: Schemas['RotateIntegrationClientDto']) => data(api.POST('/api/v1/integration-clients/{id}/rotate', { params: { path: { id } }, body })),
  revoke: (id: string) => data(api.DELETE('/api/v1/integration-clients/{id}', { params: { path: { id } } })),
};
