import { bootApp, createOrg, customerBody, freezeClock, TestApp, TestOrg } from '../testing/harness';

/** De Linde's calendar from the demo data contract. */
const LINDE = {
  timeZone: 'Europe/Amsterdam',
  openingHours: {
    mon: [['08:30', '17:00']], tue: [['08:30', '17:00']], wed: [['08:30', '17:00']], thu: [['08:30', '17:00']], fri: [['08:30', '12:00']], sat: [], sun: [],
  },
  publicHolidays: { country: 'NL', goodFriday: 'open', liberationDay: 'lustrum_years' },
};
/** Het Anker's. */
const ANKER = {
  timeZone: 'Europe/Amsterdam',
  openingHours: {
    mon: [['08:00', '17:00']], tue: [['08:00', '17:00']], wed: [['08:00', '17:00']], thu: [['08:00', '17:00']], fri: [['08:00', '17:00']], sat: [], sun: [],
  },
  publicHolidays: { country: 'NL', goodFriday: 'closed', liberationDay: 'every_year' },
};

/** Amsterdam wall-clock time (winter, +01:00 unless given) → the UTC ISO string the API answers with. */
const ams = (local: string, offset = '+01:00') => new Date(`${local}${offset}`).toISOString();

/** Amsterdam wall-clock time (winter, +01:00 unless given) becomes Node's clock, and with it the SQL's. */
const freezeAt = (local: string, offset = '+01:00') => freezeClock(`${local}${offset}`);
/** The whole file runs on a clock of its own: logins and data are made on this Monday morning. */
const START = '2026-12-07T08:00:00';

describe('response targets in business time (SLA)', () => {
  let t: TestApp;
  let org: TestOrg;
  let admin: { id: string; token: string };
  let agent: { id: string; token: string };
  let customerId: string;

  beforeAll(async () => {
    freezeAt(START);
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Termijn');
    admin = await org.staff(['admin']);
    agent = await org.staff(['agent']);
    customerId = (await t.request('POST', '/customers', { token: agent.token, body: customerBody() })).body.id;
    const put = await t.request('PUT', '/sla/calendar', { token: admin.token, body: LINDE });
    expect(put.status).toBe(200);
  });
  afterEach(() => freezeAt(START));
  afterAll(async () => {
    jest.useRealTimers();
    await t.close();
  });

  const preview = async (channel: string, at: string, extra = '') => {
    const res = await t.request('GET', `/sla/preview?channel=${channel}&at=${encodeURIComponent(at)}${extra}`, { token: agent.token });
    expect(res.status).toBe(200);
    return res.body;
  };

  describe('the preview answers the source documents’ promises', () => {
    it('a phone call on Friday 11:55 is due Monday 17:00 (callback by the end of the next working day)', async () => {
      const p = await preview('phone', '2026-12-04T11:55:00+01:00');
      expect(p).toMatchObject({ firstResponseDueAt: ams('2026-12-07T17:00:00'), dueAt: null, receivedOutsideOpeningHours: false, policy: { channel: 'phone', topic: null } });
    });

    it('Friday after closing (12:01) counts from Monday 08:30, so the callback is due Tuesday 17:00', async () => {
      const p = await preview('phone', '2026-12-04T12:01:00+01:00');
      expect(p).toMatchObject({ countedFrom: ams('2026-12-07T08:30:00'), receivedOutsideOpeningHours: true, firstResponseDueAt: ams('2026-12-08T17:00:00') });
    });

    it('an e-mail at Thursday 16:59 counts that day, at 17:01 the next', async () => {
      const before = await preview('email', '2026-12-03T16:59:00+01:00');
      expect(before).toMatchObject({ firstResponseDueAt: ams('2026-12-04T12:00:00'), dueAt: ams('2026-12-10T17:00:00') });
      const after = await preview('email', '2026-12-03T17:01:00+01:00');
      expect(after).toMatchObject({ countedFrom: ams('2026-12-04T08:30:00'), firstResponseDueAt: ams('2026-12-07T17:00:00'), dueAt: ams('2026-12-11T12:00:00') });
    });

    it('skips Christmas: a letter on 23 December is due 31 December', async () => {
      const p = await preview('letter', '2026-12-23T10:00:00+01:00');
      expect(p.dueAt).toBe(ams('2026-12-31T17:00:00'));
    });

    it('skips Ascension Day and Whit Monday (summer time)', async () => {
      const ascension = await preview('phone', '2026-05-13T10:00:00+02:00'); // Wednesday before Ascension
      expect(ascension.firstResponseDueAt).toBe(ams('2026-05-15T12:00:00', '+02:00'));
      const whitsun = await preview('phone', '2026-05-22T09:00:00+02:00'); // Friday before Whit Monday
      expect(whitsun.firstResponseDueAt).toBe(ams('2026-05-26T17:00:00', '+02:00'));
    });

    it('a counter visit must be followed up the same working day', async () => {
      const p = await preview('counter', '2026-12-07T10:00:00+01:00');
      expect(p.firstResponseDueAt).toBe(ams('2026-12-07T17:00:00'));
    });

    it('channels without a policy give no due moments', async () => {
      const p = await preview('home_visit', '2026-12-07T10:00:00+01:00');
      expect(p).toMatchObject({ firstResponseDueAt: null, dueAt: null, policy: null });
    });
  });

  describe('policies', () => {
    it('are the defaults of the source documents until an admin changes them', async () => {
      const res = await t.request('GET', '/sla/policies', { token: agent.token });
      expect(res.status).toBe(200);
      const byChannel = Object.fromEntries(res.body.items.map((p: { channel: string }) => [p.channel, p]));
      expect(byChannel.phone).toMatchObject({ firstResponse: { type: 'working_days', days: 1 }, resolution: null });
      expect(byChannel.email).toMatchObject({ firstResponse: { type: 'working_days', days: 1 }, resolution: { type: 'working_days', days: 5 } });
      expect(byChannel.letter).toMatchObject({ firstResponse: null, resolution: { type: 'working_days', days: 5 } });
      expect(byChannel.counter).toMatchObject({ firstResponse: { type: 'working_days', days: 0 } });
    });

    it('express "answered within 24 business hours" (Casade) and a topic of its own', async () => {
      const other = await createOrg(t, 'Wooncorporatie Uren');
      const otherAdmin = await other.staff(['admin']);
      await t.request('PUT', '/sla/calendar', { token: otherAdmin.token, body: ANKER });
      const put = await t.request('PUT', '/sla/policies', {
        token: otherAdmin.token,
        body: { items: [
          { channel: 'email', resolution: { type: 'business_hours', hours: 24 } },
          { channel: 'email', topic: 'overlast', firstResponse: { type: 'business_hours', hours: 2 }, resolution: { type: 'working_days', days: 2 } },
        ] },
      });
      expect(put.status).toBe(200);
      expect(put.body.items[1]).toMatchObject({ channel: 'email', topic: { code: 'overlast' } });
      const general = await t.request('GET', `/sla/preview?channel=email&at=${encodeURIComponent('2026-12-07T10:00:00+01:00')}`, { token: otherAdmin.token });
      // Monday 10:00 + 24 business hours of 9 a day: 7 on Monday, 9 on Tuesday, 8 on Wednesday.
      expect(general.body).toMatchObject({ dueAt: ams('2026-12-09T16:00:00'), firstResponseDueAt: null });
      const topic = await t.request('GET', `/sla/preview?channel=email&topic=overlast&at=${encodeURIComponent('2026-12-07T16:00:00+01:00')}`, { token: otherAdmin.token });
      expect(topic.body).toMatchObject({ firstResponseDueAt: ams('2026-12-08T09:00:00'), dueAt: ams('2026-12-09T17:00:00'), policy: { topic: { code: 'overlast' } } });
      // The other organization's change left ours alone.
      const ours = await preview('email', '2026-12-07T10:00:00+01:00');
      expect(ours.dueAt).toBe(ams('2026-12-14T17:00:00'));
    });
  });

  describe('bad input is refused with the field named, and nothing is saved', () => {
    it('overlapping, inverted and malformed intervals; unknown time zones', async () => {
      const bad = await t.request('PUT', '/sla/calendar', {
        token: admin.token,
        body: { ...LINDE, timeZone: 'Europe/Sprang-Capelle', openingHours: { ...LINDE.openingHours, mon: [['08:30', '12:30'], ['12:00', '17:00']], tue: [['17:00', '08:30']], wed: [['8.30', '17:00']] } },
      });
      expect(bad.status).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      const fields = bad.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['timeZone', 'openingHours.mon[1]', 'openingHours.tue[0]', 'openingHours.wed[0].from']));
      expect(bad.body.errors.find((e: { field: string }) => e.field === 'openingHours.mon[1]')).toMatchObject({ code: 'overlaps', message: 'overlapt met openingHours.mon[0]' });
      const still = await t.request('GET', '/sla/calendar', { token: agent.token });
      expect(still.body.openingHours.mon).toEqual([['08:30', '17:00']]);
    });

    it('an interval past midnight is fine when marked so; closing days must be real dates', async () => {
      const night = await t.request('PUT', '/sla/calendar', {
        token: admin.token,
        body: { ...LINDE, openingHours: { ...LINDE.openingHours, sat: [{ from: '22:00', to: '02:00', overnight: true }] }, closingDays: ['2026-02-30'] },
      });
      expect(night.status).toBe(400);
      expect(night.body.errors).toEqual([{ field: 'closingDays[0]', code: 'not_a_real_date', message: 'is geen bestaande datum' }]);
    });

    it('policies without a target, twice for one channel, or with unknown topics', async () => {
      const res = await t.request('PUT', '/sla/policies', {
        token: admin.token,
        body: { items: [{ channel: 'phone' }, { channel: 'email', resolution: { type: 'working_days', days: 5 } }, { channel: 'email', resolution: { type: 'working_days', days: 3 } }, { channel: 'letter', topic: 'bestaat-niet', resolution: { type: 'working_days', days: 5 } }, { channel: 'fax', resolution: { type: 'business_hours', hours: 0 } }] },
      });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['items[0]', 'items[2]', 'items[3].topic', 'items[4].channel']);
      const preview = await t.request('GET', '/sla/preview?channel=fax', { token: agent.token });
      expect(preview.status).toBe(400);
      expect(preview.body.errors[0].field).toBe('channel');
    });

    it('only admins change the calendar and policies; tenants see none of it', async () => {
      expect((await t.request('PUT', '/sla/calendar', { token: agent.token, body: LINDE })).status).toBe(403);
      expect((await t.request('PUT', '/sla/policies', { token: agent.token, body: { items: [] } })).status).toBe(403);
      const tenant = await org.tenant(customerId);
      expect((await t.request('GET', '/sla/calendar', { token: tenant.token })).status).toBe(404);
      expect((await t.request('GET', '/sla/preview?channel=phone', { token: tenant.token })).status).toBe(404);
      expect((await t.request('GET', '/sla/calendar')).status).toBe(401);
    });
  });

  describe('the clock on a case', () => {
    const log = (body: Record<string, unknown>) =>
      t.request('POST', '/contacts', { token: agent.token, body: { customerId, channel: 'email', direction: 'inbound', topic: 'reparatie', summary: 'De deurbel doet het niet.', outcome: 'forwarded', ...body } });

    it('starts from the first contact’s policy, stands still while waiting for the customer and moves on by the paused business time', async () => {
      freezeAt('2026-12-07T10:00:00');
      const first = await log({ newCase: { subject: 'Deurbel' } });
      expect(first.status).toBe(201);
      const opened = (await t.request('GET', `/cases/${first.body.caseId}`, { token: agent.token })).body;
      expect(opened).toMatchObject({ firstResponseDueAt: ams('2026-12-08T17:00:00'), dueAt: ams('2026-12-14T17:00:00'), sla: { state: 'running' } });

      freezeAt('2026-12-07T11:00:00');
      const waiting = await t.request('PATCH', `/cases/${first.body.caseId}`, { token: agent.token, body: { status: 'waiting_for_customer' } });
      expect(waiting.body.sla).toMatchObject({ state: 'paused', pausedSince: ams('2026-12-07T11:00:00') });

      // The customer answers the next day at 11:00: paused Monday 11:00–17:00 and Tuesday 08:30–11:00 = 510 business minutes.
      freezeAt('2026-12-08T11:00:00');
      const reply = await log({ caseId: first.body.caseId, summary: 'Het is de knop, niet de bel.' });
      expect(reply.status).toBe(201);
      const resumed = (await t.request('GET', `/cases/${first.body.caseId}`, { token: agent.token })).body;
      expect(resumed).toMatchObject({ status: 'open', sla: { state: 'running', pausedMinutes: 510, pausedSince: null } });
      expect(resumed.firstResponseDueAt).toBe(ams('2026-12-09T17:00:00'));
      expect(resumed.dueAt).toBe(ams('2026-12-15T17:00:00'));

      // Our answer stops the clock: both targets met.
      freezeAt('2026-12-08T14:00:00');
      await log({ caseId: first.body.caseId, direction: 'outbound', outcome: 'answered', summary: 'De monteur vervangt de knop.' });
      const done = (await t.request('GET', `/cases/${first.body.caseId}`, { token: agent.token })).body;
      expect(done.sla).toMatchObject({ state: 'stopped', firstRespondedAt: ams('2026-12-08T14:00:00'), firstResponseBreachedAt: null, resolutionBreachedAt: null });
    });

    it('a late answer is recorded as a breach of the target it broke, once', async () => {
      freezeAt('2026-12-07T10:00:00');
      const first = await log({ newCase: { subject: 'Brievenbus' }, channel: 'phone', outcome: 'callback_agreed' });
      freezeAt('2026-12-09T09:00:00');
      await log({ caseId: first.body.caseId, channel: 'phone', direction: 'outbound', outcome: 'callback_agreed', summary: 'Teruggebeld, monteur komt.' });
      const c = (await t.request('GET', `/cases/${first.body.caseId}`, { token: agent.token })).body;
      expect(c.sla).toMatchObject({ firstRespondedAt: ams('2026-12-09T09:00:00'), firstResponseBreachedAt: expect.any(String) });
      const breaches = await t.db.query(`SELECT target, due_at, policy_target FROM sla_breaches WHERE case_id = $1`, [first.body.caseId]);
      expect(breaches).toEqual([{ target: 'first_response', due_at: new Date(ams('2026-12-08T17:00:00')), policy_target: { type: 'working_days', days: 1 } }]);
    });

    it('the portal shows the tenant when to expect an answer, but not the clock’s internals', async () => {
      freezeAt('2026-12-07T10:00:00');
      const first = await log({ newCase: { subject: 'Sleutel' } });
      const tenant = await org.tenant(customerId);
      const file = (await t.request('GET', '/portal/file', { token: tenant.token })).body;
      const mine = file.cases.find((c: { id: string }) => c.id === first.body.caseId);
      expect(mine.dueAt).toBe(ams('2026-12-14T17:00:00'));
      expect(mine.sla).toBeUndefined();
    });

    it('a case of another organization is not found', async () => {
      freezeAt('2026-11-16T10:00:00'); // November: outside the month the report below is about
      const other = await createOrg(t);
      const otherAgent = await other.staff(['agent']);
      const first = await log({ newCase: { subject: 'Privé' } });
      expect((await t.request('GET', `/sla/cases/${first.body.caseId}/due-changes`, { token: otherAgent.token })).status).toBe(404);
      expect((await t.request('GET', `/sla/cases/${first.body.caseId}/due-changes`, { token: agent.token })).status).toBe(200);
    });
  });

  describe('reports', () => {
    it('response compliance per channel and topic from the recorded facts; team leads only', async () => {
      freezeAt('2027-01-05T09:00:00'); // the report on December, made in January
      const lead = await org.staff(['team_lead']);
      const res = await t.request('GET', '/reports/kpis?from=2026-12-01&to=2026-12-31', { token: lead.token });
      expect(res.status).toBe(200);
      const email = res.body.responseCompliance.byChannel.find((r: { channel: string }) => r.channel === 'email');
      const phone = res.body.responseCompliance.byChannel.find((r: { channel: string }) => r.channel === 'phone');
      // December: e-mail "Deurbel" met both targets, "Sleutel" is still open; phone "Brievenbus" broke its first-response target.
      expect(email.firstResponse).toMatchObject({ met: 1, breached: 0, open: 1, rate: 1 });
      expect(email.resolution).toMatchObject({ met: 1, breached: 0, open: 1, rate: 1 });
      expect(phone.firstResponse).toMatchObject({ met: 0, breached: 1, rate: 0 });
      expect(res.body.responseCompliance.byChannelAndTopic.find((r: { channel: string }) => r.channel === 'email').topic).toMatchObject({ code: 'reparatie' });
      expect(res.body.fcrRate).toBe(0);
      expect(res.body.contactsPerCase).toBe(3);

      expect((await t.request('GET', '/reports/kpis?from=2026-12-01&to=2026-12-31', { token: agent.token })).status).toBe(403);
      const bad = await t.request('GET', '/reports/kpis?from=2026-12-31&to=2026-12-01', { token: lead.token });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('to');
      const other = await createOrg(t);
      const otherLead = await other.staff(['team_lead']);
      const theirs = await t.request('GET', '/reports/kpis?from=2026-12-01&to=2026-12-31', { token: otherLead.token });
      expect(theirs.body.responseCompliance.byChannel).toEqual([]);
    });
  });
});
