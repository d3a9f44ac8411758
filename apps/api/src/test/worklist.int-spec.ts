import { ContactLogService, ForwardingService } from '@loket/server/contact-log';
import { seedDemoWork } from '../cli/seed-work';
import { bootApp, createOrg, customerBody, freezeClock, TestApp, TestOrg } from '../testing/harness';

/** Opening hours of a corporation: weekdays 08:30–17:00. */
const OFFICE = {
  timeZone: 'Europe/Amsterdam',
  openingHours: {
    mon: [['08:30', '17:00']], tue: [['08:30', '17:00']], wed: [['08:30', '17:00']], thu: [['08:30', '17:00']], fri: [['08:30', '17:00']], sat: [], sun: [],
  },
};
const freezeAt = (local: string, offset = '+01:00') => freezeClock(`${local}${offset}`);
const ams = (local: string, offset = '+01:00') => new Date(`${local}${offset}`).toISOString();
/** Monday morning, 7 December 2026. */
const START = '2026-12-07T09:00:00';

type Person = { id: string; token: string; email: string };
type Item = {
  id: string; kind: string; caseId: string; callbackId: string | null; contactId: string | null; subject: string; dueAt: string | null; dueTarget: string | null;
  clockState: string | null; owner: { id: string } | null; team: { id: string; name: string } | null; forwardedBy: { id: string } | null; status: string; channel: string;
  customer: { id: string; fullName: string; safetyMarkers: string[] }; topic: { code: string }; location: { id: string } | null;
};
type Page = { items: Item[]; nextCursor: string | null; counts: Record<string, number | null> };

jest.setTimeout(60_000);

describe('worklists and hand-offs', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: Person;
  let agent: Person;
  let techie: Person;
  let techLead: Person;
  let editor: Person;
  let kccLead: Person;
  let kccTeam: string;
  let techTeam: string;
  let customerId: string;
  let customerEmail: string;

  let other: TestOrg;
  let otherAgent: Person;
  let otherTeam: string;

  beforeAll(async () => {
    freezeAt(START);
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Werk');
    admin = await org.staff(['admin']);
    agent = await org.staff(['agent']);
    techie = await org.staff(['agent']);
    techLead = await org.staff(['team_lead', 'agent']);
    kccLead = await org.staff(['team_lead', 'agent']);
    editor = await org.staff(['kb_editor']);
    expect((await t.request('PUT', '/sla/calendar', { token: admin.token, body: OFFICE })).status).toBe(200);
    const kcc = await t.request('POST', '/teams', { token: admin.token, body: { name: 'Klantcontact', leadId: kccLead.id } });
    expect(kcc.status).toBe(201);
    kccTeam = kcc.body.id;
    const tech = await t.request('POST', '/teams', { token: admin.token, body: { name: 'Technisch beheer', leadId: techLead.id } });
    techTeam = tech.body.id;
    expect((await t.request('PUT', `/teams/${kccTeam}/members`, { token: admin.token, body: { userIds: [agent.id, kccLead.id] } })).status).toBe(200);
    expect((await t.request('PUT', `/teams/${techTeam}/members`, { token: techLead.token, body: { userIds: [techie.id, techLead.id] } })).status).toBe(200);
    customerEmail = `werk-${Date.now()}@example.nl`;
    customerId = (await t.request('POST', '/customers', { token: agent.token, body: customerBody({ firstName: 'Kees', namePrefix: 'de', lastName: 'Vries', email: customerEmail }) })).body.id;

    other = await createOrg(t, 'Andere corporatie');
    otherAgent = await other.staff(['team_lead', 'agent']);
    const otherAdmin = await other.staff(['admin']);
    otherTeam = (await t.request('POST', '/teams', { token: otherAdmin.token, body: { name: 'Technisch beheer' } })).body.id;
  });
  afterEach(() => freezeAt(START));
  afterAll(async () => {
    jest.useRealTimers();
    await t.close();
  });

  const list = async (token: string, query = '') => {
    const res = await t.request('GET', `/worklist${query ? `?${query}` : ''}`, { token });
    expect(res.status).toBe(200);
    return res.body as Page;
  };
  /** A phone call that opens a case, owned by whoever took it. */
  const call = async (token: string, subject: string, extra: Record<string, unknown> = {}) => {
    const res = await t.request('POST', '/contacts', {
      token,
      body: { customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject }, summary: 'De klant belt over een lekkage.', outcome: 'forwarded', ...extra },
    });
    expect(res.status).toBe(201);
    return res.body as { id: string; caseId: string };
  };
  const forward = (token: string, caseId: string, body: Record<string, unknown>) => t.request('POST', `/cases/${caseId}/forward`, { token, body });
  const sortKey = (i: Item) => i.dueAt ?? '9999';

  it('"Mijn werk": my open cases, callbacks and counter follow-ups in one list, soonest due first (none last), with the customer and safety markers', async () => {
    const me = await org.staff(['agent']);
    freezeAt('2026-12-07T10:00:00');
    const monday = await call(me.token, 'Lekkage keuken');
    freezeAt('2026-12-08T10:00:00');
    const tuesday = await call(me.token, 'Kapotte kraan');
    // A home visit has no response target: no due moment, last in the list.
    const visit = await t.request('POST', '/contacts', {
      token: me.token,
      body: { customerId, channel: 'home_visit', direction: 'outbound', topic: 'reparatie', newCase: { subject: 'Huisbezoek' }, summary: 'Langs geweest voor de schimmel.', outcome: 'forwarded' },
    });
    // A counter visit with a follow-up agreed for Wednesday morning: owned work (R11).
    const counter = await t.request('POST', '/contacts', {
      token: me.token,
      body: {
        customerId, channel: 'counter', direction: 'inbound', topic: 'reparatie', newCase: { subject: 'Vraag aan de balie' }, summary: 'Vraag over de tuin.', outcome: 'forwarded',
        followUp: { channel: 'phone', at: ams('2026-12-09T09:30:00') }, locationId: (await t.db.query(`SELECT id FROM locations WHERE organization_id = $1`, [org.id]))[0].id,
      },
    });
    expect(counter.status).toBe(201);
    // A callback agreed for Tuesday afternoon.
    const callback = await t.request('POST', '/callbacks', { token: me.token, body: { customerId, caseId: monday.caseId, reason: 'Terugbellen over de lekkage', date: '2026-12-08', dayPart: 'MID' } });
    expect(callback.status).toBe(201);

    const page = await list(me.token);
    const kinds = page.items.map((i) => [i.kind, i.subject]);
    expect(kinds).toEqual(expect.arrayContaining([
      ['case', 'Lekkage keuken'], ['case', 'Kapotte kraan'], ['case', 'Huisbezoek'], ['case', 'Vraag aan de balie'], ['follow_up', 'Vraag aan de balie'], ['callback', 'Lekkage keuken'],
    ]));
    expect(page.items).toHaveLength(6);
    expect(page.items.map(sortKey)).toEqual([...page.items.map(sortKey)].sort());
    expect(page.items[page.items.length - 1]).toMatchObject({ kind: 'case', subject: 'Huisbezoek', dueAt: null });
    const first = page.items.find((i) => i.caseId === monday.caseId && i.kind === 'case') as Item;
    expect(first).toMatchObject({ dueTarget: 'first_response', clockState: 'running', channel: 'phone', owner: { id: me.id }, customer: { id: customerId, fullName: 'Kees de Vries', safetyMarkers: [] } });
    expect(page.items.find((i) => i.kind === 'callback')).toMatchObject({ callbackId: callback.body.id, dueAt: ams('2026-12-08T17:00:00'), dueTarget: 'callback', status: 'scheduled' });
    expect(page.items.find((i) => i.kind === 'follow_up')).toMatchObject({ contactId: counter.body.id, dueAt: ams('2026-12-09T09:30:00'), dueTarget: 'follow_up', channel: 'counter' });
    expect(page.counts).toMatchObject({ me: 6, all: null });
    expect(tuesday.caseId).not.toBe(visit.body.caseId);

    // Staff call the customer back about the counter question: the follow-up is done, the case stays.
    await t.request('POST', '/contacts', {
      token: me.token,
      body: { customerId, caseId: counter.body.caseId, channel: 'phone', direction: 'outbound', topic: 'reparatie', summary: 'Teruggebeld over de tuin.', outcome: 'forwarded' },
    });
    // Completing the callback and answering a case take them off the list.
    expect((await t.request('POST', `/callbacks/${callback.body.id}/complete`, { token: me.token, body: { result: 'Gebeld en uitgelegd.' } })).status).toBe(200);
    expect((await t.request('POST', `/cases/${tuesday.caseId}/resolve`, { token: me.token, body: { answer: 'De kraan is vervangen.' } })).status).toBe(200);
    const after = await list(me.token);
    expect(after.items.map((i) => [i.kind, i.subject]).sort()).toEqual([['case', 'Huisbezoek'], ['case', 'Lekkage keuken'], ['case', 'Vraag aan de balie']]);
    // The clock after the call back: the first response is given, no other target for phone → no due moment.
    expect(after.counts.me).toBe(3);
  });

  it('pages by keyset without duplicates or gaps, and refuses unknown filter values naming the field', async () => {
    const me = await org.staff(['agent']);
    for (let i = 0; i < 7; i += 1) {
      freezeAt(`2026-12-07T${String(9 + i).padStart(2, '0')}:00:00`);
      await call(me.token, `Vraag ${i}`);
    }
    const whole = await list(me.token, 'limit=100');
    expect(whole.items).toHaveLength(7);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page = await list(me.token, `limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(whole.items.map((i) => i.id));

    for (const [query, field, code] of [
      ['scope=mine', 'scope', 'unknown_value'], ['due=tomorrow', 'due', 'unknown_value'], ['kind=letter', 'kind', 'unknown_value'], ['channel=fax', 'channel', 'unknown_value'],
      ['status=resolved', 'status', 'unknown_value'], ['team=techniek', 'team', 'not_an_id'], ['team=5b0e3a52-3c59-4a3e-9a8e-4c1f4a0b2f11', 'team', 'not_found_in_organization'],
      [`team=${otherTeam}`, 'team', 'not_found_in_organization'], ['topic=5b0e3a52-3c59-4a3e-9a8e-4c1f4a0b2f11', 'topic', 'not_found_in_organization'],
      ['cursor=nonsense', 'cursor', 'not_a_cursor'], ['limit=500', 'limit', 'out_of_range'],
    ]) {
      const res = await t.request('GET', `/worklist?${query}`, { token: me.token });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code })]));
    }
  });

  it('filters everything open for team leads (team, topic, channel, status, kind, due) with counts per due bucket; agents may not see it all', async () => {
    const me = await org.staff(['agent']);
    freezeAt('2026-12-07T09:00:00');
    const early = await call(me.token, 'Eerste vraag'); // first response due by the end of Tuesday
    freezeAt('2026-12-09T10:00:00'); // Wednesday: the first is overdue now
    await call(me.token, 'Tweede vraag'); // due Thursday 17:00: this week
    const forbidden = await t.request('GET', '/worklist?scope=all', { token: me.token });
    expect(forbidden.status).toBe(403);

    const all = await list(kccLead.token, `scope=all&kind=case&channel=phone&status=open&limit=100`);
    expect(all.items.every((i) => i.kind === 'case' && i.channel === 'phone' && i.status === 'open')).toBe(true);
    expect(all.counts.all).toBeGreaterThanOrEqual(all.items.length);
    const overdue = await list(kccLead.token, 'scope=all&due=overdue&limit=100');
    expect(overdue.items.map((i) => i.caseId)).toContain(early.caseId);
    expect(overdue.items.every((i) => i.dueAt && i.dueAt < ams('2026-12-09T10:00:00'))).toBe(true);
    expect(overdue.counts.overdue).toBe(overdue.items.length);
    const week = await list(kccLead.token, 'scope=all&due=week&limit=100');
    expect(week.items.map((i) => i.subject)).toContain('Tweede vraag');
    expect(week.items.every((i) => i.dueAt && i.dueAt >= ams('2026-12-09T10:00:00') && i.dueAt < ams('2026-12-14T00:00:00'))).toBe(true);
    expect(week.counts.week).toBe(week.items.length);
    const today = await list(kccLead.token, 'scope=all&due=today&limit=100');
    expect(today.items.every((i) => i.dueAt && i.dueAt < ams('2026-12-10T00:00:00'))).toBe(true);
    const mine = await list(kccLead.token, `scope=all&team=${kccTeam}&limit=100`);
    expect(mine.items.every((i) => i.team?.id === kccTeam)).toBe(true);
    const other = await list(otherAgent.token, 'scope=all&limit=100');
    expect(other.items).toEqual([]);
    expect(other.counts.all).toBe(0);
  });

  it('filters by location and by topic: only the work of that location or topic; a location that is not the organization\'s is a 400 naming location', async () => {
    const me = await org.staff(['agent']);
    freezeAt('2026-12-07T10:00:00');
    const [woonpunt] = await t.db.query(`SELECT id FROM locations WHERE organization_id = $1 AND code = 'woonpunt'`, [org.id]);
    const [wijkkantoor] = await t.db.query(`INSERT INTO locations (organization_id, code, name) VALUES ($1, 'wijkkantoor', 'Wijkkantoor Noord') RETURNING id`, [org.id]);
    const [othersOffice] = await t.db.query(`SELECT id FROM locations WHERE organization_id = $1`, [other.id]);
    const [rent] = await t.db.query(`SELECT id FROM topics WHERE organization_id = $1 AND code = 'huur-betalen'`, [org.id]);
    const [repair] = await t.db.query(`SELECT id FROM topics WHERE organization_id = $1 AND code = 'reparatie'`, [org.id]);
    /** A counter visit at an office, with a follow-up agreed: its case and follow-up are work at that location. */
    const atCounter = async (subject: string, locationId: string) => {
      const res = await t.request('POST', '/contacts', {
        token: me.token,
        body: {
          customerId, channel: 'counter', direction: 'inbound', topic: 'reparatie', newCase: { subject }, summary: 'Vraag aan de balie.', outcome: 'forwarded',
          followUp: { channel: 'phone', at: ams('2026-12-08T09:30:00') }, locationId,
        },
      });
      expect(res.status).toBe(201);
      return res.body as { caseId: string };
    };
    const centre = await atCounter('Balie centrum', woonpunt.id);
    const north = await atCounter('Balie noord', wijkkantoor.id);
    const byPhone = await call(me.token, 'Huur te hoog', { topic: 'huur-betalen' });

    const atCentre = await list(me.token, `location=${woonpunt.id}&limit=100`);
    expect(atCentre.items.map((i) => [i.kind, i.subject])).toEqual(expect.arrayContaining([['case', 'Balie centrum'], ['follow_up', 'Balie centrum']]));
    expect(atCentre.items).toHaveLength(2);
    expect(atCentre.items.every((i) => i.caseId === centre.caseId && i.location?.id === woonpunt.id)).toBe(true);
    const atNorth = await list(me.token, `location=${wijkkantoor.id}&limit=100`);
    expect(atNorth.items.map((i) => i.caseId)).toEqual([north.caseId, north.caseId]);
    expect(atNorth.items.every((i) => i.location?.id === wijkkantoor.id)).toBe(true);

    const aboutRent = await list(me.token, `topic=${rent.id}&limit=100`);
    expect(aboutRent.items.map((i) => [i.kind, i.caseId, i.topic.code])).toEqual([['case', byPhone.caseId, 'huur-betalen']]);
    const aboutRepairs = await list(me.token, `topic=${repair.id}&limit=100`);
    expect(aboutRepairs.items).toHaveLength(4);
    expect(aboutRepairs.items.every((i) => i.topic.code === 'reparatie')).toBe(true);

    for (const location of [othersOffice.id, '5b0e3a52-3c59-4a3e-9a8e-4c1f4a0b2f11']) {
      const res = await t.request('GET', `/worklist?location=${location}`, { token: me.token });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'location', code: 'not_found_in_organization' })]);
    }
    const notAnId = await t.request('GET', '/worklist?location=woonpunt', { token: me.token });
    expect(notAnId.status).toBe(400);
    expect(notAnId.body.errors).toEqual([expect.objectContaining({ field: 'location' })]);
  });

  it('forwards a case to a team queue: owner gone, clock running, note on the time line, the team told, the customer told, the sender keeps it in view', async () => {
    const { caseId } = await call(agent.token, 'Water uit het plafond');
    const before = (await t.request('GET', `/cases/${caseId}`, { token: agent.token })).body;
    expect(before).toMatchObject({ owner: { id: agent.id }, team: { id: kccTeam, name: 'Klantcontact' }, forwardedBy: null });
    freezeAt('2026-12-07T11:00:00');
    const res = await forward(agent.token, caseId, { teamId: techTeam, note: 'Lekkage boven, loodgieter nodig. Klant is thuis na 13:00.', tellCustomer: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      owner: null, ownerId: null, team: { id: techTeam, name: 'Technisch beheer' }, forwardedBy: { id: agent.id }, forwardedAt: ams('2026-12-07T11:00:00'), status: 'open',
      sla: { state: 'running', firstResponseDueAt: before.sla.firstResponseDueAt },
    });
    expect(res.body.events).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'forwarded', from: expect.any(String), to: 'Technisch beheer', note: 'Lekkage boven, loodgieter nodig. Klant is thuis na 13:00.', by: expect.objectContaining({ id: agent.id }) }),
    ]));
    // The customer's time line shows the hand-off too.
    const timeline = (await t.request('GET', `/customers/${customerId}/timeline`, { token: agent.token })).body;
    expect(timeline.items.find((i: { kind: string; caseEvent?: { type: string } }) => i.caseEvent?.type === 'forwarded').caseEvent).toMatchObject({ caseId, note: expect.stringContaining('loodgieter') });

    // Not mine any more; in Technisch beheer's queue; in my "doorgezet door mij".
    expect((await list(agent.token)).items.map((i) => i.caseId)).not.toContain(caseId);
    const queue = await list(techie.token, 'scope=team');
    expect(queue.items.find((i) => i.caseId === caseId)).toMatchObject({ kind: 'case', owner: null, team: { id: techTeam }, forwardedBy: { id: agent.id }, dueTarget: 'first_response' });
    expect(queue.counts.team).toBe(queue.items.length);
    const sent = await list(agent.token, 'scope=forwarded');
    expect(sent.items.map((i) => i.caseId)).toContain(caseId);
    expect(sent.counts.forwarded).toBe(sent.items.length);

    // The team (members and lead) hears of it by e-mail; the customer hears which team handles it, without the note.
    const notices = await t.db.query(`SELECT recipient, subject, body, not_before FROM outbox_messages WHERE reference_id = $1 AND reference_type = 'case_forwarded' ORDER BY recipient`, [caseId]);
    const recipients = notices.map((n: { recipient: string }) => n.recipient);
    expect(recipients).toEqual(expect.arrayContaining([techie.email, techLead.email, customerEmail]));
    expect(recipients).not.toContain(agent.email);
    const staffMail = notices.find((n: { recipient: string }) => n.recipient === techie.email);
    expect(staffMail.body).toContain('Water uit het plafond');
    expect(staffMail.body).toContain('loodgieter');
    expect(staffMail.not_before).toBeNull(); // within opening hours: at once
    const customerMail = notices.find((n: { recipient: string }) => n.recipient === customerEmail);
    expect(customerMail.body).toContain('Technisch beheer');
    expect(customerMail.body).not.toContain('loodgieter');

    // A colleague there claims it; a second claim is refused.
    const claimed = await t.request('POST', `/cases/${caseId}/claim`, { token: techie.token });
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ owner: { id: techie.id }, team: { id: techTeam }, forwardedBy: { id: agent.id } });
    expect(claimed.body.events.map((e: { type: string }) => e.type)).toContain('claimed');
    expect((await t.request('POST', `/cases/${caseId}/claim`, { token: techLead.token })).status).toBe(409);
    expect((await list(techie.token, 'scope=team')).items.map((i) => i.caseId)).not.toContain(caseId);
    expect((await list(techie.token)).items.map((i) => i.caseId)).toContain(caseId);
    // Still in the sender's view until it is answered.
    expect((await list(agent.token, 'scope=forwarded')).items.map((i) => i.caseId)).toContain(caseId);
    await t.request('POST', `/cases/${caseId}/resolve`, { token: techie.token, body: { answer: 'De loodgieter komt morgen.' } });
    expect((await list(agent.token, 'scope=forwarded')).items.map((i) => i.caseId)).not.toContain(caseId);
  });

  it('outside opening hours the team notice waits until the organization opens', async () => {
    freezeAt('2026-12-12T11:00:00'); // Saturday
    const { caseId } = await call(agent.token, 'Storing cv-ketel');
    expect((await forward(agent.token, caseId, { teamId: techTeam, note: 'Geen warm water sinds vanochtend.' })).status).toBe(200);
    const [notice] = await t.db.query(`SELECT not_before FROM outbox_messages WHERE reference_id = $1 AND reference_type = 'case_forwarded' AND recipient = $2`, [caseId, techie.email]);
    expect(notice.not_before.toISOString()).toBe(ams('2026-12-14T08:30:00'));
  });

  it('forwards to a colleague: they own it in their team; refuses editors, other organizations, both or neither, and closed cases', async () => {
    const { caseId } = await call(agent.token, 'Huurverhoging');
    const res = await forward(agent.token, caseId, { userId: techie.id, note: 'Wil jij deze oppakken?' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ owner: { id: techie.id }, team: { id: techTeam }, forwardedBy: { id: agent.id } });
    expect((await list(techie.token)).items.find((i) => i.caseId === caseId)).toMatchObject({ forwardedBy: { id: agent.id } });

    const refused = async (body: Record<string, unknown>, field: string, code: string) => {
      const r = await forward(agent.token, caseId, { note: 'Even doorzetten.', ...body });
      expect(r.status).toBe(400);
      expect(r.body.errors).toEqual([expect.objectContaining({ field, code })]);
    };
    await refused({ userId: editor.id }, 'userId', 'not_allowed');
    await refused({ userId: otherAgent.id }, 'userId', 'not_found_in_organization');
    await refused({ teamId: otherTeam }, 'teamId', 'not_found_in_organization');
    await refused({ teamId: techTeam, userId: techie.id }, 'userId', 'not_both');
    await refused({}, 'teamId', 'required');
    await refused({ teamId: 'techniek' }, 'teamId', 'not_an_id');
    expect((await forward(agent.token, caseId, { teamId: techTeam, note: 'x' })).status).toBe(400);

    await t.request('POST', `/cases/${caseId}/resolve`, { token: techie.token, body: { answer: 'Uitgelegd hoe de huur is berekend.' } });
    expect((await forward(agent.token, caseId, { teamId: techTeam, note: 'Nog een keer.' })).status).toBe(409);
    expect((await t.request('PATCH', `/cases/${caseId}`, { token: techie.token, body: { status: 'closed' } })).status).toBe(200);
    const closed = await forward(agent.token, caseId, { teamId: techTeam, note: 'Nog een keer.' });
    expect(closed.status).toBe(409);
    expect((await t.request('POST', `/cases/${caseId}/claim`, { token: techie.token })).status).toBe(409);
    // Another organization's staff cannot reach the case at all.
    expect((await forward(otherAgent.token, caseId, { teamId: otherTeam, note: 'Van ons?' })).status).toBe(404);
    expect((await t.request('POST', `/cases/${caseId}/claim`, { token: otherAgent.token })).status).toBe(404);
  });

  it('team leads and admins manage teams and members; agents and other teams\' leads may not', async () => {
    expect((await t.request('POST', '/teams', { token: agent.token, body: { name: 'Verhuur' } })).status).toBe(403);
    expect((await t.request('POST', '/teams', { token: techLead.token, body: { name: 'Verhuur' } })).status).toBe(403);
    const created = await t.request('POST', '/teams', { token: admin.token, body: { name: 'Verhuur', leadId: kccLead.id } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Verhuur', lead: { id: kccLead.id }, members: [] });
    expect((await t.request('POST', '/teams', { token: admin.token, body: { name: 'Verhuur' } })).status).toBe(409);
    expect((await t.request('POST', '/teams', { token: admin.token, body: { name: 'Incasso', leadId: otherAgent.id } })).body.errors).toEqual([expect.objectContaining({ field: 'leadId', code: 'not_found_in_organization' })]);

    const id = created.body.id as string;
    const newcomer = await org.staff(['agent']);
    // The lead of Verhuur sets its members; the lead of Technisch beheer may not.
    expect((await t.request('PUT', `/teams/${id}/members`, { token: techLead.token, body: { userIds: [newcomer.id] } })).status).toBe(403);
    const put = await t.request('PUT', `/teams/${id}/members`, { token: kccLead.token, body: { userIds: [newcomer.id] } });
    expect(put.status).toBe(200);
    expect(put.body.members.map((m: { id: string }) => m.id)).toEqual([newcomer.id]);
    const bad = await t.request('PUT', `/teams/${id}/members`, { token: kccLead.token, body: { userIds: [newcomer.id, editor.id, otherAgent.id] } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'userIds[1]', code: 'not_found_in_organization' }), expect.objectContaining({ field: 'userIds[2]', code: 'not_found_in_organization' })]);
    const members = await t.request('GET', `/teams/${id}/members`, { token: agent.token });
    expect(members.body.items.map((m: { id: string }) => m.id)).toEqual([newcomer.id]);
    // One team per person: joining Verhuur took the newcomer out of nothing; moving them to Technisch beheer takes them out of Verhuur.
    await t.request('PUT', `/teams/${techTeam}/members`, { token: admin.token, body: { userIds: [techie.id, techLead.id, newcomer.id] } });
    expect((await t.request('GET', `/teams/${id}/members`, { token: agent.token })).body.items).toEqual([]);

    expect((await t.request('PATCH', `/teams/${id}`, { token: kccLead.token, body: { name: 'Verhuur en verkoop' } })).body.name).toBe('Verhuur en verkoop');
    expect((await t.request('PATCH', `/teams/${id}`, { token: kccLead.token, body: { leadId: agent.id } })).status).toBe(403);
    expect((await t.request('PATCH', `/teams/${id}`, { token: techLead.token, body: { name: 'Van mij' } })).status).toBe(403);
    expect((await t.request('PATCH', `/teams/${id}`, { token: admin.token, body: { name: 'Technisch beheer' } })).status).toBe(409);
    // Another organization's admin cannot see or change our team.
    expect((await t.request('GET', `/teams/${id}/members`, { token: otherAgent.token })).status).toBe(404);
    expect((await t.request('PUT', `/teams/${id}/members`, { token: otherAgent.token, body: { userIds: [] } })).status).toBe(404);
  });

  it('demo data: the front office forwards open questions to the back-office queues (seedDemoWork)', async () => {
    const verhuur = (await t.request('POST', '/teams', { token: admin.token, body: { name: 'Verhuur (demo)' } })).body.id as string;
    const someone = async () => (await t.request('POST', '/customers', { token: agent.token, body: customerBody() })).body.id as string;
    // The demo's fixed customers by number: here, customers of the test organization.
    const customers = new Map([['100001', await someone()], ['100002', await someone()], ['100003', await someone()]]);
    const agentActor = { userId: agent.id, organizationId: org.id, kind: 'staff' as const, roles: ['agent' as const], scopes: [], customerId: null, sessionId: 'seed' };
    const ids = await seedDemoWork(
      { log: t.app.get(ContactLogService), forwarding: t.app.get(ForwardingService) }, agentActor, 'linde', customers,
      new Map([['Technisch beheer', techTeam], ['Verhuur', verhuur]]),
    );
    expect(ids).toHaveLength(4);
    const queue = await list(techie.token, 'scope=team&limit=100');
    expect(queue.items.map((i) => i.subject)).toEqual(expect.arrayContaining(['Water uit het plafond', 'Keukenkraan lekt', 'Cv-ketel geeft storing']));
    expect(queue.items.find((i) => i.subject === 'Water uit het plafond')).toMatchObject({ forwardedBy: { id: agent.id }, team: { name: 'Technisch beheer' } });
  });
});
