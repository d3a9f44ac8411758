import { randomUUID } from 'node:crypto';
import { bootApp, freezeClock, createOrg, customerBody, TestApp, TestOrg } from '../testing/harness';

/** Each finding of the external test: a 400 problem+json naming the field, never a 5xx. */
describe('bad input gets a 400 naming the field', () => {
  let t: TestApp;
  let org: TestOrg;
  let agent: { id: string; token: string };
  let lead: { token: string };
  let editor: { token: string };
  let tenant: { token: string };
  let customerId: string;
  let caseId: string;
  let articleId: string;

  beforeAll(async () => {
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Invoer');
    agent = await org.staff(['agent']);
    lead = await org.staff(['team_lead']);
    editor = await org.staff(['kb_editor']);
    customerId = (await t.request('POST', '/customers', { token: agent.token, body: customerBody() })).body.id;
    tenant = await org.tenant(customerId);
    const contact = await t.request('POST', '/contacts', {
      token: agent.token,
      body: { customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject: 'Lekkage' }, summary: 'De kraan lekt.', outcome: 'callback_agreed' },
    });
    caseId = contact.body.caseId;
    articleId = (await t.request('POST', '/articles', { token: editor.token, body: { title: 'Huur opzeggen', questions: ['Hoe zeg ik op?'], body: 'Zo.', audience: 'public' } })).body.id;
  });
  afterAll(() => t.close());

  /** A 400 problem+json whose errors name exactly `fields`. */
  function refused(res: Awaited<ReturnType<TestApp['request']>>, ...fields: string[]) {
    expect({ status: res.status, type: res.headers['content-type'] }).toEqual({ status: 400, type: expect.stringContaining('application/problem+json') });
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(fields);
    for (const e of res.body.errors) expect(e).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  }
  const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  describe('text that no column can hold', () => {
    it('a NUL byte in a query, a body field, a nested field, an array item and a path parameter', async () => {
      refused(await t.request('GET', '/portal/articles?q=lek%00', { token: tenant.token }), 'q');
      refused(await t.request('GET', '/articles?q=lek%00', { token: agent.token }), 'q');
      refused(await t.request('GET', '/customers?q=jan%00', { token: agent.token }), 'q');
      const nul = customerBody({ address: { ...customerBody().address, street: 'Kerk\u0000straat' }, phoneNumbers: [{ number: '06-1111\u00002222', label: 'mobile' }] });
      refused(await t.request('POST', '/customers', { token: agent.token, body: nul }), 'phoneNumbers[0].number', 'address.street');
      refused(await t.request('POST', `/cases/${caseId}/resolve`, { token: agent.token, body: { answer: 'Klaar\u0000' } }), 'answer');
      refused(await t.request('GET', `/customers/${customerId}%00`, { token: agent.token }), 'id');
      refused(await t.request('POST', '/articles', { token: editor.token, body: { title: 'Titel', questions: ['Goed', 'Fout\u0000'], body: 'x', audience: 'public' } }), 'questions[1]');
    });

    it('a lone UTF-16 surrogate, at login and anywhere else', async () => {
      refused(await t.request('POST', '/auth/login', { body: '{"email":"a\\ud800@b.nl","password":"x"}' }), 'email');
      refused(await t.request('POST', '/contacts', { token: agent.token, body: '{"customerId":"' + customerId + '","channel":"phone","direction":"inbound","topic":"reparatie","caseId":"' + caseId + '","summary":"Een \\udc00 kraan","outcome":"answered"}' }), 'summary');
      // A pair is a character (an emoji): accepted.
      expect((await t.request('GET', '/portal/articles?q=%F0%9F%98%80', { token: tenant.token })).status).toBe(200);
    });
  });

  it('a search of 36 dashes (the full-text parser nests each one) finds nothing instead of failing', async () => {
    for (const q of ['-'.repeat(36), `${'- '.repeat(40)}huur`, `${'-!'.repeat(40)}huur`]) {
      const res = await t.request('GET', `/portal/articles?q=${encodeURIComponent(q)}`, { token: tenant.token });
      expect(res.status).toBe(200);
    }
    expect((await t.request('GET', `/articles?q=${encodeURIComponent('-'.repeat(36))}`, { token: agent.token })).status).toBe(200);
  });

  it('JSON nested 5,000 levels deep is refused as the body; ordinary nesting still passes', async () => {
    refused(await t.request('POST', '/contacts', { token: agent.token, body: '['.repeat(5000) + ']'.repeat(5000) }), 'body');
    refused(await t.request('POST', '/customers', { token: agent.token, body: `{"a":${'{"a":'.repeat(5000)}1${'}'.repeat(5001)}` }), 'body');
    // Brackets inside strings are text, not nesting.
    expect((await t.request('POST', `/cases/${caseId}/resolve`, { token: agent.token, body: { answer: `Opgelost ${'[{'.repeat(200)}` } })).status).toBe(200);
    // Prototype poisoning is still refused.
    expect((await t.request('POST', '/auth/login', { body: '{"email":"a@b.nl","password":"x","__proto__":{"admin":true}}' })).status).toBe(400);
  });

  describe('cursors and ids', () => {
    it('a cursor with a huge, negative, fractional or missing offset, or no cursor at all', async () => {
      for (const bad of [cursor({ o: 1e20 }), cursor({ o: 2 ** 31 }), cursor({ o: -1 }), cursor({ o: 1.5 }), cursor({}), cursor([1]), 'bm90LWpzb24', '%%%', 'eyJvIjox']) {
        refused(await t.request('GET', `/cases?cursor=${encodeURIComponent(bad)}`, { token: agent.token }), 'cursor');
        refused(await t.request('GET', `/callbacks?cursor=${encodeURIComponent(bad)}`, { token: agent.token }), 'cursor');
        refused(await t.request('GET', `/customers?q=jan&cursor=${encodeURIComponent(bad)}`, { token: agent.token }), 'cursor');
      }
      expect((await t.request('GET', `/cases?cursor=${cursor({ o: 0 })}`, { token: agent.token })).status).toBe(200);
    });

    it('an owner id of 36 dashes, or any id that is no uuid', async () => {
      refused(await t.request('GET', `/cases?ownerId=${'-'.repeat(36)}`, { token: agent.token }), 'ownerId');
      refused(await t.request('GET', `/cases?ownerId=${'z'.repeat(36)}`, { token: agent.token }), 'ownerId');
      expect((await t.request('GET', `/cases?ownerId=${agent.id}`, { token: agent.token })).status).toBe(200);
      expect((await t.request('GET', '/cases?ownerId=me', { token: agent.token })).status).toBe(200);
    });

    it('a time-line cursor with an impossible moment or id', async () => {
      const tl = (c: string) => t.request('GET', `/customers/${customerId}/timeline?cursor=${encodeURIComponent(c)}`, { token: agent.token });
      for (const at of ['2026-02-30T10:00:00.000Z', '0001-01-01T00:00:00.000Z', '275760-09-13T00:00:00.000Z', 'Sat, 01 Jan 0000', '1e20']) {
        refused(await tl(cursor({ at, id: customerId })), 'cursor');
      }
      refused(await tl(cursor({ at: '2026-11-02T10:00:00.000Z', id: '-'.repeat(36) })), 'cursor');
      expect((await tl(cursor({ at: '2026-11-02T10:00:00.000Z', id: customerId }))).status).toBe(200);
    });
  });

  describe('impossible dates', () => {
    it('in the SLA preview', async () => {
      for (const at of ['2026-02-30T10:00:00+01:00', '2026-12-04T25:00:00+01:00', '0001-01-01T00:00:00Z', '9999-12-31T00:00:00Z', '2026-12-04T10:00:00+15:00']) {
        refused(await t.request('GET', `/sla/preview?channel=phone&at=${encodeURIComponent(at)}`, { token: agent.token }), 'at');
      }
    });

    it('in the KPI report', async () => {
      refused(await t.request('GET', '/reports/kpis?from=2026-02-30&to=2026-03-01', { token: lead.token }), 'from');
      refused(await t.request('GET', '/reports/kpis?from=0001-01-01&to=0001-01-31', { token: lead.token }), 'from', 'to');
      refused(await t.request('GET', '/reports/kpis?from=2026-01-01&to=9999-12-31', { token: lead.token }), 'to');
      expect((await t.request('GET', '/reports/kpis?from=2026-02-01&to=2026-02-28', { token: lead.token })).status).toBe(200);
    });

    it('in an article’s review date', async () => {
      const article = (reviewBy: string) => t.request('POST', '/articles', { token: editor.token, body: { title: 'Review', questions: ['Wanneer?'], body: 'Nu.', audience: 'public', reviewBy } });
      refused(await article('2026-02-30'), 'reviewBy');
      refused(await article('0001-01-01'), 'reviewBy');
      refused(await article('9999-12-31'), 'reviewBy');
      const v1 = await t.request('GET', `/articles/${articleId}`, { token: editor.token });
      refused(await t.request('PATCH', `/articles/${articleId}`, { token: editor.token, body: { baseVersion: v1.body.version, reviewBy: '2027-02-29' } }), 'reviewBy');
    });

    it('in a customer’s birth date and a marker’s validity', async () => {
      refused(await t.request('POST', '/customers', { token: agent.token, body: customerBody({ birthDate: '1980-02-30' }) }), 'birthDate');
      refused(await t.request('POST', '/customers', { token: agent.token, body: customerBody({ birthDate: '0001-01-01' }) }), 'birthDate');
      refused(await t.request('POST', `/customers/${customerId}/markers`, { token: agent.token, body: { code: 'AGR', note: 'Agressief gedrag', validUntil: '2026-02-30' } }), 'validUntil');
      refused(await t.request('POST', `/customers/${customerId}/markers`, { token: agent.token, body: { code: 'AGR', note: 'Agressief gedrag', validUntil: '9999-12-31' } }), 'validUntil');
    });
  });

  describe('numbers bounded by what PostgreSQL holds', () => {
    it('version numbers above 2^31 in a diff, a restore and an edit', async () => {
      refused(await t.request('GET', `/articles/${articleId}/diff?from=1&to=${2 ** 31}`, { token: editor.token }), 'to');
      refused(await t.request('GET', `/articles/${articleId}/diff?from=1e20&to=1`, { token: editor.token }), 'from');
      refused(await t.request('GET', `/articles/${articleId}/diff?from=1.5&to=1`, { token: editor.token }), 'from');
      refused(await t.request('POST', `/articles/${articleId}/restore`, { token: editor.token, body: { version: 2 ** 31 } }), 'version');
      refused(await t.request('PATCH', `/articles/${articleId}`, { token: editor.token, body: { baseVersion: 2 ** 53 } }), 'baseVersion');
    });

    it('house numbers and limits', async () => {
      refused(await t.request('POST', '/customers', { token: agent.token, body: customerBody({ address: { ...customerBody().address, houseNumber: 2 ** 31 } }) }), 'address.houseNumber');
      refused(await t.request('GET', '/callbacks?limit=1e20', { token: agent.token }), 'limit');
      refused(await t.request('GET', '/portal/articles?limit=1e20', { token: tenant.token }), 'limit');
    });
  });

  describe('dates that make no sense (the clock pinned to Monday 7 December 2026, 10:00)', () => {
    const NOW = new Date('2026-12-07T10:00:00+01:00');
    beforeEach(() => freezeClock(NOW));
    afterEach(() => jest.useRealTimers());
    const daysFromNow = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString();
    const contact = (body: Record<string, unknown>) =>
      t.request('POST', '/contacts', { token: agent.token, body: { customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', caseId, summary: 'Nagekomen brief.', outcome: 'answered', ...body } });
    const callback = (body: Record<string, unknown>) => t.request('POST', '/callbacks', { token: agent.token, body: { customerId, caseId, reason: 'Over de lekkage', ...body } });

    it('30 February is refused everywhere, never rolled over to 2 March', async () => {
      expect((await contact({ occurredAt: '2026-02-30T10:00:00+01:00' })).body.errors).toEqual([{ field: 'occurredAt', code: 'not_a_real_date_time', message: 'is geen bestaande datum en tijd' }]);
      expect((await callback({ date: '2027-02-30', dayPart: 'OCH' })).body.errors).toEqual([{ field: 'date', code: 'not_a_real_date', message: 'is geen bestaande datum' }]);
      expect((await callback({ at: '2027-02-30T10:00:00+01:00' })).body.errors).toEqual([{ field: 'at', code: 'not_a_real_date_time', message: 'is geen bestaande datum en tijd' }]);
      refused(await t.request('POST', '/portal/callbacks', { token: tenant.token, body: { reason: 'Graag terugbellen', date: '2027-02-29', dayPart: 'OCH' } }), 'date');
      // 29 February in a leap year is a real date.
      expect((await callback({ date: '2028-02-29', dayPart: 'OCH' })).status).toBe(400); // beyond the horizon of a year…
      expect((await callback({ date: '2027-02-26', dayPart: 'OCH' })).status).toBe(201); // …but a real Friday in range is fine
    });

    it('a contact dated in year 0001, or longer ago than CONTACT_MAX_AGE_DAYS (365), is refused; within the year is fine', async () => {
      expect((await contact({ occurredAt: '0001-01-01T10:00:00Z' })).body.errors).toEqual([{ field: 'occurredAt', code: 'year_out_of_range', message: 'moet tussen de jaren 1900 en 2199 liggen' }]);
      expect((await contact({ occurredAt: daysFromNow(-366) })).body.errors).toEqual([{ field: 'occurredAt', code: 'too_far_back', message: 'moet binnen de laatste 365 dagen liggen' }]);
      const late = await contact({ occurredAt: daysFromNow(-364) });
      expect(late.status).toBe(201);
      expect(late.body.occurredAt).toBe(daysFromNow(-364));
    });

    it('a callback, a reschedule and a follow-up lie within CALLBACK_HORIZON_DAYS (365)', async () => {
      expect((await callback({ date: '9999-12-31', dayPart: 'OCH' })).body.errors).toEqual([{ field: 'date', code: 'year_out_of_range', message: 'moet tussen de jaren 1900 en 2199 liggen' }]);
      expect((await callback({ date: '2028-01-03', dayPart: 'OCH' })).body.errors).toEqual([{ field: 'date', code: 'too_far_ahead', message: 'moet binnen 365 dagen vanaf nu liggen' }]);
      expect((await callback({ at: '2028-01-03T10:00:00+01:00' })).body.errors).toEqual([{ field: 'at', code: 'too_far_ahead', message: 'moet binnen 365 dagen vanaf nu liggen' }]);
      const made = await callback({ date: '2026-12-08', dayPart: 'OCH' });
      expect(made.status).toBe(201);
      const move = (body: Record<string, unknown>) => t.request('POST', `/callbacks/${made.body.id}/reschedule`, { token: agent.token, body: { reason: 'Klant is op vakantie', requestedBy: 'customer', ...body } });
      expect((await move({ date: '9999-12-31', dayPart: 'OCH' })).body.errors).toEqual([{ field: 'date', code: 'year_out_of_range', message: 'moet tussen de jaren 1900 en 2199 liggen' }]);
      expect((await move({ date: '2199-12-31', dayPart: 'OCH' })).body.errors).toEqual([{ field: 'date', code: 'too_far_ahead', message: 'moet binnen 365 dagen vanaf nu liggen' }]);
      expect((await move({ at: '2199-12-31T10:00:00+01:00' })).body.errors).toEqual([{ field: 'at', code: 'too_far_ahead', message: 'moet binnen 365 dagen vanaf nu liggen' }]);
      const moved = await move({ date: '2027-11-29', dayPart: 'OCH' });
      expect(moved.status).toBe(200);
      expect(moved.body.dueAt.slice(0, 10)).toBe('2027-11-29');
      // The agreed follow-up of a counter visit, likewise.
      const counter = await contact({ channel: 'counter', outcome: 'forwarded', followUp: { channel: 'phone', at: '2199-01-04T10:00:00+01:00' } });
      expect(counter.body.errors).toEqual([{ field: 'followUp.at', code: 'too_far_ahead', message: 'moet binnen 365 dagen vanaf nu liggen' }]);
    });

    it('an article’s review date lies at most 10 years ahead, a marker’s dates within 10 years of today', async () => {
      const article = (reviewBy: string) => t.request('POST', '/articles', { token: editor.token, body: { title: 'Review', questions: ['Wanneer?'], body: 'Nu.', audience: 'public', reviewBy } });
      expect((await article('2037-12-08')).body.errors).toEqual([{ field: 'reviewBy', code: 'too_far_ahead_years', message: 'mag hoogstens 10 jaar vooruit liggen' }]);
      expect((await article('2036-12-07')).status).toBe(201);
      expect((await article('2001-01-01')).status).toBe(201); // imported, long overdue
      const marker = (body: Record<string, unknown>) => t.request('POST', `/customers/${customerId}/markers`, { token: agent.token, body: { code: 'AGR', note: 'Agressief gedrag', ...body } });
      expect((await marker({ validFrom: '1990-01-01' })).body.errors).toEqual([{ field: 'validFrom', code: 'not_within_years', message: 'moet binnen 10 jaar van vandaag liggen' }]);
      expect((await marker({ validUntil: '2199-01-01' })).body.errors).toEqual([{ field: 'validUntil', code: 'not_within_years', message: 'moet binnen 10 jaar van vandaag liggen' }]);
      expect((await marker({ validUntil: '2027-06-30' })).status).toBe(201);
    });
  });

  describe('codes and messages: one catalog, Dutch unless the caller ranks English higher', () => {
    const tooLong = (headers?: Record<string, string>) =>
      t.request('POST', `/cases/${caseId}/resolve`, { token: agent.token, headers, body: { answer: 'x'.repeat(4001) } });

    it('names the broken rule by a stable code, whatever the language', async () => {
      expect((await tooLong()).body.errors).toEqual([{ field: 'answer', code: 'too_long', message: 'mag hoogstens 4000 tekens lang zijn' }]);
      const short = await t.request('POST', `/cases/${caseId}/resolve`, { token: agent.token, body: { answer: 'x' } });
      expect(short.body.errors).toEqual([{ field: 'answer', code: 'too_short', message: 'moet minstens 3 tekens lang zijn' }]);
      const missing = await t.request('POST', `/cases/${caseId}/resolve`, { token: agent.token, body: { extra: 1 } });
      expect(missing.body.errors).toEqual([
        { field: 'extra', code: 'not_allowed', message: 'is hier niet toegestaan' },
        { field: 'answer', code: 'required', message: 'is verplicht' },
      ]);
      const limit = await t.request('GET', '/cases?limit=500', { token: agent.token });
      expect(limit.body.errors).toEqual([{ field: 'limit', code: 'out_of_range', message: 'moet van 1 tot en met 100 zijn' }]);
    });

    it('writes messages, title and detail in English only when Accept-Language ranks en above nl', async () => {
      const english = await tooLong({ 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' });
      expect(english.body).toMatchObject({
        title: 'Invalid request',
        detail: 'One or more fields are invalid.',
        errors: [{ field: 'answer', code: 'too_long', message: 'must be at most 4000 characters' }],
      });
      const dutch = await tooLong({ 'accept-language': 'nl-NL,nl;q=0.9,en;q=0.8' });
      expect(dutch.body).toMatchObject({
        title: 'Ongeldige invoer',
        detail: 'Een of meer velden zijn niet goed ingevuld.',
        errors: [{ field: 'answer', code: 'too_long', message: 'mag hoogstens 4000 tekens lang zijn' }],
      });
      const missing = await t.request('GET', `/customers/${randomUUID()}`, { token: agent.token, headers: { 'accept-language': 'en' } });
      expect(missing.body).toMatchObject({ status: 404, type: 'urn:loket:problem:not-found', title: 'Customer not found', detail: 'No customer with this id exists for you.' });
      const missingNl = await t.request('GET', `/customers/${randomUUID()}`, { token: agent.token });
      expect(missingNl.body).toMatchObject({ title: 'Klant niet gevonden', detail: 'Er bestaat voor u geen klant met dit id.' });
    });

    it('says the same for what Fastify and Nest refuse before a handler runs: malformed JSON, an unknown address', async () => {
      const malformed = await t.request('POST', '/auth/login', { body: '{"email":' });
      expect(malformed.body).toMatchObject({ status: 400, title: 'Ongeldige JSON', errors: [{ field: 'body', code: 'malformed_json', message: 'is geen geldige JSON' }] });
      const malformedEn = await t.request('POST', '/auth/login', { body: '{"email":', headers: { 'accept-language': 'en' } });
      expect(malformedEn.body).toMatchObject({ title: 'Malformed JSON body', errors: [{ field: 'body', code: 'malformed_json', message: 'is not valid JSON' }] });
      const nowhere = await t.request('GET', '/nergens', { token: agent.token, headers: { 'accept-language': 'en;q=0.9,nl;q=0.8' } });
      expect(nowhere.body).toMatchObject({ status: 404, title: 'Not found', detail: 'There is no such endpoint.' });
      expect((await t.request('GET', '/nergens', { token: agent.token })).body).toMatchObject({ title: 'Niet gevonden', detail: 'Dit adres bestaat niet in de API.' });
    });
  });
});
