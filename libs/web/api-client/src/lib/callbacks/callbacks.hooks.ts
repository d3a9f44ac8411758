import type { Schemas } from '../client';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData, type QueryClient, type UseInfiniteQueryResult } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { callbacksApi, type CallbackFilters } from './callbacks.api';

export const CALLBACKS_PAGE_SIZE = 50;

/** The organization's teams with their lead, manager and members. They change rarely: kept for ten minutes. */
export function useTeams(enabled = true) {
  return useQuery({
    queryKey: queryKeys.callbacks.teams(),
    queryFn: ({ signal }) => callbacksApi.teams(signal).then((page) => page.items),
    staleTime: 600_000,
    enabled,
  });
}

/** A list of callbacks, sorted by due moment, page by page ("Meer laden"). Refreshed every minute while on screen. */
/** A list of callbacks, page by page. */
export type CallbackListQuery = UseInfiniteQueryResult<InfiniteData<Schemas['CallbackPageDto'], string | null>>;

export function useCallbacks(filters: Omit<CallbackFilters, 'cursor'>, enabled = true): CallbackListQuery {
  const limit = filters.limit ?? CALLBACKS_PAGE_SIZE;
  return useInfiniteQuery({
    queryKey: queryKeys.callbacks.list({ ...filters, escalated: filters.escalated ? 'true' : undefined, limit }),
    queryFn: ({ signal, pageParam }) => callbacksApi.list({ ...filters, limit, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: 60_000,
    enabled,
  });
}

/** One callback with its attempts, escalations and reschedules. */
export function useCallbackDetail(id: string) {
  return useQuery({
    queryKey: queryKeys.callbacks.detail(id),
    queryFn: ({ signal }) => callbacksApi.get(id, signal),
  });
}

/**
 * A callback changed: every callback list, its customer's overview ("who calls, and when") and time
 * line, and the case it belongs to (completing adds a contact and may answer the question) are stale.
 */
function afterChange(queryClient: QueryClient, callback: Schemas['CallbackDetailDto']) {
  queryClient.setQueryData(queryKeys.callbacks.detail(callback.id), callback);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.callbacks.lists() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.customers.detail(callback.customerId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.customers.timelines(callback.customerId) }),
    queryClient.invalidateQueries({ queryKey: queryKeys.cases.lists() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.cases.detail(callback.caseId) }),
  ]);
}

export function useCreateCallback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateCallbackDto']) => callbacksApi.create(body),
    onSuccess: (callback) => afterChange(queryClient, callback),
  });
}

/** "Oppakken": take a callback from the team queue (the id is passed to `mutate`). */
export function useClaimCallback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callbacksApi.claim(id),
    onSuccess: (callback) => afterChange(queryClient, callback),
  });
}

export function useRecordAttempt(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['RecordAttemptDto']) => callbacksApi.recordAttempt(id, body),
    onSuccess: (callback) => afterChange(queryClient, callback),
  });
}

export function useRescheduleCallback(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['RescheduleCallbackDto']) => callbacksApi.reschedule(id, body),
    onSuccess: (callback) => afterChange(queryClient, callback),
  });
}

export function useCompleteCallback(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CompleteCallbackDto']) => callbacksApi.complete(id, body),
    onSuccess: (callback) => afterChange(queryClient, callback),
  });
}

export function useCancelCallback(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CancelCallbackDto']) => callbacksApi.cancel(id, body),
    onSuccess: (callback) => afterChange(queryClient, callback),
  });
}

/** When reminders and escalations happen (admins change them). */
export function useCallbackSettings(enabled = true) {
  return useQuery({
    queryKey: queryKeys.callbacks.settings(),
    queryFn: ({ signal }) => callbacksApi.settings(signal),
    staleTime: 600_000,
    enabled,
  });
}

export function useUpdateCallbackSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CallbackSettingsDto']) => callbacksApi.putSettings(body),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.callbacks.settings(), settings),
  });
}

/** The tenant's callbacks: who calls, in which window, and after a delay the new expectation. */
export function usePortalCallbacks() {
  return useQuery({
    queryKey: queryKeys.callbacks.portal(),
    queryFn: ({ signal }) => callbacksApi.portalList(signal).then((page) => page.items),
  });
}

/** The open day parts of the coming two weeks (the organization's calendar and holidays applied): what the picker offers. */
export function usePortalCallbackMoments() {
  return useQuery({
    queryKey: queryKeys.callbacks.portalMoments(),
    queryFn: ({ signal }) => callbacksApi.portalMoments(signal).then((page) => page.days),
    staleTime: 60_000,
  });
}

/** "Bel mij terug": the request shows up in the tenant's list (and in Mijn vragen) straight away. */
export function useRequestCallback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['PortalCallbackRequestDto']) => callbacksApi.portalRequest(body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.callbacks.portal() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.callbacks.portalMoments() }),
        queryClient.invalidateQueries({ queryKey: queryKeys.portal.file() }),
      ]),
  });
}
