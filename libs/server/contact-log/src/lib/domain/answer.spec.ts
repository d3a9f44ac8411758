import { answerMedium, answerMessage, reachUsLine } from './answer';

describe('answerMedium', () => {
  it.each([
    [{ preferredChannel: 'email', email: 'a@b.nl' }, 'email'],
    [{ preferredChannel: 'letter', email: 'a@b.nl' }, 'letter'],
    [{ preferredChannel: 'phone', email: 'a@b.nl' }, 'email'],
    [{ preferredChannel: 'portal', email: 'a@b.nl' }, 'email'],
    [{ preferredChannel: null, email: 'a@b.nl' }, 'email'],
    [{ preferredChannel: 'email', email: null }, 'letter'],
    [{ preferredChannel: null, email: null }, 'letter'],
  ])('%j → %s', (customer, medium) => {
    expect(answerMedium(customer)).toBe(medium);
  });
});

describe('reachUsLine', () => {
  it.each([
    ['email', '0881234567', 'Heeft u nog een vraag? Antwoord dan op deze e-mail, bel ons op 088 123 45 67 of kijk in Mijn Loket.'],
    ['letter', '0201234567', 'Heeft u nog een vraag? Bel ons op 020 123 4567 of kijk in Mijn Loket.'],
    ['letter', null, 'Heeft u nog een vraag? Bel ons of kijk in Mijn Loket.'],
  ] as const)('%s %s', (medium, phone, line) => {
    expect(reachUsLine(medium, phone)).toBe(line);
  });
});

describe('answerMessage', () => {
  it('greets, answers, says how to reach us and who answered', () => {
    const m = answerMessage({
      medium: 'email', organizationName: 'Woonstichting De Linde', phone: '0881234567', customerName: 'Fatima el Amrani',
      employeeName: 'Anouk de Vries', subject: 'Lekkage badkamer', answer: '  De loodgieter komt dinsdag.  ',
    });
    expect(m.subject).toBe('Antwoord op uw vraag: Lekkage badkamer');
    expect(m.body.split('\n')).toEqual([
      'Beste Fatima el Amrani,', '', 'U stelde ons een vraag over: Lekkage badkamer. Hier is ons antwoord.', '', 'De loodgieter komt dinsdag.', '',
      'Heeft u nog een vraag? Antwoord dan op deze e-mail, bel ons op 088 123 45 67 of kijk in Mijn Loket.', '', 'Met vriendelijke groet,', 'Anouk de Vries', 'Woonstichting De Linde',
    ]);
  });
});
