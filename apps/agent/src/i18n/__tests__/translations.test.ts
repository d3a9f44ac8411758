import { textKeys } from '@loket/web/ui';
import { describe, expect, it } from 'vitest';
import { en, nl } from '../resources';

describe('translations', () => {
  it('English has a text for every Dutch key, and no leftovers', () => {
    expect(textKeys(en).sort()).toEqual(textKeys(nl).sort());
  });
});
