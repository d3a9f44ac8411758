import { nestsDeeperThan } from './json-body';
import { unstorableText } from '../errors/validation';

describe('JSON depth', () => {
  it('counts objects and arrays, not brackets inside strings or after escapes', () => {
    expect(nestsDeeperThan('[[[]]]', 3)).toBe(false);
    expect(nestsDeeperThan('[[[[]]]]', 3)).toBe(true);
    expect(nestsDeeperThan('{"a":{"b":[1,{"c":2}]}}', 4)).toBe(false);
    expect(nestsDeeperThan('{"a":{"b":[1,{"c":{}}]}}', 4)).toBe(true);
    expect(nestsDeeperThan(JSON.stringify({ text: '[[[[[[{{{{{{' }), 1)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ text: 'a \\" [[[[ \\\\' }), 1)).toBe(false);
    expect(nestsDeeperThan('['.repeat(5000) + ']'.repeat(5000), 32)).toBe(true);
  });
});

describe('text no column can hold', () => {
  it('names NUL bytes and lone surrogates the way the validation pipe names fields', () => {
    expect(unstorableText({ summary: 'ok', address: { street: 'Kerk\u0000straat' }, phoneNumbers: [{ number: '06' }, { number: '\ud800' }] })).toEqual([
      { field: 'address.street', code: 'unstorable_text' },
      { field: 'phoneNumbers[1].number', code: 'unstorable_text' },
    ]);
    expect(unstorableText('lek\u0000', 'q')).toEqual([{ field: 'q', code: 'unstorable_text' }]);
    expect(unstorableText(['\udc00x'])).toEqual([{ field: 'body[0]', code: 'unstorable_text' }]);
    // A surrogate pair is one character (an emoji): fine. So are other control characters and any script.
    expect(unstorableText({ a: '😀 \u0001 ä عربى 中文', b: 1, c: null, d: true })).toEqual([]);
  });
});
