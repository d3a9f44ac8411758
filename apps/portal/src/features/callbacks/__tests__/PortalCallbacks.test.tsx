import { saveSession, type PortalCallback } from '@loket/web/api-client';
import { fakeApi, renderRoutes, testSession } from '@loket/web/testing';
import { NowProvider } from '@loket/web/ui';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { describe, expect, it } from 'vitest';
import { portalMe } from '../../../test/fixtures';
import { MyCasesPage } from '../../my-cases';
import { RequestCallbackPage } from '../components/RequestCallbackPage';

/** Thursday 3 December 2026, 10:00 in Amsterdam. */
const NOW = new Date('2026-12-03T10:00:00+01:00');

function portalCallback(overrides: Partial<PortalCallback> = {}): PortalCallback {
  return {
    id: 'cb-1', reason: 'Wij bellen over de lekkage onder het bad.', phoneNumber: '+31612345678', status: 'scheduled',
    windowStart: '2026-12-04T07:30:00.000Z', dueAt: '2026-12-04T11:00:00.000Z', dayPart: 'OCH', caller: 'Anouk Klantcontact',
    newExpectationAt: null, completedAt: null, result: null,
    ...overrides,
  };
}

/** De Linde's open day parts from Thursday 10:00: no weekend, Friday only until noon, no evenings. */
const MOMENTS = [
  { date: '2026-12-03', dayParts: [
    { dayPart: 'OCH', windowStart: '2026-12-03T09:00:00.000Z', windowEnd: '2026-12-03T11:00:00.000Z' },
    { dayPart: 'MID', windowStart: '2026-12-03T11:00:00.000Z', windowEnd: '2026-12-03T16:00:00.000Z' },
  ] },
  { date: '2026-12-04', dayParts: [{ dayPart: 'OCH', windowStart: '2026-12-04T07:30:00.000Z', windowEnd: '2026-12-04T11:00:00.000Z' }] },
  { date: '2026-12-07', dayParts: [
    { dayPart: 'OCH', windowStart: '2026-12-07T07:30:00.000Z', windowEnd: '2026-12-07T11:00:00.000Z' },
    { dayPart: 'MID', windowStart: '2026-12-07T11:00:00.000Z', windowEnd: '2026-12-07T16:00:00.000Z' },
  ] },
];

function render(path: string) {
  return renderRoutes(
    [{
      element: (<NowProvider now={NOW}><Outlet /></NowProvider>),
      children: [
        { path: '/vragen', element: <MyCasesPage /> },
        { path: '/terugbellen', element: <RequestCallbackPage /> },
      ],
    }],
    path,
  );
}

describe('Terugbelverzoeken on Mijn vragen', () => {
  it('tells the tenant who calls, when, on which number — and after a delay when to expect us', async () => {
    saveSession(testSession());
    fakeApi((url) => {
      if (url.pathname === '/api/v1/portal/file') return { body: { cases: [] } };
      if (url.pathname === '/api/v1/portal/callbacks') {
        return {
          body: {
            items: [
              portalCallback({ id: 'cb-done', reason: 'Vraag over de huur.', status: 'completed', completedAt: '2026-12-01T13:15:00.000Z', result: 'De huur gaat per 1 juli omhoog.' }),
              portalCallback(),
              portalCallback({
                id: 'cb-late', reason: 'Over de servicekosten.', caller: null, windowStart: '2026-12-02T11:00:00.000Z', dueAt: '2026-12-02T16:00:00.000Z',
                dayPart: 'MID', newExpectationAt: '2026-12-03T16:00:00.000Z',
              }),
            ],
          },
        };
      }
      return undefined;
    });
    render('/vragen');
    const section = within(await screen.findByRole('region', { name: 'Terugbelverzoeken' }));
    const cards = await section.findAllByRole('article');
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'We bellen u later dan afgesproken',
      'We bellen u morgenochtend (08:30–12:00)',
      'Wij hebben u gebeld',
    ]);
    const [late, tomorrow, done] = cards as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(late).getByText('Sorry, het lukt ons niet om u op de afgesproken tijd te bellen. U hoort uiterlijk 3 december 2026 om 17:00 van ons.')).toBeTruthy();
    expect(late.textContent).toContain('Een medewerker van ons');
    expect(late.textContent).toContain('Afgesproken wasgistermiddag (12:00–17:00)');
    expect(tomorrow.textContent).toContain('Anouk Klantcontact');
    expect(tomorrow.textContent).toContain('06 12345678');
    expect(tomorrow.textContent).toContain('Wij bellen over de lekkage onder het bad.');
    expect(within(tomorrow).getByText('Gepland')).toBeTruthy();
    expect(done.textContent).toContain('1 december 2026 om 14:15');
    expect(done.textContent).toContain('De huur gaat per 1 juli omhoog.');
    expect(section.getByRole('link', { name: 'Wilt u dat wij u bellen? Vraag het hier.' }).getAttribute('href')).toBe('/terugbellen');
  });
});

describe('Bel mij terug', () => {
  function setup(refuseFirst: boolean) {
    saveSession(testSession());
    let posts = 0;
    const api = fakeApi((url, init) => {
      if (url.pathname === '/api/v1/portal/me') return { body: portalMe() };
      if (url.pathname === '/api/v1/portal/callbacks/moments') return { body: { days: MOMENTS } };
      if (url.pathname === '/api/v1/portal/callbacks' && init.method === 'POST') {
        posts += 1;
        const body = JSON.parse(String(init.body)) as { reason: string; date: string; dayPart: string; phoneNumber?: string };
        if (refuseFirst && posts === 1) {
          return {
            status: 400,
            body: {
              type: 'about:blank', title: 'Bad Request', status: 400, correlationId: 'c',
              errors: [{ field: 'dayPart', code: 'office_closed', message: 'valt buiten de openingstijden', suggestion: '2026-12-07 MID' }],
            },
          };
        }
        return {
          status: 201,
          body: portalCallback({
            id: 'cb-new', reason: body.reason, caller: null, phoneNumber: body.phoneNumber ?? '+31612345678',
            windowStart: '2026-12-07T11:00:00.000Z', dueAt: '2026-12-07T16:00:00.000Z', dayPart: 'MID',
          }),
        };
      }
      return undefined;
    });
    render('/terugbellen');
    return api;
  }
  const posts = (calls: { url: URL; init: RequestInit }[]) =>
    calls.filter((call) => call.init.method === 'POST').map((call) => JSON.parse(String(call.init.body)));
  const errorOf = (field: HTMLElement) =>
    document.getElementById(field.getAttribute('aria-describedby')?.split(' ').find((part) => part.endsWith('-fout')) ?? '')?.textContent;

  it('offers only the days and day parts we can call, with their open hours, and checks the form in plain Dutch', async () => {
    const { calls } = setup(false);
    expect(screen.getByRole('heading', { level: 1, name: 'Bel mij terug' })).toBeTruthy();
    const phone = screen.getByLabelText('Op welk nummer kunnen wij u bellen?') as HTMLInputElement;
    await waitFor(() => expect(phone.value).toBe('06 12345678'));
    const date = screen.getByLabelText('Op welke dag?') as HTMLSelectElement;
    await waitFor(() => expect(date.options).toHaveLength(4));
    // No weekend, no evening: only what the organization's calendar has open.
    expect([...date.options].map((option) => option.textContent)).toEqual(['Kies een dag', 'vandaag, donderdag 3 december', 'morgen, vrijdag 4 december', 'maandag 7 december']);
    expect(screen.getByText('Kies eerst een dag.')).toBeTruthy();
    expect(screen.queryAllByRole('radio')).toEqual([]);

    fireEvent.change(date, { target: { value: '2026-12-03' } });
    expect(screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual([
      '’s Ochtends, van 10:00 tot 12:00 uur', '’s Middags, van 12:00 tot 17:00 uur',
    ]);
    fireEvent.click(screen.getByLabelText('’s Middags, van 12:00 tot 17:00 uur'));
    // Friday: open in the morning only; the afternoon chosen for Thursday is no choice any more.
    fireEvent.change(date, { target: { value: '2026-12-04' } });
    expect(screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual(['’s Ochtends, van 08:30 tot 12:00 uur']);
    expect(screen.getAllByRole('radio').some((radio) => (radio as HTMLInputElement).checked)).toBe(false);

    fireEvent.change(date, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verzoek versturen' }));
    await waitFor(() => expect(errorOf(screen.getByLabelText('Waarover wilt u gebeld worden?'))).toBe('Vul in waarover u gebeld wilt worden.'));
    expect(errorOf(date)).toBe('Kies een dag.');
    expect(screen.getByText('Kies wanneer op die dag.')).toBeTruthy();
    expect(posts(calls)).toEqual([]);
  });

  it('when a moment closed meanwhile, it shows the first open moment after it (never earlier) and takes it with one button', async () => {
    const { calls } = setup(true);
    await waitFor(() => expect((screen.getByLabelText('Op welk nummer kunnen wij u bellen?') as HTMLInputElement).value).toBe('06 12345678'));
    fireEvent.change(screen.getByLabelText('Waarover wilt u gebeld worden?'), { target: { value: 'Mijn kraan lekt nog steeds.' } });
    await waitFor(() => expect((screen.getByLabelText('Op welke dag?') as HTMLSelectElement).options).toHaveLength(4));
    fireEvent.change(screen.getByLabelText('Op welke dag?'), { target: { value: '2026-12-07' } });
    fireEvent.click(screen.getByLabelText('’s Ochtends, van 08:30 tot 12:00 uur'));
    fireEvent.click(screen.getByRole('button', { name: 'Verzoek versturen' }));

    expect(await screen.findByText('Op dat moment zijn wij gesloten. Kies een ander moment.')).toBeTruthy();
    expect(screen.getByText('U koos maandagochtend. Dan kunnen wij niet bellen. Het eerste moment daarna is maandagmiddag.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gebruik maandagmiddag' }));
    expect((screen.getByLabelText('Op welke dag?') as HTMLSelectElement).value).toBe('2026-12-07');
    expect((screen.getByLabelText('’s Middags, van 12:00 tot 17:00 uur') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText('Op dat moment zijn wij gesloten. Kies een ander moment.')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Verzoek versturen' }));
    expect(await screen.findByText('Wij bellen u terug')).toBeTruthy();
    expect(screen.getByText('We bellen u maandagmiddag (12:00–17:00) op 06 12345678. U ziet de afspraak ook bij Mijn vragen.')).toBeTruthy();
    expect(posts(calls)).toEqual([
      { reason: 'Mijn kraan lekt nog steeds.', date: '2026-12-07', dayPart: 'OCH' },
      { reason: 'Mijn kraan lekt nog steeds.', date: '2026-12-07', dayPart: 'MID' },
    ]);
  });

  it('sends another number when the tenant gives one', async () => {
    const { calls } = setup(false);
    const phone = screen.getByLabelText('Op welk nummer kunnen wij u bellen?');
    await waitFor(() => expect((phone as HTMLInputElement).value).toBe('06 12345678'));
    fireEvent.change(phone, { target: { value: '06-98 76 54 32' } });
    fireEvent.change(screen.getByLabelText('Waarover wilt u gebeld worden?'), { target: { value: 'Over mijn huurcontract.' } });
    await waitFor(() => expect((screen.getByLabelText('Op welke dag?') as HTMLSelectElement).options).toHaveLength(4));
    fireEvent.change(screen.getByLabelText('Op welke dag?'), { target: { value: '2026-12-07' } });
    fireEvent.click(screen.getByLabelText('’s Ochtends, van 08:30 tot 12:00 uur'));
    fireEvent.click(screen.getByRole('button', { name: 'Verzoek versturen' }));
    await screen.findByText('Wij bellen u terug');
    expect(posts(calls)).toEqual([{ reason: 'Over mijn huurcontract.', date: '2026-12-07', dayPart: 'OCH', phoneNumber: '0698765432' }]);
  });
});
