import { describe, expect, it } from 'vitest';
import { sanne } from '../../../test/fixtures';
import { formFieldFor, preferencesFormValues, toPreferencesRequest } from '../api/preferences';

describe('toPreferencesRequest', () => {
  it('sends nothing when nothing changed', () => {
    expect(toPreferencesRequest(sanne(), preferencesFormValues(sanne()))).toBeNull();
  });

  it('sends an emptied e-mail address as null and drops empty phone rows', () => {
    const values = { ...preferencesFormValues(sanne()), email: '  ', phoneNumbers: [{ number: '', label: 'mobile' as const }] };
    expect(toPreferencesRequest(sanne(), values)).toEqual({ email: null, phoneNumbers: [] });
  });

  it('maps API field names of phone numbers to the right row', () => {
    expect(formFieldFor('phoneNumbers[2].number')).toBe('phoneNumbers.2.number');
    expect(formFieldFor('phoneNumbers.1.number')).toBe('phoneNumbers.1.number');
    expect(formFieldFor('phoneNumbers')).toBe('phoneNumbers.0.number');
    expect(formFieldFor('language')).toBeNull();
  });
});
