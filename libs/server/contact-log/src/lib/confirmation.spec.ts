import { confirmationText } from './confirmation';

describe('the written confirmation', () => {
  it('says with whom the customer spoke, what was agreed and when to expect what, in Dutch', () => {
    const { subject, body } = confirmationText({
      organizationName: 'Woonstichting De Linde',
      customerName: 'Sanne de Vries',
      employeeName: 'Anouk Klantcontact',
      channel: 'phone',
      occurredAt: '2026-11-23T09:15:00Z',
      topicName: 'Reparatie en onderhoud',
      subject: 'Lekkage badkamer',
      summary: 'De kraan lekt. Een monteur kijkt ernaar.',
      outcome: 'callback_agreed',
      followUp: { channel: 'phone', at: '2026-11-24T13:00:00Z' },
      medium: 'email',
    });
    expect(subject).toBe('Bevestiging: Lekkage badkamer');
    expect(body).toContain('Beste Sanne de Vries,');
    expect(body).toContain('U had op maandag 23 november 2026 om 10:15 contact met ons via telefoon.');
    expect(body).toContain('U sprak met Anouk Klantcontact.');
    expect(body).toContain('De kraan lekt. Een monteur kijkt ernaar.');
    expect(body).toContain('We bellen u op dinsdag 24 november 2026 om 14:00.');
    expect(body).toContain('Woonstichting De Linde');
    expect(body).toContain('Antwoord dan op deze e-mail');
  });
});

describe('the confirmation of a contact with a callback', () => {
  it.each([
    { caller: 'Anouk Klantcontact', line: 'Anouk Klantcontact belt u op dinsdag 24 november tussen 08:30 en 12:00 (ochtend).' },
    { caller: null, line: 'Een medewerker belt u op dinsdag 24 november tussen 08:30 en 12:00 (ochtend).' },
  ])('names the callback moment (caller $caller)', ({ caller, line }) => {
    const { body } = confirmationText({
      organizationName: 'Woonstichting De Linde', customerName: 'Sanne de Vries', employeeName: 'Anouk Klantcontact', channel: 'phone',
      occurredAt: '2026-11-23T09:15:00Z', topicName: 'Reparatie en onderhoud', subject: 'Lekkage badkamer', summary: 'De kraan lekt.',
      outcome: 'callback_agreed', followUp: null, medium: 'letter',
      callback: { when: 'op dinsdag 24 november tussen 08:30 en 12:00 (ochtend)', caller },
    });
    expect(body).toContain('We hebben afgesproken dat we u terugbellen.');
    expect(body).toContain(line);
  });
});
