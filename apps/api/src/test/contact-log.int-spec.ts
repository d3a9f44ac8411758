import { bootApp, createOrg, customerBody, TestApp, TestOrg } from '../testing/harness';

describe('contact log and cases', () => {
  let t: TestApp;
  let org: TestOrg;
  let agent: { id: string; token: string };
  let customerId: string;
  beforeAll(async () => {
    t = await bootApp();
    org = await createOrg(t);
    agent = await org.staff(['agent']);
    customerId = (await t.request('POST', '/customers', { token: agent.token, body: customerBody({ email: null }) })).body.id;
  });
  afterAll(() => t.close());

  const log = (body: Record<string, unknown>, token = agent.token) =>
    t.request('POST', '/contacts', { token, body: { customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', summary: 'De kraan in de keuken lekt.', outcome: 'callback_agreed', ...body } });

  it('opens a case with its owner and counts the contact', async () => {
    const res = await log({ newCase: { subject: 'Lekkende kraan' }, internalNote: 'Klant klonk gehaast' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ channel: 'phone', direction: 'inbound', outcome: 'callback_agreed', topic: { code: 'reparatie' }, vera: { channelCode: 'TEL', directionCode: 'INK' }, employee: { id: agent.id } });
    const c = await t.request('GET', `/cases/${res.body.caseId}`, { token: agent.token });
    expect(c.body).toMatchObject({ status: 'open', ownerId: agent.id, contactCount: 1, resolvedInFirstContact: null, subject: 'Lekkende kraan' });
    expect(c.body.contacts[0].internalNote).toBe('Klant klonk gehaast');
  });

  it('measures first-contact resolution and contact moments from the contacts themselves', async () => {
    const first = await log({ newCase: { subject: 'Vraag over huur' }, topic: 'huur-betalen', outcome: 'answered', summary: 'De huur wordt op de 1e afgeschreven.' });
    const one = await t.request('GET', `/cases/${first.body.caseId}`, { token: agent.token });
    expect(one.body).toMatchObject({ status: 'resolved', contactCount: 1, resolvedInFirstContact: true, answerSummary: 'De huur wordt op de 1e afgeschreven.' });

    const intake = await log({ newCase: { subject: 'Schimmel' } });
    await log({ caseId: intake.body.caseId, direction: 'outbound', outcome: 'answered', summary: 'Monteur komt dinsdag.' });
    const two = await t.request('GET', `/cases/${intake.body.caseId}`, { token: agent.token });
    expect(two.body).toMatchObject({ status: 'resolved', contactCount: 2, resolvedInFirstContact: false });
  });

  it('never lets a visitor at the counter leave without a follow-up (R11)', async () => {
    const without = await log({ channel: 'counter', outcome: 'forwarded', newCase: { subject: 'Sleutel kwijt' } });
    expect(without.status).toBe(400);
    expect(without.body.errors.map((e: { field: string }) => e.field)).toEqual(['followUp']);
    const at = new Date(Date.now() + 86_400_000).toISOString();
    const locations = (await t.request('GET', '/locations', { token: agent.token })).body.items;
    const withFollowUp = await log({ channel: 'counter', outcome: 'forwarded', newCase: { subject: 'Sleutel kwijt' }, followUp: { channel: 'phone', at }, locationId: locations[0].id });
    expect(withFollowUp.status).toBe(201);
    expect(withFollowUp.body).toMatchObject({ vera: { channelCode: 'BAL' }, followUp: { channel: 'phone' }, location: { name: 'Woonpunt Centrum' } });
    const answered = await log({ channel: 'counter', outcome: 'answered', newCase: { subject: 'Openingstijden' } });
    expect(answered.status).toBe(201);
  });

  it('refuses bad input with the field named', async () => {
    const future = await log({ newCase: { subject: 'Test' }, occurredAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect(future.body.errors).toEqual([{ field: 'occurredAt', code: 'in_future', message: 'mag niet in de toekomst liggen' }]);
    const both = await log({ newCase: { subject: 'Test' }, caseId: '6f1c2f7e-2b3a-4c5d-8e9f-0a1b2c3d4e5f' });
    expect(both.status).toBe(400);
    const neither = await log({});
    expect(neither.body.errors[0].field).toBe('caseId');
    const topic = await log({ newCase: { subject: 'Test' }, topic: 'bestaat-niet' });
    expect(topic.body.errors[0].field).toBe('topic');
    const shape = await log({ channel: 'fax', outcome: 'maybe', summary: '', newCase: { subject: 'x' }, occurredAt: 'gisteren' });
    expect(shape.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['channel', 'newCase.subject', 'occurredAt', 'outcome', 'summary']);
    const noOffset = await log({ newCase: { subject: 'Test' }, occurredAt: '2026-11-20T10:00:00' });
    expect(noOffset.body.errors[0]).toMatchObject({ field: 'occurredAt' });
    const impossible = await log({ newCase: { subject: 'Test' }, occurredAt: '2026-13-45T10:00:00Z' });
    expect(impossible.status).toBe(400);
    expect(impossible.body.errors[0]).toEqual({ field: 'occurredAt', code: 'not_a_real_date_time', message: 'is geen bestaande datum en tijd' });
  });

  it('answers 404 for unknown customers and cases, 409 for a closed case, and reopens a resolved one', async () => {
    expect((await log({ customerId: '6f1c2f7e-2b3a-4c5d-8e9f-0a1b2c3d4e5f', newCase: { subject: 'x y z' } })).status).toBe(404);
    expect((await log({ caseId: '6f1c2f7e-2b3a-4c5d-8e9f-0a1b2c3d4e5f' })).status).toBe(404);
    const first = await log({ newCase: { subject: 'Te sluiten' }, outcome: 'answered' });
    const reopened = await log({ caseId: first.body.caseId, summary: 'Toch nog een vraag.' });
    expect(reopened.status).toBe(201);
    expect((await t.request('GET', `/cases/${first.body.caseId}`, { token: agent.token })).body).toMatchObject({ status: 'open', contactCount: 2 });
    await t.request('POST', `/cases/${first.body.caseId}/resolve`, { token: agent.token, body: { answer: 'Alles is geregeld.' } });
    const closed = await t.request('PATCH', `/cases/${first.body.caseId}`, { token: agent.token, body: { status: 'closed' } });
    expect(closed.body.status).toBe('closed');
    const late = await log({ caseId: first.body.caseId });
    expect(late.status).toBe(409);
    expect(late.body.type).toBe('urn:loket:problem:case-closed');
    const openClose = await log({ newCase: { subject: 'Nog open' } });
    expect((await t.request('PATCH', `/cases/${openClose.body.caseId}`, { token: agent.token, body: { status: 'closed' } })).status).toBe(409);
  });

  it('never loses a contact when colleagues log on the same case at once', async () => {
    const first = await log({ newCase: { subject: 'Drukke zaak' } });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => log({ caseId: first.body.caseId, summary: `Contact nummer ${i + 1}` })));
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(201));
    const c = await t.request('GET', `/cases/${first.body.caseId}`, { token: agent.token });
    expect(c.body.contactCount).toBe(13);
    expect(c.body.contacts).toHaveLength(13);
  });

  it('keeps the customer file on one time line, newest first, paged', async () => {
    const other = (await t.request('POST', '/customers', { token: agent.token, body: customerBody() })).body.id;
    const base = Date.now() - 10 * 60_000;
    const first = await log({ customerId: other, newCase: { subject: 'Tijdlijn' }, occurredAt: new Date(base).toISOString() });
    for (let i = 1; i <= 3; i += 1) await log({ customerId: other, caseId: first.body.caseId, occurredAt: new Date(base + i * 60_000).toISOString(), summary: `Vervolg ${i}` });
    const page1 = await t.request('GET', `/customers/${other}/timeline?limit=3`, { token: agent.token });
    expect(page1.status).toBe(200);
    const at = page1.body.items.map((i: { at: string }) => i.at);
    expect([...at].sort().reverse()).toEqual(at);
    expect(page1.body.items[0].contact.summary).toBe('Vervolg 3');
    const page2 = await t.request('GET', `/customers/${other}/timeline?limit=3&cursor=${page1.body.nextCursor}`, { token: agent.token });
    const all = [...page1.body.items, ...page2.body.items];
    expect(all.filter((i: { kind: string }) => i.kind === 'contact')).toHaveLength(4);
    expect(all.find((i: { kind: string; caseEvent?: { type: string } }) => i.kind === 'case_event')?.caseEvent).toMatchObject({ type: 'opened', subject: 'Tijdlijn' });
    expect((await t.request('GET', `/customers/${other}/timeline?cursor=nonsense`, { token: agent.token })).status).toBe(400);

    const overview = await t.request('GET', `/customers/${other}/overview`, { token: agent.token });
    expect(overview.body.openCases.map((c: { subject: string }) => c.subject)).toContain('Tijdlijn');
    expect(overview.body.recentContacts[0].summary).toBe('Vervolg 3');
  });

  it('flags internal notes on sensitive topics', async () => {
    const res = await log({ newCase: { subject: 'Buren' }, topic: 'overlast', internalNote: 'Melding komt van buurvrouw op nr. 14' });
    expect(res.body.internalNoteSensitive).toBe(true);
    expect((await log({ newCase: { subject: 'Kraan' }, internalNote: 'Gewone notitie' })).body.internalNoteSensitive).toBe(false);
  });

  it('keeps organizations apart', async () => {
    const other = await createOrg(t);
    const otherAgent = await other.staff(['agent']);
    const mine = await log({ newCase: { subject: 'Alleen van ons' } });
    expect((await log({ newCase: { subject: 'Poging' } }, otherAgent.token)).status).toBe(404);
    expect((await t.request('GET', `/cases/${mine.body.caseId}`, { token: otherAgent.token })).status).toBe(404);
    expect((await t.request('GET', `/contacts/${mine.body.id}`, { token: otherAgent.token })).status).toBe(404);
    expect((await t.request('GET', `/customers/${customerId}/timeline`, { token: otherAgent.token })).status).toBe(404);
    expect((await t.request('PATCH', `/cases/${mine.body.caseId}`, { token: otherAgent.token, body: { status: 'waiting_for_customer' } })).status).toBe(404);
    const theirs = await t.request('GET', '/cases?status=open', { token: otherAgent.token });
    expect(theirs.body.items.map((c: { id: string }) => c.id)).not.toContain(mine.body.caseId);
    const reassign = await t.request('PATCH', `/cases/${mine.body.caseId}`, { token: agent.token, body: { ownerId: otherAgent.id } });
    expect(reassign.body.errors[0].field).toBe('ownerId');
  });

  it('names only articles of this organization on a contact, and gives cases only to staff who work with customers', async () => {
    const editor = await org.staff(['kb_editor']);
    const article = async (token: string, title: string) => {
      const a = await t.request('POST', '/articles', { token, body: { audience: 'public', title, questions: [`${title}?`], body: 'Zo werkt het.' } });
      expect(a.status).toBe(201);
      return a.body.id as string;
    };
    const ours = await article(editor.token, 'Sleutel kwijt');
    const other = await createOrg(t);
    const theirs = await article((await other.staff(['kb_editor'])).token, 'Sleutel van de buren');

    const used = await log({ newCase: { subject: 'Met artikel' }, outcome: 'answered', articleIds: [ours] });
    expect(used.status).toBe(201);
    expect(used.body.articleIds).toEqual([ours]);
    const bad = await log({ newCase: { subject: 'Vreemd artikel' }, articleIds: [ours, theirs, '5d0e6a8e-0000-4000-8000-000000000000'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['articleIds[1]', 'articleIds[2]']);
    expect(await t.db.query(`SELECT 1 FROM cases WHERE subject = 'Vreemd artikel'`)).toEqual([]);

    // An owner works with customers: not an editor only, not a tenant, not a disabled account, not another organization's.
    const kase = (await log({ newCase: { subject: 'Wie pakt dit op' } })).body.caseId;
    const disabled = await org.staff(['agent']);
    await t.db.query(`UPDATE users SET disabled_at = $2 WHERE id = $1`, [disabled.id, new Date()]);
    const tenant = await org.tenant(customerId);
    const stranger = await other.staff(['agent']);
    for (const ownerId of [editor.id, disabled.id, tenant.id, stranger.id]) {
      const res = await t.request('PATCH', `/cases/${kase}`, { token: agent.token, body: { ownerId } });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'ownerId' })]);
    }
    expect((await t.request('GET', `/cases/${kase}`, { token: agent.token })).body.ownerId).toBe(agent.id);
    for (const roles of [['team_lead'], ['admin'], ['kb_editor', 'agent']] as const) {
      const colleague = await org.staff([...roles]);
      const res = await t.request('PATCH', `/cases/${kase}`, { token: agent.token, body: { ownerId: colleague.id } });
      expect(res.status).toBe(200);
      expect(res.body.ownerId).toBe(colleague.id);
    }
  });

  it('lists my cases', async () => {
    const mine = await log({ newCase: { subject: 'Voor mij' } });
    const res = await t.request('GET', '/cases?ownerId=me&status=open', { token: agent.token });
    expect(res.body.items.map((c: { id: string }) => c.id)).toContain(mine.body.caseId);
    expect((await t.request('GET', '/cases?status=lost', { token: agent.token })).body.errors[0].field).toBe('status');
  });

  it('lets admins keep the topic list, and everyone read it', async () => {
    const list = await t.request('GET', '/topics', { token: agent.token });
    expect(list.body.items.map((x: { name: string }) => x.name)).toEqual(expect.arrayContaining(['Huur en betalen', 'Reparatie en onderhoud', 'Overlast', 'Woning zoeken', 'Huur opzeggen', 'Klacht']));
    const admin = await org.staff(['admin']);
    expect((await t.request('POST', '/topics', { token: agent.token, body: { code: 'parkeren', name: 'Parkeren' } })).status).toBe(403);
    const created = await t.request('POST', '/topics', { token: admin.token, body: { code: 'parkeren', name: 'Parkeren' } });
    expect(created.status).toBe(201);
    expect((await t.request('POST', '/topics', { token: admin.token, body: { code: 'parkeren', name: 'Dubbel' } })).status).toBe(409);
    await t.request('PATCH', `/topics/${created.body.id}`, { token: admin.token, body: { active: false } });
    expect((await log({ newCase: { subject: 'Auto' }, topic: 'parkeren' })).body.errors[0].field).toBe('topic');
  });

  describe('portal', () => {
    it('shows the tenant their own cases and contacts without internal notes, and lets them ask', async () => {
      const tenant = await org.tenant(customerId);
      await log({ newCase: { subject: 'Zichtbaar voor huurder' }, internalNote: 'GEHEIM-INTERN' });
      const file = await t.request('GET', '/portal/file', { token: tenant.token });
      expect(file.status).toBe(200);
      const seen = file.body.cases.find((c: { subject: string }) => c.subject === 'Zichtbaar voor huurder');
      expect(seen).toMatchObject({ status: 'open', contactCount: 1, owner: { id: agent.id } });
      expect(seen.contacts[0]).toMatchObject({ summary: 'De kraan in de keuken lekt.', employee: { id: agent.id } });
      expect(JSON.stringify(file.body)).not.toContain('GEHEIM-INTERN');
      expect(seen.contacts[0]).not.toHaveProperty('internalNote');
      expect(seen).not.toHaveProperty('ownerId');

      const asked = await t.request('POST', '/portal/cases', { token: tenant.token, body: { topic: 'reparatie', subject: 'Deurbel doet het niet', question: 'Sinds gisteren werkt de deurbel niet meer.' } });
      expect(asked.status).toBe(201);
      expect(asked.body).toMatchObject({ subject: 'Deurbel doet het niet', status: 'open', owner: null, contacts: [{ channel: 'portal', direction: 'inbound', employee: null }] });
      const staffView = await t.request('GET', `/cases/${asked.body.id}`, { token: agent.token });
      expect(staffView.body.contacts[0]).toMatchObject({ vera: { channelCode: 'INT' }, summary: 'Sinds gisteren werkt de deurbel niet meer.' });
      expect((await t.request('POST', '/portal/cases', { token: tenant.token, body: { topic: 'reparatie', subject: '' } })).body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['question', 'subject']);
    });

    it('never shows one tenant another customer’s cases', async () => {
      const neighbour = (await t.request('POST', '/customers', { token: agent.token, body: customerBody() })).body.id;
      const theirs = await log({ customerId: neighbour, newCase: { subject: 'Van de buren' } });
      const tenant = await org.tenant(customerId);
      const file = await t.request('GET', '/portal/file', { token: tenant.token });
      expect(file.body.cases.map((c: { id: string }) => c.id)).not.toContain(theirs.body.caseId);
      expect((await t.request('GET', `/portal/cases/${theirs.body.caseId}`, { token: tenant.token })).status).toBe(404);
      expect((await t.request('GET', `/cases/${theirs.body.caseId}`, { token: tenant.token })).status).toBe(404);
      expect((await t.request('POST', '/contacts', { token: tenant.token, body: {} })).status).toBe(404);
    });
  });
});
