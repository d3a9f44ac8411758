import type { ChildProcess } from 'node:child_process';
import { AccessLog } from '@loket/server/platform';
import { pdfText } from '@loket/server/privacy';
import { bootApp, call, createOrg, customerBody, freezeClock, TestApp, TestOrg } from '../testing/harness';
import { eventually, startMailCatcher, startWorker, type MailCatcher } from '../testing/processes';

jest.setTimeout(90_000);

/** Issue 12 §3: resolving a case sends the answer, by e-mail (outbox, worker, real SMTP) or as a letter in the print list. */
describe('answers reach the customer', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let agent: { id: string; token: string };
  let admin: { token: string };
  let otherAgent: { token: string };
  let catcher: MailCatcher;
  let worker: ChildProcess;

  beforeAll(async () => {
    catcher = await startMailCatcher({ smtpPort: 0, httpPort: 0 });
    worker = await startWorker({ SMTP_URL: `smtp://127.0.0.1:${catcher.smtpPort}` });
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Antwoord');
    other = await createOrg(t, 'Wooncorporatie Ander');
    agent = await org.staff(['agent']);
    admin = await org.staff(['admin']);
    otherAgent = await other.staff(['agent']);
    const put = await call(t, 'put', '/api/v1/organization/settings', { token: admin.token, body: { phone: '+31 88 123 4567', replyAddress: 'Klantcontact@Antwoord.test' } });
    expect(put.status).toBe(200);
  });
  afterEach(() => jest.useRealTimers());
  afterAll(async () => {
    worker?.kill('SIGTERM');
    await t?.close();
    await catcher?.close();
  });

  /** A new customer with a question logged on the phone (and an internal note that must never leave). */
  async function question(customer: Record<string, unknown>, subject = 'Lekkage badkamer') {
    const c = (await t.request('POST', '/customers', { token: agent.token, body: customerBody(customer) })).body;
    const contact = await t.request('POST', '/contacts', {
      token: agent.token,
      body: {
        customerId: c.id, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject },
        summary: 'Er komt water uit het plafond.', internalNote: 'INTERN-NIET-DOORSTUREN', outcome: 'forwarded',
      },
    });
    expect(contact.status).toBe(201);
    return { customer: c, caseId: contact.body.caseId as string };
  }

  describe('organization settings', () => {
    it('stores the phone number and reply address, and shows the number the Dutch way', async () => {
      const got = await call(t, 'get', '/api/v1/organization/settings', { token: agent.token });
      expect(got.body).toEqual({ name: `Woonstichting Antwoord ${org.slug}`, phone: '0881234567', phoneDisplay: '088 123 45 67', replyAddress: 'klantcontact@antwoord.test' });
    });

    it('refuses a phone number that is not one, an address that is not one, and an agent', async () => {
      const bad = await call(t, 'put', '/api/v1/organization/settings', { token: admin.token, body: { phone: '12345', replyAddress: 'klantcontact@antwoord.test' } });
      expect(bad.status).toBe(400);
      expect(bad.body).toMatchObject({ errors: [{ field: 'phone', code: 'not_a_phone_number' }] });
      const mail = await call(t, 'put', '/api/v1/organization/settings', { token: admin.token, body: { phone: null, replyAddress: 'geen adres' } });
      expect(mail.body).toMatchObject({ errors: [{ field: 'replyAddress', code: 'not_an_email' }] });
      expect((await call(t, 'put', '/api/v1/organization/settings', { token: agent.token, body: { phone: null, replyAddress: null } })).status).toBe(403);
    });
  });

  it('e-mails the answer with our phone number and Reply-To, never the internal note, and logs it as an outbound contact', async () => {
    freezeClock('2026-12-07T10:00:00+01:00');
    const email = `antwoord-${Date.now()}@example.nl`;
    const { caseId } = await question({ firstName: 'Sanne', namePrefix: 'de', lastName: 'Vries', email, preferredChannel: 'email' });
    const resolved = await call(t, 'post', '/api/v1/cases/{id}/resolve', {
      params: { id: caseId }, token: agent.token, body: { answer: 'De monteur komt dinsdag 8 december tussen 8 en 12 uur.' },
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body.status).toBe('resolved');
    const outbound = resolved.body.contacts.find((c) => c.direction === 'outbound');
    expect(outbound).toMatchObject({ channel: 'email', outcome: 'answered', summary: 'De monteur komt dinsdag 8 december tussen 8 en 12 uur.', employee: { id: agent.id }, internalNote: null });
    expect(outbound?.confirmation).toMatchObject({ channel: 'email' });

    const mail = await eventually(() => catcher.messages.find((m) => m.to.includes(email)));
    expect(mail.subject).toBe('Antwoord op uw vraag: Lekkage badkamer');
    expect(mail.text).toContain('Beste Sanne de Vries,');
    expect(mail.text).toContain('De monteur komt dinsdag 8 december tussen 8 en 12 uur.');
    expect(mail.text).toContain('bel ons op 088 123 45 67');
    expect(mail.text).not.toContain('INTERN-NIET-DOORSTUREN');
    expect(mail.headers['reply-to']).toContain('klantcontact@antwoord.test');
  });

  it('confirmation mails state the phone number and reply to the monitored address too', async () => {
    const email = `bevestiging-${Date.now()}@example.nl`;
    const c = (await t.request('POST', '/customers', { token: agent.token, body: customerBody({ email }) })).body;
    await t.request('POST', '/contacts', {
      token: agent.token,
      body: { customerId: c.id, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject: 'Kraan' }, summary: 'De kraan lekt.', internalNote: 'GEHEIM', outcome: 'forwarded', confirm: true },
    });
    const mail = await eventually(() => catcher.messages.find((m) => m.to.includes(email)));
    expect(mail.text).toContain('bel ons op 088 123 45 67');
    expect(mail.text).not.toContain('GEHEIM');
    expect(mail.headers['reply-to']).toContain('klantcontact@antwoord.test');
  });

  it('refuses an answer with a placeholder left open, and resolving a closed case (409)', async () => {
    const { caseId } = await question({});
    const open = await call(t, 'post', '/api/v1/cases/{id}/resolve', { params: { id: caseId }, token: agent.token, body: { answer: 'Beste {naam}, het is geregeld.' } });
    expect(open.status).toBe(400);
    expect(open.body).toMatchObject({ errors: [{ field: 'answer', code: 'open_placeholder' }] });
    expect((await call(t, 'post', '/api/v1/cases/{id}/resolve', { params: { id: caseId }, token: agent.token, body: { answer: 'Het is geregeld.' } })).status).toBe(200);
    expect((await call(t, 'patch', '/api/v1/cases/{id}', { params: { id: caseId }, token: agent.token, body: { status: 'closed' } })).status).toBe(200);
    const again = await call(t, 'post', '/api/v1/cases/{id}/resolve', { params: { id: caseId }, token: agent.token, body: { answer: 'Nog een keer.' } });
    expect(again.status).toBe(409);
    const sent = await t.db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE organization_id = $1 AND reference_type = 'contact_answer' AND body LIKE '%Nog een keer%'`, [org.id]);
    expect(sent[0].n).toBe(0);
  });

  it('resolves without sending when asked (send: false): no message, no outbound contact', async () => {
    const { caseId } = await question({});
    const r = await call(t, 'post', '/api/v1/cases/{id}/resolve', { params: { id: caseId }, token: agent.token, body: { answer: 'Al telefonisch beantwoord.', send: false } });
    expect(r.status).toBe(200);
    expect(r.body.contacts.filter((c) => c.direction === 'outbound')).toEqual([]);
  });

  describe('letters', () => {
    let letterId: string;
    let customerId: string;
    let caseId: string;

    it('puts the answer for a customer who prefers letters in the print list, as a PDF addressed to them', async () => {
      freezeClock('2026-12-07T11:00:00+01:00');
      const q = await question({ firstName: 'Fatma', namePrefix: null, lastName: 'Yılmaz', email: 'fatma@example.nl', preferredChannel: 'letter' }, 'Lekkage keuken');
      customerId = q.customer.id;
      caseId = q.caseId;
      const r = await call(t, 'post', '/api/v1/cases/{id}/resolve', { params: { id: caseId }, token: agent.token, body: { answer: 'De monteur komt woensdag.' } });
      expect(r.body.contacts.find((c) => c.direction === 'outbound')).toMatchObject({ channel: 'letter', outcome: 'answered' });

      const list = await call(t, 'get', '/api/v1/letters', { token: agent.token });
      expect(list.status).toBe(200);
      const letter = list.body.items.find((l) => l.customer?.id === customerId);
      expect(letter).toMatchObject({ status: 'to_print', kind: 'answer', subject: 'Antwoord op uw vraag: Lekkage keuken', customer: { fullName: 'Fatma Yılmaz', safetyMarkers: [] }, printedAt: null });
      expect(list.body.toPrint).toBeGreaterThanOrEqual(1);
      letterId = (letter as { id: string }).id;

      const since = (await t.db.query(`SELECT coalesce(max(id), 0) AS id FROM audit_events`))[0].id;
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/letters/${letterId}.pdf`, headers: { authorization: `Bearer ${agent.token}` } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const pdf = res.rawPayload;
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf);
      expect(text).toContain('Fatma Yilmaz'); // the standard PDF font shows ı as i
      expect(text).toContain('Kerkstraat 5');
      expect(text).toContain('5161AB  SPRANG-CAPELLE');
      expect(text).toMatch(/Datum\s+\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
      expect(text).toContain('Betreft');
      expect(text).toContain('De monteur komt woensdag.');
      expect(text).toContain('088 123 45 67');
      expect(text).toContain('klantcontact@antwoord.test');
      expect(text).not.toContain('INTERN-NIET-DOORSTUREN');
      // Reading a letter is a read of the customer's data, on record.
      await t.app.get(AccessLog).flush();
      const reads = await t.db.query(`SELECT entity_id, details->>'view' AS view FROM audit_events WHERE id > $1 AND is_read AND organization_id = $2`, [since, org.id]);
      expect(reads).toEqual(expect.arrayContaining([{ entity_id: customerId, view: 'letter' }]));
    });

    it('puts confirmations for customers without e-mail in the same print list', async () => {
      const c = (await t.request('POST', '/customers', { token: agent.token, body: customerBody({ email: null }) })).body;
      await t.request('POST', '/contacts', {
        token: agent.token,
        body: { customerId: c.id, channel: 'counter', direction: 'inbound', topic: 'klacht', newCase: { subject: 'Trappenhuis' }, summary: 'Niet schoongemaakt.', outcome: 'answered', confirm: true },
      });
      const list = await call(t, 'get', '/api/v1/letters', { token: agent.token });
      expect(list.body.items.find((l) => l.customer?.id === c.id)).toMatchObject({ kind: 'confirmation', subject: 'Bevestiging: Trappenhuis' });
    });

    it('is not seen, read or printed by another organization', async () => {
      const list = await call(t, 'get', '/api/v1/letters', { token: otherAgent.token });
      expect(list.body.items.map((l) => l.id)).not.toContain(letterId);
      const pdf = await t.app.inject({ method: 'GET', url: `/api/v1/letters/${letterId}.pdf`, headers: { authorization: `Bearer ${otherAgent.token}` } });
      expect(pdf.statusCode).toBe(404);
      const printed = await call(t, 'post', '/api/v1/letters/printed', { token: otherAgent.token, body: { ids: [letterId] } });
      expect(printed.body).toEqual({ printed: [] });
      expect((await call(t, 'get', '/api/v1/letters', { token: agent.token })).body.items.map((l) => l.id)).toContain(letterId);
    });

    it('marks letters printed in a batch: they leave the list and show as printed', async () => {
      const printed = await call(t, 'post', '/api/v1/letters/printed', { token: agent.token, body: { ids: [letterId] } });
      expect(printed.body).toEqual({ printed: [letterId] });
      expect((await call(t, 'post', '/api/v1/letters/printed', { token: agent.token, body: { ids: [letterId] } })).body).toEqual({ printed: [] });
      const toPrint = await call(t, 'get', '/api/v1/letters', { token: agent.token, });
      expect(toPrint.body.items.map((l) => l.id)).not.toContain(letterId);
      const done = await call(t, 'get', '/api/v1/letters?status=printed' as '/api/v1/letters', { token: agent.token });
      expect(done.body.items.find((l) => l.id === letterId)).toMatchObject({ status: 'printed', printedBy: { id: agent.id } });
      const empty = await call(t, 'post', '/api/v1/letters/printed', { token: agent.token, body: { ids: [] } });
      expect(empty.status).toBe(400);
    });

    it('shows the answer to the tenant in Mijn Loket, and not to another tenant', async () => {
      const tenant = await org.tenant(customerId);
      const own = await call(t, 'get', '/api/v1/portal/cases/{id}', { params: { id: caseId }, token: tenant.token });
      expect(own.status).toBe(200);
      expect(own.body.answerSummary).toBe('De monteur komt woensdag.');
      expect(own.body.contacts.find((c) => c.direction === 'outbound')).toMatchObject({ channel: 'letter', summary: 'De monteur komt woensdag.' });
      expect(JSON.stringify(own.body)).not.toContain('INTERN-NIET-DOORSTUREN');
      const stranger = await org.tenant((await t.request('POST', '/customers', { token: agent.token, body: customerBody() })).body.id);
      expect((await call(t, 'get', '/api/v1/portal/cases/{id}', { params: { id: caseId }, token: stranger.token })).status).toBe(404);
    });

    it('lets only customer staff use the print list', async () => {
      const editor = await org.staff(['kb_editor']);
      expect((await call(t, 'get', '/api/v1/letters', { token: editor.token })).status).toBe(403);
      expect((await t.request('GET', `/letters/${letterId}.pdf`)).status).toBe(401);
    });
  });

  it('offers a standard answer on the article to staff, not to tenants', async () => {
    const editor = await org.staff(['kb_editor']);
    const created = await call(t, 'post', '/api/v1/articles', {
      token: editor.token,
      body: { title: 'Lekkage', questions: ['Wat doe ik bij lekkage?'], body: 'Draai de hoofdkraan dicht.', audience: 'public', topics: ['reparatie'], answerTemplate: 'Beste {naam}, de monteur komt op {datum}.' },
    });
    expect(created.status).toBe(201);
    expect(created.body.answerTemplate).toBe('Beste {naam}, de monteur komt op {datum}.');
    const patched = await call(t, 'patch', '/api/v1/articles/{id}', { params: { id: created.body.id }, token: editor.token, body: { baseVersion: 1, answerTemplate: 'Nieuw: {naam}.' } });
    expect(patched.body.answerTemplate).toBe('Nieuw: {naam}.');
    await call(t, 'post', '/api/v1/articles/{id}/publish', { params: { id: created.body.id }, token: editor.token });
    const forAgent = await call(t, 'get', '/api/v1/articles/{id}', { params: { id: created.body.id }, token: agent.token });
    expect(forAgent.body.answerTemplate).toBe('Nieuw: {naam}.');
    const c = (await t.request('POST', '/customers', { token: agent.token, body: customerBody() })).body;
    const tenant = await org.tenant(c.id);
    const forTenant = await t.request('GET', `/articles/${created.body.id}`, { token: tenant.token });
    if (forTenant.status === 200) expect(forTenant.body.answerTemplate).toBeNull();
  });
});
