import { Injectable } from '@nestjs/common';
import { SqlRepository, type Columns } from '@loket/server/platform';
import type { IntegrationEventType } from '@loket/shared/contracts';
import type { DeliveryStatus, WebhookDeliveryEntity, WebhookSubscriptionEntity } from './webhook.entities';

type SubscriptionColumns = Columns<WebhookSubscriptionEntity>;
export type SubscriptionRow = Pick<SubscriptionColumns, 'id' | 'organization_id' | 'url' | 'events' | 'description' | 'active' | 'created_by' | 'created_at' | 'updated_at' | 'secret_rotated_at'>;
const SUBSCRIPTION_COLUMNS = 'id, organization_id, url, events, description, active, created_by, created_at, updated_at, secret_rotated_at';

type DeliveryColumns = Columns<WebhookDeliveryEntity>;
export type DeliveryRow = Pick<
  DeliveryColumns,
  'seq' | 'id' | 'subscription_id' | 'event_id' | 'event_type' | 'status' | 'attempts' | 'next_attempt_at' | 'first_attempt_at' | 'last_attempt_at' | 'last_status_code' | 'last_duration_ms' | 'last_error' | 'delivered_at' | 'attempt_log' | 'replay_of' | 'created_at'
>;
const DELIVERY_COLUMNS =
  'seq, id, subscription_id, event_id, event_type, status, attempts, next_attempt_at, first_attempt_at, last_attempt_at, last_status_code, last_duration_ms, last_error, delivered_at, attempt_log, replay_of, created_at';

/** A delivery a worker has claimed to post now, with where and how to sign it. */
export type ClaimedRow = Pick<DeliveryColumns, 'seq' | 'id' | 'organization_id' | 'event_id' | 'attempts'> & {
  first_attempt_at: Date;
  url: SubscriptionColumns['url'];
  secret: SubscriptionColumns['secret'];
};

/** The outcome of one attempt, as the pump records it. */
export interface AttemptResult {
  seq: string;
  status: DeliveryStatus;
  at: Date;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
  nextAttemptAt: Date | null;
}

/** An event to fan out to the subscriptions of its organization. */
export interface FanOutEvent {
  id: string;
  organizationId: string;
  type: IntegrationEventType;
  customerId: string | null;
}

/** How long a claimed delivery is a worker's: well past the request timeout; after a crash it is posted again then. */
export const LEASE_SECONDS = 30;

/** All SQL of webhook subscriptions, deliveries and the fan-out cursor. */
@Injectable()
export class WebhooksRepository extends SqlRepository {
  // --- subscriptions -------------------------------------------------------------------------------

  async insertSubscription(s: { organizationId: string; url: string; events: IntegrationEventType[]; description: string | null; secret: string; createdBy: string }): Promise<SubscriptionRow> {
    return (await this.one<SubscriptionRow>(
      `INSERT INTO webhook_subscriptions (organization_id, url, events, description, secret, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${SUBSCRIPTION_COLUMNS}`,
      [s.organizationId, s.url, s.events, s.description, s.secret, s.createdBy],
    )) as SubscriptionRow;
  }

  subscriptions(organizationId: string): Promise<SubscriptionRow[]> {
    return this.rows(`SELECT ${SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions WHERE organization_id = $1 ORDER BY created_at, id`, [organizationId]);
  }

  subscription(organizationId: string, id: string): Promise<SubscriptionRow | undefined> {
    return this.one(`SELECT ${SUBSCRIPTION_COLUMNS} FROM webhook_subscriptions WHERE organization_id = $1 AND id = $2`, [organizationId, id]);
  }

  async updateSubscription(organizationId: string, id: string, c: { url?: string; events?: IntegrationEventType[]; description?: string | null; active?: boolean }): Promise<SubscriptionRow | undefined> {
    return this.one<SubscriptionRow>(
      `UPDATE webhook_subscriptions
          SET url = COALESCE($3, url), events = COALESCE($4, events),
              description = CASE WHEN $5 THEN $6 ELSE description END,
              active = COALESCE($7, active), updated_at = now()
        WHERE organization_id = $1 AND id = $2 RETURNING ${SUBSCRIPTION_COLUMNS}`,
      [organizationId, id, c.url ?? null, c.events ?? null, c.description !== undefined, c.description ?? null, c.active ?? null],
    );
  }

  async rotateSecret(organizationId: string, id: string, secret: string): Promise<SubscriptionRow | undefined> {
    return this.one<SubscriptionRow>(
      `UPDATE webhook_subscriptions SET secret = $3, secret_rotated_at = now(), updated_at = now()
        WHERE organization_id = $1 AND id = $2 RETURNING ${SUBSCRIPTION_COLUMNS}`,
      [organizationId, id, secret],
    );
  }

  /** Deletes it with its deliveries; whether there was one. */
  async deleteSubscription(organizationId: string, id: string): Promise<boolean> {
    return (await this.rows(`DELETE FROM webhook_subscriptions WHERE organization_id = $1 AND id = $2 RETURNING id`, [organizationId, id])).length > 0;
  }

  // --- the delivery log and replays ----------------------------------------------------------------

  /** The organization's deliveries, newest first, keyset-paged on `seq`. */
  deliveries(organizationId: string, f: { subscriptionId: string | null; status: DeliveryStatus | null; from: Date | null; to: Date | null; beforeSeq: string | null; limit: number }): Promise<DeliveryRow[]> {
    return this.rows(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries
        WHERE organization_id = $1
          AND ($2::uuid IS NULL OR subscription_id = $2)
          AND ($3::text IS NULL OR status = $3)
          AND ($4::timestamptz IS NULL OR created_at >= $4)
          AND ($5::timestamptz IS NULL OR created_at < $5)
          AND ($6::bigint IS NULL OR seq < $6)
        ORDER BY seq DESC LIMIT $7`,
      [organizationId, f.subscriptionId, f.status, f.from, f.to, f.beforeSeq, f.limit],
    );
  }

  delivery(organizationId: string, id: string): Promise<DeliveryRow | undefined> {
    return this.one(`SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries WHERE organization_id = $1 AND id = $2`, [organizationId, id]);
  }

  /** A new delivery of this delivery's event to its subscription, due now, queued behind the customer's earlier ones. */
  async replayDelivery(organizationId: string, id: string, by: string, now: Date): Promise<DeliveryRow | undefined> {
    return this.one<DeliveryRow>(
      `INSERT INTO webhook_deliveries (organization_id, subscription_id, event_id, event_type, customer_id, status, next_attempt_at, replay_of, replayed_by)
       SELECT organization_id, subscription_id, event_id, event_type, customer_id, 'pending', $3, id, $4
         FROM webhook_deliveries WHERE organization_id = $1 AND id = $2
       RETURNING ${DELIVERY_COLUMNS}`,
      [organizationId, id, now, by],
    );
  }

  /** New deliveries of these events (in this order) to the subscription; how many. */
  async replayEvents(organizationId: string, subscriptionId: string, events: { id: string; type: string; customerId: string | null }[], by: string, now: Date): Promise<number> {
    if (!events.length) return 0;
    const rows = await this.rows(
      `INSERT INTO webhook_deliveries (organization_id, subscription_id, event_id, event_type, customer_id, status, next_attempt_at, replayed_by)
       SELECT $1, $2, e.id, e.type, e.customer_id, 'pending', $6, $7
         FROM unnest($3::uuid[], $4::text[], $5::uuid[]) WITH ORDINALITY AS e(id, type, customer_id, n)
        ORDER BY e.n
       RETURNING seq`,
      [organizationId, subscriptionId, events.map((e) => e.id), events.map((e) => e.type), events.map((e) => e.customerId), now, by],
    );
    return rows.length;
  }

  // --- the pump ------------------------------------------------------------------------------------

  /** Takes the fan-out for this transaction; false when another worker has it. */
  async lockFanOut(): Promise<boolean> {
    const row = await this.one<{ ok: boolean }>(`SELECT pg_try_advisory_xact_lock(hashtext('loket:webhook-fanout')) AS ok`);
    return Boolean(row?.ok);
  }

  async fanOutCursor(): Promise<string | null> {
    const row = await this.one<{ cursor: string | null }>(`SELECT cursor FROM webhook_fanout_cursor WHERE id = 1`);
    return row?.cursor ?? null;
  }

  async setFanOutCursor(cursor: string): Promise<void> {
    await this.run(
      `INSERT INTO webhook_fanout_cursor (id, cursor, updated_at) VALUES (1, $1, now())
       ON CONFLICT (id) DO UPDATE SET cursor = EXCLUDED.cursor, updated_at = now()`,
      [cursor],
    );
  }

  /** One delivery per (event, subscription of its organization that wants its type), in the events' order; how many. */
  async fanOut(events: FanOutEvent[], now: Date): Promise<number> {
    const rows = await this.rows(
      `INSERT INTO webhook_deliveries (organization_id, subscription_id, event_id, event_type, customer_id, status, next_attempt_at)
       SELECT s.organization_id, s.id, e.id, e.type, e.customer_id, 'pending', $5
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[]) WITH ORDINALITY AS e(id, organization_id, type, customer_id, n)
         JOIN webhook_subscriptions s ON s.organization_id = e.organization_id AND e.type = ANY(s.events)
        ORDER BY e.n, s.id
       RETURNING seq`,
      [events.map((e) => e.id), events.map((e) => e.organizationId), events.map((e) => e.type), events.map((e) => e.customerId), now],
    );
    return rows.length;
  }

  /**
   * Claims up to `limit` due deliveries of active subscriptions, each the head of its line: no earlier
   * delivery of the same customer for the same subscription is still pending or retrying (events
   * without a customer are not held back). One statement; concurrent claimers skip each other's rows.
   */
  claim(now: Date, limit: number): Promise<ClaimedRow[]> {
    return this.rows<ClaimedRow>(
      `WITH due AS (
         SELECT d.seq FROM webhook_deliveries d
           JOIN webhook_subscriptions s ON s.id = d.subscription_id AND s.active
          WHERE d.status IN ('pending', 'retrying') AND d.next_attempt_at <= $1
            AND (d.leased_until IS NULL OR d.leased_until <= $1)
            AND NOT (d.customer_id IS NOT NULL AND EXISTS (
                  SELECT 1 FROM webhook_deliveries p
                   WHERE p.subscription_id = d.subscription_id AND p.customer_id = d.customer_id
                     AND p.status IN ('pending', 'retrying') AND p.seq < d.seq))
          ORDER BY d.next_attempt_at, d.seq
          LIMIT $2
          FOR UPDATE OF d SKIP LOCKED)
       UPDATE webhook_deliveries d
          SET leased_until = $1::timestamptz + make_interval(secs => ${LEASE_SECONDS}), attempts = d.attempts + 1,
              first_attempt_at = COALESCE(d.first_attempt_at, $1)
         FROM due, webhook_subscriptions s
        WHERE d.seq = due.seq AND s.id = d.subscription_id
       RETURNING d.seq, d.id, d.organization_id, d.event_id, d.attempts, d.first_attempt_at, s.url, s.secret`,
      [now, limit],
    );
  }

  /** Records the outcome of attempts (one statement for the batch) and frees them. */
  async record(results: AttemptResult[]): Promise<void> {
    if (!results.length) return;
    await this.run(
      `UPDATE webhook_deliveries d
          SET status = r.status, leased_until = NULL, last_attempt_at = r.at, last_status_code = r.code,
              last_duration_ms = r.ms, last_error = r.error,
              next_attempt_at = COALESCE(r.next_at, d.next_attempt_at),
              delivered_at = CASE WHEN r.status = 'delivered' THEN r.at ELSE d.delivered_at END,
              attempt_log = d.attempt_log || jsonb_build_array(jsonb_build_object('at', r.at, 'statusCode', r.code, 'durationMs', r.ms, 'error', r.error))
         FROM unnest($1::bigint[], $2::text[], $3::timestamptz[], $4::int[], $5::int[], $6::text[], $7::timestamptz[]) AS r(seq, status, at, code, ms, error, next_at)
        WHERE d.seq = r.seq`,
      [
        results.map((r) => r.seq),
        results.map((r) => r.status),
        results.map((r) => r.at),
        results.map((r) => r.statusCode),
        results.map((r) => r.durationMs),
        results.map((r) => r.error),
        results.map((r) => r.nextAttemptAt),
      ],
    );
  }
}
