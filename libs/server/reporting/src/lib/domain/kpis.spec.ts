import { callbackKpis, deflection, rate, reportPeriod, resolutionKpis, responseCompliance, type ClockCounts } from './kpis';

const topic = (id: string, name: string) => ({ id, code: `code-${id}`, name });
const counts = (met: number, breached: number, open: number, atRisk: number) => ({ met, breached, open, atRisk });

describe('the report period', () => {
  it.each([
    ['a winter month', '2026-12-01', '2026-12-31', '2026-11-30T23:00:00.000Z', '2026-12-31T23:00:00.000Z'],
    ['a summer day', '2026-06-10', '2026-06-10', '2026-06-09T22:00:00.000Z', '2026-06-10T22:00:00.000Z'],
    ['the day the clocks go forward (23 hours)', '2026-03-29', '2026-03-29', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z'],
    ['the day the clocks go back (25 hours)', '2026-10-25', '2026-10-25', '2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z'],
    ['a year across New Year', '2025-12-01', '2026-11-30', '2025-11-30T23:00:00.000Z', '2026-11-30T23:00:00.000Z'],
  ])('%s covers Amsterdam days, from midnight to the midnight after the last day', (_, from, to, start, end) => {
    expect(reportPeriod(from, to)).toEqual({ start: new Date(start), end: new Date(end) });
  });
});

describe('rates', () => {
  it.each([
    [0, 0, null],
    [0, 3, 0],
    [1, 3, 0.333],
    [2, 3, 0.667],
    [3, 3, 1],
  ])('%i of %i is %p', (k, n, expected) => {
    expect(rate(k, n)).toBe(expected);
  });

  const perQuestion = (questions: number, mean: number | null, one: number, two: number, threeOrMore: number) => ({ questions, mean, one, two, threeOrMore });
  it.each([
    // nothing known yet: no rate
    [{ yes: 0, no: 0, notYetKnown: 0 }, perQuestion(0, null, 0, 0, 0), { fcrRate: null, contactsPerCase: null }],
    [{ yes: 0, no: 0, notYetKnown: 3 }, perQuestion(0, null, 0, 0, 0), { fcrRate: null, contactsPerCase: null }],
    // the not-yet-known ones stay out of the rate
    [{ yes: 1, no: 3, notYetKnown: 5 }, perQuestion(4, 2.5, 1, 1, 2), { fcrRate: 0.25, contactsPerCase: 2.5 }],
    [{ yes: 2, no: 1, notYetKnown: 0 }, perQuestion(3, 5 / 3, 2, 0, 1), { fcrRate: 0.667, contactsPerCase: 1.67 }],
  ])('first-contact resolution of %j, contacts per question %j', (fcr, pq, expected) => {
    const kpis = resolutionKpis(fcr, pq, 5);
    expect(kpis).toMatchObject(expected);
    expect(kpis.firstContactResolution).toMatchObject({ ...fcr, rate: expected.fcrRate, windowWorkingDays: 5 });
    expect(kpis.contactsPerQuestion).toEqual({ ...pq, mean: expected.contactsPerCase });
  });

  it('states the rule in plain Dutch, with the window', () => {
    const { definition } = resolutionKpis({ yes: 0, no: 0, notYetKnown: 0 }, perQuestion(0, null, 0, 0, 0), 5).firstContactResolution;
    expect(definition).toContain('binnen 5 werkdagen');
    expect(definition).toContain('Terugbellen afgesproken');
    // Only the customer comes back: our own contacts with the customer do not count (the figures' rule).
    expect(definition).toContain('Contact dat wij met de klant opnemen, zoals het antwoord sturen of terugbellen, is geen terugkomen.');
    expect(definition).toContain('nog niet bekend');
  });
});

describe('response compliance', () => {
  const topics = [topic('t1', 'Reparatie'), topic('t2', 'Huur'), topic('t3', 'Overlast')];
  const clock = (channel: ClockCounts['channel'], topicId: string, fr: [number, number, number, number], rs: [number, number, number, number]): ClockCounts => ({
    channel, topicId, firstResponse: counts(...fr), resolution: counts(...rs),
  });

  it.each([
    ['no clocks', [], { total: 0, channels: [], rows: [] }],
    [
      'two channels: channels in order, topics by name within a channel',
      [clock('phone', 't1', [0, 1, 0, 0], [0, 0, 1, 1]), clock('email', 't1', [1, 0, 1, 0], [1, 0, 1, 0]), clock('email', 't2', [2, 1, 0, 0], [0, 1, 0, 0])],
      { total: 5, channels: ['email', 'phone'], rows: ['email/Huur', 'email/Reparatie', 'phone/Reparatie'] },
    ],
    ['a topic the organization does not know counts nowhere', [clock('email', 'gone', [5, 5, 5, 5], [5, 5, 5, 5]), clock('email', 't3', [1, 0, 0, 0], [0, 0, 0, 0])], { total: 1, channels: ['email'], rows: ['email/Overlast'] }],
  ])('%s', (_, clocks, expected) => {
    const report = responseCompliance(clocks, topics);
    const decided = report.total.firstResponse.met + report.total.firstResponse.breached;
    expect(decided).toBe(expected.total);
    expect(report.byChannel.map((r) => r.channel)).toEqual(expected.channels);
    expect(report.byChannel.every((r) => r.topic === null)).toBe(true);
    expect(report.byChannelAndTopic.map((r) => `${r.channel}/${r.topic?.name}`)).toEqual(expected.rows);
  });

  it('sums the topics into their channel and all into the total, with rates of the decided targets', () => {
    const report = responseCompliance([clock('email', 't1', [1, 0, 1, 0], [1, 0, 1, 1]), clock('email', 't2', [2, 1, 0, 0], [0, 1, 2, 1]), clock('phone', 't1', [0, 1, 3, 2], [0, 0, 1, 1])], topics);
    expect(report.byChannel[0]).toEqual({
      channel: 'email', topic: null,
      firstResponse: { met: 3, breached: 1, open: 1, atRisk: 0, rate: 0.75 },
      resolution: { met: 1, breached: 1, open: 3, atRisk: 2, rate: 0.5 },
    });
    expect(report.total).toEqual({
      firstResponse: { met: 3, breached: 2, open: 4, atRisk: 2, rate: 0.6 },
      resolution: { met: 1, breached: 1, open: 4, atRisk: 3, rate: 0.5 },
    });
    expect(report.byChannelAndTopic[2]).toMatchObject({ channel: 'phone', topic: { id: 't1', code: 'code-t1', name: 'Reparatie' }, resolution: { rate: null } });
  });
});

describe('callbacks', () => {
  const teams = [{ id: 'k', name: 'KCC' }, { id: 'w', name: 'Wonen' }];
  const people = new Map([['u1', { id: 'u1', displayName: 'Bram' }], ['u2', { id: 'u2', displayName: 'Anna' }]]);

  it.each([
    ['none due', { total: 0, keptOnTime: 0, averageAttempts: null }, { keptOnTimeRate: null, averageAttempts: null }],
    ['some kept', { total: 3, keptOnTime: 2, averageAttempts: 4 / 3 }, { keptOnTimeRate: 0.667, averageAttempts: 1.33 }],
    ['all kept in one attempt', { total: 2, keptOnTime: 2, averageAttempts: 1 }, { keptOnTimeRate: 1, averageAttempts: 1 }],
  ])('%s', (_, total, expected) => {
    const kpis = callbackKpis({ total: { ...total, escalations: { level1: 1, level2: 0 } }, byTeam: [], byAssignee: [] }, teams, people);
    expect(kpis).toMatchObject({ total: total.total, keptOnTime: total.keptOnTime, escalations: { level1: 1, level2: 0 }, ...expected });
  });

  it('names teams and employees; teams by name with the callbacks of no team last, employees by name; an unknown name shows empty', () => {
    const kpis = callbackKpis(
      {
        total: { total: 6, keptOnTime: 3, averageAttempts: 1, escalations: { level1: 0, level2: 0 } },
        byTeam: [{ teamId: null, total: 1, keptOnTime: 0 }, { teamId: 'w', total: 2, keptOnTime: 1 }, { teamId: 'k', total: 3, keptOnTime: 2 }, { teamId: 'gone', total: 0, keptOnTime: 0 }],
        byAssignee: [{ assigneeId: 'u1', total: 4, keptOnTime: 1 }, { assigneeId: 'u2', total: 2, keptOnTime: 2 }],
      },
      teams,
      people,
    );
    expect(kpis.byTeam).toEqual([
      { team: { id: 'gone', name: '' }, total: 0, keptOnTime: 0, rate: null },
      { team: { id: 'k', name: 'KCC' }, total: 3, keptOnTime: 2, rate: 0.667 },
      { team: { id: 'w', name: 'Wonen' }, total: 2, keptOnTime: 1, rate: 0.5 },
      { team: null, total: 1, keptOnTime: 0, rate: 0 },
    ]);
    expect(kpis.byEmployee).toEqual([
      { employee: { id: 'u2', displayName: 'Anna' }, total: 2, keptOnTime: 2, rate: 1 },
      { employee: { id: 'u1', displayName: 'Bram' }, total: 4, keptOnTime: 1, rate: 0.25 },
    ]);
  });
});

describe('self-service per topic', () => {
  const topics = [topic('a', 'Afval'), topic('b', 'Betalen'), topic('c', 'Contract'), topic('d', 'Dak')];

  it.each([
    ['nothing read or asked', [], [], []],
    ['reads and contacts side by side', [{ topicId: 'a', views: 2 }], [{ topicId: 'a', contacts: 1 }], ['Afval 2/1']],
    ['topics with only reads or only contacts count too', [{ topicId: 'b', views: 1 }], [{ topicId: 'c', contacts: 3 }], ['Contract 0/3', 'Betalen 1/0']],
    ['the busiest first, ties by name', [{ topicId: 'd', views: 1 }, { topicId: 'b', views: 1 }], [{ topicId: 'a', contacts: 5 }], ['Afval 0/5', 'Betalen 1/0', 'Dak 1/0']],
    ['a topic the organization does not know is left out', [{ topicId: 'gone', views: 9 }], [{ topicId: 'a', contacts: 1 }], ['Afval 0/1']],
  ])('%s', (_, reads, contacts, expected) => {
    expect(deflection(reads, contacts, topics).map((r) => `${r.topic.name} ${r.portalViews}/${r.contacts}`)).toEqual(expected);
  });
});
