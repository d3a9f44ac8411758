import { api, data, type Schemas } from '../client';

export interface WebhookDeliveryFilters {
  subscription?: string;
  status?: Schemas['WebhookDeliveryStatus'];
  cursor?: string;
  limit?: number;
}

/** Webhook subscriptions and their delivery log (admins). */
export const webhooksApi = {
  subscriptions: (signal?: AbortSignal) => data(api.GET('/api/v1/webhook-subscriptions', { signal })),
  create: (body: Schemas['CreateWebhookSubscriptionDto']) => data(api.POST('/api/v1/webhook-subscriptions', { body })),
  update: (id: string, body: Schemas['UpdateWebhookSubscriptionDto']) => data(api.PATCH('/api/v1/webhook-subscriptions/{id}', { params: { path: { id } }, body })),
  remove: (id: string) => data(api.DELETE('/api/v1/webhook-subscriptions/{id}', { params: { path: { id } } })),
  rotateSecret: (id: string) => data(api.POST('/api/v1/webhook-subscriptions/{id}/rotate-secret', { params: { path: { id } } })),
  replayRange: (id: string, body: Schemas['ReplayRangeDto']) => data(api.POST('/api/v1/webhook-subscriptions/{id}/replay', { params: { path: { id } }, body })),
  deliveries: (filters: WebhookDeliveryFilters, signal?: AbortSignal) => data(api.GET('/api/v1/webhook-deliveries', { params: { query: filters }, signal })),
  replayDelivery: (id: string) => data(api.POST('/api/v1/webhook-deliveries/{id}/replay', { params: { path: { id } } })),
};
