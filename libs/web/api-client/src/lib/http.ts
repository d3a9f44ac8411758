import type { components } from '@loket/web/api-types';
import { clearSession, getAccessToken, hasExpiredSession } from './session-store';

/** RFC 9457 problem details: the body of every error answer (the document's `Problem` schema). */
export type Problem = components['schemas']['Problem'];

/**
 * One field error of a problem+json answer. `code` is the stable machine code (`too_long`,
 * `in_past`, `office_closed`, …: see FIELD_ERROR_CODES): map it to your own text and never read
 * `message`, which is the API's wording for other clients. `suggestion` is what the API proposes
 * instead, e.g. the next moment we are open for a callback window: an ISO instant, or
 * "2026-12-08 OCH" for a day part.
 */
export interface FieldProblem {
  field: string;
  code: string;
  suggestion?: string;
}

/** An error answered by the API (a problem+json body when there is one) or a failed connection (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null, message?: string) {
    super(message ?? problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** The first field error code per field name: `{ email: 'not_an_email' }`. */
  get fieldCodes(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const { field, code } of this.fieldProblems) {
      if (!(field in result)) result[field] = code;
    }
    return result;
  }

  /** Every field error as the API sent it, with its suggestion when there is one. */
  get fieldProblems(): FieldProblem[] {
    const errors = (this.problem?.errors ?? []) as unknown[];
    return errors.flatMap((error) => {
      if (typeof error !== 'object' || error === null) return [];
      const { field, code, suggestion } = error as Record<string, unknown>;
      if (typeof field !== 'string') return [];
      return [{ field, code: typeof code === 'string' ? code : '', ...(typeof suggestion === 'string' && suggestion ? { suggestion } : {}) }];
    });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

interface ClientConfig {
  baseUrl: string;
  /** Called after any 401 (except on login itself): the session is already cleared. */
  onUnauthorized?: () => void;
  /**
   * When the session ran out while the person was working: ask them to log in again in place
   * (a dialog), resolving true once they did. The request is then sent again, so a form's save
   * completes with what was typed. False: they chose not to; the 401 goes its usual way.
   */
  renewSession?: () => Promise<boolean>;
  fetch: typeof fetch;
}

const config: ClientConfig = {
  baseUrl: '/api/v1',
  fetch: (...args) => globalThis.fetch(...args),
};

export function configureApiClient(options: Partial<ClientConfig>): void {
  Object.assign(config, options);
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, string | number | undefined | null>;
  body?: unknown;
  signal?: AbortSignal;
  /** Use this token instead of the stored one (e.g. to log out a refused account). */
  token?: string | null;
  /** A 401 here is an answer, not an expired session (wrong password on login). */
  allowUnauthorized?: boolean;
}

function buildUrl(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${config.baseUrl}${path}${search ? `?${search}` : ''}`;
}

async function readProblem(response: Response): Promise<Problem | null> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return null;
  try {
    const body = (await response.json()) as Partial<Problem>;
    return typeof body === 'object' && body !== null && 'status' in body ? (body as Problem) : null;
  } catch {
    return null;
  }
}

/** One renewal at a time: requests that find the session gone together wait for the same dialog. */
let renewal: Promise<boolean> | null = null;
function renewSession(): Promise<boolean> {
  const ask = config.renewSession;
  if (!ask) return Promise.resolve(false);
  renewal ??= ask()
    .catch(() => false)
    .finally(() => {
      renewal = null;
    });
  return renewal;
}

/**
 * Sends one request with the bearer token; a refused one becomes an ApiError (a 401 also ends the
 * session). A session that expired while the person worked is renewed in place first (see
 * `renewSession`), and the request sent again once.
 */
export async function send(path: string, options: RequestOptions, accept: string, mayRenew = true): Promise<Response> {
  // The stored token ran out while the page was open: log in again before sending.
  if (mayRenew && options.token === undefined && !options.allowUnauthorized && config.renewSession && hasExpiredSession()) {
    if (await renewSession()) return send(path, options, accept, false);
  }
  const token = options.token === undefined ? getAccessToken() : options.token;
  const headers: Record<string, string> = { Accept: accept };
  if (token) headers['Authorization'] = `Bearer ${token}`;
  // The API answers problem titles and details in the language the person chose in the app (the page's lang).
  const language = globalThis.document?.documentElement.lang;
  if (language) headers['Accept-Language'] = language;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await config.fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, null, 'Network error');
  }

  if (response.status === 401 && !options.allowUnauthorized) {
    // The server ended the session (expired, or deleted): log in again in place, then send this request again.
    // The old token stays stored meanwhile, so the page (RequireSession) stays as it is.
    if (mayRenew && token && options.token === undefined && (await renewSession())) return send(path, options, accept, false);
    clearSession();
    config.onUnauthorized?.();
  }
  if (!response.ok) {
    throw new ApiError(response.status, await readProblem(response));
  }
  return response;
}

/** One call to the Loket API: JSON in, JSON out, bearer token on every call. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options, 'application/json');
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A file the API gives as a download (a data export): its contents and the name the API suggests. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/** Fetches a download with the bearer token (a plain link cannot carry it). */
export async function apiDownload(path: string, options: RequestOptions & { fallbackName: string }): Promise<DownloadedFile> {
  const response = await send(path, options, '*/*');
  const disposition = response.headers.get('content-disposition') ?? '';
  const named = /filename="([^"]+)"/.exec(disposition)?.[1];
  return { blob: await response.blob(), filename: named ?? options.fallbackName };
}

/** Hands a downloaded file to the browser, which saves it under its name. */
export function saveDownload({ blob, filename }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
