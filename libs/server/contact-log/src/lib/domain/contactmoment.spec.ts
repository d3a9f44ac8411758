import type { Channel, ContactDirection } from '@loket/shared/contracts';
import { toContactmoment, type ContactmomentFacts } from './contactmoment';

const facts = (channel: Channel, direction: ContactDirection = 'inbound', idExtern: string | null = 'REL-7'): ContactmomentFacts => ({
  id: '00000000-0000-4000-8000-00000000000c',
  occurredAt: new Date('2026-12-07T09:15:00+01:00'),
  createdAt: new Date('2026-12-07T09:20:00+01:00'),
  channel,
  direction,
  summary: 'Huurder meldt lekkage.',
  outcome: 'forwarded',
  caseId: '00000000-0000-4000-8000-0000000000ca',
  caseSubject: 'Lekkage badkamer',
  topic: { code: 'reparatie', name: 'Reparatie en onderhoud' },
  customer: { id: '00000000-0000-4000-8000-0000000000c1', idExtern },
});

describe('a contact as VERA Contactmoment', () => {
  it.each<[Channel, { code: string; naam: string } | null]>([
    ['phone', { code: 'TEL', naam: 'Telefoon' }],
    ['email', { code: 'EMA', naam: 'E-mail' }],
    ['letter', { code: 'BRI', naam: 'Brief' }],
    ['counter', { code: 'BAL', naam: 'Balie' }],
    ['home_visit', { code: 'BEZ', naam: 'Huisbezoek' }],
    ['portal', { code: 'INT', naam: 'Internet / klantportaal' }],
    ['whatsapp', { code: 'APP', naam: 'Whatsapp' }],
    ['sms', { code: 'SMS', naam: 'SMS' }],
    ['social', null],
  ])('%s → kanaal %j, with the Loket channel beside it', (channel, kanaal) => {
    const m = toContactmoment(facts(channel));
    expect(m.kanaal).toEqual(kanaal);
    expect(m.loketKanaal).toBe(channel);
  });

  it.each<[ContactDirection, { code: string; naam: string }]>([
    ['inbound', { code: 'INK', naam: 'Inkomend' }],
    ['outbound', { code: 'UIT', naam: 'Uitgaand' }],
  ])('%s → richting %j', (direction, richting) => {
    expect(toContactmoment(facts('phone', direction)).richting).toEqual(richting);
  });

  it('names the relatie by both ids, the case as zaak, the topic as soort, the summary as tekst; times in UTC', () => {
    expect(toContactmoment(facts('phone'))).toEqual({
      id: '00000000-0000-4000-8000-00000000000c',
      datum: '2026-12-07T08:15:00.000Z',
      geregistreerdOp: '2026-12-07T08:20:00.000Z',
      kanaal: { code: 'TEL', naam: 'Telefoon' },
      loketKanaal: 'phone',
      richting: { code: 'INK', naam: 'Inkomend' },
      soort: { code: 'reparatie', naam: 'Reparatie en onderhoud' },
      onderwerp: 'Lekkage badkamer',
      tekst: 'Huurder meldt lekkage.',
      uitkomst: 'forwarded',
      relatie: { id: '00000000-0000-4000-8000-0000000000c1', idExtern: 'REL-7' },
      zaak: { id: '00000000-0000-4000-8000-0000000000ca' },
    });
    expect(toContactmoment(facts('phone', 'inbound', null)).relatie.idExtern).toBeNull();
  });
});
