import { classifyQuery } from './classify';

describe('what a search box entry is', () => {
  it('sends e-mail addresses to the e-mail lookup, lower-cased', () => {
    expect(classifyQuery(' Huurder@Linde.demo ')).toEqual({ kind: 'email', email: 'huurder@linde.demo', prefix: '$huurder@linde.demo' });
  });
  it('reads postcode + house number', () => {
    expect(classifyQuery('5161 ab 12-a')).toEqual({ kind: 'address', address: { postcode: '5161AB', houseNumber: 12, suffix: 'A' } });
  });
  it('reads phone numbers in any spelling, and still tries them as a customer number', () => {
    expect(classifyQuery('06-12345678')).toEqual({ kind: 'identifier', customerNumber: '0612345678', phone: '+31612345678' });
    expect(classifyQuery('+31 6 1234 5678')).toMatchObject({ phone: '+31612345678' });
  });
  it('reads short digit strings as customer numbers only', () => {
    expect(classifyQuery('100002')).toEqual({ kind: 'identifier', customerNumber: '100002', phone: null });
  });
  it('reads names into tokens without tussenvoegsels', () => {
    expect(classifyQuery('Kees van den Berg')).toEqual({ kind: 'name', tokens: ['kees', 'berg'] });
  });
  it('gives up on entries without letters or digits', () => {
    expect(classifyQuery('--')).toEqual({ kind: 'identifier', customerNumber: '', phone: null });
    expect(classifyQuery('!!')).toBeNull();
  });
  it.each<[string, string, ReturnType<typeof classifyQuery>]>([
    ['street + house number', 'Lindelaan 12', { kind: 'street', token: '^lindelaan|12', orName: ['lindelaan', '12'] }],
    ['street + house number and letter', 'lindelaan 12a', { kind: 'street', token: '^lindelaan|12', orName: ['lindelaan', '12a'] }],
    ['street of more words + house number', 'Burgemeester de Withstraat 3-2', { kind: 'street', token: '^burgemeesterdewithstraat|3', orName: ['burgemeester', 'withstraat', '3', '2'] }],
    ['name + postcode', 'de Vries 1234AB', { kind: 'name', tokens: ['vries'], postcode: '#1234ab' }],
    ['name + postcode with a space, lower case', 'Vries 1234 ab', { kind: 'name', tokens: ['vries'], postcode: '#1234ab' }],
    ['postcode first, then the name', '1234 AB Jansen', { kind: 'name', tokens: ['jansen'], postcode: '#1234ab' }],
    ['a postcode that is never issued is no postcode', 'Vries 1234 SS', { kind: 'street', token: '^vries|1234', orName: ['vries', '1234', 'ss'] }],
    ['the start of an e-mail address', 'sanne.de', { kind: 'email', email: null, prefix: '$sanne.de', orName: ['sanne'] }],
    ['an e-mail domain', '@gmail', { kind: 'email', email: null, prefix: '@gmail' }],
    ['a part with its @', 'sanne.devries@gm', { kind: 'email', email: null, prefix: '$sanne.devries@gm' }],
    ['a name stays a name', 'Kees van den Berg', { kind: 'name', tokens: ['kees', 'berg'] }],
    ['a double surname stays a name', 'Jansen-Smit', { kind: 'name', tokens: ['jansen', 'smit'] }],
  ])('reads %s: "%s"', (_name, q, expected) => {
    expect(classifyQuery(q)).toEqual(expected);
  });
});
