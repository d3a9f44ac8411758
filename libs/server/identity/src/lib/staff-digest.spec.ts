import type { CalendarSettings } from '@loket/shared/business-calendar';
import type { Recipient } from './directory.service';
import { deliveryMoment, digestMail, digestPerPerson, type DigestItem } from './staff-digest';

const day = (from: string, to: string): [string, string][] => [[from, to]];
const CALENDAR: CalendarSettings = {
  timeZone: 'Europe/Amsterdam',
  openingHours: { mon: day('08:30', '17:00'), tue: day('08:30', '17:00'), wed: day('08:30', '17:00'), thu: day('08:30', '17:00'), fri: day('08:30', '12:00'), sat: [], sun: [] },
};
const person = (id: string, notificationHours: Recipient['notificationHours'] = 'opening_hours'): Recipient => ({ id, displayName: `Naam ${id}`, email: `${id}@example.nl`, notificationHours });
const item = (id: string, to: string | null): DigestItem => ({ id, to, line: `- ${id}` });

describe('the staff digest', () => {
  const ann = person('ann');
  const bob = person('bob');
  const lead1 = person('lead1');
  const lead2 = person('lead2');
  const known = new Map([ann, bob].map((p) => [p.id, p]));

  it.each<[string, DigestItem[], Recipient[], Record<string, string[]>]>([
    ['each item to its own person', [item('1', 'ann'), item('2', 'bob'), item('3', 'ann')], [lead1], { ann: ['1', '3'], bob: ['2'] }],
    ['an item for nobody goes to every team lead', [item('1', null), item('2', 'ann')], [lead1, lead2], { lead1: ['1'], lead2: ['1'], ann: ['2'] }],
    ['an item for someone who left goes to the team leads', [item('1', 'gone')], [lead1], { lead1: ['1'] }],
    ['a lead with items of their own gets one e-mail with all', [item('1', 'lead1'), item('2', null)], [lead1], { lead1: ['1', '2'] }],
    ['no team leads: the unnamed item reaches nobody', [item('1', null)], [], {}],
  ])('%s', (_name, items, leads, expected) => {
    const recipients = new Map([...known, ...(items.some((i) => i.to === 'lead1') ? [[lead1.id, lead1] as const] : [])]);
    const digests = digestPerPerson(items, recipients, leads);
    expect(Object.fromEntries(digests.map((d) => [d.to.id, d.items.map((i) => i.id)]))).toEqual(expected);
  });

  it.each<[string, Recipient['notificationHours'], string, string | null | 'never']>([
    ['opening hours, open now: at once', 'opening_hours', '2026-11-24T10:00:00+01:00', null],
    ['opening hours, closed at night: held until the next opening', 'opening_hours', '2026-11-24T22:00:00+01:00', '2026-11-25T07:30:00.000Z'],
    ['opening hours, Friday afternoon: held until Monday', 'opening_hours', '2026-11-27T14:00:00+01:00', '2026-11-30T07:30:00.000Z'],
    ['any time: at once, also at night', 'any_time', '2026-11-24T22:00:00+01:00', null],
    ['never: no e-mail', 'never', '2026-11-24T10:00:00+01:00', 'never'],
  ])('%s', (_name, hours, now, expected) => {
    const when = deliveryMoment(hours, CALENDAR, new Date(now));
    expect(when instanceof Date ? when.toISOString() : when).toEqual(expected);
  });

  it.each<[string, number, { maxLines?: number; outro?: string }, { subject: string; body: string }]>([
    ['one item', 1, {}, { subject: 'Eén ding', body: 'Beste Naam ann,\n\nDit is er:\n\n- 1\n\nLoket' }],
    ['several, with a closing sentence', 2, { outro: 'Kijk er even naar.' }, { subject: '2 dingen', body: 'Beste Naam ann,\n\nDit zijn ze:\n\n- 1\n- 2\n\nKijk er even naar.\n\nLoket' }],
    ['more than fit: the rest is counted', 3, { maxLines: 2 }, { subject: '3 dingen', body: 'Beste Naam ann,\n\nDit zijn ze:\n\n- 1\n- 2\n… en nog 1. Zie de lijst in Loket.\n\nLoket' }],
  ])('writes the e-mail: %s', (_name, n, extra, expected) => {
    const items = Array.from({ length: n }, (_, i) => item(String(i + 1), 'ann'));
    const text = { subject: (k: number) => (k === 1 ? 'Eén ding' : `${k} dingen`), intro: (k: number) => (k === 1 ? 'Dit is er:' : 'Dit zijn ze:'), ...extra };
    expect(digestMail(ann, items, text)).toEqual(expected);
  });
});
