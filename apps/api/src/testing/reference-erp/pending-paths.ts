import type { components } from '@loket/web/api-types';
import type { ContractBody, CustomerBody, UnitBody } from './corporation';

/*
 * STAND-IN, to delete after merging issue 13's parts. The integration operations the reference ERP
 * calls, as the brief describes them, in the shape openapi-typescript generates, for as long as they
 * are not yet in openapi/loket.json. `LoketPaths` (loket-client.ts) takes the generated `paths` first:
 * once an operation is in the committed document, its generated type wins and the one below is
 * ignored, so every place where the real shape differs from this guess becomes a compile error.
 */

type Problem = components['schemas']['Problem'];
type Json<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type Problems<S extends number> = { [K in S]: { headers: { [name: string]: unknown }; content: { 'application/problem+json': Problem } } };
type NoParams = { query?: never; header?: never; path?: never; cookie?: never };
type Op<P, B, R> = [B] extends [never] ? { parameters: P; requestBody?: never; responses: R } : { parameters: P; requestBody: B; responses: R };

/** What an upsert answers: what happened, Loket's id for the record, its version (also the ETag) and the changed fields. */
export interface UpsertResult {
  resultaat: 'created' | 'updated' | 'unchanged';
  id: string;
  idExtern: string;
  versie: number;
  wijzigingen: { veld: string; oud: unknown; nieuw: unknown }[];
  /** A customer Loket already knew, linked on these fields. */
  gekoppeldOp?: string[];
}
type Upsert<B> = Op<
  { query?: never; header?: { 'If-Match'?: string }; path: { idExtern: string }; cookie?: never },
  { content: { 'application/json': B } },
  { 200: Json<UpsertResult>; 201: Json<UpsertResult> } & Problems<400 | 401 | 403 | 409 | 410 | 412 | 422 | 429>
>;

export interface BatchJob {
  id: string;
  status: 'receiving' | 'queued' | 'processing' | 'done' | 'failed';
  linesReceived: number;
  linesProcessed: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  createdAt: string;
  receivedAt: string | null;
  finishedAt: string | null;
}

/** One line's result: its number (from 1), the record and what happened; a rejected line says why. */
export interface BatchLineResult {
  line: number;
  type: string | null;
  idExtern: string | null;
  status: 'pending' | 'created' | 'updated' | 'unchanged' | 'rejected';
  id: string | null;
  problem?: { status: number; code: string; detail: string; errors: { field: string; code: string; message: string }[] } | null;
}

export interface WebhookSubscription {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  active: boolean;
  /** Shown once, at creation (and on rotation): `whsec_` + base64. */
  secret?: string;
  createdAt: string;
}

export interface WebhookDelivery {
  id: string;
  subscriptionId: string;
  /** The event's id: the webhook-id header, the same on every retry and replay. */
  eventId: string;
  eventType: string;
  status: 'pending' | 'retrying' | 'delivered' | 'dead';
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  attemptLog: { at: string; statusCode: number | null; durationMs: number; error: string | null }[];
}

/** One event of the change feed; its `id` is the webhook-id of its deliveries. */
export interface IntegrationEvent {
  id: string;
  type: string;
  occurredAt: string;
  customer: { id: string; idExtern: string | null } | null;
  data: Record<string, unknown>;
}

export interface VeraContactmoment {
  id: string;
  datum: string;
  kanaal: { code: string; naam: string } | null;
  richting: { code: string; naam: string };
  onderwerp: string;
  tekst: string;
  relatie: { id: string; idExtern: string | null };
}

type Page<T> = { items: T[]; nextCursor: string | null };
/** A feed page: the cursor is always given (it stays the same when nothing is new). */
type FeedPage<T> = { items: T[]; nextCursor: string };

export interface PendingPaths {
  '/api/v1/integrations/customers/{idExtern}': { put: Upsert<CustomerBody> };
  '/api/v1/integrations/units/{idExtern}': { put: Upsert<UnitBody> };
  '/api/v1/integrations/contracts/{idExtern}': { put: Upsert<ContractBody> };
  '/api/v1/integrations/batch': {
    post: Op<NoParams, { content: { 'application/x-ndjson': string } }, { 202: Json<{ id: string; status: BatchJob['status']; linesReceived: number }> } & Problems<400 | 401 | 403 | 415 | 429>>;
  };
  '/api/v1/integrations/batch/{id}': {
    get: Op<{ query?: never; header?: never; path: { id: string }; cookie?: never }, never, { 200: Json<BatchJob> } & Problems<401 | 403 | 404>>;
  };
  '/api/v1/integrations/batch/{id}/lines': {
    get: Op<
      { query?: { after?: number; limit?: number; status?: BatchLineResult['status'] }; header?: { 'accept-language'?: string }; path: { id: string }; cookie?: never },
      never,
      { 200: Json<{ items: BatchLineResult[]; next: number | null }> } & Problems<400 | 401 | 403 | 404>
    >;
  };
  '/api/v1/webhook-subscriptions': {
    get: Op<NoParams, never, { 200: Json<{ items: WebhookSubscription[] }> } & Problems<401 | 403>>;
    post: Op<NoParams, { content: { 'application/json': { url: string; events: string[]; description?: string } } }, { 201: Json<WebhookSubscription> } & Problems<400 | 401 | 403>>;
  };
  '/api/v1/webhook-subscriptions/{id}': {
    delete: Op<{ query?: never; header?: never; path: { id: string }; cookie?: never }, never, { 204: { headers: { [name: string]: unknown }; content?: never } } & Problems<401 | 403 | 404>>;
  };
  '/api/v1/webhook-deliveries': {
    get: Op<{ query?: { subscription?: string; status?: WebhookDelivery['status']; from?: string; to?: string; cursor?: string; limit?: number }; header?: never; path?: never; cookie?: never }, never, { 200: Json<Page<WebhookDelivery>> } & Problems<401 | 403>>;
  };
  '/api/v1/integrations/changes': {
    get: Op<{ query?: { cursor?: string; limit?: number; types?: string[] }; header?: never; path?: never; cookie?: never }, never, { 200: Json<FeedPage<IntegrationEvent>> } & Problems<400 | 401 | 403>>;
  };
  '/api/v1/integrations/contactmomenten': {
    get: Op<{ query?: { since?: string; cursor?: string; limit?: number }; header?: never; path?: never; cookie?: never }, never, { 200: Json<FeedPage<VeraContactmoment>> } & Problems<400 | 401 | 403>>;
  };
}
