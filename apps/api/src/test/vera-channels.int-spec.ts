import { VeraChannels1765000000000 } from '../database/migrations/1765000000000-vera-channels';
import { bootApp, createOrg, customerBody, freezeClock, TestApp, TestOrg } from '../testing/harness';

const days = (n: number) => ({ type: 'working_days', days: n });
const EMAIL_TERMS = { firstResponse: days(1), resolution: days(5) };

/**
 * WhatsApp and SMS are channels of their own (VERA APP and SMS); social media keeps its channel and
 * has no VERA code. Contacts, response targets and the worklist know the new channels.
 */
describe('the channels WhatsApp and SMS (VERA APP, SMS) beside social media (no VERA code)', () => {
  let t: TestApp;
  let org: TestOrg;
  let agent: { id: string; token: string };
  let customerId: string;

  beforeAll(async () => {
    freezeClock('2026-12-07T10:00:00+01:00'); // a Monday morning: every channel's targets run from now
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Kanaal');
    agent = await org.staff(['agent']);
    customerId = (await t.request('POST', '/customers', { token: agent.token, body: customerBody() })).body.id;
  });
  afterAll(async () => {
    jest.useRealTimers();
    await t.close();
  });

  const log = (channel: string, subject: string) =>
    t.request('POST', '/contacts', {
      token: agent.token,
      body: { customerId, channel, direction: 'inbound', topic: 'reparatie', summary: 'De kraan lekt.', outcome: 'forwarded', newCase: { subject } },
    });

  it.each([
    ['whatsapp', 'APP'],
    ['sms', 'SMS'],
    ['social', null],
    ['portal', 'INT'],
  ])('a contact by %s carries VERA COMMUNICATIEKANAAL %p, and the case gets the written-question terms', async (channel, code) => {
    const res = await log(channel, `Via ${channel}`);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ channel, vera: { channelCode: code, directionCode: 'INK' } });
    const kase = await t.request('GET', `/cases/${res.body.caseId}`, { token: agent.token });
    // Next working day 17:00 for the first response, five working days for the answer (the default policies).
    expect(kase.body).toMatchObject({ firstResponseDueAt: '2026-12-08T16:00:00.000Z', dueAt: '2026-12-14T16:00:00.000Z' });
  });

  it('previews the default targets of the new channels, and finds their cases in the worklist filter', async () => {
    for (const channel of ['whatsapp', 'sms']) {
      const p = await t.request('GET', `/sla/preview?channel=${channel}&at=${encodeURIComponent('2026-12-07T10:00:00+01:00')}`, { token: agent.token });
      expect(p.status).toBe(200);
      expect(p.body).toMatchObject({ policy: { channel, topic: null, ...EMAIL_TERMS } });
    }
    const list = await t.request('GET', '/worklist?channel=whatsapp', { token: agent.token });
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((i: { channel: string }) => i.channel === 'whatsapp')).toBe(true);
    const unknown = await t.request('GET', '/worklist?channel=telegram', { token: agent.token });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'channel', code: 'unknown_value' });
    expect(unknown.body.errors[0].message).toContain('whatsapp, sms, social');
  });

  it('the migration gives organizations with their own policies targets for the new channels (their social terms, else the e-mail terms) and relabels no contact', async () => {
    const orgs = await Promise.all(['met sociaal', 'zonder sociaal', 'al whatsapp', 'standaard'].map((name) => createOrg(t, name)));
    const [withSocial, withoutSocial, alreadyWhatsapp, defaults] = orgs.map((o) => o.id);
    const social = { channel: 'social', topic: null, firstResponse: days(2), resolution: null };
    const phone = { channel: 'phone', topic: null, firstResponse: days(1), resolution: null };
    const topicSocial = { channel: 'social', topic: '5b0e3a52-3c59-4a3e-9a8e-4c1f4a0b2f11', firstResponse: days(3), resolution: null };
    const ownWhatsapp = { channel: 'whatsapp', topic: null, firstResponse: null, resolution: days(9) };
    const runner = t.db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction(); // rolled back: the shared test database keeps its policies
    try {
      const store = (org: string, policies: unknown[] | null) =>
        runner.query(`INSERT INTO sla_settings (organization_id, policies) VALUES ($1, $2::jsonb)`, [org, policies === null ? null : JSON.stringify(policies)]);
      await store(withSocial, [phone, topicSocial, social]);
      await store(withoutSocial, [phone]);
      await store(alreadyWhatsapp, [phone, ownWhatsapp]);
      await store(defaults, null);
      const stored = async () =>
        Object.fromEntries(
          (await runner.query(`SELECT organization_id, policies FROM sla_settings WHERE organization_id = ANY($1::uuid[])`, [orgs.map((o) => o.id)])).map(
            (r: { organization_id: string; policies: unknown }) => [r.organization_id, r.policies],
          ),
        );

      const migration = new VeraChannels1765000000000();
      await migration.up(runner);
      const after = await stored();
      expect(after[withSocial]).toEqual([
        phone, topicSocial, social,
        { channel: 'whatsapp', topic: null, firstResponse: days(2), resolution: null },
        { channel: 'sms', topic: null, firstResponse: days(2), resolution: null },
      ]);
      expect(after[withoutSocial]).toEqual([phone, { channel: 'whatsapp', topic: null, ...EMAIL_TERMS }, { channel: 'sms', topic: null, ...EMAIL_TERMS }]);
      expect(after[alreadyWhatsapp]).toEqual([phone, ownWhatsapp, { channel: 'sms', topic: null, ...EMAIL_TERMS }]);
      expect(after[defaults]).toBeNull();

      await migration.up(runner); // again: nothing doubles
      expect(await stored()).toEqual(after);

      await migration.down(runner);
      const undone = await stored();
      expect(undone[withSocial]).toEqual([phone, topicSocial, social]);
      expect(undone[alreadyWhatsapp]).toEqual([phone]);
      expect(undone[defaults]).toBeNull();
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    // Social-media contacts stay social media: nobody can tell afterwards whether one was WhatsApp.
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM contacts WHERE organization_id = $1 AND channel = 'social'`, [org.id]);
    expect(count).toBe(1);
  });
});
