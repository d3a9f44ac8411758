import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '@loket/web/api-types';

/**
 * The Loket API as an integrator sees it: every path, parameter, body and answer typed from the
 * committed API document (openapi/loket.json → @loket/web/api-types).
 */
export type LoketPaths = paths;

/** Gives a valid bearer token; `invalidate()` makes the next call fetch a new one (after a 401). */
export interface TokenProvider {
  (): Promise<string>;
  invalidate?: () => void;
}

/** What POST /auth/token answers (RFC 6749 §5.1). */
export interface TokenAnswer {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

/**
 * OAuth2 client credentials: fetches a token at POST /api/v1/auth/token and keeps it until a minute
 * (or a tenth of its life, if shorter) before it runs out, then fetches a new one. Concurrent callers
 * share one request. `now` is the clock to judge expiry by (tests pass their own).
 */
export function clientCredentials(
  baseUrl: string,
  credentials: { clientId: string; clientSecret: string; scope?: string[] },
  options: { fetch?: typeof fetch; now?: () => number } = {},
): TokenProvider {
  const doFetch = options.fetch ?? globalThis.fetch;
  const now = options.now ?? Date.now;
  let current: { token: string; renewAt: number } | undefined;
  let pending: Promise<string> | undefined;
  const fetchToken = async (): Promise<string> => {
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: credentials.clientId, client_secret: credentials.clientSecret });
    if (credentials.scope?.length) form.set('scope', credentials.scope.join(' '));
    const res = await doFetch(`${baseUrl}/api/v1/auth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
    if (!res.ok) throw new LoketError(res.status, await res.json().catch(() => null), 'POST /auth/token');
    const answer = (await res.json()) as TokenAnswer;
    const life = answer.expires_in * 1000;
    current = { token: answer.access_token, renewAt: now() + life - Math.min(60_000, life / 10) };
    return answer.access_token;
  };
  const provider: TokenProvider = async () => {
    if (current && now() < current.renewAt) return current.token;
    pending ??= fetchToken().finally(() => (pending = undefined));
    return pending;
  };
  provider.invalidate = () => (current = undefined);
  return provider;
}

/** A refused request: the status and the problem+json body (`errors[]` with `field`, `code`, `message`). */
export class LoketError extends Error {
  constructor(
    readonly status: number,
    readonly problem: unknown,
    what: string,
  ) {
    super(`${what}: HTTP ${status} ${problem ? JSON.stringify(problem) : ''}`.trim());
    this.name = 'LoketError';
  }
}

export type LoketClient = Client<LoketPaths> & {
  /** POST /integrations/batch with an NDJSON body streamed from `chunks`; answers once every line is stored, with the job's id. */
  uploadBatch: (chunks: AsyncIterable<Uint8Array>) => Promise<{ id: string; status: string; linesReceived: number }>;
};

const MAX_RETRY_AFTER_S = 60;

/**
 * The typed client of the Loket API for an integration: `client.PUT('/api/v1/integrations/customers/{idExtern}', …)`.
 * It sends the bearer token from `tokens`; after a 401 it fetches a new token and tries once more;
 * after a 429 it waits as long as `Retry-After` says (at most a minute) and tries again, three times.
 */
export function createLoketClient(baseUrl: string, tokens: TokenProvider, options: { fetch?: typeof fetch } = {}): LoketClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  const send = async (request: Request): Promise<Response> => {
    for (let attempt = 0; ; attempt++) {
      const retry = request.clone();
      request.headers.set('authorization', `Bearer ${await tokens()}`);
      const res = await doFetch(request);
      if (res.status === 401 && attempt === 0 && tokens.invalidate) {
        tokens.invalidate();
      } else if (res.status === 429 && attempt < 3) {
        const seconds = Math.min(Number(res.headers.get('retry-after')) || 1, MAX_RETRY_AFTER_S);
        await new Promise((r) => setTimeout(r, seconds * 1000));
      } else {
        return res;
      }
      await res.body?.cancel();
      request = retry;
    }
  };
  const client = createClient<LoketPaths>({ baseUrl, fetch: send });
  const uploadBatch = async (chunks: AsyncIterable<Uint8Array>) => {
    // A stream is sent once: no retry on 401 or 429 here, so fetch a fresh token first.
    const source = chunks[Symbol.asyncIterator]();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { value, done } = await source.next();
        if (done) controller.close();
        else controller.enqueue(value);
      },
    });
    const res = await doFetch(`${baseUrl}/api/v1/integrations/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await tokens()}`, 'content-type': 'application/x-ndjson' },
      body,
      duplex: 'half',
    } as RequestInit);
    if (res.status !== 202 && res.status !== 200 && res.status !== 201) throw new LoketError(res.status, await res.json().catch(() => null), 'POST /integrations/batch');
    return (await res.json()) as { id: string; status: string; linesReceived: number };
  };
  return Object.assign(client, { uploadBatch });
}

/** The answer's data, or a LoketError with the problem when the API refused. */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>, what = 'request'): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new LoketError(response.status, error ?? null, what);
  return data as T;
}
