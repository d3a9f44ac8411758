import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '../client';
import { integrationClientsApi } from './integration-clients.api';

/** Query keys of the integration clients (kept beside their hooks). */
export const integrationClientKeys = {
  all: ['integration-clients'] as const,
  list: () => ['integration-clients', 'list'] as const,
};

/** The organization's integration clients, live ones first. */
export function useIntegrationClients(enabled = true) {
  return useQuery({ queryKey: integrationClientKeys.list(), queryFn: ({ signal }) => integrationClientsApi.list(signal), enabled });
}

function useRefreshing<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationClientKeys.all }) });
}

/** Creates a client; the answer holds its secret, the only time it is shown. */
export function useCreateIntegrationClient() {
  return useRefreshing((body: Schemas['CreateIntegrationClientDto']) => integrationClientsApi.create(body));
}

export function useUpdateIntegrationClient() {
  return useRefreshing(({ id, ...body }: Schemas['UpdateIntegrationClientDto'] & { id: string }) => integrationClientsApi.update(id, body));
}

/** A new secret (shown once); `endTokens` also ends the live tokens. */
export function useRotateIntegrationClient() {
  return useRefreshing(({ id, ...body }: Schemas['RotateIntegrationClientDto'] & { id: string }) => integrationClientsApi.rotate(id, body));
}

export function useRevokeIntegrationClient() {
  return useRefreshing((id: string) => integrationClientsApi.revoke(id));
}
