import type { PutSlaCalendarBody, PutSlaPoliciesBody } from './sla.api';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../query-keys';
import { slaApi, type SlaPreviewParams } from './sla.api';

/**
 * The organization's business calendar. It changes rarely: kept for ten minutes. The screens use
 * it to count work hours to a due moment ("over 3 werkuren").
 */
export function useSlaCalendar(enabled = true) {
  return useQuery({
    queryKey: queryKeys.sla.calendar(),
    queryFn: ({ signal }) => slaApi.calendar(signal),
    staleTime: 600_000,
    enabled,
  });
}

export function useSlaPolicies(enabled = true) {
  return useQuery({
    queryKey: queryKeys.sla.policies(),
    queryFn: ({ signal }) => slaApi.policies(signal),
    staleTime: 600_000,
    enabled,
  });
}

/** "Wat betekent dit?": the due moments for a request on a channel at a moment; off while `params` is null. */
export function useSlaPreview(params: SlaPreviewParams | null) {
  return useQuery({
    queryKey: queryKeys.sla.preview({ channel: params?.channel, topic: params?.topic ?? undefined, at: params?.at }),
    queryFn: ({ signal }) => slaApi.preview(params as SlaPreviewParams, signal),
    enabled: params !== null,
  });
}

/**
 * After a change of calendar or targets every preview is stale, and so are the due moments of open
 * cases (the server moves them): refetch what is on screen.
 */
function invalidateAfterChange(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.sla.previews() }),
    queryClient.invalidateQueries({ queryKey: queryKeys.cases.all }),
    queryClient.invalidateQueries({ queryKey: queryKeys.customers.details() }),
  ]);
}

export function useUpdateSlaCalendar() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutSlaCalendarBody) => slaApi.putCalendar(body),
    onSuccess: (calendar) => {
      queryClient.setQueryData(queryKeys.sla.calendar(), calendar);
      return invalidateAfterChange(queryClient);
    },
  });
}

export function useUpdateSlaPolicies() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PutSlaPoliciesBody) => slaApi.putPolicies(body),
    onSuccess: (policies) => {
      queryClient.setQueryData(queryKeys.sla.policies(), policies);
      return invalidateAfterChange(queryClient);
    },
  });
}
