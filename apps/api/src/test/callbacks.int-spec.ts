import { ALWAYS_OPEN, bootApp, createOrg, customerBody, freezeClock, TestApp, TestOrg } from '../testing/harness';

const LINDE = {
  timeZone: 'Europe/Amsterdam',
  openingHours: {
    mon: [['08:30', '17:00']], tue: [['08:30', '17:00']], wed: [['08:30', '17:00']], thu: [['08:30', '17:00']], fri: [['08:30', '12:00']], sat: [], sun: [],
  },
  publicHolidays: { country: 'NL', goodFriday: 'open', liberationDay: 'lustrum_years' },
};
const ams = (local: string, offset = '+01:00') => new Date(`${local}${offset}`).toISOString();
/** Amsterdam wall-clock time (winter, +01:00 unless given) becomes Node's clock, and with it the SQL's. */
const freezeAt = (local: string, offset = '+01:00') => freezeClock(`${local}${offset}`);
/** The whole file runs on a clock of its own: logins and data are made on this Monday morning. */
const START = '2026-12-07T08:00:00';

describe('callbacks: the agreement, the queue, attempts, moves and the portal', () => {
  let t: TestApp;
  let org: TestOrg;
  let agent: { id: string; token: string; email: string };
  let colleague: { id: string; token: string };
  let lead: { id: string; token: string };
  let teamId: string;
  let customerId: string;
  let email: string;

  beforeAll(async () => {
    freezeAt(START);
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Terugbel');
    const admin = await org.staff(['admin']);
    agent = await org.staff(['agent']);
    colleague = await org.staff(['agent']);
    lead = await org.staff(['team_lead', 'agent']);
    [{ id: teamId }] = await t.db.query(`INSERT INTO teams (organization_id, name, lead_id, manager_id) VALUES ($1, 'Klantcontact', $2, $3) RETURNING id`, [org.id, lead.id, admin.id]);
    await t.db.query(`UPDATE users SET team_id = $1 WHERE id = ANY($2::uuid[])`, [teamId, [agent.id, colleague.id, lead.id]]);
    expect((await t.request('PUT', '/sla/calendar', { token: admin.token, body: LINDE })).status).toBe(200);
    email = `terugbel-${Date.now()}@example.nl`;
    customerId = (await t.request('POST', '/customers', { token: agent.token, body: customerBody({ firstName: 'Fenna', namePrefix: null, lastName: 'Bakker', email, phoneNumbers: [{ number: '06-12345678', label: 'mobile' }] }) })).body.id;
  });
  afterEach(() => freezeAt(START));
  afterAll(async () => {
    jest.useRealTimers();
    await t.close();
  });

  /** An agent takes a call and agrees to call back: a contact opening a case. */
  async function agreedOnThePhone(subject = 'Lekkage badkamer') {
    const contact = await t.request('POST', '/contacts', {
      token: agent.token,
      body: { customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject }, summary: 'De kraan lekt. We bellen terug.', outcome: 'callback_agreed' },
    });
    expect(contact.status).toBe(201);
    return contact.body as { id: string; caseId: string };
  }
  const create = (body: Record<string, unknown>, token = agent.token) => t.request('POST', '/callbacks', { token, body: { customerId, reason: 'Over de lekkage in de badkamer', ...body } });

  it('agrees a callback in a day part: the window is the open part of it, and the customer gets it in writing with the employee', async () => {
    freezeAt('2026-12-07T10:00:00'); // Monday
    const contact = await agreedOnThePhone();
    const res = await create({ caseId: contact.caseId, contactId: contact.id, date: '2026-12-08', dayPart: 'MID' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'scheduled', windowStart: ams('2026-12-08T12:00:00'), dueAt: ams('2026-12-08T17:00:00'), dayPart: 'MID', escalationLevel: 0, attemptCount: 0,
      phoneNumber: '+31612345678', assignee: { id: agent.id }, team: { id: teamId, name: 'Klantcontact' }, customerName: 'Fenna Bakker', caseSubject: 'Lekkage badkamer',
    });
    // The reminder an hour of opening time before due; level 2 four business hours after (Wednesday 12:30).
    const [moments] = await t.db.query(`SELECT reminder_at, level2_at FROM callbacks WHERE id = $1`, [res.body.id]);
    expect(moments.reminder_at.toISOString()).toBe(ams('2026-12-08T16:00:00'));
    expect(moments.level2_at.toISOString()).toBe(ams('2026-12-09T12:30:00'));
    const [mail] = await t.db.query(`SELECT recipient, subject, body FROM outbox_messages WHERE reference_id = $1 AND reference_type = 'callback_confirmed'`, [res.body.id]);
    expect(mail.recipient).toBe(email);
    expect(mail.subject).toBe('We bellen u terug');
    expect(mail.body).toContain('op dinsdag 8 december tussen 12:00 en 17:00 (middag) op +31612345678');
    expect(mail.body).toMatch(/staff t-\S+ belt u/);
  });

  it('without an agreed moment the phone policy applies: by the end of the next working day', async () => {
    freezeAt('2026-12-11T11:00:00'); // Friday
    const contact = await agreedOnThePhone('Vraag over de huur');
    const res = await create({ caseId: contact.caseId, teamId });
    expect(res.body).toMatchObject({ dueAt: ams('2026-12-14T17:00:00'), assignee: null, team: { id: teamId } });
  });

  it('refuses moments in the past or outside opening hours, suggesting the next valid one', async () => {
    freezeAt('2026-12-07T10:00:00');
    const contact = await agreedOnThePhone('Slot');
    const closed = await create({ caseId: contact.caseId, at: '2026-12-07T19:00:00+01:00' });
    expect(closed.status).toBe(400);
    expect(closed.body.errors).toEqual([{ field: 'at', code: 'office_closed', message: 'valt buiten de openingstijden', suggestion: ams('2026-12-08T08:30:00') }]);
    const past = await create({ caseId: contact.caseId, at: '2026-12-04T10:00:00+01:00' });
    expect(past.body.errors[0]).toMatchObject({ field: 'at', code: 'in_past', suggestion: ams('2026-12-07T10:00:00') });
    const evening = await create({ caseId: contact.caseId, date: '2026-12-07', dayPart: 'AVO' });
    // Never earlier than asked: Monday evening is closed, so Tuesday morning (not Monday morning).
    expect(evening.body.errors[0]).toMatchObject({ field: 'dayPart', code: 'office_closed', suggestion: '2026-12-08 OCH' });
    const saturday = await create({ caseId: contact.caseId, date: '2026-12-12', dayPart: 'OCH' });
    expect(saturday.body.errors[0].field).toBe('dayPart');
    const both = await create({ caseId: contact.caseId, at: '2026-12-08T10:00:00+01:00', date: '2026-12-08', dayPart: 'OCH' });
    expect(both.body.errors[0].field).toBe('at');
    const phone = await create({ caseId: contact.caseId, phoneNumber: 'bel me' });
    expect(phone.body.errors).toEqual([{ field: 'phoneNumber', code: 'not_a_phone_number', message: 'is geen geldig telefoonnummer' }]);
    const part = await create({ caseId: contact.caseId, date: '2026-12-08', dayPart: 'NACHT' });
    expect(part.body.errors[0].field).toBe('dayPart');
    expect(await t.db.query(`SELECT 1 FROM callbacks WHERE case_id = $1`, [contact.caseId])).toEqual([]);
  });

  it('works the queue: mine sorted by due, the team queue, claiming, attempts, completing as a contact', async () => {
    freezeAt('2026-12-07T10:00:00');
    const contact = await agreedOnThePhone('Sleutel kwijt');
    const later = (await create({ caseId: contact.caseId, date: '2026-12-09', dayPart: 'OCH' })).body;
    const sooner = (await create({ caseId: contact.caseId, at: '2026-12-07T15:00:00+01:00' })).body;
    const queued = (await create({ caseId: contact.caseId, teamId, date: '2026-12-08', dayPart: 'OCH' })).body;

    const mine = (await t.request('GET', '/callbacks?assignee=me&status=open', { token: agent.token })).body.items.map((c: { id: string }) => c.id);
    expect(mine.indexOf(sooner.id)).toBeLessThan(mine.indexOf(later.id));
    expect(mine).not.toContain(queued.id);
    const team = (await t.request('GET', '/callbacks?assignee=team', { token: colleague.token })).body.items.map((c: { id: string }) => c.id);
    expect(team).toContain(queued.id);
    expect(team).not.toContain(sooner.id);

    const claimed = await t.request('POST', `/callbacks/${queued.id}/claim`, { token: colleague.token });
    expect(claimed.body.assignee.id).toBe(colleague.id);
    expect((await t.request('POST', `/callbacks/${queued.id}/claim`, { token: agent.token })).status).toBe(409);
    expect((await t.request('GET', '/callbacks?assignee=team', { token: agent.token })).body.items.map((c: { id: string }) => c.id)).not.toContain(queued.id);

    // Three times not reached: still open, and the customer is invited to call us or pick a slot — once.
    for (const [i, outcome] of ['no_answer', 'voicemail', 'no_answer'].entries()) {
      freezeAt(`2026-12-07T11:0${i}:00`); // a minute apart
      const a = await t.request('POST', `/callbacks/${sooner.id}/attempts`, { token: agent.token, body: { outcome, note: 'Geen gehoor' } });
      expect(a.status).toBe(200);
    }
    const afterThree = (await t.request('GET', `/callbacks/${sooner.id}`, { token: agent.token })).body;
    expect(afterThree).toMatchObject({ status: 'scheduled', attemptCount: 3 });
    expect(afterThree.attempts.map((a: { outcome: string }) => a.outcome)).toEqual(['no_answer', 'voicemail', 'no_answer']);
    await t.request('POST', `/callbacks/${sooner.id}/attempts`, { token: agent.token, body: { outcome: 'no_answer' } });
    const invites = await t.db.query(`SELECT subject FROM outbox_messages WHERE reference_id = $1 AND reference_type = 'callback_not_reached'`, [sooner.id]);
    expect(invites).toEqual([{ subject: 'We konden u niet bereiken' }]);

    const reached = await t.request('POST', `/callbacks/${sooner.id}/attempts`, { token: agent.token, body: { outcome: 'reached' } });
    expect(reached.body.status).toBe('in_progress');
    const done = await t.request('POST', `/callbacks/${sooner.id}/complete`, { token: agent.token, body: { result: 'De monteur komt donderdag om 10:00.', resolved: true } });
    expect(done.body).toMatchObject({ status: 'completed', result: 'De monteur komt donderdag om 10:00.' });
    const kase = (await t.request('GET', `/cases/${contact.caseId}`, { token: agent.token })).body;
    expect(kase.status).toBe('resolved');
    // (The frozen clock gives both contacts the same moment, so look the call up rather than take the last.)
    expect(kase.contacts.find((c: { summary: string }) => c.summary === 'De monteur komt donderdag om 10:00.')).toMatchObject({ channel: 'phone', direction: 'outbound', employee: { id: agent.id } });
    expect(kase.contactCount).toBe(2);
    expect((await t.request('POST', `/callbacks/${sooner.id}/complete`, { token: agent.token, body: { result: 'Nog eens' } })).status).toBe(409);
    const cancelled = await t.request('POST', `/callbacks/${later.id}/cancel`, { token: agent.token, body: { reason: 'Klant belde zelf' } });
    expect(cancelled.body.status).toBe('cancelled');
    const lateCompletion = await t.request('POST', `/callbacks/${later.id}/complete`, { token: agent.token, body: { result: 'Gebeld' } });
    expect(lateCompletion.status).toBe(409);
    expect(lateCompletion.body.type).toContain('callback-cancelled');
  });

  it('a move by us is a new agreement the customer hears of; a move the customer asked for is not written to them', async () => {
    freezeAt('2026-12-07T10:00:00');
    const contact = await agreedOnThePhone('Verplaatsen');
    const cb = (await create({ caseId: contact.caseId, date: '2026-12-08', dayPart: 'OCH' })).body;
    await t.db.query(`UPDATE callbacks SET escalation_level = 1, escalated1_at = $2 WHERE id = $1`, [cb.id, new Date()]);
    const ours = await t.request('POST', `/callbacks/${cb.id}/reschedule`, { token: agent.token, body: { date: '2026-12-09', dayPart: 'MID', reason: 'Monteur pas woensdag bekend', requestedBy: 'organization' } });
    expect(ours.body).toMatchObject({ windowStart: ams('2026-12-09T12:00:00'), dueAt: ams('2026-12-09T17:00:00'), escalationLevel: 0 });
    expect(ours.body.reschedules[0]).toMatchObject({ from: { start: ams('2026-12-08T08:30:00'), end: ams('2026-12-08T12:00:00') }, requestedBy: 'organization', reason: 'Monteur pas woensdag bekend' });
    const theirs = await t.request('POST', `/callbacks/${cb.id}/reschedule`, { token: agent.token, body: { at: '2026-12-10T09:00:00+01:00', reason: 'Klant is woensdag weg', requestedBy: 'customer' } });
    expect(theirs.body.dueAt).toBe(ams('2026-12-10T09:15:00'));
    const moved = await t.db.query(`SELECT body FROM outbox_messages WHERE reference_id = $1 AND reference_type = 'callback_moved'`, [cb.id]);
    expect(moved).toHaveLength(1);
    expect(moved[0].body).toContain('op woensdag 9 december tussen 12:00 en 17:00 (middag)');
    const bad = await t.request('POST', `/callbacks/${cb.id}/reschedule`, { token: agent.token, body: { at: '2026-12-13T09:00:00+01:00', reason: 'Zondag', requestedBy: 'customer' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'at', suggestion: ams('2026-12-14T08:30:00') });
  });

  it('the customer page, the portal and other organizations', async () => {
    const contact = await agreedOnThePhone('Portaal');
    const cb = (await create({ caseId: contact.caseId })).body;
    const overview = (await t.request('GET', `/customers/${customerId}/overview`, { token: agent.token })).body;
    expect(overview.openCallbacks.map((c: { id: string }) => c.id)).toContain(cb.id);

    const tenant = await org.tenant(customerId);
    const mine = (await t.request('GET', '/portal/callbacks', { token: tenant.token })).body.items;
    expect(mine.find((c: { id: string }) => c.id === cb.id)).toMatchObject({ caller: expect.stringMatching(/^staff t-/), reason: 'Over de lekkage in de badkamer' });
    expect(mine[0]).not.toHaveProperty('attempts');
    // A date in the coming week on which De Linde is open in the morning.
    const date = nextWeekday(new Date(), 2);
    const asked = await t.request('POST', '/portal/callbacks', { token: tenant.token, body: { reason: 'Graag uitleg over mijn huurverhoging', date, dayPart: 'OCH' } });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ status: 'scheduled', dayPart: 'OCH', caller: 'Klantcontact' });
    const queue = (await t.request('GET', '/callbacks?assignee=team', { token: agent.token })).body.items;
    expect(queue.find((c: { id: string }) => c.id === asked.body.id)).toMatchObject({ requestedByCustomer: true, caseSubject: 'Terugbelverzoek' });
    const closed = await t.request('POST', '/portal/callbacks', { token: tenant.token, body: { reason: 'In het weekend', date: nextWeekday(new Date(), 6), dayPart: 'OCH' } });
    expect(closed.status).toBe(400);
    expect(closed.body.errors[0]).toMatchObject({ field: 'dayPart', suggestion: expect.stringMatching(/^\d{4}-\d{2}-\d{2} (OCH|MID|AVO)$/) });
    expect((await t.request('GET', '/callbacks', { token: tenant.token })).status).toBe(404);

    const other = await createOrg(t);
    const stranger = await other.staff(['agent']);
    expect((await t.request('GET', `/callbacks/${cb.id}`, { token: stranger.token })).status).toBe(404);
    expect((await t.request('POST', `/callbacks/${cb.id}/complete`, { token: stranger.token, body: { result: 'Gebeld' } })).status).toBe(404);
    expect((await t.request('POST', '/callbacks', { token: stranger.token, body: { customerId, caseId: contact.caseId, reason: 'Niet van ons' } })).status).toBe(404);
    const otherCustomer = (await t.request('POST', '/customers', { token: stranger.token, body: customerBody() })).body.id;
    const otherTenant = await other.tenant(otherCustomer);
    expect((await t.request('GET', '/portal/callbacks', { token: otherTenant.token })).body.items).toEqual([]);
  });

  it('the portal picker offers only open moments in the future, and a closed one is moved later, never earlier', async () => {
    const tenant = await org.tenant(customerId);
    const moments = async (token = tenant.token) => {
      const res = await t.request('GET', '/portal/callbacks/moments', { token });
      expect(res.status).toBe(200);
      return res.body.days as { date: string; dayParts: { dayPart: string; windowStart: string; windowEnd: string }[] }[];
    };
    const ask = (date: string, dayPart: string) =>
      t.request('POST', '/portal/callbacks', { token: tenant.token, body: { reason: 'Graag uitleg over de servicekosten', date, dayPart } });

    freezeAt('2026-12-11T10:00:00'); // Friday morning: De Linde closes at 12:00
    const friday = await moments();
    expect(friday[0]).toEqual({ date: '2026-12-11', dayParts: [{ dayPart: 'OCH', windowStart: ams('2026-12-11T10:00:00'), windowEnd: ams('2026-12-11T12:00:00') }] });
    expect(friday[1]).toMatchObject({ date: '2026-12-14', dayParts: [{ dayPart: 'OCH' }, { dayPart: 'MID' }] });
    expect(friday.map((d) => d.date)).not.toContain('2026-12-12');
    expect(friday.flatMap((d) => d.dayParts.map((p) => p.dayPart))).not.toContain('AVO');

    const afternoon = await ask('2026-12-11', 'MID');
    expect(afternoon.status).toBe(400);
    expect(afternoon.body.errors).toEqual([expect.objectContaining({ field: 'dayPart', code: 'office_closed', suggestion: '2026-12-14 OCH' })]);
    const past = await ask('2026-12-10', 'MID');
    expect(past.body.errors).toEqual([expect.objectContaining({ field: 'dayPart', code: 'in_past', suggestion: '2026-12-11 OCH' })]);
    const saturday = await ask('2026-12-12', 'OCH');
    expect(saturday.body.errors[0]).toMatchObject({ field: 'dayPart', code: 'office_closed', suggestion: '2026-12-14 OCH' });
    // Every moment offered is accepted as it is.
    const offered = await ask('2026-12-11', 'OCH');
    expect(offered.status).toBe(201);
    expect(offered.body).toMatchObject({ dayPart: 'OCH', windowStart: ams('2026-12-11T10:00:00'), dueAt: ams('2026-12-11T12:00:00') });

    freezeAt('2026-12-23T16:00:00'); // the Wednesday before Christmas
    const christmas = (await moments()).map((d) => d.date);
    expect(christmas.slice(0, 2)).toEqual(['2026-12-23', '2026-12-24']);
    expect(christmas).not.toEqual(expect.arrayContaining(['2026-12-25']));
    expect(christmas).not.toEqual(expect.arrayContaining(['2026-12-26']));
    expect(christmas[2]).toBe('2026-12-28');
    expect((await ask('2026-12-25', 'OCH')).body.errors[0]).toMatchObject({ code: 'office_closed', suggestion: '2026-12-28 OCH' });

    // Another organization's tenant gets their own organization's calendar (open around the clock here).
    const other = await createOrg(t);
    const otherAdmin = await other.staff(['admin']);
    expect((await t.request('PUT', '/sla/calendar', { token: otherAdmin.token, body: ALWAYS_OPEN })).status).toBe(200);
    const otherStaff = await other.staff(['agent']);
    const otherTenant = await other.tenant((await t.request('POST', '/customers', { token: otherStaff.token, body: customerBody() })).body.id);
    const theirs = await moments(otherTenant.token);
    expect(theirs[0]).toMatchObject({ date: '2026-12-23', dayParts: [{ dayPart: 'MID' }, { dayPart: 'AVO' }] });
    expect(theirs.map((d) => d.date)).toContain('2026-12-25');
    expect((await t.request('GET', '/portal/callbacks/moments', { token: agent.token })).status).toBe(403); // staff: not a tenant
  });

  it('refers only to this organization’s contacts, teams and staff who work with customers', async () => {
    freezeAt('2026-12-07T10:00:00');
    const contact = await agreedOnThePhone('Verwijzingen');
    const other = await createOrg(t);
    const stranger = await other.staff(['agent']);
    const strangersCustomer = (await t.request('POST', '/customers', { token: stranger.token, body: customerBody() })).body.id;
    const theirContact = (await t.request('POST', '/contacts', {
      token: stranger.token,
      body: { customerId: strangersCustomer, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject: 'Elders' }, summary: 'Elders.', outcome: 'callback_agreed' },
    })).body.id;
    const neighbour = (await t.request('POST', '/customers', { token: agent.token, body: customerBody() })).body.id;
    const neighboursContact = (await t.request('POST', '/contacts', {
      token: agent.token,
      body: { customerId: neighbour, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject: 'Buren' }, summary: 'Buren.', outcome: 'callback_agreed' },
    })).body.id;
    const [{ id: theirTeam }] = await t.db.query(`INSERT INTO teams (organization_id, name) VALUES ($1, 'Elders') RETURNING id`, [other.id]);
    const editor = await org.staff(['kb_editor']);
    const disabled = await org.staff(['agent']);
    await t.db.query(`UPDATE users SET disabled_at = $2 WHERE id = $1`, [disabled.id, new Date()]);
    const tenant = await org.tenant(customerId);

    const refused: [Record<string, unknown>, string][] = [
      [{ contactId: theirContact }, 'contactId'],
      [{ contactId: neighboursContact }, 'contactId'],
      [{ contactId: '5d0e6a8e-0000-4000-8000-000000000000' }, 'contactId'],
      [{ teamId: theirTeam }, 'teamId'],
      [{ assigneeId: stranger.id }, 'assigneeId'],
      [{ assigneeId: editor.id }, 'assigneeId'],
      [{ assigneeId: disabled.id }, 'assigneeId'],
      [{ assigneeId: tenant.id }, 'assigneeId'],
    ];
    for (const [body, field] of refused) {
      const res = await create({ caseId: contact.caseId, ...body });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field })]);
    }
    expect(await t.db.query(`SELECT 1 FROM callbacks WHERE case_id = $1`, [contact.caseId])).toEqual([]);

    const fine = await create({ caseId: contact.caseId, contactId: contact.id, assigneeId: lead.id });
    expect(fine.status).toBe(201);
    expect(fine.body).toMatchObject({ assignee: { id: lead.id }, team: { id: teamId } });
  });

  it('kept-promise figures per team and employee', async () => {
    const kpis = await t.request('GET', '/reports/kpis?from=2026-12-01&to=2026-12-31', { token: lead.token });
    expect(kpis.status).toBe(200);
    // December: one completed (late? no: completed 7 Dec before its 15:15 due), the rest open; the cancelled one does not count.
    expect(kpis.body.callbacks).toMatchObject({ keptOnTime: 1 });
    expect(kpis.body.callbacks.total).toBeGreaterThanOrEqual(4);
    expect(kpis.body.callbacks.byEmployee.find((e: { employee: { id: string } }) => e.employee.id === agent.id)).toMatchObject({ keptOnTime: 1 });
    expect(kpis.body.callbacks.byTeam.find((e: { team: { id: string } | null }) => e.team?.id === teamId).total).toBeGreaterThanOrEqual(4);
  });
});

/** The date (YYYY-MM-DD, Amsterdam) of the next given weekday (1 = Monday … 6 = Saturday) after today. */
function nextWeekday(from: Date, weekday: number): string {
  const d = new Date(from);
  do d.setUTCDate(d.getUTCDate() + 1);
  while (d.getUTCDay() !== weekday || isDutchHoliday(d));
  return d.toISOString().slice(0, 10);
}
function isDutchHoliday(d: Date): boolean {
  const md = d.toISOString().slice(5, 10);
  return ['12-25', '12-26', '01-01', '04-27'].includes(md);
}
