import { saveSession, type KpiReport } from '@loket/web/api-client';
import { fakeApi, renderWithRouter, testSession } from '@loket/web/testing';
import { NowProvider } from '@loket/web/ui';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { KpiPage, previousMonth } from '../components/KpiPage';

const report = {
  from: '2026-11-01', to: '2026-11-30', fcrRate: 0.4, contactsPerCase: 1.2,
  firstContactResolution: {
    definition: 'Een vraag is opgelost in het eerste contact als twee dingen kloppen. We gaven in het eerste contact het antwoord. En de klant kwam binnen 5 werkdagen niet terug over dezelfde vraag, via welk kanaal ook.',
    windowWorkingDays: 5, rate: 0.4, yes: 2, no: 3, notYetKnown: 1,
  },
  contactsPerQuestion: { questions: 5, mean: 1.2, one: 4, two: 1, threeOrMore: 0 },
} as unknown as KpiReport;

describe('Rapportage', () => {
  it.each([
    ['2026-12-05', { from: '2026-11-01', to: '2026-11-30' }],
    ['2027-01-15', { from: '2026-12-01', to: '2026-12-31' }],
    ['2028-03-01', { from: '2028-02-01', to: '2028-02-29' }],
  ])('on %s it shows the previous month by default', (today, period) => {
    expect(previousMonth(today)).toEqual(period);
  });

  it('states the first-contact rule in plain Dutch and shows contacts per question as bars', async () => {
    saveSession(testSession());
    const { calls } = fakeApi((url) => (url.pathname === '/api/v1/reports/kpis' ? { body: report } : undefined));
    renderWithRouter(
      <NowProvider now={new Date('2026-12-05T10:00:00+01:00')}>
        <KpiPage />
      </NowProvider>,
    );
    const fcr = within(await screen.findByRole('region', { name: 'Opgelost in het eerste contact' }));
    expect(fcr.getByText('40%')).toBeTruthy();
    expect(fcr.getByText('2 van de 5 vragen waarvan we het al weten.')).toBeTruthy();
    expect(fcr.getByText(/binnen 5 werkdagen niet terug over dezelfde vraag/)).toBeTruthy();
    expect(fcr.getByRole('row', { name: /Nog niet bekend 1/ })).toBeTruthy();
    const contacts = within(screen.getByRole('region', { name: 'Contacten per vraag' }));
    expect(contacts.getByText('1,2')).toBeTruthy();
    expect(contacts.getByRole('row', { name: /1 contact 4/ })).toBeTruthy();
    expect(contacts.getByRole('row', { name: /3 of meer 0/ })).toBeTruthy();
    expect(calls.find((call) => call.url.pathname === '/api/v1/reports/kpis')?.url.search).toBe('?from=2026-11-01&to=2026-11-30');
  });
});
