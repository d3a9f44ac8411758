import { randomUUID } from 'node:crypto';
import { bootApp, call, createOrg, customerBody, freezeClock, TestApp, TestOrg } from '../testing/harness';

/**
 * One command for "contact with a callback" (`POST /contacts {…, callback}`): the contact and its
 * callback are written in one transaction. A refused callback saves nothing — no contact, no case,
 * no callback, no confirmation — and the 400 names the field under `callback.`. The organization
 * has the default calendar (Monday to Friday 08:30–17:00).
 */
describe('a contact with a callback, in one transaction', () => {
  let t: TestApp;
  let org: TestOrg;
  let agent: { id: string; token: string };
  let customerId: string;
  const NOW = '2026-12-07T10:00:00+01:00'; // Monday

  beforeAll(async () => {
    freezeClock(NOW);
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Eén Keer');
    agent = await org.staff(['agent']);
    customerId = (
      await t.request('POST', '/customers', {
        token: agent.token,
        body: customerBody({ firstName: 'Fenna', namePrefix: null, lastName: 'Bakker', email: `een-keer-${Date.now()}@example.nl`, phoneNumbers: [{ number: '06-12345678', label: 'mobile' }] }),
      })
    ).body.id;
  });
  afterEach(() => freezeClock(NOW));
  afterAll(async () => {
    jest.useRealTimers();
    await t.close();
  });

  /** What this organization has written: contacts, cases, callbacks and outbox messages. */
  const written = async () => {
    const [row] = await t.db.query(
      `SELECT (SELECT count(*) FROM contacts WHERE organization_id = $1)::int AS contacts,
              (SELECT count(*) FROM cases WHERE organization_id = $1)::int AS cases,
              (SELECT count(*) FROM callbacks WHERE organization_id = $1)::int AS callbacks,
              (SELECT count(*) FROM outbox_messages WHERE organization_id = $1)::int AS messages`,
      [org.id],
    );
    return row as { contacts: number; cases: number; callbacks: number; messages: number };
  };
  const logWithCallback = (callback: Record<string, unknown>, over: Record<string, unknown> = {}, token = agent.token) =>
    call(t, 'post', '/api/v1/contacts', {
      token,
      body: {
        customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject: 'Lekkage badkamer' }, summary: 'De kraan lekt. We bellen terug.',
        outcome: 'callback_agreed', confirm: true, callback: { reason: 'Over de lekkage in de badkamer', ...callback }, ...over,
      } as never,
    });

  it.each([
    { refused: 'a moment the office is closed (Sunday)', callback: { at: '2026-12-13T10:00:00+01:00' }, field: 'callback.at', code: 'office_closed' },
    { refused: 'a moment in the past', callback: { at: '2026-12-04T10:00:00+01:00' }, field: 'callback.at', code: 'in_past' },
    { refused: 'an unknown assignee', callback: { assigneeId: randomUUID() }, field: 'callback.assigneeId', code: 'not_found_in_organization' },
    { refused: 'a phone number that is none', callback: { phoneNumber: 'bel me' }, field: 'callback.phoneNumber', code: 'not_a_phone_number' },
  ])('$refused: 400 naming $field, and nothing is written', async ({ callback, field, code }) => {
    const before = await written();
    const res = await logWithCallback(callback);
    expect(res.status).toBe(400);
    const body = res.body as unknown as { errors: { field: string; code: string }[]; detail: string };
    expect(body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
    expect(body.detail).toContain('niet opgeslagen');
    expect(await written()).toEqual(before);
  });

  it('a staff member of another organization is an unknown assignee', async () => {
    const other = await createOrg(t, 'Woonstichting Elders');
    const stranger = await other.staff(['agent']);
    const before = await written();
    const res = await logWithCallback({ assigneeId: stranger.id });
    expect(res.status).toBe(400);
    expect((res.body as unknown as { errors: { field: string }[] }).errors.map((e) => e.field)).toEqual(['callback.assigneeId']);
    expect(await written()).toEqual(before);
  });

  it('a callback with another outcome than "callback agreed" is refused', async () => {
    const before = await written();
    const res = await logWithCallback({ at: '2026-12-08T10:00:00+01:00' }, { outcome: 'answered' });
    expect(res.status).toBe(400);
    expect((res.body as unknown as { errors: { field: string; code: string }[] }).errors).toEqual([expect.objectContaining({ field: 'callback', code: 'not_allowed' })]);
    expect(await written()).toEqual(before);
  });

  it('accepted: contact and callback are both written, and the one confirmation names the callback moment', async () => {
    const before = await written();
    const res = await logWithCallback({ date: '2026-12-08', dayPart: 'OCH' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      outcome: 'callback_agreed',
      confirmation: { status: 'queued', channel: 'email' },
      callback: { dayPart: 'OCH', assignee: { id: agent.id }, when: 'op dinsdag 8 december tussen 08:30 en 12:00 (ochtend)' },
    });
    expect(await written()).toEqual({ contacts: before.contacts + 1, cases: before.cases + 1, callbacks: before.callbacks + 1, messages: before.messages + 1 });
    const callbackId = res.body.callback?.id;
    const [callback] = await t.db.query(`SELECT case_id, contact_id, reason, phone_number FROM callbacks WHERE id = $1`, [callbackId]);
    expect(callback).toEqual({ case_id: res.body.caseId, contact_id: res.body.id, reason: 'Over de lekkage in de badkamer', phone_number: '+31612345678' });
    const messages = await t.db.query(`SELECT reference_type, body FROM outbox_messages WHERE organization_id = $1 AND reference_id = ANY($2::uuid[])`, [org.id, [res.body.id, callbackId]]);
    // One letter or e-mail for the customer: the contact's, naming who calls and when.
    expect(messages.map((m: { reference_type: string }) => m.reference_type)).toEqual(['contact']);
    expect(messages[0].body).toContain('belt u op dinsdag 8 december tussen 08:30 en 12:00 (ochtend).');
    // The callback is in the agent's list and on the case.
    const mine = await call(t, 'get', '/api/v1/callbacks', { token: agent.token });
    expect(mine.body.items.map((c) => c.id)).toContain(callbackId);
  });
});
