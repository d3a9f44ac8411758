import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { marker } from '../../../test/fixtures';
import { MarkerAlerts } from '../components/MarkerAlerts';

describe('MarkerAlerts', () => {
  it('shows a safety marker as an alert with its name and note, before any other marker', () => {
    const { container } = render(
      <MarkerAlerts
        markers={[
          marker({ code: 'ONB', note: 'Heeft hulp nodig bij formulieren.' }),
          marker({ code: 'AGR', note: 'Heeft een medewerker bedreigd aan de balie.' }),
        ]}
      />,
    );

    const alert = screen.getByRole('alert');
    expect(alert).toHaveProperty('textContent', expect.stringContaining('Let op: Agressie — Heeft een medewerker bedreigd aan de balie.'));
    expect(within(alert).queryByText(/Ondersteuningsbehoefte/)).toBeNull();

    const text = container.textContent ?? '';
    expect(text.indexOf('Agressie')).toBeLessThan(text.indexOf('Ondersteuningsbehoefte'));
    const others = screen.getByRole('list', { name: 'Andere signaleringen' });
    expect(within(others).getByText('Ondersteuningsbehoefte')).toBeTruthy();
    expect(within(others).getByText('Heeft hulp nodig bij formulieren.')).toBeTruthy();
  });

  it('puts AGR before WAN when both are active', () => {
    render(
      <MarkerAlerts
        markers={[marker({ code: 'WAN', note: 'Scheldt aan de telefoon.' }), marker({ code: 'AGR', note: 'Dreigt met geweld.' })]}
      />,
    );
    const lines = within(screen.getByRole('alert')).getAllByRole('listitem').map((li) => li.textContent);
    expect(lines[0]).toContain('Let op: Agressie — Dreigt met geweld.');
    expect(lines[1]).toContain('Let op: Wangedrag naar medewerkers — Scheldt aan de telefoon.');
  });

  it('raises no alarm for ended markers or customers without markers', () => {
    const { container, rerender } = render(
      <MarkerAlerts markers={[marker({ code: 'AGR', note: 'Oud incident.', active: false, validUntil: '2023-01-01' })]} />,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(container.textContent).toBe('');
    rerender(<MarkerAlerts markers={[]} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('does not raise the alarm for non-safety markers', () => {
    render(<MarkerAlerts markers={[marker({ code: 'SCH', note: 'Betalingsregeling loopt.' })]} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Huurschuld')).toBeTruthy();
  });
});
