import type { Schemas } from '../client';
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { customersApi } from './customers.api';

/** The API answers only from 2 characters on. */
export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_LIMIT = 20;

/**
 * Customer search. Pass the already debounced text; the previous results stay on screen
 * while the next ones load, so the list does not flicker while the agent types.
 */
export function useCustomerSearch(q: string, limit = SEARCH_LIMIT) {
  const text = q.trim();
  return useQuery({
    queryKey: queryKeys.customers.search(text, limit),
    queryFn: ({ signal }) => customersApi.search(text, limit, signal),
    enabled: text.length >= SEARCH_MIN_LENGTH,
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
}

export function useCustomer(id: string) {
  return useQuery({
    queryKey: queryKeys.customers.detail(id),
    queryFn: ({ signal }) => customersApi.get(id, signal),
  });
}

/** The 360° picture (R1): customer, contracts, open cases, callbacks and recent contacts. */
export function useCustomerOverview(id: string) {
  return useQuery({
    queryKey: queryKeys.customers.overview(id),
    queryFn: ({ signal }) => customersApi.overview(id, signal),
  });
}

function invalidateCustomer(queryClient: QueryClient, id: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.customers.detail(id) }),
    // Search hits carry marker codes and names: refresh them as well.
    queryClient.invalidateQueries({ queryKey: queryKeys.customers.searches() }),
  ]);
}

export function useUpdateCustomer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['UpdateCustomerDto']) => customersApi.update(id, body),
    onSuccess: () => invalidateCustomer(queryClient, id),
  });
}

export function useCreateMarker(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateMarkerDto']) => customersApi.createMarker(customerId, body),
    onSuccess: () => invalidateCustomer(queryClient, customerId),
  });
}

export function useUpdateMarker(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ markerId, body }: { markerId: string; body: Schemas['UpdateMarkerDto'] }) =>
      customersApi.updateMarker(customerId, markerId, body),
    onSuccess: () => invalidateCustomer(queryClient, customerId),
  });
}
