import type { Schemas } from '../client';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { contactLogApi, type CaseFilters } from './contact-log.api';

export const TIMELINE_PAGE_SIZE = 20;

/** Topics change rarely: keep them for ten minutes. Staff and tenants use the same list. */
export function useTopics() {
  return useQuery({
    queryKey: queryKeys.reference.topics(),
    queryFn: ({ signal }) => contactLogApi.topics(signal).then((page) => page.items),
    staleTime: 600_000,
  });
}

export function useLocations(enabled = true) {
  return useQuery({
    queryKey: queryKeys.reference.locations(),
    queryFn: ({ signal }) => contactLogApi.locations(signal).then((page) => page.items),
    staleTime: 600_000,
    enabled,
  });
}

export function useCases(filters: CaseFilters, enabled = true) {
  return useQuery({
    queryKey: queryKeys.cases.list({ ...filters }),
    queryFn: ({ signal }) => contactLogApi.cases(filters, signal),
    enabled,
  });
}

export function useCase(id: string) {
  return useQuery({
    queryKey: queryKeys.cases.detail(id),
    queryFn: ({ signal }) => contactLogApi.case(id, signal),
  });
}

/** The klantdossier, newest first, page by page ("Meer laden"). */
export function useCustomerTimeline(customerId: string, limit = TIMELINE_PAGE_SIZE) {
  return useInfiniteQuery({
    queryKey: queryKeys.customers.timeline(customerId, limit),
    queryFn: ({ signal, pageParam }) => contactLogApi.timeline(customerId, limit, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** A contact or a case changed: the customer's overview and time line and every case list are stale. */
function invalidateCaseData(queryClient: QueryClient, customerId: string, caseId?: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.customers.detail(customerId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.customers.timelines(customerId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.cases.lists() }),
    caseId ? queryClient.invalidateQueries({ queryKey: queryKeys.cases.detail(caseId) }) : null,
  ]);
}

export function useCreateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateContactDto']) => contactLogApi.createContact(body),
    onSuccess: (contact) =>
      Promise.all([
        invalidateCaseData(queryClient, contact.customerId, contact.caseId),
        // A callback agreed in the same command is in the callback lists now.
        contact.callback ? queryClient.invalidateQueries({ queryKey: queryKeys.callbacks.lists() }) : null,
      ]),
  });
}

export function useUpdateCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['UpdateCaseDto']) => contactLogApi.updateCase(id, body),
    onSuccess: (updated) => invalidateCaseData(queryClient, updated.customerId, updated.id),
  });
}

export function useResolveCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ResolveCaseDto']) => contactLogApi.resolveCase(id, body),
    onSuccess: (updated) => invalidateCaseData(queryClient, updated.customerId, updated.id),
  });
}
