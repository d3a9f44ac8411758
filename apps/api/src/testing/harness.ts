import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashPassword } from '@loket/server/identity';
import { seedDefaultTopics } from '@loket/server/contact-log';
import type { StaffRole } from '@loket/shared/contracts';
import { createApp } from '../app/create-app';

export const PASSWORD = 'Test-wachtwoord-1';
let passwordHash: Promise<string> | undefined;

export interface TestApp {
  app: NestFastifyApplication;
  db: DataSource;
  /** The client address requests come from (its own per app, so login throttling of one test file leaves the others alone). */
  address: string;
  request: (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, opts?: { token?: string; body?: unknown; headers?: Record<string, string>; remoteAddress?: string }) => Promise<{
    status: number;
    body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
    headers: Record<string, string | string[] | number | undefined>;
  }>;
  close: () => Promise<void>;
}

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
      const res = await app.inject({
        method,
        remoteAddress: opts.remoteAddress ?? address,
        url: url.startsWith('/api') ? url : `/api/v1${url}`,
        headers: {
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...opts.headers,
        },
        payload: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body),
      });
      let body: unknown = res.body;
      try {
        body = res.body ? JSON.parse(res.body) : undefined;
      } catch {
        // not JSON
      }
      return { status: res.statusCode, body, headers: res.headers as Record<string, string> };
    },
    close: () => app.close(),
  };
}

export interface TestOrg {
  id: string;
  slug: string;
  staff: (roles?: StaffRole[]) => Promise<{ id: string; email: string; token: string }>;
  tenant: (customerId: string) => Promise<{ id: string; email: string; token: string }>;
}

/** A fresh organization of its own per test file, so tests never depend on each other. */
export async function createOrg(t: TestApp, name = 'Testcorporatie'): Promise<TestOrg> {
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
    const login = await t.request('POST', '/auth/login', { body: { email, password: PASSWORD } });
    if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
    return { id: row.id as string, email, token: login.body.accessToken as string };
  };
  return {
    id,
    slug,
    staff: (roles = ['agent']) => user('staff', roles, null),
    tenant: (customerId) => user('tenant', [], customerId),
  };
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
