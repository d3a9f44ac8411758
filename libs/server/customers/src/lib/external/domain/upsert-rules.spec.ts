import { decideMatch, diffFields, mainTenantIndex, parseIfMatch, rounds, type MatchCandidate } from './upsert-rules';

const c = (customerId: string, field: MatchCandidate['field'], externalId: string | null = null, erased = false): MatchCandidate => ({
  customerId, customerNumber: `K${customerId}`, externalId, erased, field,
});

describe('diffFields', () => {
  it.each([
    ['a new record: every given field', null, { a: 1, b: null }, { a: [null, 1], b: [null, null] }],
    ['nothing changed', { a: 1, b: 'x' }, { a: 1, b: 'x' }, {}],
    ['one value changed', { a: 1, b: 'x' }, { a: 2, b: 'x' }, { a: [1, 2] }],
    ['a value removed (null)', { a: 1 }, { a: null }, { a: [1, null] }],
    ['undefined is left alone', { a: 1 }, { a: undefined }, {}],
    ['arrays by their content', { p: ['+31612345678'] }, { p: ['+31612345678'] }, {}],
    ['arrays in another order differ', { p: ['a', 'b'] }, { p: ['b', 'a'] }, { p: [['a', 'b'], ['b', 'a']] }],
    ['a missing old field is null', {}, { a: null }, {}],
  ])('%s', (_name, current, next, expected) => {
    expect(diffFields(current as Record<string, unknown> | null, next as Record<string, unknown>)).toEqual(expected);
  });
});

describe('decideMatch', () => {
  it.each<[string, MatchCandidate[], ReturnType<typeof decideMatch>['kind']]>([
    ['no candidate: new', [], 'new'],
    ['one customer on e-mail: link', [c('1', 'email')], 'link'],
    ['one customer on e-mail and phone: link', [c('1', 'email'), c('1', 'phone')], 'link'],
    ['two customers: conflict', [c('1', 'email'), c('2', 'phone')], 'conflict'],
    ['one customer linked to another idExtern: conflict', [c('1', 'code', 'R-9')], 'conflict'],
    ['the one customer is erased: refused', [c('1', 'phone', null, true)], 'erased'],
  ])('%s', (_name, candidates, kind) => {
    expect(decideMatch(candidates).kind).toBe(kind);
  });

  it('reports which key matched which customer number, each once', () => {
    expect(decideMatch([c('1', 'email'), c('1', 'email'), c('2', 'phone', 'R-2')])).toEqual({
      kind: 'conflict',
      matches: [
        { field: 'email', customerNumber: 'K1', externalId: null },
        { field: 'phone', customerNumber: 'K2', externalId: 'R-2' },
      ],
    });
  });

  it('says on which keys it linked', () => {
    expect(decideMatch([c('1', 'email'), c('1', 'phone'), c('1', 'phone')])).toEqual({ kind: 'link', customerId: '1', matchedOn: ['email', 'phone'] });
  });
});

describe('rounds', () => {
  it.each([
    ['unique keys: one round', ['a', 'b', 'c'], [['a', 'b', 'c']]],
    ['a repeated key goes to the next round, in order', ['a', 'b', 'a', 'a', 'c'], [['a', 'b', 'c'], ['a'], ['a']]],
    ['nothing', [], []],
  ])('%s', (_name, keys, expected) => {
    expect(rounds(keys, (k) => k)).toEqual(expected);
  });
});

describe('mainTenantIndex', () => {
  it.each([
    [[{ role: 'HUU' }, { role: 'MDH' }], 0],
    [[{ role: 'MDH' }, { role: 'HUU' }], 1],
    [[{ role: 'MDH' }], 0],
  ])('%j → %i', (parties, index) => expect(mainTenantIndex(parties)).toBe(index));
});

describe('parseIfMatch', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['"3"', 3],
    ['W/"12"', 12],
    ['7', 7],
    ['*', '*'],
    ['"abc"', 'invalid'],
  ])('%j → %j', (header, expected) => expect(parseIfMatch(header)).toEqual(expected));
});
