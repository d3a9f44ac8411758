import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * A Standard Webhooks signature checked with node:crypto alone: the code docs/integrations.md shows
 * integrators, tested against the `standardwebhooks` package in reference-erp.spec.ts.
 */

/** True when one of the `webhook-signature` entries is Loket's HMAC of this exact body, and the timestamp is recent. */
export function verifyWebhook(
  secret: string, // "whsec_…" as shown when the subscription was made
  headers: { 'webhook-id'?: string; 'webhook-timestamp'?: string; 'webhook-signature'?: string },
  rawBody: string, // the body exactly as received, before any JSON parsing
  nowMs = Date.now(),
  toleranceSeconds = 5 * 60,
): boolean {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (!id || !timestamp || !signatures || !/^\d+$/.test(timestamp)) return false;
  // An old (or future) timestamp: a replayed request, refuse it.
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > toleranceSeconds) return false;

  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${rawBody}`).digest();
  // Space-separated "v1,<base64>" entries: accept the delivery when any one of them is right.
  return signatures.split(' ').some((entry) => {
    const [version, signature] = entry.split(',');
    if (version !== 'v1' || !signature) return false;
    const given = Buffer.from(signature, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
