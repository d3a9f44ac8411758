import { bootApp, createOrg, customerBody, freezeClock, TestApp, TestOrg } from '../testing/harness';

/**
 * The KPI report counts Amsterdam days: a period runs from midnight of its first day to the
 * midnight after its last, in Amsterdam time, also on the days the clocks change.
 */
describe('the KPI report’s period', () => {
  let t: TestApp;
  let org: TestOrg;
  let agent: { token: string };
  let lead: { token: string };
  let customerId: string;

  beforeAll(async () => {
    freezeClock('2026-10-01T09:00:00+02:00');
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Periode');
    agent = await org.staff(['agent']);
    lead = await org.staff(['team_lead']);
    customerId = (await t.request('POST', '/customers', { token: agent.token, body: customerBody() })).body.id;
  });
  afterAll(async () => {
    jest.useRealTimers();
    await t.close();
  });

  /** A question by e-mail about a repair, at this moment (with offset). */
  const askAt = async (at: string) => {
    freezeClock(at);
    const res = await t.request('POST', '/contacts', {
      token: agent.token,
      body: { customerId, channel: 'email', direction: 'inbound', topic: 'reparatie', summary: 'De kraan lekt.', outcome: 'forwarded', newCase: { subject: 'Kraan' } },
    });
    expect(res.status).toBe(201);
  };
  const report = async (from: string, to: string) => {
    freezeClock('2027-01-05T09:00:00+01:00');
    const res = await t.request('GET', `/reports/kpis?from=${from}&to=${to}`, { token: lead.token });
    expect(res.status).toBe(200);
    const repairs = res.body.deflection.find((r: { topic: { code: string } }) => r.topic.code === 'reparatie');
    const email = res.body.responseCompliance.byChannel.find((r: { channel: string }) => r.channel === 'email');
    const tally = email?.firstResponse;
    return { contacts: repairs?.contacts ?? 0, clocks: tally ? tally.met + tally.breached + tally.open : 0 };
  };

  it('counts from midnight of the first day to the midnight after the last, Amsterdam time', async () => {
    await askAt('2026-11-30T23:59:00+01:00');
    await askAt('2026-12-01T00:00:00+01:00');
    await askAt('2026-12-31T23:59:00+01:00');
    await askAt('2027-01-01T00:00:00+01:00');
    expect(await report('2026-12-01', '2026-12-31')).toEqual({ contacts: 2, clocks: 2 });
    expect(await report('2026-11-30', '2026-11-30')).toEqual({ contacts: 1, clocks: 1 });
    expect(await report('2027-01-01', '2027-01-01')).toEqual({ contacts: 1, clocks: 1 });
  });

  it('a day the clocks go back has 25 hours, all of them in the day', async () => {
    // Sunday 25 October 2026: 02:00–03:00 summer time, then 02:00–03:00 again in winter time.
    // Its first moment is 00:00 summer time, its last 23:59 winter time (a fixed offset, or UTC, misses one end).
    await askAt('2026-10-25T00:00:00+02:00');
    await askAt('2026-10-25T00:30:00+02:00');
    await askAt('2026-10-25T23:30:00+01:00');
    await askAt('2026-10-26T00:00:00+01:00');
    await askAt('2026-10-24T23:59:00+02:00');
    expect(await report('2026-10-25', '2026-10-25')).toEqual({ contacts: 3, clocks: 3 });
  });
});
