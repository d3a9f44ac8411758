import { bootApp, createOrg, customerBody, freezeClock, TestApp, TestOrg } from '../testing/harness';

/**
 * Honest first-contact resolution (R5) and contacts per question (R6) in the KPI report. The
 * organization has the default calendar: Monday to Friday 08:30–17:00, Dutch public holidays
 * (Christmas 2026 is Friday 25 and Saturday 26 December). "Within 5 working days" ends at the
 * closing time of the 5th working day after the first contact.
 */
describe('first-contact resolution in the KPI report', () => {
  let t: TestApp;
  let org: TestOrg;
  let agent: { token: string };
  let lead: { token: string };
  const customers: Record<'a' | 'b1' | 'b2' | 'c' | 'd', string> = { a: '', b1: '', b2: '', c: '', d: '' };
  const cases: Partial<Record<keyof typeof customers, string>> = {};

  beforeAll(async () => {
    freezeClock('2026-12-14T09:00:00+01:00');
    t = await bootApp();
    org = await createOrg(t, 'Woonstichting Eerlijk');
    agent = await org.staff(['agent']);
    lead = await org.staff(['team_lead']);
    for (const key of Object.keys(customers) as (keyof typeof customers)[]) {
      customers[key] = (await t.request('POST', '/customers', { token: agent.token, body: customerBody({ email: null }) })).body.id;
    }
  });
  afterAll(async () => {
    jest.useRealTimers();
    await t.close();
  });

  /** A contact at this moment (Amsterdam time, winter): a new question unless `caseId` is given. */
  const contactAt = async (at: string, customer: keyof typeof customers, body: Record<string, unknown>) => {
    freezeClock(at);
    const res = await t.request('POST', '/contacts', {
      token: agent.token,
      body: { customerId: customers[customer], channel: 'phone', direction: 'inbound', topic: 'reparatie', summary: 'Over de lekkende kraan.', ...body },
    });
    expect(res.status).toBe(201);
    return res.body as { caseId: string };
  };
  const newQuestion = async (at: string, customer: keyof typeof customers, outcome: string) => {
    cases[customer] = (await contactAt(at, customer, { newCase: { subject: 'Lekkende kraan' }, outcome })).caseId;
  };
  const kpis = async (at: string, token = lead.token) => {
    freezeClock(at);
    const res = await t.request('GET', '/reports/kpis?from=2026-12-14&to=2026-12-21', { token });
    expect(res.status).toBe(200);
    return res.body;
  };

  it('counts a question as answered in the first contact only when the customer did not come back within 5 working days', async () => {
    // C: answered on Monday 14 December; window ends Monday 21 December 17:00. Back on Tuesday 22 December: too late to count.
    await newQuestion('2026-12-14T10:00:00+01:00', 'c', 'answered');
    // A: answered on Wednesday 16 December, nobody comes back; window ends Wednesday 23 December 17:00.
    await newQuestion('2026-12-16T10:00:00+01:00', 'a', 'answered');
    // D: only a callback agreed; a colleague resolves the case the next day.
    await newQuestion('2026-12-16T11:00:00+01:00', 'd', 'callback_agreed');
    freezeClock('2026-12-17T10:00:00+01:00');
    const resolved = await t.request('POST', `/cases/${cases.d}/resolve`, { token: agent.token, body: { answer: 'De monteur heeft de kraan vervangen.' } });
    expect(resolved.status).toBe(200);
    // The intake and the answer sent to the customer: two contacts (R6).
    expect(resolved.body).toMatchObject({ status: 'resolved', contactCount: 2, resolvedInFirstContact: false });
    // B1 and B2: answered on Monday 21 December; window: 22, 23, 24, (Christmas, weekend), 28, 29 December → Tuesday 29 December 17:00.
    await newQuestion('2026-12-21T10:00:00+01:00', 'b1', 'answered');
    await newQuestion('2026-12-21T10:30:00+01:00', 'b2', 'answered');
    // C comes back by e-mail with a new question about the same topic, after its window.
    await contactAt('2026-12-22T09:00:00+01:00', 'c', { channel: 'email', newCase: { subject: 'Kraan lekt weer' }, outcome: 'forwarded' });

    // Wednesday 23 December at noon: A's window runs until 17:00, B1's and B2's until the 29th.
    const early = await kpis('2026-12-23T12:00:00+01:00');
    expect(early.firstContactResolution).toMatchObject({ yes: 1, no: 1, notYetKnown: 3, rate: 0.5, windowWorkingDays: 5 });
    expect(early.firstContactResolution.definition).toContain('binnen 5 werkdagen');
    expect(early.fcrRate).toBe(0.5);

    // Monday 28 December, seven calendar days but only four working days later: B1 asks again by e-mail (a new question,
    // same topic), B2 writes an e-mail about the same case (which reopens it and is answered then).
    await contactAt('2026-12-28T10:00:00+01:00', 'b1', { channel: 'email', newCase: { subject: 'Nog steeds lek' }, outcome: 'forwarded' });
    await contactAt('2026-12-28T16:00:00+01:00', 'b2', { channel: 'email', caseId: cases.b2, outcome: 'answered', summary: 'Kraan lekt nog; monteur gestuurd.' });

    const late = await kpis('2027-01-15T09:00:00+01:00');
    // yes: C (came back after its window), A (never came back); no: D (callback agreed), B1 and B2 (came back within 5 working days).
    expect(late.firstContactResolution).toMatchObject({ yes: 2, no: 3, notYetKnown: 0, rate: 0.4 });
    expect(late.fcrRate).toBe(0.4);
    // Contacts per resolved question: B2 took two contacts, and so did D (the intake and the answer sent to the customer); the others one.
    expect(late.contactsPerQuestion).toEqual({ questions: 5, mean: 1.4, one: 3, two: 2, threeOrMore: 0 });
    expect(late.contactsPerCase).toBe(1.4);

    // The case page agrees for the case itself: A answered at once, D not.
    const a = await t.request('GET', `/cases/${cases.a}`, { token: agent.token });
    expect(a.body.resolvedInFirstContact).toBe(true);
    const d = await t.request('GET', `/cases/${cases.d}`, { token: agent.token });
    expect(d.body.resolvedInFirstContact).toBe(false);
  });

  it('only the customer comes back: our own contacts with the customer within the window do not undo an answer in the first contact', async () => {
    const own = await createOrg(t, 'Woonstichting Nabellen');
    const ownAgent = await own.staff(['agent']);
    const ownLead = await own.staff(['team_lead']);
    freezeClock('2026-12-14T09:00:00+01:00');
    const customer = async () => (await t.request('POST', '/customers', { token: ownAgent.token, body: customerBody({ email: null }) })).body.id as string;
    const [called, calledAboutNew, wrote, reopened] = [await customer(), await customer(), await customer(), await customer()];
    const contact = async (at: string, customerId: string, body: Record<string, unknown>) => {
      freezeClock(at);
      const res = await t.request('POST', '/contacts', {
        token: ownAgent.token,
        body: { customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', summary: 'Over de lekkende kraan.', ...body },
      });
      expect(res.status).toBe(201);
      return res.body as { caseId: string };
    };
    // Four questions answered in the first contact on Monday 14 December; the windows end Monday 21 December 17:00.
    const answered = async (customerId: string) => (await contact('2026-12-14T10:00:00+01:00', customerId, { newCase: { subject: 'Lekkende kraan' }, outcome: 'answered' })).caseId;
    const calledCase = await answered(called);
    await answered(calledAboutNew);
    const wroteCase = await answered(wrote);
    const reopenedCase = await answered(reopened);
    // Wednesday: we call the first customer back on the same case to check the repair (outbound; it reopens the case and answers it again).
    await contact('2026-12-16T10:00:00+01:00', called, { caseId: calledCase, direction: 'outbound', outcome: 'answered', summary: 'Nagebeld: de kraan is gemaakt.' });
    // We call the second one about the monteur's visit, a new case about the same topic.
    await contact('2026-12-16T11:00:00+01:00', calledAboutNew, { direction: 'outbound', newCase: { subject: 'Afspraak monteur' }, outcome: 'forwarded', summary: 'Afspraak voor de monteur gemaakt.' });
    // The third customer writes an e-mail about the same case: they came back.
    await contact('2026-12-17T10:00:00+01:00', wrote, { caseId: wroteCase, channel: 'email', outcome: 'answered', summary: 'Kraan lekt nog; monteur gestuurd.' });
    // For the fourth, a colleague reopens the question by hand.
    freezeClock('2026-12-17T11:00:00+01:00');
    const reopen = await t.request('PATCH', `/cases/${reopenedCase}`, { token: ownAgent.token, body: { status: 'open' } });
    expect(reopen.status).toBe(200);

    const body = await kpis('2027-01-15T09:00:00+01:00', ownLead.token);
    // yes: the two we called ourselves; no: the one who wrote, the one reopened, and our own "Afspraak monteur" (its first contact only forwarded).
    expect(body.firstContactResolution).toMatchObject({ yes: 2, no: 3, notYetKnown: 0, rate: 0.4 });
    expect(body.firstContactResolution.definition).toContain('Contact dat wij met de klant opnemen, zoals het antwoord sturen of terugbellen, is geen terugkomen.');
  });

  it('a case whose only contact agreed a callback is not answered in the first contact, also while its window runs', async () => {
    const other = await createOrg(t, 'Woonstichting Terugbel');
    const otherAgent = await other.staff(['agent']);
    const otherLead = await other.staff(['team_lead']);
    freezeClock('2026-12-16T09:00:00+01:00');
    const customerId = (await t.request('POST', '/customers', { token: otherAgent.token, body: customerBody({ email: null }) })).body.id;
    const res = await t.request('POST', '/contacts', {
      token: otherAgent.token,
      body: { customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', summary: 'Graag terugbellen.', newCase: { subject: 'Terugbellen' }, outcome: 'callback_agreed' },
    });
    expect(res.status).toBe(201);
    const body = await kpis('2026-12-17T09:00:00+01:00', otherLead.token);
    expect(body.firstContactResolution).toMatchObject({ yes: 0, no: 1, notYetKnown: 0, rate: 0 });
    // Each organization counts its own cases only.
    expect(body.contactsPerQuestion).toEqual({ questions: 0, mean: null, one: 0, two: 0, threeOrMore: 0 });
  });
});
