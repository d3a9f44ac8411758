import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import fc from 'fast-check';
import { bootApp, freezeClock, createOrg, customerBody, PASSWORD, TestApp } from '../testing/harness';
import { INTEGRATION_SCOPES, isFieldErrorCode } from '@loket/shared/contracts';

/**
 * The property every integrator relies on: whatever one field of a request holds, the API never
 * answers 5xx, and every 400 names the field. Walks every operation of the OpenAPI document the
 * app generates, starts from a request that works (real ids from a small fixture, a token of a
 * role that may call it) and poisons one body field, query or path parameter at a time.
 */

type Schema = {
  $ref?: string; type?: string; format?: string; enum?: unknown[]; example?: unknown; minimum?: number;
  properties?: Record<string, Schema>; required?: string[]; items?: Schema; allOf?: Schema[]; nullable?: boolean;
};
type Parameter = { name: string; in: 'query' | 'path' | 'header'; required?: boolean; schema?: Schema };
type Operation = { parameters?: Parameter[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Json = unknown;
/** Where the poison goes: one body field (a path such as `address.street`, `phoneNumbers[0].number`), or one parameter. */
type Target = { in: 'body'; path: (string | number)[] } | { in: 'query' | 'path'; name: string };

/** Monday 7 December 2026, 10:00 in Amsterdam: the base requests' dates are real working days after it. */
const NOW = new Date('2026-12-07T10:00:00+01:00');
const LINDE = {
  timeZone: 'Europe/Amsterdam',
  openingHours: { mon: [['08:30', '17:00']], tue: [['08:30', '17:00']], wed: [['08:30', '17:00']], thu: [['08:30', '17:00']], fri: [['08:30', '12:00']], sat: [], sun: [] },
  publicHolidays: { country: 'NL', goodFriday: 'open', liberationDay: 'lustrum_years' },
  closingDays: ['2026-12-31', { from: '2027-07-26', to: '2027-07-30', reason: 'Zomersluiting' }],
};

const nested = (depth: number): Json => (depth === 0 ? 'x' : [nested(depth - 1)]);
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** The poisons of the external test, and their classes. */
const POISONS: Json[] = [
  '\u0000', 'lek\u0000', '\ud800', 'a\udfff@b.nl', '\udc00\ud800',
  1e20, -1e20, -1, 0, 1.5, -0.5, 2 ** 31, 2 ** 31 + 1, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER + 2, 2 ** 63, '1e20', '2147483648', '-1', '1.5', 'NaN', 'Infinity', '0x10', '1e400',
  '-'.repeat(36), 'z'.repeat(36), '00000000-0000-0000-0000-00000000000g',
  '2026-02-30', '2026-02-30T10:00:00+01:00', '0001-01-01', '0001-01-01T00:00:00Z', '9999-12-31', '9999-12-31T00:00:00Z', '+275760-09-13T00:00:00.000Z',
  '2026-12-08T24:00:00+01:00', '2026-12-08T10:00:00+99:00', '2026-13-01', '20261208',
  true, false, null, '', ' ', [], {}, ['x'], [1, 2], { a: 1 }, { $gt: '' }, { __proto__: { admin: true } }, [null],
  'x'.repeat(5_000), 'ä'.repeat(70_000), '😀'.repeat(300), '\u202Eevil', "'; DROP TABLE customers; --", '%00', '../../etc/passwd',
  nested(20), nested(40),
  b64({ o: 1e20 }), b64({ o: -1 }), b64({ o: 1.5 }), b64({ o: '1' }), b64({}), b64([]), b64('null'), b64({ at: '2026-02-30T10:00:00.000Z', id: '-'.repeat(36) }),
  b64({ at: '9999-12-31T00:00:00.000Z', id: '00000000-0000-0000-0000-000000000000' }), '!!!', 'eyJvIjox',
];

/** Tried on every field and parameter, besides the random draws: one of each class the external test found. */
const ALWAYS: Json[] = ['lek\u0000', 'a\ud800', 1e20, 2 ** 31 + 1, '-'.repeat(36), '2026-02-30', '0001-01-01T00:00:00Z', '9999-12-31', [], { a: 1 }];

/** Arbitrary values besides: any text (lone surrogates included), numbers, moments, JSON of any shape. */
const poison: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...POISONS) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.maxSafeInteger().map((n) => n * 1024)) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).chain((d) => fc.constantFrom(d.toISOString(), d.toISOString().slice(0, 10))) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

function setIn(body: Json, path: (string | number)[], value: Json): Json {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy: unknown = Array.isArray(body) ? [...body] : typeof body === 'object' && body !== null ? { ...body } : typeof head === 'number' ? [] : {};
  const container = copy as Record<string | number, Json>;
  container[head] = setIn(container[head], rest, value);
  return container;
}

/** A query or path value as a URL carries it (text that is no UTF-8 arrives as U+FFFD, as from any client). */
function urlValue(value: Json): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? 'undefined';
  return [...Buffer.from(text, 'utf8')].map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`)).join('');
}

function queryString(query: Record<string, Json>): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) && value.length > 0 ? value : [value]) parts.push(`${name}=${urlValue(one)}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

describe('every operation of the OpenAPI document, one poisoned field at a time', () => {
  let t: TestApp;
  let doc: { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };
  const tokens: Record<'admin' | 'lead' | 'agent' | 'editor' | 'tenant' | 'client', string> = { admin: '', lead: '', agent: '', editor: '', tenant: '', client: '' };
  // The walk sends thousands of requests as one integration client: lift its throttle for this file.
  const throttle = { rate: process.env['CLIENT_RATE_PER_SECOND'], burst: process.env['CLIENT_RATE_BURST'] };
  const unit = { soort: 'WOO', detailSoort: 'TUS', adres: { straatnaam: 'Rondweg', huisnummer: 3, huisletter: null, huisnummerToevoeging: null, postcode: '5161AB', woonplaats: 'Sprang-Capelle' }, einddatum: null };
  const relatie = {
    code: 'WALK-R-1', voorletters: 'J.', voornaam: 'Joke', tussenvoegsels: null, achternaam: 'Rondgang', geboortedatum: '1970-01-02', emailadres: 'joke.rondgang@example.nl',
    telefoonnummers: ['0612345678'], adres: unit.adres, rol: 'HUU', einddatum: null,
  };
  const huurovereenkomst = { code: 'WALK-H-1', eenheid: { idExtern: 'WALK-E-1' }, relaties: [{ idExtern: 'WALK-R-1', rol: 'HUU' }], begindatum: '2020-01-01', einddatum: null, brutohuur: 650.5 };
  const ids: Record<string, string> = {};
  let adminEmail = '';
  let throwaway: () => Promise<string>;
  let counter = 0;

  beforeAll(async () => {
    process.env['CLIENT_RATE_PER_SECOND'] = '100000';
    process.env['CLIENT_RATE_BURST'] = '1000000';
    t = await bootApp();
    doc = SwaggerModule.createDocument(t.app, new DocumentBuilder().addBearerAuth().build()) as unknown as typeof doc;
    const org = await createOrg(t, 'Woonstichting Rondgang');
    const admin = await org.staff(['admin']);
    adminEmail = admin.email;
    tokens.admin = admin.token;
    const agent = await org.staff(['agent']);
    tokens.agent = agent.token;
    tokens.lead = (await org.staff(['team_lead', 'agent'])).token;
    tokens.editor = (await org.staff(['kb_editor'])).token;
    ids['agent'] = agent.id;
    [{ id: ids['team'] }] = await t.db.query(`INSERT INTO teams (organization_id, name, lead_id, manager_id) VALUES ($1, 'Klantcontact', $2, $3) RETURNING id`, [org.id, agent.id, admin.id]);
    await t.db.query(`UPDATE users SET team_id = $1 WHERE organization_id = $2 AND kind = 'staff'`, [ids['team'], org.id]);
    const customer = (await t.request('POST', '/customers', { token: agent.token, body: customerBody() })).body;
    ids['customer'] = customer.id;
    ids['customerNumber'] = customer.customerNumber;
    tokens.tenant = (await org.tenant(ids['customer'])).token;
    throwaway = async () => (await org.staff(['agent'])).token;

    // Logged in on the real clock (sessions expire by it); the requests run at a fixed moment.
    freezeClock(NOW);
    const ok = async (res: Promise<Awaited<ReturnType<TestApp['request']>>>) => {
      const r = await res;
      if (r.status >= 300) throw new Error(`fixture: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body;
    };
    await ok(t.request('PUT', '/sla/calendar', { token: admin.token, body: LINDE }));
    const contact = await ok(t.request('POST', '/contacts', {
      token: agent.token,
      body: { customerId: ids['customer'], channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject: 'Lekkage badkamer' }, summary: 'De kraan lekt.', outcome: 'callback_agreed' },
    }));
    ids['contact'] = contact.id;
    ids['case'] = contact.caseId;
    ids['callback'] = (await ok(t.request('POST', '/callbacks', { token: agent.token, body: { customerId: ids['customer'], caseId: ids['case'], reason: 'Over de lekkage', date: '2026-12-08', dayPart: 'MID', confirm: false } }))).id;
    ids['article'] = (await ok(t.request('POST', '/articles', { token: tokens.editor, body: { title: 'Huur opzeggen', questions: ['Hoe zeg ik mijn huur op?'], body: 'Met een brief.', audience: 'public' } }))).id;
    await ok(t.request('POST', `/articles/${ids['article']}/publish`, { token: tokens.editor }));
    ids['marker'] = (await ok(t.request('POST', `/customers/${ids['customer']}/markers`, { token: agent.token, body: { code: 'ONB', note: 'Slechthorend: spreek langzaam.' } }))).id;
    // A topic of its own: the walk may switch it off, and the base requests use 'reparatie'.
    ids['topic'] = (await ok(t.request('POST', '/topics', { token: admin.token, body: { code: 'rondgang', name: 'Rondgang' } }))).id;
    ids['location'] = (await ok(t.request('GET', '/locations', { token: agent.token }))).items[0].id;
    ids['integrationClient'] = (await ok(t.request('POST', '/integration-clients', { token: admin.token, body: { name: 'Walk-ERP', scopes: ['relaties.read'] } }))).id;
    ids['policies'] = JSON.stringify(await ok(t.request('GET', '/sla/policies', { token: admin.token })));
    // The ERP's records the integration operations name (a contract needs its unit and tenant first).
    tokens.client = (await org.client([...INTEGRATION_SCOPES])).token;
    Object.assign(ids, { unitExtern: 'WALK-E-1', relatieExtern: 'WALK-R-1', contractExtern: 'WALK-H-1' });
    await ok(t.request('PUT', '/integrations/units/WALK-E-1', { token: tokens.client, body: unit }));
    await ok(t.request('PUT', '/integrations/customers/WALK-R-1', { token: tokens.client, body: relatie }));
  });
  afterAll(async () => {
    jest.useRealTimers();
    await t.close();
    for (const [name, value] of [['CLIENT_RATE_PER_SECOND', throttle.rate], ['CLIENT_RATE_BURST', throttle.burst]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  const resolve = (schema: Schema | undefined): Schema => {
    if (!schema) return {};
    if (schema.$ref) return resolve(doc.components?.schemas?.[schema.$ref.split('/').pop() as string]);
    if (schema.allOf?.length) return { ...resolve(schema.allOf[0]), nullable: schema.nullable };
    return schema;
  };
  const refName = (schema: Schema | undefined) => schema?.$ref?.split('/').pop();

  /** Valid values by field name: what the schema alone cannot say (an existing id, a working day). */
  const byName = (name: string): Json | undefined => {
    counter += 1;
    const values: Record<string, Json> = {
      customerId: ids['customer'], caseId: ids['case'], contactId: ids['contact'], assigneeId: ids['agent'], ownerId: ids['agent'], teamId: undefined,
      locationId: ids['location'], articleIds: [ids['article']], topic: 'reparatie', topics: ['reparatie'], code: `rondgang-${counter}`,
      email: `rondgang-${counter}@example.nl`, customerNumber: `R${counter}`, language: 'nl', houseLetter: 'A', postcode: '5161 AB', birthDate: '1980-05-17',
      occurredAt: '2026-12-07T09:00:00+01:00', at: '2026-12-08T10:00:00+01:00', date: '2026-12-09', dayPart: 'OCH', reviewBy: '2027-06-01',
      validFrom: '2026-12-07', validUntil: '2027-06-30', from: '2026-11-01', to: '2026-11-30', cursor: undefined, limit: 10, q: 'huur', status: undefined,
    };
    return values[name];
  };

  /** A valid value of `schema` (`name`: the field it is for); required properties only, unless `all`. */
  const sample = (schema: Schema | undefined, name: string): Json => {
    const s = resolve(schema);
    const known = byName(name);
    if (known !== undefined || name in { teamId: 1, cursor: 1, status: 1 }) return known;
    if (s.example !== undefined) return s.example;
    if (s.enum?.length) return s.enum[0];
    switch (s.type) {
      case 'object':
        return Object.fromEntries(Object.entries(s.properties ?? {}).filter(([k]) => s.required?.includes(k)).map(([k, v]) => [k, sample(v, k)]));
      case 'array':
        return [sample(s.items, name)];
      case 'number':
      case 'integer':
        return s.minimum ?? 1;
      case 'boolean':
        return true;
      default:
        return s.format === 'uuid' ? ids['customer'] : 'Een gewone zin van genoeg lengte.';
    }
  };

  /** Request bodies that work, where the schema cannot tell (the one base per body schema). */
  const baseBodies: Record<string, () => Promise<Json> | Json> = {
    LoginDto: () => ({ email: adminEmail, password: PASSWORD }),
    CreateCustomerDto: () => customerBody({ customerNumber: `R${++counter}`, email: `rondgang-${counter}@example.nl` }),
    UpdateCustomerDto: () => ({ firstName: 'Sanne', address: customerBody().address, phoneNumbers: [{ number: '06-12345678', label: 'mobile' }] }),
    CreateContactDto: () => ({ customerId: ids['customer'], channel: 'phone', direction: 'inbound', topic: 'reparatie', caseId: ids['case'], summary: 'Nog een vraag over de kraan.', outcome: 'callback_agreed', occurredAt: '2026-12-07T09:00:00+01:00', articleIds: [ids['article']] }),
    CreateCallbackDto: () => ({ customerId: ids['customer'], caseId: ids['case'], contactId: ids['contact'], reason: 'Over de lekkage', date: '2026-12-09', dayPart: 'OCH', phoneNumber: '06-12345678', confirm: false }),
    RescheduleCallbackDto: () => ({ reason: 'Klant is dan thuis', requestedBy: 'customer', date: '2026-12-10', dayPart: 'MID' }),
    PortalCallbackRequestDto: () => ({ reason: 'Graag terugbellen', date: '2026-12-09', dayPart: 'OCH', phoneNumber: '06-12345678' }),
    UpdateArticleDto: async () => ({ baseVersion: (await t.request('GET', `/articles/${ids['article']}`, { token: tokens.editor })).body.version, title: 'Huur opzeggen', reviewBy: '2027-06-01', changeNote: 'Kleine wijziging' }),
    CreateMarkerDto: () => ({ code: 'ONB', note: 'Slechthorend: spreek langzaam.', validFrom: '2026-12-07', validUntil: '2027-06-30' }),
    UpdateMarkerDto: () => ({ note: 'Slechthorend: spreek langzaam en duidelijk.', validUntil: '2027-12-31' }),
    UpdatePreferencesDto: () => ({ preferredChannel: 'email', phoneNumbers: [{ number: '06-12345678', label: 'mobile' }], language: 'nl' }),
    EraseCustomerDto: () => ({ customerNumber: ids['customerNumber'] }),
    // issue 12: hand-offs and teams
    ForwardCaseDto: () => ({ teamId: ids['team'], note: 'Even doorzetten naar het team.' }),
    CreateTeamDto: () => ({ name: `Rondgang ${++counter}` }),
    UpdateTeamDto: () => ({ name: 'Klantcontact' }),
    PutTeamMembersDto: () => ({ userIds: [ids['agent']] }),
    'PUT /api/v1/sla/calendar': () => LINDE,
    ReplayRangeDto: () => ({ from: '2026-12-06T00:00:00+01:00', to: '2026-12-07T00:00:00+01:00' }),
    'PUT /api/v1/integrations/units/{idExtern}': () => unit,
    'PUT /api/v1/integrations/customers/{idExtern}': () => relatie,
    'PUT /api/v1/integrations/contracts/{idExtern}': () => huurovereenkomst,
    'PUT /api/v1/sla/policies': () => JSON.parse(ids['policies']),
  };

  /** Every place one poison can go: each parameter, and each body field the schema or the base body has (nested too). */
  function targetsOf(op: Operation, body: Json): Target[] {
    const out: Target[] = [];
    for (const p of op.parameters ?? []) if (p.in === 'query' || p.in === 'path') out.push({ in: p.in, name: p.name });
    const seen = new Set<string>();
    const add = (path: (string | number)[]) => {
      const key = JSON.stringify(path);
      if (!seen.has(key)) {
        seen.add(key);
        out.push({ in: 'body', path });
      }
    };
    const walkSchema = (schema: Schema | undefined, path: (string | number)[], depth: number) => {
      const s = resolve(schema);
      if (depth > 4) return;
      if (s.type === 'object' || s.properties) for (const [k, v] of Object.entries(s.properties ?? {})) {
        add([...path, k]);
        walkSchema(v, [...path, k], depth + 1);
      }
      if (s.type === 'array' && s.items) {
        add([...path, 0]);
        walkSchema(s.items, [...path, 0], depth + 1);
      }
    };
    const walkValue = (value: Json, path: (string | number)[], depth: number) => {
      if (depth > 6 || value === null || typeof value !== 'object') return;
      for (const [k, v] of Object.entries(value)) {
        const key = Array.isArray(value) ? Number(k) : k;
        add([...path, key]);
        walkValue(v, [...path, key], depth + 1);
      }
    };
    const schema = op.requestBody?.content?.['application/json']?.schema;
    if (schema) {
      add([]);
      walkSchema(schema, [], 0);
      walkValue(body, [], 0);
    }
    return out;
  }

  const pathIds: [RegExp, string][] = [
    [/\/customers\/\{id\}/, 'customer'], [/\/(portal\/)?cases\/\{id\}/, 'case'], [/\/sla\/cases\/\{id\}/, 'case'], [/\/contacts\/\{id\}/, 'contact'],
    [/\/callbacks\/\{id\}/, 'callback'], [/\/articles\/\{id\}/, 'article'], [/\/topics\/\{id\}/, 'topic'], [/\/teams\/\{id\}/, 'team'],
    [/\/integration-clients\/\{id\}/, 'integrationClient'],
    [/\/integrations\/units\/\{idExtern\}/, 'unitExtern'], [/\/integrations\/customers\/\{idExtern\}/, 'relatieExtern'], [/\/integrations\/contracts\/\{idExtern\}/, 'contractExtern'],
  ];

  /** Operations that end what they work on run last, so the others find their fixture open. */
  const LAST = /\/(complete|cancel|archive|erase)$/;

  it('never answers 5xx, and every 400 names the field and its code', async () => {
    const operations = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase() as Method, op })))
      .sort((a, b) => Number(LAST.test(a.path)) - Number(LAST.test(b.path)));
    expect(operations.length).toBeGreaterThan(60);
    const report: string[] = [];
    let requests = 0;

    for (const { path, method, op } of operations) {
      const key = `${method} ${path}`;
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      const build = baseBodies[key] ?? baseBodies[refName(bodySchema) ?? ''];
      const baseBody = async () => (bodySchema ? (build ? await build() : sample(bodySchema, 'body')) : undefined);
      const baseQuery = Object.fromEntries(
        (op.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => [p.name, path.endsWith('/diff') ? 1 : sample(p.schema, p.name)]),
      );
      const basePath = (params: Record<string, Json>) =>
        path.replace(/\{(\w+)\}/g, (_, name: string) => urlValue(name in params ? params[name] : name === 'markerId' ? ids['marker'] : ids[pathIds.find(([re]) => re.test(path))?.[1] ?? 'customer']));

      const call = async (token: string, target?: Target, value?: Json) => {
        let body = await baseBody();
        const query = { ...baseQuery };
        const params: Record<string, Json> = {};
        if (target?.in === 'body') body = setIn(body, target.path, value);
        else if (target?.in === 'query') query[target.name] = value;
        else if (target?.in === 'path') params[target.name] = value;
        requests += 1;
        const url = `${basePath(params)}${queryString(query)}`;
        const sent = body === undefined ? undefined : JSON.stringify(body);
        return { url, sent, res: await t.request(method, url, { token, body: sent === undefined ? undefined : sent }) };
      };

      // The role that may call it: the first whose valid request is not refused as unauthorized or forbidden.
      const logout = path.endsWith('/auth/logout');
      let token = tokens.admin;
      let base = 0;
      for (const role of ['admin', 'agent', 'lead', 'editor', 'tenant', 'client'] as const) {
        token = logout ? await throwaway() : tokens[role];
        const first = await call(token);
        base = first.res.status;
        if (base !== 401 && base !== 403) break;
      }
      expect({ key, base: base >= 500 ? base : 'fine' }).toEqual({ key, base: 'fine' });
      report.push(`${String(base).padEnd(4)} ${key}`);

      const targets = targetsOf(op, await baseBody());
      if (targets.length === 0) continue;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...targets), poison, async (target, value) => {
          const { url, res } = await call(logout ? await throwaway() : token, target, value);
          const where = `${method} ${url.slice(0, 200)} (${JSON.stringify(target)})`;
          expect({ where, status: res.status < 500 ? 'below 500' : res.status }).toEqual({ where, status: 'below 500' });
          if (res.status === 400) {
            expect(res.headers['content-type']).toContain('application/problem+json');
            const errors: { field?: unknown; code?: unknown; message?: unknown }[] = res.body?.errors ?? [];
            const named = (v: unknown) => typeof v === 'string' && v.length > 0;
            // Each names the field, a known machine code and a message written from that code.
            expect({ where, fields: errors.length > 0 && errors.every((e) => named(e.field) && isFieldErrorCode(e.code) && named(e.message)) }).toEqual({ where, fields: true });
          }
          expect(typeof res.body === 'string' ? res.body : JSON.stringify(res.body ?? '')).not.toMatch(/\bat .+\.[jt]s:\d+|\bSELECT\b|\bINSERT INTO\b/);
        }),
        { examples: targets.flatMap((target) => ALWAYS.map((value): [Target, Json] => [target, value])), numRuns: Math.min(100, 20 + 5 * targets.length), seed: Number(process.env['WALK_SEED'] ?? 20261207), endOnFailure: true },
      );
      // A PUT replaces settings (the calendar, the policies) that the next operations rely on: put them back.
      if (method === 'PUT') expect((await call(token)).res.status).toBeLessThan(300);
    }
    // Every walk starts from a request that passes validation, or the poisons would never get past it.
    process.stdout.write(`OpenAPI walk: ${operations.length} operations, ${requests} requests\n`);
    expect(report.filter((line) => line.startsWith('400'))).toEqual([]);
  }, 300_000);
});
