import type { components } from '@loket/web/api-types';

/** The shapes the reference ERP reads, by their names in the API document (openapi/loket.json). */
type Schemas = components['schemas'];

export type BatchJob = Schemas['BatchStatusDto'];
export type BatchLineResult = Schemas['BatchLineDto'];
export type UpsertResult = Schemas['UpsertResponseDto'];
export type WebhookSubscription = Schemas['WebhookSubscriptionWithSecretDto'];
export type WebhookDelivery = Schemas['WebhookDeliveryDto'];
export type IntegrationEvent = Schemas['ChangeDto'];
export type VeraContactmoment = Schemas['ContactmomentDto'];
