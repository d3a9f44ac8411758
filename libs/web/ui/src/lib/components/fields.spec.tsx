import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RadioGroup, TextField } from './fields';

afterEach(cleanup);

describe('TextField', () => {
  it('ties hint and error to the input, so a screen reader reads them with the label', () => {
    render(<TextField label="E-mailadres" hint="Bijvoorbeeld naam@voorbeeld.nl" error="Vul uw e-mailadres in." />);
    const input = screen.getByLabelText('E-mailadres');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['Bijvoorbeeld naam@voorbeeld.nl', 'Vul uw e-mailadres in.']);
  });

  it('is not marked invalid without an error', () => {
    render(<TextField label="Naam" />);
    const input = screen.getByLabelText('Naam');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBeNull();
  });
});

describe('RadioGroup', () => {
  it('groups the options under the question and describes the group with the error', () => {
    render(
      <RadioGroup
        legend="Hoe wilt u contact?"
        name="channel"
        error="Kies een manier."
        options={[
          { value: 'email', label: 'E-mail' },
          { value: 'phone', label: 'Telefoon' },
        ]}
      />,
    );
    const group = screen.getByRole('group', { name: 'Hoe wilt u contact?' });
    expect(document.getElementById(group.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Kies een manier.');
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    expect(screen.getByRole('radio', { name: 'Telefoon' })).toBeTruthy();
  });
});
