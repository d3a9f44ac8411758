import { textKeys } from '@loket/web/ui';
import { describe, expect, it } from 'vitest';
import { sessionTexts } from './texts';

describe('session texts', () => {
  it('English has a text for every Dutch key, and no leftovers', () => {
    expect(textKeys(sessionTexts.en).sort()).toEqual(textKeys(sessionTexts.nl).sort());
  });
});
