import { AccessLog } from '@loket/server/platform';
import { pdfText, RetentionService } from '@loket/server/privacy';
import { SearchLog } from '@loket/server/knowledge-base';
import { bootApp, freezeClock, createOrg, customerBody, PASSWORD, TestApp, TestOrg } from '../testing/harness';

const LINDE = {
  timeZone: 'Europe/Amsterdam',
  openingHours: {
    mon: [['08:30', '17:00']], tue: [['08:30', '17:00']], wed: [['08:30', '17:00']], thu: [['08:30', '17:00']], fri: [['08:30', '12:00']], sat: [], sun: [],
  },
  publicHolidays: { country: 'NL', goodFriday: 'open', liberationDay: 'lustrum_years' },
};
const DAY = 86_400_000;
const freezeAt = freezeClock;

describe('AVG rights: export, erasure, retention, no personal data in the no-result list', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: { id: string; token: string; email: string };
  let agent: { id: string; token: string; email: string };
  let lead: { id: string; token: string; email: string };
  let editor: { id: string; token: string; email: string };
  let teamId: string;

  beforeAll(async () => {
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Inzage');
    admin = await org.staff(['admin']);
    agent = await org.staff(['agent']);
    lead = await org.staff(['team_lead', 'agent']);
    editor = await org.staff(['kb_editor']);
    [{ id: teamId }] = await t.db.query(`INSERT INTO teams (organization_id, name, lead_id, manager_id) VALUES ($1, 'Klantcontact', $2, $3) RETURNING id`, [org.id, lead.id, admin.id]);
    await t.db.query(`UPDATE users SET team_id = $1 WHERE id = ANY($2::uuid[])`, [teamId, [agent.id, lead.id]]);
    expect((await t.request('PUT', '/sla/calendar', { token: admin.token, body: LINDE })).status).toBe(200);
  });
  afterEach(() => jest.useRealTimers());
  afterAll(() => t.close());

  /** A tenant with a full file: contract, a case with an internal note and a confirmation, a callback, a marker, feedback with a comment. */
  async function tenantWithAFile(name: { firstName: string; lastName: string }) {
    freezeAt('2026-12-07T09:00:00Z'); // a Monday, 10:00 in Amsterdam
    const email = `${name.firstName.toLowerCase()}.${Date.now()}@example.nl`;
    const created = await t.request('POST', '/customers', {
      token: agent.token,
      body: customerBody({ ...name, namePrefix: null, email, birthDate: '1975-03-02', phoneNumbers: [{ number: '06-87654321', label: 'mobile' }], address: { street: 'Lindelaan', houseNumber: 12, houseLetter: 'B', houseNumberAddition: null, postcode: '4811 XK', city: 'Breda' }, attitude: 'dependent', vulnerabilities: ['financial'] }),
    });
    expect(created.status).toBe(201);
    const customer = created.body as { id: string; customerNumber: string };
    const [unit] = await t.db.query(`INSERT INTO units (organization_id, street, house_number, postcode, city, unit_type) VALUES ($1, 'Lindelaan', 12, '4811XK', 'Breda', 'Eengezinswoning') RETURNING id`, [org.id]);
    await t.db.query(`INSERT INTO contracts (organization_id, contract_number, customer_id, unit_id, start_date, rent_cents) VALUES ($1, $2, $3, $4, '2019-04-01', 74550)`, [org.id, `HC-${customer.customerNumber}`, customer.id, unit.id]);
    expect((await t.request('POST', `/customers/${customer.id}/markers`, { token: agent.token, body: { code: 'AGR', note: 'Werd boos aan de balie op 3 maart' } })).status).toBe(201);
    const contact = await t.request('POST', '/contacts', {
      token: agent.token,
      body: {
        customerId: customer.id, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject: 'Schimmel in de slaapkamer' },
        summary: 'Mevrouw meldt schimmel boven het raam in de slaapkamer.', internalNote: 'Mogelijk stookgedrag, niet met klant bespreken', outcome: 'callback_agreed', confirm: true,
      },
    });
    expect(contact.status).toBe(201);
    const callback = await t.request('POST', '/callbacks', {
      token: agent.token,
      body: { customerId: customer.id, caseId: contact.body.caseId, contactId: contact.body.id, reason: 'Terugbellen over de schimmel en de vochtmeter', date: '2026-12-08', dayPart: 'OCH', teamId },
    });
    expect(callback.status).toBe(201);
    jest.useRealTimers();
    const tenant = await org.tenant(customer.id);
    const article = await t.request('POST', '/articles', { token: editor.token, body: { title: 'Schimmel voorkomen', questions: ['Hoe voorkom ik schimmel?'], body: 'Ventileer elke dag.', audience: 'public' } });
    await t.request('POST', `/articles/${article.body.id}/publish`, { token: editor.token });
    expect((await t.request('POST', `/articles/${article.body.id}/feedback`, { token: tenant.token, body: { helpful: false, comment: 'Bij ons helpt ventileren niet, bel me op 06-87654321' } })).status).toBe(204);
    return { customer, tenant, email, caseId: contact.body.caseId as string, contactId: contact.body.id as string, callbackId: callback.body.id as string, articleId: article.body.id as string };
  }

  describe('export', () => {
    it('gives the tenant their own data as JSON: record, contracts, cases with what was said, callbacks, feedback — never internal notes or markers', async () => {
      const file = await tenantWithAFile({ firstName: 'Wilhelmina', lastName: 'Zwaneveld' });
      const other = await tenantWithAFile({ firstName: 'Ottoline', lastName: 'Kraaijeveld' });
      const res = await t.request('GET', '/portal/export', { token: file.tenant.token });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain('application/json');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="mijn-gegevens-\d{4}-\d{2}-\d{2}\.json"$/);
      const data = res.body;
      expect(data).toMatchObject({
        kind: 'tenant',
        organization: { name: expect.stringContaining('Woonstichting Inzage') },
        customer: { id: file.customer.id, fullName: 'Wilhelmina Zwaneveld', email: file.email, birthDate: '1975-03-02', phoneNumbers: [{ number: '+31687654321' }], address: { postcode: '4811 XK', city: 'Breda' }, preferredChannel: 'phone' },
        contracts: [{ contractNumber: `HC-${file.customer.customerNumber}`, rentCents: 74550, unit: { address: { street: 'Lindelaan' } } }],
        cases: [{ subject: 'Schimmel in de slaapkamer', contacts: [{ summary: 'Mevrouw meldt schimmel boven het raam in de slaapkamer.' }] }],
        callbacks: [{ reason: 'Terugbellen over de schimmel en de vochtmeter', phoneNumber: '+31687654321' }],
        articleFeedback: [{ articleId: file.articleId, articleTitle: 'Schimmel voorkomen', helpful: false, comment: 'Bij ons helpt ventileren niet, bel me op 06-87654321' }],
        accounts: [{ email: file.tenant.email }],
      });
      const text = JSON.stringify(data);
      for (const staffOnly of ['Mogelijk stookgedrag', 'Werd boos', '"markers"', '"attitude"', '"vulnerabilities"', '"internalNote"', '"ownerId"', 'messages']) expect(text).not.toContain(staffOnly);
      // Only their own: nothing of the other tenant.
      expect(text).not.toContain('Kraaijeveld');
      expect(text).not.toContain(other.customer.id);
      // The read is on record.
      await t.app.get(AccessLog).flush();
      const rows = await t.db.query(`SELECT actor_user_id FROM audit_events WHERE organization_id = $1 AND action = 'customer.viewed' AND details->>'view' = 'export' AND entity_id = $2`, [org.id, file.customer.id]);
      expect(rows).toEqual([{ actor_user_id: file.tenant.id }]);
    });

    it('gives the tenant a readable PDF with Dutch headings and without the staff notes', async () => {
      const file = await tenantWithAFile({ firstName: 'Hendrika', lastName: 'Vlasblom' });
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/portal/export?format=pdf', headers: { authorization: `Bearer ${file.tenant.token}` } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="mijn-gegevens-\d{4}-\d{2}-\d{2}\.pdf"$/);
      const pdf = res.rawPayload;
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf);
      for (const shown of ['Mijn gegevens', 'Hendrika Vlasblom', 'Persoonsgegevens', 'Contactgegevens', 'Contracten en woningen', 'Vragen en contacten', 'Schimmel in de slaapkamer', 'Mevrouw meldt schimmel', 'Terugbelverzoeken', 'Lindelaan 12B, 4811 XK Breda', 'Lindelaan 12, 4811 XK Breda', 'Huur per maand', '745,50']) {
        expect(text).toContain(shown);
      }
      expect(text).not.toContain('stookgedrag');
      expect(text).not.toContain('Werd boos');
      expect(text).not.toContain('Signaleringen');
    });

    it('gives an admin the whole file, internal notes, markers and sent messages included, as JSON and PDF', async () => {
      const file = await tenantWithAFile({ firstName: 'Geertruida', lastName: 'Oosterbaan' });
      const res = await t.request('GET', `/customers/${file.customer.id}/export`, { token: admin.token });
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toContain(`klant-${file.customer.customerNumber}-`);
      expect(res.body).toMatchObject({
        kind: 'staff',
        customer: { fullName: 'Geertruida Oosterbaan', attitude: 'dependent', vulnerabilities: ['financial'], markers: [{ code: 'AGR', note: 'Werd boos aan de balie op 3 maart' }] },
        cases: [{ contacts: [{ internalNote: 'Mogelijk stookgedrag, niet met klant bespreken' }] }],
        callbacks: [{ id: file.callbackId, reason: 'Terugbellen over de schimmel en de vochtmeter', attempts: [], reschedules: [] }],
      });
      expect(res.body.messages.map((m: { recipient: string }) => m.recipient)).toContain(file.email);
      const pdf = await t.app.inject({ method: 'GET', url: `/api/v1/customers/${file.customer.id}/export?format=pdf`, headers: { authorization: `Bearer ${admin.token}` } });
      expect(pdf.statusCode).toBe(200);
      const text = pdfText(pdf.rawPayload);
      for (const shown of [`Klantdossier ${file.customer.customerNumber}`, 'Geertruida Oosterbaan', 'Signaleringen en kenmerken', 'Werd boos aan de balie op 3 maart', 'Interne notitie: Mogelijk stookgedrag', 'Verzonden berichten']) {
        expect(text).toContain(shown);
      }
      await t.app.get(AccessLog).flush();
      expect(await t.db.query(`SELECT 1 FROM audit_events WHERE action = 'customer.viewed' AND details->>'view' = 'export' AND entity_id = $1 AND actor_user_id = $2`, [file.customer.id, admin.id])).toHaveLength(2);
    });

    it('names a wrong format as a 400 on the field', async () => {
      const file = await tenantWithAFile({ firstName: 'Bertha', lastName: 'Formaat' });
      for (const [url, token] of [['/portal/export?format=docx', file.tenant.token], [`/customers/${file.customer.id}/export?format=xml`, admin.token]] as const) {
        const res = await t.request('GET', url, { token });
        expect(res.status).toBe(400);
        expect(res.body.errors).toEqual([expect.objectContaining({ field: 'format' })]);
      }
    });
  });

  describe('who may', () => {
    it('lets only admins of the organization export, erase and set retention: agents 403, tenants and other organizations 404, staff not on the portal export', async () => {
      const file = await tenantWithAFile({ firstName: 'Alida', lastName: 'Toegang' });
      const otherOrg = await createOrg(t, 'Andere corporatie');
      const otherAdmin = await otherOrg.staff(['admin']);
      const exportUrl = `/customers/${file.customer.id}/export`;
      const eraseUrl = `/customers/${file.customer.id}/erase`;
      const erase = { customerNumber: file.customer.customerNumber };
      const rules = { outboxBodyDays: 90, searchTextDays: 90, feedbackCommentDays: 365, sessionDays: 30, accessLogDays: 730 };
      const cases: [string, 'GET' | 'POST' | 'PUT', string, unknown, number][] = [
        ['agent', 'GET', exportUrl, undefined, 403],
        ['agent', 'POST', eraseUrl, erase, 403],
        ['agent', 'GET', '/privacy/retention', undefined, 403],
        ['agent', 'PUT', '/privacy/retention', rules, 403],
        ['team lead', 'POST', eraseUrl, erase, 403],
        ['editor', 'GET', exportUrl, undefined, 403],
        ['tenant', 'GET', exportUrl, undefined, 404],
        ['tenant', 'POST', eraseUrl, erase, 404],
        ['tenant', 'GET', '/privacy/retention', undefined, 404],
        ['other admin', 'GET', exportUrl, undefined, 404],
        ['other admin', 'POST', eraseUrl, erase, 404],
        ['admin', 'GET', '/portal/export', undefined, 403],
        ['nobody', 'GET', '/portal/export', undefined, 401],
      ];
      const tokens: Record<string, string | undefined> = { agent: agent.token, 'team lead': lead.token, editor: editor.token, tenant: file.tenant.token, 'other admin': otherAdmin.token, admin: admin.token, nobody: undefined };
      for (const [who, method, url, body, status] of cases) {
        const res = await t.request(method, url, { token: tokens[who], body });
        expect({ who, method, url, status: res.status }).toEqual({ who, method, url, status });
      }
      // Nothing was erased by any of them.
      expect((await t.request('GET', `/customers/${file.customer.id}`, { token: agent.token })).body.lastName).toBe('Toegang');
      // The other organization's admin gets its own (default) rules, not ours.
      await t.request('PUT', '/privacy/retention', { token: admin.token, body: { ...rules, sessionDays: 7 } });
      expect((await t.request('GET', '/privacy/retention', { token: otherAdmin.token })).body).toMatchObject({ sessionDays: 30, updatedAt: null });
    });
  });

  describe('erasure', () => {
    it('asks for the customer number as confirmation, replaces the person and the free text, keeps figures and counts, and search no longer finds them', async () => {
      const file = await tenantWithAFile({ firstName: 'Jacoba', lastName: 'Wisselink' });
      const id = file.customer.id;
      const from = '2026-12-01';
      const to = '2026-12-31';
      const kpisBefore = (await t.request('GET', `/reports/kpis?from=${from}&to=${to}`, { token: lead.token })).body;
      const counts = async () =>
        (await t.db.query(
          `SELECT (SELECT count(*) FROM cases WHERE customer_id = $1)::int AS cases, (SELECT count(*) FROM contacts WHERE customer_id = $1)::int AS contacts,
                  (SELECT count(*) FROM callbacks WHERE customer_id = $1)::int AS callbacks, (SELECT contact_count FROM cases WHERE customer_id = $1 LIMIT 1) AS contact_count,
                  (SELECT count(*) FROM article_feedback WHERE article_id = $2)::int AS feedback, (SELECT helpful_no FROM articles WHERE id = $2) AS helpful_no,
                  (SELECT count(*) FROM customer_markers WHERE customer_id = $1)::int AS markers, (SELECT count(*) FROM contracts WHERE customer_id = $1)::int AS contracts`,
          [id, file.articleId],
        ))[0];
      const before = await counts();

      const wrong = await t.request('POST', `/customers/${id}/erase`, { token: admin.token, body: { customerNumber: 'X999' } });
      expect(wrong.status).toBe(400);
      expect(wrong.body.errors).toEqual([expect.objectContaining({ field: 'customerNumber' })]);
      expect((await t.request('POST', `/customers/${id}/erase`, { token: admin.token, body: {} })).body.errors).toEqual([expect.objectContaining({ field: 'customerNumber' })]);
      expect((await t.request('GET', `/customers/${id}`, { token: agent.token })).body.lastName).toBe('Wisselink');

      freezeAt('2026-12-09T12:00:00Z');
      const res = await t.request('POST', `/customers/${id}/erase`, { token: admin.token, body: { customerNumber: file.customer.customerNumber.toLowerCase() } });
      jest.useRealTimers();
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ customerId: id, erasedAt: '2026-12-09T12:00:00.000Z', alreadyErased: false, cases: 1, contacts: 1, callbacks: 1 });

      // The person is gone from the record…
      const customer = (await t.request('GET', `/customers/${id}/overview`, { token: agent.token })).body.customer;
      expect(customer).toMatchObject({
        customerNumber: file.customer.customerNumber, fullName: 'Gewiste klant', birthDate: null, email: null, phoneNumbers: [], address: null,
        attitude: null, vulnerabilities: [], erasedAt: '2026-12-09T12:00:00.000Z', markers: [{ code: 'AGR', note: '[gewist]' }],
      });
      // …from the free text…
      const [contact] = await t.db.query(`SELECT summary, internal_note FROM contacts WHERE id = $1`, [file.contactId]);
      expect(contact).toEqual({ summary: '[gewist]', internal_note: '[gewist]' });
      const [kase] = await t.db.query(`SELECT subject, status FROM cases WHERE id = $1`, [file.caseId]);
      expect(kase).toEqual({ subject: '[gewist]', status: 'open' });
      const [callback] = await t.db.query(`SELECT reason, phone_number, status FROM callbacks WHERE id = $1`, [file.callbackId]);
      expect(callback).toEqual({ reason: '[gewist]', phone_number: '', status: 'scheduled' });
      const messages: { recipient: string | null; body: string }[] = await t.db.query(
        `SELECT recipient, body FROM outbox_messages WHERE organization_id = $1 AND reference_id = ANY($2::uuid[])`,
        [org.id, [file.contactId, file.callbackId]],
      );
      expect(messages.length).toBeGreaterThanOrEqual(2);
      for (const m of messages) expect(m).toEqual({ recipient: null, body: '[gewist]' });
      const feedback = await t.db.query(`SELECT comment, customer_id FROM article_feedback WHERE article_id = $1`, [file.articleId]);
      expect(feedback).toEqual([{ comment: '[gewist]', customer_id: null }]);
      const everything = JSON.stringify(await t.db.query(`SELECT * FROM customers WHERE id = $1`, [id])) + JSON.stringify(messages);
      for (const trace of ['Jacoba', 'Wisselink', file.email, '4811XK', 'Lindelaan', '+31687654321', '1975-03-02']) expect(everything).not.toContain(trace);
      // …and from the portal: the account is disabled and de-identified.
      const [account] = await t.db.query(`SELECT email, display_name, disabled_at FROM users WHERE id = $1`, [file.tenant.id]);
      expect(account.email).toMatch(/^gewist-.*@gewist\.invalid$/);
      expect(account.display_name).toBe('Gewiste klant');
      expect(account.disabled_at).not.toBeNull();
      expect((await t.request('POST', '/auth/login', { body: { email: file.tenant.email, password: PASSWORD } })).status).toBe(401);

      // Search finds nobody by name, e-mail, phone or address.
      for (const q of ['Wisselink', 'Jacoba Wisselink', file.email, '06-87654321', '4811 XK 12']) {
        const found = (await t.request('GET', `/customers?q=${encodeURIComponent(q)}`, { token: agent.token })).body.items as { id: string }[];
        expect({ q, found: found.some((c) => c.id === id) }).toEqual({ q, found: false });
      }
      expect(await t.db.query(`SELECT 1 FROM customer_search_tokens WHERE customer_id = $1`, [id])).toEqual([]);
      expect(await t.db.query(`SELECT 1 FROM search_token_dictionary WHERE organization_id = $1 AND token IN ('wisselink', 'jacoba')`, [org.id])).toEqual([]);

      // Figures and counts stay.
      expect(await counts()).toEqual(before);
      expect((await t.request('GET', `/reports/kpis?from=${from}&to=${to}`, { token: lead.token })).body).toEqual(kpisBefore);

      // One audit row, with counts and no personal data.
      const audit = await t.db.query(`SELECT actor_user_id, details FROM audit_events WHERE action = 'customer.erased' AND entity_id = $1`, [id]);
      expect(audit).toEqual([{ actor_user_id: admin.id, details: { again: false, cases: 1, contacts: 1, callbacks: 1, feedback: 1, accounts: 1 } }]);

      // Erasing twice is harmless.
      const again = await t.request('POST', `/customers/${id}/erase`, { token: admin.token, body: { customerNumber: file.customer.customerNumber } });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ alreadyErased: true, erasedAt: '2026-12-09T12:00:00.000Z' });
      expect(await counts()).toEqual(before);
      expect((await t.request('GET', `/customers/${id}`, { token: agent.token })).body.fullName).toBe('Gewiste klant');
    });
  });

  describe('retention', () => {
    const rules = { outboxBodyDays: 90, searchTextDays: 90, feedbackCommentDays: 365, sessionDays: 30, accessLogDays: 730 };

    it('has sensible defaults, and refuses rules outside their bounds naming each field', async () => {
      const fresh = await createOrg(t, 'Bewaartermijnen');
      const freshAdmin = await fresh.staff(['admin']);
      expect((await t.request('GET', '/privacy/retention', { token: freshAdmin.token })).body).toEqual({ ...rules, updatedAt: null });
      const bad = await t.request('PUT', '/privacy/retention', { token: freshAdmin.token, body: { ...rules, outboxBodyDays: 0, accessLogDays: 30, sessionDays: 1.5, searchTextDays: 99999 } });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['accessLogDays', 'outboxBodyDays', 'searchTextDays', 'sessionDays']);
      const missing = await t.request('PUT', '/privacy/retention', { token: freshAdmin.token, body: { outboxBodyDays: 30 } });
      expect(missing.status).toBe(400);
      expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('accessLogDays');
      freezeAt('2027-01-04T08:00:00Z');
      const ok = await t.request('PUT', '/privacy/retention', { token: freshAdmin.token, body: { ...rules, outboxBodyDays: 30 } });
      jest.useRealTimers();
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual({ ...rules, outboxBodyDays: 30, updatedAt: '2027-01-04T08:00:00.000Z' });
      expect(await t.db.query(`SELECT details FROM audit_events WHERE organization_id = $1 AND action = 'privacy.retention_changed'`, [fresh.id])).toEqual([{ details: { ...rules, outboxBodyDays: 30 } }]);
    });

    it('the job removes or blanks what is past each rule and keeps what is younger (clock pinned)', async () => {
      const now = new Date('2027-06-15T03:00:00Z');
      const ago = (days: number, extraMs = 0) => new Date(now.getTime() - days * DAY - extraMs);
      const kept = await createOrg(t, 'Bewaren');
      const keptAdmin = await kept.staff(['admin']);
      expect((await t.request('PUT', '/privacy/retention', { token: keptAdmin.token, body: { ...rules, outboxBodyDays: 30 } })).status).toBe(200);
      const [user] = await t.db.query(`SELECT id FROM users WHERE id = $1`, [keptAdmin.id]);
      // Only the sessions made below (the login above lives by today's real clock, not the pinned one).
      await t.db.query(`DELETE FROM sessions WHERE user_id = $1`, [user.id]);
      const [article] = await t.db.query(`INSERT INTO articles (organization_id, audience) VALUES ($1, 'public') RETURNING id`, [kept.id]);
      const message = async (sentAt: Date, status = 'sent') =>
        (await t.db.query(
          `INSERT INTO outbox_messages (organization_id, channel, recipient, subject, body, status, reference_type, reference_id, created_at, sent_at)
           VALUES ($1, 'email', 'a@example.nl', 'Bevestiging', 'Beste mevrouw, …', $3::text, 'contact', gen_random_uuid(), $2, CASE WHEN $3::text = 'sent' THEN $2::timestamptz END) RETURNING id`,
          [kept.id, sentAt, status],
        ))[0].id as string;
      const search = async (at: Date) => (await t.db.query(`INSERT INTO kb_searches (organization_id, query, audience, found, at) VALUES ($1, 'huur opzeggen', 'public', 0, $2) RETURNING id`, [kept.id, at]))[0].id as string;
      const feedback = async (at: Date) => (await t.db.query(`INSERT INTO article_feedback (organization_id, article_id, helpful, comment, at) VALUES ($1, $2, true, 'Fijn', $3) RETURNING id`, [kept.id, article.id, at]))[0].id as string;
      const session = async (expires: Date, revoked: Date | null = null) =>
        (await t.db.query(`INSERT INTO sessions (user_id, organization_id, token_hash, expires_at, revoked_at) VALUES ($1, $2, md5(random()::text) || md5(random()::text), $3, $4) RETURNING id`, [user.id, kept.id, expires, revoked]))[0].id as string;
      // A read (the access log, is_read) or a change (kept: the audit trail is not the access log).
      const audit = async (action: string, at: Date, isRead: boolean) =>
        (await t.db.query(`INSERT INTO audit_events (organization_id, actor_user_id, action, entity_type, entity_id, at, is_read) VALUES ($1, $2, $3, 'customer', gen_random_uuid(), $4, $5) RETURNING id`, [kept.id, user.id, action, at, isRead]))[0].id as string;

      const oldMail = await message(ago(31));
      const youngMail = await message(ago(29));
      const pendingLetter = await message(ago(400), 'to_print');
      const oldSearch = await search(ago(90, 60_000));
      const youngSearch = await search(ago(89));
      const oldFeedback = await feedback(ago(366));
      const youngFeedback = await feedback(ago(364));
      const endedLongAgo = await session(ago(31));
      const loggedOutLongAgo = await session(new Date(now.getTime() + DAY), ago(31));
      const endedRecently = await session(ago(29));
      const live = await session(new Date(now.getTime() + DAY));
      const oldView = await audit('customer.viewed', ago(731), true);
      const youngView = await audit('customer.viewed', ago(729), true);
      const oldChange = await audit('customer.updated', ago(2000), false);

      freezeAt(now.toISOString());
      const run = await t.app.get(RetentionService).applyTo(kept.id, new Date());
      jest.useRealTimers();
      expect(run).toEqual({ outboxBodyDays: 1, searchTextDays: 1, feedbackCommentDays: 1, sessionDays: 2, accessLogDays: 1 });

      const bodies = Object.fromEntries((await t.db.query(`SELECT id, body FROM outbox_messages WHERE organization_id = $1`, [kept.id])).map((r: { id: string; body: string }) => [r.id, r.body]));
      expect(bodies).toEqual({ [oldMail]: '', [youngMail]: 'Beste mevrouw, …', [pendingLetter]: 'Beste mevrouw, …' });
      expect((await t.db.query(`SELECT id FROM kb_searches WHERE organization_id = $1`, [kept.id])).map((r: { id: string }) => r.id)).toEqual([youngSearch]);
      expect(oldSearch).toBeDefined();
      const comments = Object.fromEntries((await t.db.query(`SELECT id, comment FROM article_feedback WHERE organization_id = $1`, [kept.id])).map((r: { id: string; comment: string | null }) => [r.id, r.comment]));
      expect(comments).toEqual({ [oldFeedback]: null, [youngFeedback]: 'Fijn' });
      const sessions = (await t.db.query(`SELECT id FROM sessions WHERE organization_id = $1 AND user_id = $2`, [kept.id, user.id])).map((r: { id: string }) => r.id);
      expect(sessions.sort()).toEqual([endedRecently, live].sort());
      expect([endedLongAgo, loggedOutLongAgo].some((id) => sessions.includes(id))).toBe(false);
      const auditIds = (await t.db.query(`SELECT id FROM audit_events WHERE id = ANY($1::bigint[])`, [[oldView, youngView, oldChange]])).map((r: { id: string }) => r.id);
      expect(auditIds.sort()).toEqual([youngView, oldChange].sort());

      // A second run at the same moment finds nothing more to do.
      expect(await t.app.get(RetentionService).applyTo(kept.id, now)).toEqual({ outboxBodyDays: 0, searchTextDays: 0, feedbackCommentDays: 0, sessionDays: 0, accessLogDays: 0 });
    });
  });

  describe('searches without result', () => {
    it('masks e-mail addresses, phone numbers and postcodes: when stored, and when older rows are shown', async () => {
      const file = await tenantWithAFile({ firstName: 'Klaasje', lastName: 'Zoeker' });
      for (const q of ['lekkage jan.jansen@example.nl', 'bel mij 06-12345678 zolder', 'verhuizen naar 5161 AB', 'huurverhoging 2025 en 2026 qqq']) {
        expect((await t.request('GET', `/portal/articles?q=${encodeURIComponent(q)}`, { token: file.tenant.token })).status).toBe(200);
      }
      await t.app.get(SearchLog).flush();
      const stored: string[] = (await t.db.query(`SELECT query FROM kb_searches WHERE organization_id = $1 AND found = 0`, [org.id])).map((r: { query: string }) => r.query);
      expect(stored).toEqual(expect.arrayContaining(['lekkage [e-mail]', 'bel mij [telefoon] zolder', 'verhuizen naar [postcode]', 'huurverhoging 2025 en 2026 qqq']));
      expect(stored.join(' ')).not.toMatch(/example\.nl|12345678|5161/);
      // A row logged before masking existed is shown masked as well.
      await t.db.query(`INSERT INTO kb_searches (organization_id, query, audience, found) VALUES ($1, 'sleutel kwijt +31 6 12345678', 'public', 0)`, [org.id]);
      const list = (await t.request('GET', '/articles/no-results', { token: editor.token })).body.items.map((i: { query: string }) => i.query);
      expect(list).toContain('sleutel kwijt [telefoon]');
      expect(JSON.stringify(list)).not.toMatch(/example\.nl|12345678|5161/);
      const dashboard = (await t.request('GET', '/articles/dashboard', { token: editor.token })).body;
      expect(JSON.stringify(dashboard.noResults)).not.toMatch(/example\.nl|12345678|5161/);
      expect(dashboard.noResults.map((i: { query: string }) => i.query)).toContain('lekkage [e-mail]');
    });
  });
});
