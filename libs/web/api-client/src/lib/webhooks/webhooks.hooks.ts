import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '../client';
import { webhooksApi, type WebhookDeliveryFilters } from './webhooks.api';

const keys = {
  all: ['webhooks'] as const,
  subscriptions: () => [...keys.all, 'subscriptions'] as const,
  deliveries: (filters?: Omit<WebhookDeliveryFilters, 'cursor'>) => (filters ? ([...keys.all, 'deliveries', filters] as const) : ([...keys.all, 'deliveries'] as const)),
};

export const WEBHOOK_DELIVERIES_PAGE_SIZE = 25;

export function useWebhookSubscriptions() {
  return useQuery({ queryKey: keys.subscriptions(), queryFn: ({ signal }) => webhooksApi.subscriptions(signal) });
}

/** The delivery log, newest first, a page at a time; it refreshes itself while deliveries wait. */
export function useWebhookDeliveries(filters: Omit<WebhookDeliveryFilters, 'cursor' | 'limit'>) {
  return useInfiniteQuery({
    queryKey: keys.deliveries(filters),
    queryFn: ({ pageParam, signal }) => webhooksApi.deliveries({ ...filters, cursor: pageParam ?? undefined, limit: WEBHOOK_DELIVERIES_PAGE_SIZE }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => p.items.some((d) => d.status === 'pending' || d.status === 'retrying')) ? 3_000 : false,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.all });
}

export function useCreateWebhookSubscription() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: Schemas['CreateWebhookSubscriptionDto']) => webhooksApi.create(body), onSuccess: invalidate });
}

export function useUpdateWebhookSubscription() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: Schemas['UpdateWebhookSubscriptionDto'] }) => webhooksApi.update(id, body), onSuccess: invalidate });
}

export function useDeleteWebhookSubscription() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => webhooksApi.remove(id), onSuccess: invalidate });
}

export function useRotateWebhookSecret() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => webhooksApi.rotateSecret(id), onSuccess: invalidate });
}

export function useReplayWebhookRange() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: ({ id, from, to }: { id: string; from: string; to: string }) => webhooksApi.replayRange(id, { from, to }), onSuccess: invalidate });
}

export function useReplayWebhookDelivery() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (id: string) => webhooksApi.replayDelivery(id), onSuccess: invalidate });
}
