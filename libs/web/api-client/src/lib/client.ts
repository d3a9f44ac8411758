import createClient from 'openapi-fetch';
import type { paths } from '@loket/web/api-types';
import { send, type RequestOptions } from './http';

export type { Schemas } from '@loket/web/api-types';

/** The document's paths carry the API's base; the transport puts the configured base in its place. */
const API_BASE = '/api/v1';
/** openapi-fetch builds a Request, which needs an absolute URL; only its path and query are used. */
const ORIGIN = 'http://loket.invalid';

/** Query parameters as URLSearchParams writes them; absent, null and empty values are left out. */
function querySerializer(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    for (const one of Array.isArray(value) ? value : [value]) params.append(key, String(one));
  }
  return params.toString();
}

/** Hands openapi-fetch's request to the one transport: bearer token, session expiry, problem+json errors. */
async function transport(request: Request, options: Pick<RequestOptions, 'token' | 'allowUnauthorized'>): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname.startsWith(API_BASE) ? url.pathname.slice(API_BASE.length) : url.pathname;
  const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text();
  const query = Object.fromEntries(url.searchParams);
  return send(path, { ...options, method: request.method as RequestOptions['method'], query, body: text ? JSON.parse(text) : undefined, signal: request.signal }, 'application/json');
}

const createLoketClient = (options: Pick<RequestOptions, 'token' | 'allowUnauthorized'> = {}) =>
  createClient<paths>({ baseUrl: ORIGIN, querySerializer, fetch: (request) => transport(request, options) });

/** The typed client of the Loket API: paths, parameters, bodies and answers from the generated document. */
export const api = createLoketClient();

/** For the few calls that carry their own token or take a 401 as an answer (login, logout). */
export const apiWith = createLoketClient;

/** The answer's data: a refused request has already thrown an ApiError in the transport. */
export async function data<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  return (await call).data as T;
}
