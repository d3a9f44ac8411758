import {
  ageBand, customerNameTokens, displayPhone, foldText, normalizePhone, normalizePostcode, parseAddressQuery, queryTokens, todayInAmsterdam,
  customerKeyTokens, customerSearchTokens, emailTokens, postcodeToken, streetToken,
} from './normalize';

describe('phone numbers', () => {
  it.each(['06-12345678', '0612345678', '06 1234 5678', '+31 6 1234 5678', '+31612345678', '0031 6 12345678', '(06) 12 34 56 78'])(
    'reads %s as +31612345678',
    (input) => expect(normalizePhone(input)).toBe('+31612345678'),
  );
  it('reads landlines with an area code', () => {
    expect(normalizePhone('0416-123456')).toBe('+31416123456');
    expect(displayPhone('+31416123456')).toBe('0416 123 456');
  });
  it('refuses what is no phone number', () => {
    expect(normalizePhone('12')).toBeNull();
    expect(normalizePhone('06-1234')).toBeNull();
    expect(normalizePhone('jan de vries')).toBeNull();
  });
  it('shows Dutch mobiles the Dutch way', () => expect(displayPhone('+31612345678')).toBe('06 12345678'));
});

describe('postcodes and addresses', () => {
  it('normalizes spellings of a postcode', () => {
    expect(normalizePostcode('5161 ab')).toBe('5161AB');
    expect(normalizePostcode('5161AB')).toBe('5161AB');
    expect(normalizePostcode('0161AB')).toBeNull();
    expect(normalizePostcode('5161 SS')).toBeNull();
    expect(normalizePostcode('51611')).toBeNull();
  });
  it.each([
    ['5161AB 12', { postcode: '5161AB', houseNumber: 12, suffix: null }],
    ['5161 ab 12-a', { postcode: '5161AB', houseNumber: 12, suffix: 'A' }],
    ['5161ab, 12 A', { postcode: '5161AB', houseNumber: 12, suffix: 'A' }],
    ['5161AB12', { postcode: '5161AB', houseNumber: 12, suffix: null }],
    ['5161 AB', { postcode: '5161AB', houseNumber: null, suffix: null }],
  ])('reads "%s"', (q, expected) => expect(parseAddressQuery(q)).toEqual(expected));
  it('does not read a name or a phone number as an address', () => {
    expect(parseAddressQuery('de vries')).toBeNull();
    expect(parseAddressQuery('0612345678')).toBeNull();
  });
});

describe('names', () => {
  it('folds diacritics and Turkish letters', () => {
    expect(foldText('Yılmaz')).toBe('yilmaz');
    expect(foldText('Daniëlle Çelik')).toBe('danielle celik');
  });
  it('indexes surname parts without the tussenvoegsel, surname first', () => {
    const tokens = customerNameTokens('Kees', 'van den', 'Berg');
    expect(tokens).toEqual([
      { token: 'berg', weight: 2 },
      { token: 'vandenberg', weight: 2 },
      { token: 'kees', weight: 1 },
    ]);
  });
  it('indexes double surnames by each part', () => {
    const tokens = customerNameTokens('Anna', null, 'Jansen-de Boer').map((t) => t.token);
    expect(tokens).toEqual(expect.arrayContaining(['jansen', 'boer', 'anna']));
    expect(tokens).not.toContain('de');
  });
  it('drops tussenvoegsels from a query unless nothing else is left', () => {
    expect(queryTokens('Kees van den Berg')).toEqual(['kees', 'berg']);
    expect(queryTokens('van der')).toEqual(['van', 'der']);
  });
});

describe('age bands (R2)', () => {
  it('puts the borders where the service concept does', () => {
    expect(ageBand('2004-01-01', '2026-12-31')).toBe('starter'); // 22
    expect(ageBand('2003-12-31', '2026-12-31')).toBe('middle'); // 23 today
    expect(ageBand('1971-12-31', '2026-12-30')).toBe('middle'); // 54, 55 tomorrow
    expect(ageBand('1971-12-31', '2026-12-31')).toBe('senior'); // 55 today
    expect(ageBand(null)).toBeNull();
  });
  it('uses the Dutch date, not UTC', () => {
    expect(todayInAmsterdam(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});

describe('key tokens: street + house number, postcode, e-mail (never reached by a name prefix)', () => {
  it.each<[string, string, number, string | null]>([
    ['one word', 'Lindelaan', 12, '^lindelaan|12'],
    ['words joined, tussenvoegsel kept', 'Burgemeester de Withstraat', 3, '^burgemeesterdewithstraat|3'],
    ['apostrophes dropped', "Van 't Hoffstraat", 7, '^vanthoffstraat|7'],
    ['diacritics folded', 'Rue de l’Église', 2, '^ruedeleglise|2'],
    ['a street of nothing but signs', '--', 1, null],
  ])('street: %s', (_name, street, number, expected) => {
    expect(streetToken(street, number)).toBe(expected);
  });

  it.each<[string, string]>([
    ['1234AB', '#1234ab'],
    ['5161 AB', '#5161ab'],
  ])('postcode %s → %s', (postcode, expected) => {
    expect(postcodeToken(postcode)).toBe(expected);
  });

  it.each<[string, string[]]>([
    ['sanne.devries@gmail.com', ['$sanne.devries@gmail.com', '@gmail.com']],
    [' Sanne.de.Vries@Linde.demo ', ['$sanne.de.vries@linde.demo', '@linde.demo']],
    ['geen-adres', []],
    ['@alleen-domein.nl', []],
    [`${'x'.repeat(60)}@lang.nl`, ['@lang.nl']],
  ])('e-mail %s', (email, expected) => {
    expect(emailTokens(email)).toEqual(expected);
  });

  it('a customer carries name words and key tokens, each once; key tokens start with a sign, never a letter or digit', () => {
    const tokens = customerSearchTokens(
      { firstName: 'Sanne', namePrefix: 'de', lastName: 'Vries' },
      { street: 'Lindelaan', houseNumber: 12, postcode: '1234AB', email: 'sanne.devries@gmail.com' },
    ).map((t) => t.token);
    expect(tokens).toEqual(['vries', 'devries', 'sanne', '^lindelaan|12', '#1234ab', '$sanne.devries@gmail.com', '@gmail.com']);
    expect(customerKeyTokens({ street: null, houseNumber: null, postcode: null, email: null })).toEqual([]);
    for (const t of customerKeyTokens({ street: 'Lindelaan', houseNumber: 1, postcode: '1234AB', email: 'a@b.nl' })) expect(t.token).toMatch(/^[#^$@]/);
  });
});
