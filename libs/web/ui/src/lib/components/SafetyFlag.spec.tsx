import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { startI18n } from '../../testing';
import { SafetyFlag, safetyCodes } from './SafetyFlag';

/** What an app brings: the marker names (agent: MARKER_NAMES_NL). */
const appTexts = { markerNames: { AGR: 'Agressie', WAN: 'Wangedrag naar medewerkers', ONB: 'Ondersteuningsbehoefte', SCH: 'Huurschuld', OVE: 'Overlast' } };

describe('SafetyFlag', () => {
  beforeAll(() => startI18n(appTexts));

  it('warns in words, not colour alone: an icon hidden from screen readers and "Let op, veiligheidsmarkering:" before the name', () => {
    const { container } = render(
      <p>
        Kees van den Berg <SafetyFlag codes={['AGR']} />
      </p>,
    );
    // Read aloud with the row: the words a screen reader says.
    expect(container.textContent?.replace(/\s+/g, ' ')).toBe('Kees van den Berg ⚠ Let op, veiligheidsmarkering: Agressie');
    expect(screen.getByText('⚠').getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByText('Let op, veiligheidsmarkering:').className).toContain('lk-visually-hidden');
    expect(container.querySelector('.lk-badge--danger')?.textContent).toContain('Agressie');
    // Part of the row, not a live region of its own: it is not announced on every re-render.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(container.querySelector('[aria-live]')).toBeNull();
  });

  it('shows AGR before WAN, each once', () => {
    const { container } = render(<SafetyFlag codes={['WAN', 'AGR', 'AGR']} />);
    // Words apart when read aloud as one line.
    expect(container.textContent?.replace(/\s+/g, ' ').trim()).toBe('⚠ Let op, veiligheidsmarkering: Agressie ⚠ Let op, veiligheidsmarkering: Wangedrag naar medewerkers');
    const badges = Array.from(container.querySelectorAll('.lk-badge')).map((b) => b.textContent?.replace(/\s+/g, ' ').trim());
    expect(badges).toEqual(['⚠ Let op, veiligheidsmarkering: Agressie', '⚠ Let op, veiligheidsmarkering: Wangedrag naar medewerkers']);
  });

  it('shows only the safety markers of a list of all active markers (a search hit)', () => {
    const { container } = render(<SafetyFlag codes={['SCH', 'WAN', 'ONB']} />);
    expect(container.textContent).toContain('Wangedrag naar medewerkers');
    expect(container.textContent).not.toContain('Huurschuld');
    expect(container.textContent).not.toContain('Ondersteuningsbehoefte');
  });

  it.each([
    ['no markers', []],
    ['only other markers', ['SCH', 'ONB']],
    ['nothing known', undefined],
    ['null', null],
  ] as const)('renders nothing for %s', (_label, codes) => {
    const { container } = render(<SafetyFlag codes={codes} />);
    expect(container.innerHTML).toBe('');
  });

  it.each([
    [['AGR', 'WAN'], ['AGR', 'WAN']],
    [['WAN', 'SCH', 'AGR'], ['AGR', 'WAN']],
    [['OVE'], []],
    [undefined, []],
  ] as const)('safetyCodes(%j) is %j', (codes, expected) => {
    expect(safetyCodes(codes)).toEqual(expected);
  });
});
