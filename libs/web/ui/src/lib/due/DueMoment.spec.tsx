import type { CalendarSettings } from '@loket/shared/business-calendar';
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { startI18n } from '../../testing';
import { NowProvider, useNow } from '../hooks/useNow';
import { DueMoment } from './DueMoment';

const linde: CalendarSettings = {
  timeZone: 'Europe/Amsterdam',
  openingHours: {
    mon: [['08:30', '17:00']], tue: [['08:30', '17:00']], wed: [['08:30', '17:00']], thu: [['08:30', '17:00']], fri: [['08:30', '12:00']],
    sat: [], sun: [],
  },
  publicHolidays: { country: 'NL', goodFriday: 'open', liberationDay: 'lustrum_years' },
};
/** Thursday 3 December 2026, 16:00 in Amsterdam. */
const NOW = new Date('2026-12-03T16:00:00+01:00');
const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('DueMoment', () => {
  beforeAll(() => startI18n());

  it('says the due moment, with a <time> element and the full date as text (no tooltip)', () => {
    const { container } = render(<DueMoment clock={{ dueAt: '2026-12-07T16:00:00Z' }} now={NOW} calendar={linde} variant="full" />);
    const time = container.querySelector('time');
    expect(time?.getAttribute('dateTime')).toBe('2026-12-07T16:00:00.000Z');
    expect(time?.textContent).toBe('uiterlijk maandag 17:00');
    const full = screen.getByText('Termijn: maandag 7 december 2026 om 17:00');
    expect(full.className).toBe('lk-due__full');
    expect(container.querySelector('[title]')).toBeNull();
    expect(container.firstElementChild?.getAttribute('data-risk')).toBe('ok');
    expect(normalise(container.textContent)).toBe('Op tijd: uiterlijk maandag 17:00Termijn: maandag 7 december 2026 om 17:00');
  });

  it('marks a near due moment (in business time) with the warning badge, an icon and spoken words', async () => {
    const { container } = render(<DueMoment clock={{ dueAt: '2026-12-04T09:00:00Z' }} now={NOW} calendar={linde} />);
    expect((await screen.findByText('Bijna te laat:')).className).toBe('lk-visually-hidden');
    const root = container.firstElementChild as HTMLElement;
    expect(root.className).toContain('lk-due--at_risk');
    expect(root.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByText('uiterlijk morgen 10:00').tagName).toBe('TIME');
    // compact: the full date is there for screen readers only
    expect(screen.getByText(/Termijn: vrijdag 4 december 2026 om 10:00/).className).toBe('lk-visually-hidden');
  });

  it('shows a late target in the danger badge; the text says it is late, so no extra words', async () => {
    const { container } = render(<DueMoment clock={{ dueAt: '2026-12-03T13:00:00Z' }} now={NOW} calendar={linde} />);
    expect(await screen.findByText('2 werkuren te laat')).toBeTruthy();
    expect(container.firstElementChild?.className).toContain('lk-due--breached');
    expect(screen.queryByText('Te laat:')).toBeNull();
  });

  it('says in Dutch that a paused clock waits for the customer', () => {
    const { container } = render(<DueMoment clock={{ dueAt: '2026-12-04T09:00:00Z', state: 'paused' }} now={NOW} calendar={linde} />);
    expect(container.firstElementChild?.getAttribute('data-risk')).toBe('paused');
    expect(screen.getByText('gepauzeerd: wacht op klant')).toBeTruthy();
  });

  it('says so when there is no target', () => {
    render(<DueMoment clock={{ dueAt: null }} now={NOW} calendar={linde} />);
    expect(screen.getByText('geen termijn')).toBeTruthy();
  });

  it('takes "now" from a NowProvider, so screens can be tested at a fixed moment', async () => {
    function WithNow() {
      const now = useNow();
      return <DueMoment clock={{ dueAt: '2026-12-03T16:00:00Z' }} now={now} calendar={linde} />;
    }
    render(
      <NowProvider now={new Date('2026-12-03T15:15:00+01:00')}>
        <WithNow />
      </NowProvider>,
    );
    expect(await screen.findByText('over 1 werkuur')).toBeTruthy();
  });
});
