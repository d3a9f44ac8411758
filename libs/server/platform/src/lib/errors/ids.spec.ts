import { isUuid, uuidOr } from './ids';

describe('ids', () => {
  it.each([
    ['0b7a3c7e-1f0a-4c55-9d3e-2a1b4c5d6e7f', true],
    ['0B7A3C7E-1F0A-4C55-9D3E-2A1B4C5D6E7F', true],
    ['0b7a3c7e1f0a4c559d3e2a1b4c5d6e7f', false],
    ['0b7a3c7e-1f0a-4c55-9d3e-2a1b4c5d6e7', false],
    ['me', false],
    [42, false],
  ])('isUuid(%p) is %p', (value, expected) => {
    expect(isUuid(value)).toBe(expected);
  });

  it.each([
    ['me', true],
    ['0b7a3c7e-1f0a-4c55-9d3e-2a1b4c5d6e7f', true],
    ['meme', false],
    ['me 0b7a3c7e-1f0a-4c55-9d3e-2a1b4c5d6e7f', false],
  ])('uuidOr("me") matches %p: %p', (value, expected) => {
    expect(uuidOr('me').test(value)).toBe(expected);
  });
});
