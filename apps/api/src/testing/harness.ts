import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashPassword } from '@loket/server/identity';
import { seedDefaultTopics } from '@loket/server/reference-data';
import type { IntegrationScope, StaffRole } from '@loket/shared/contracts';
import { createApp } from '../app/create-app';
import type { components, paths } from '@loket/web/api-types';

/** The shapes of the API document (openapi/loket.json), by schema name: `Schemas['CustomerDto']`. */
export type Schemas = components['schemas'];
type Verb = 'get' | 'post' | 'patch' | 'put' | 'delete';
type Operation<P extends keyof paths, V extends Verb> = NonNullable<paths[P][V]>;
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;
/** The JSON of an operation's success answer (2xx), as the document declares it. */
export type Answer<P extends keyof paths, V extends Verb> =
  Operation<P, V> extends { responses: infer R } ? JsonOf<R[Extract<keyof R, 200 | 201 | 204>]> : never;
/** The JSON body an operation takes, as the document declares it. */
export type BodyOf<P extends keyof paths, V extends Verb> =
  Operation<P, V> extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

export const PASSWORD = 'Test-wachtwoord-1';
let passwordHash: Promise<string> | undefined;

export type Request = (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, opts?: { token?: string; body?: unknown; headers?: Record<string, string>; remoteAddress?: string }) => Promise<{
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Record<string, string | string[] | number | undefined>;
}>;

/**
 * Sets Node's clock for the test that calls it (undo with `jest.useRealTimers()`). Only Date is
 * faked: timers, I/O and the database keep running. The API passes Node's time to every query that
 * needs "now", so the SQL sees this moment too.
 */
export function freezeClock(at: string | Date): void {
  jest.useFakeTimers({
    now: new Date(at),
    doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'],
  });
}

export interface TestApp {
  app: NestFastifyApplication;
  db: DataSource;
  /** The client address requests come from (its own per app, so login throttling of one test file leaves the others alone). */
  address: string;
  request: Request;
  close: () => Promise<void>;
}

/** What the helpers below need: requests to an API (in process or a real one) and its database. */
export type Api = Pick<TestApp, 'db' | 'request'>;

const apiPath = (url: string) => (url.startsWith('/api') ? url : `/api/v1${url}`);
const requestHeaders = (opts: Parameters<Request>[2] = {}) => ({
  ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
  ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
  ...opts.headers,
});
const payload = (body: unknown) => (body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body));
const parsed = (text: string): unknown => {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text; // not JSON
  }
};

/** The real application (real PostgreSQL and Redis), driven through Fastify's in-process injection. */
export async function bootApp(): Promise<TestApp> {
  const app = await createApp();
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const db = app.get(DataSource);
  const address = `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(1, 255)}`;
  return {
    app,
    db,
    address,
    request: async (method, url, opts = {}) => {
      const res = await app.inject({ method, remoteAddress: opts.remoteAddress ?? address, url: apiPath(url), headers: requestHeaders(opts), payload: payload(opts.body) });
      return { status: res.statusCode, body: parsed(res.body), headers: res.headers as Record<string, string> };
    },
    close: () => app.close(),
  };
}

/** The same requests over HTTP, to a real API process at `origin` (see `startApi`). */
export function httpRequest(origin: string): Request {
  return async (method, url, opts = {}) => {
    const res = await fetch(`${origin}${apiPath(url)}`, { method, headers: requestHeaders(opts), body: payload(opts.body), signal: AbortSignal.timeout(10_000) });
    return { status: res.status, body: parsed(await res.text()), headers: Object.fromEntries(res.headers) };
  };
}

/**
 * One request typed by the API document: the path as the document names it (`/api/v1/customers/{id}`)
 * with its path parameters, the body it takes, and the answer it gives on success. A refused request
 * still comes back (its status says so); the body type is the success answer's.
 */
export async function call<P extends keyof paths, V extends Verb>(
  t: Pick<Api, 'request'>,
  verb: V,
  path: P,
  opts: { params?: Record<string, string>; token?: string; body?: BodyOf<P, V>; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: Answer<P, V>; headers: Record<string, string | string[] | number | undefined> }> {
  const url = String(path).replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = opts.params?.[name];
    if (value === undefined) throw new Error(`call: no value for {${name}} in ${String(path)}`);
    return encodeURIComponent(value);
  });
  return t.request(verb.toUpperCase() as Parameters<Request>[0], url, { token: opts.token, body: opts.body, headers: opts.headers });
}

export interface TestOrg {
  id: string;
  slug: string;
  staff: (roles?: StaffRole[]) => Promise<{ id: string; email: string; token: string }>;
  tenant: (customerId: string) => Promise<{ id: string; email: string; token: string }>;
  /** A new integration client of this organization (made by an admin through the API) with a token. */
  client: (scopes: IntegrationScope[]) => Promise<{ id: string; clientId: string; clientSecret: string; token: string }>;
}

/** A fresh organization of its own per test file, so tests never depend on each other. */
export async function createOrg(t: Api, name = 'Testcorporatie'): Promise<TestOrg> {
  const slug = `t-${randomUUID().slice(0, 8)}`;
  const [{ id }] = await t.db.query(`INSERT INTO organizations (slug, name) VALUES ($1, $2) RETURNING id`, [slug, `${name} ${slug}`]);
  await seedDefaultTopics((sql, params) => t.db.query(sql, params), id);
  await t.db.query(`INSERT INTO locations (organization_id, code, name) VALUES ($1, 'woonpunt', 'Woonpunt Centrum')`, [id]);
  passwordHash ??= hashPassword(PASSWORD);
  const user = async (kind: 'staff' | 'tenant', roles: StaffRole[], customerId: string | null) => {
    const email = `${kind}-${randomUUID().slice(0, 8)}@${slug}.test`;
    const [row] = await t.db.query(
      `INSERT INTO users (organization_id, email, display_name, kind, roles, customer_id, password_hash) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
      [id, email, `${kind} ${slug}`, kind, roles, customerId, await passwordHash],
    );
    const login = await call(t, 'post', '/api/v1/auth/login', { body: { email, password: PASSWORD } });
    if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
    return { id: row.id as string, email, token: login.body.accessToken };
  };
  const client = async (scopes: IntegrationScope[]) => {
    const admin = await user('staff', ['admin'], null);
    const made = await call(t, 'post', '/api/v1/integration-clients', { token: admin.token, body: { name: `ERP ${randomUUID().slice(0, 8)}`, scopes } });
    if (made.status !== 201) throw new Error(`client not made: ${JSON.stringify(made.body)}`);
    const granted = await call(t, 'post', '/api/v1/auth/token', { body: { grant_type: 'client_credentials', client_id: made.body.clientId, client_secret: made.body.clientSecret } });
    if (granted.status !== 200) throw new Error(`no token: ${JSON.stringify(granted.body)}`);
    return { id: made.body.id, clientId: made.body.clientId, clientSecret: made.body.clientSecret, token: granted.body.access_token };
  };
  return {
    id,
    slug,
    staff: (roles = ['agent']) => user('staff', roles, null),
    tenant: (customerId) => user('tenant', [], customerId),
    client,
  };
}

/** A bearer token of a fresh integration client of the organization, holding these scopes. */
export async function integrationToken(org: TestOrg, scopes: IntegrationScope[]): Promise<string> {
  return (await org.client(scopes)).token;
}

/** Opening hours around the clock: notifications are never held, business hours pass like hours. */
export const ALWAYS_OPEN = {
  timeZone: 'Europe/Amsterdam',
  openingHours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]])),
};

/**
 * A callback agreed now through the API, whose reminder, due and level-2 moments are then set to
 * `moments`, as if the business hours had passed: the worker must act at them.
 */
export async function callbackAt(t: Api, token: string, customerId: string, moments: { reminder: Date; due: Date; level2: Date }): Promise<string> {
  const contact = await call(t, 'post', '/api/v1/contacts', {
    token,
    body: { customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject: 'Terugbellen' }, summary: 'Graag terugbellen.', outcome: 'callback_agreed' },
  });
  const cb = await call(t, 'post', '/api/v1/callbacks', { token, body: { customerId, caseId: contact.body.caseId, reason: 'Over de cv-ketel', confirm: false } });
  if (cb.status !== 201) throw new Error(`callback not made: ${JSON.stringify(cb.body)}`);
  await t.db.query(`UPDATE callbacks SET reminder_at = $2, reminded_at = NULL, due_at = $3, level2_at = $4 WHERE id = $1`, [cb.body.id, moments.reminder, moments.due, moments.level2]);
  return cb.body.id;
}

let counter = 0;
/** A valid customer body; override what the test is about. */
export function customerBody(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    kind: 'tenant',
    customerNumber: `T${Date.now().toString().slice(-7)}${counter}`,
    firstName: 'Jan',
    namePrefix: 'de',
    lastName: 'Boer',
    birthDate: '1980-05-17',
    email: `jan.deboer${counter}@example.nl`,
    phoneNumbers: [{ number: '06-11112222', label: 'mobile' }],
    address: { street: 'Kerkstraat', houseNumber: 5, houseLetter: null, houseNumberAddition: null, postcode: '5161 AB', city: 'Sprang-Capelle' },
    preferredChannel: 'phone',
    ...overrides,
  };
}
