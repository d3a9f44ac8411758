import { bootApp, freezeClock, createOrg, customerBody, TestApp } from '../testing/harness';

/** How old a logged contact and how far ahead a callback may be are settings (README: Configuration). */
describe('configured date bounds: CALLBACK_HORIZON_DAYS=30, CONTACT_MAX_AGE_DAYS=7', () => {
  const NOW = new Date('2026-12-07T10:00:00+01:00');
  const daysFromNow = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString();
  let t: TestApp;
  let token: string;
  let customerId: string;
  let caseId: string;

  beforeAll(async () => {
    Object.assign(process.env, { CALLBACK_HORIZON_DAYS: '30', CONTACT_MAX_AGE_DAYS: '7' });
    t = await bootApp();
    const org = await createOrg(t, 'Woonstichting Streng');
    token = (await org.staff(['agent'])).token;
    customerId = (await t.request('POST', '/customers', { token, body: customerBody() })).body.id;
    freezeClock(NOW);
    caseId = (await t.request('POST', '/contacts', {
      token, body: { customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', newCase: { subject: 'Lekkage' }, summary: 'De kraan lekt.', outcome: 'callback_agreed' },
    })).body.caseId;
  });
  afterAll(async () => {
    jest.useRealTimers();
    delete process.env['CALLBACK_HORIZON_DAYS'];
    delete process.env['CONTACT_MAX_AGE_DAYS'];
    await t.close();
  });

  it('refuses a callback 35 days ahead and accepts one 28 days ahead', async () => {
    const callback = (date: string) => t.request('POST', '/callbacks', { token, body: { customerId, caseId, reason: 'Over de lekkage', date, dayPart: 'OCH', confirm: false } });
    expect((await callback('2027-01-11')).body.errors).toEqual([{ field: 'date', code: 'too_far_ahead', message: 'moet binnen 30 dagen vanaf nu liggen' }]);
    expect((await callback('2027-01-04')).status).toBe(201);
  });

  it('refuses a contact dated 8 days ago and accepts one of 6 days ago', async () => {
    const logged = (occurredAt: string) =>
      t.request('POST', '/contacts', { token, body: { customerId, channel: 'letter', direction: 'inbound', topic: 'reparatie', caseId, summary: 'Brief van vorige week.', outcome: 'answered', occurredAt } });
    expect((await logged(daysFromNow(-8))).body.errors).toEqual([{ field: 'occurredAt', code: 'too_far_back', message: 'moet binnen de laatste 7 dagen liggen' }]);
    expect((await logged(daysFromNow(-6))).status).toBe(201);
  });
});
