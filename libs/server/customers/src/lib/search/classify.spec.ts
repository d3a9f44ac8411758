import { classifyQuery } from './classify';

describe('what a search box entry is', () => {
  it('sends e-mail addresses to the e-mail lookup, lower-cased', () => {
    expect(classifyQuery(' Huurder@Linde.demo ')).toEqual({ kind: 'email', email: 'huurder@linde.demo' });
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
});
