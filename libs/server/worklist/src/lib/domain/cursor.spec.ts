import { decodeWorklistCursor, encodeWorklistCursor } from './cursor';

const id = '0b9c3f5e-8a61-4a53-9e0e-6c1d3c2b7a10';

describe('worklist cursor', () => {
  it.each([
    [{ dueAt: '2026-12-07T09:00:00.000Z', id }],
    [{ dueAt: null, id }],
  ])('round-trips %j', (p) => {
    expect(decodeWorklistCursor(encodeWorklistCursor(p))).toEqual(p);
  });

  it.each([
    ['not base64 json', '!!!'],
    ['an offset cursor', Buffer.from('{"o":50}').toString('base64url')],
    ['no uuid', Buffer.from('{"d":null,"i":"x"}').toString('base64url')],
    ['no date', Buffer.from(`{"d":"gisteren","i":"${id}"}`).toString('base64url')],
    ['a number', Buffer.from('42').toString('base64url')],
  ])('refuses %s', (_name, cursor) => {
    expect(decodeWorklistCursor(cursor)).toBeUndefined();
  });
});
