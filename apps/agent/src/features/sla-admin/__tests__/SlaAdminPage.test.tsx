import { saveSession, type PutSlaCalendarRequest, type PutSlaPoliciesRequest, type SlaCalendar, type SlaPolicies, type SlaPreview } from '@loket/web/api-client';
import { NowProvider } from '@loket/web/ui';
import { fakeApi, renderRoutes, sessionUser, testSession } from '@loket/web/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/routes';
import { lindeCalendar, lindePolicies, topicsFixture } from '../../../test/fixtures';

/** Sunday 22 November 2026, noon in Amsterdam: the fixed example is a phone call on Friday 27 November 11:55. */
const NOW = new Date('2026-11-22T12:00:00+01:00');
const EXAMPLE_AT = '2026-11-27T11:55:00+01:00';

interface Options {
  roles?: ('agent' | 'admin')[];
  putCalendar?: (body: PutSlaCalendarRequest) => { status?: number; body?: unknown } | undefined;
  putPolicies?: (body: PutSlaPoliciesRequest) => { status?: number; body?: unknown } | undefined;
}

function preview(channel: string, at: string, topic?: string | null): SlaPreview {
  const friday = at.startsWith('2026-12-04');
  return {
    channel: channel as SlaPreview['channel'], topic: null, at, countedFrom: at, receivedOutsideOpeningHours: false,
    firstResponseDueAt: friday ? '2026-12-07T16:00:00Z' : '2026-11-30T16:00:00Z', dueAt: null,
    policy: {
      channel: 'phone', topic: topic ? { id: 't-ovl', code: 'overlast', name: 'Overlast' } : null,
      firstResponse: { type: 'working_days', days: 1 }, resolution: null,
    },
  };
}

function setup({ roles = ['admin'], putCalendar, putPolicies }: Options = {}) {
  saveSession(testSession());
  let calendar: SlaCalendar = lindeCalendar();
  let policies: SlaPolicies = lindePolicies();
  const api = fakeApi((url, init) => {
    const method = init.method ?? 'GET';
    if (url.pathname === '/api/v1/auth/me') return { body: sessionUser('staff', { roles }) };
    if (url.pathname === '/api/v1/topics') return { body: { items: topicsFixture } };
    if (url.pathname === '/api/v1/sla/calendar' && method === 'GET') return { body: calendar };
    if (url.pathname === '/api/v1/sla/calendar' && method === 'PUT') {
      const body = JSON.parse(String(init.body)) as PutSlaCalendarRequest;
      const answer = putCalendar?.(body);
      if (answer) return answer;
      calendar = { ...body, holidays: calendar.holidays, updatedAt: '2026-11-22T12:01:00+01:00' };
      return { body: calendar };
    }
    if (url.pathname === '/api/v1/sla/policies' && method === 'GET') return { body: policies };
    if (url.pathname === '/api/v1/sla/policies' && method === 'PUT') {
      const body = JSON.parse(String(init.body)) as PutSlaPoliciesRequest;
      const answer = putPolicies?.(body);
      if (answer) return answer;
      policies = {
        items: body.items.map((item) => ({
          channel: item.channel, topic: topicsFixture.find((topic) => topic.id === item.topic) ?? null,
          firstResponse: item.firstResponse ?? null, resolution: item.resolution ?? null,
        })),
        updatedAt: '2026-11-22T12:02:00+01:00',
      };
      return { body: policies };
    }
    if (url.pathname === '/api/v1/sla/preview') {
      return { body: preview(url.searchParams.get('channel') ?? '', url.searchParams.get('at') ?? '', url.searchParams.get('topic')) };
    }
    return undefined;
  });
  const view = renderRoutes(
    [{ element: (<NowProvider now={NOW}><Outlet /></NowProvider>), children: routes }],
    '/beheer/reactietermijnen',
  );
  return { ...api, ...view };
}

const puts = (calls: { url: URL; init: RequestInit }[], path: string) =>
  calls.filter((call) => call.init.method === 'PUT' && call.url.pathname === path).map((call) => JSON.parse(String(call.init.body)));

function errorOf(field: HTMLElement) {
  const id = field.getAttribute('aria-describedby')?.split(' ').find((part) => part.endsWith('-fout'));
  return id ? document.getElementById(id)?.textContent : undefined;
}

async function ready() {
  await screen.findByRole('heading', { level: 2, name: 'Openingstijden' });
}

describe('Openingstijden en reactietermijnen', () => {
  it('tells an employee without the admin role kindly that the screen is not for them, and loads nothing', async () => {
    const { calls } = setup({ roles: ['agent'] });
    expect(await screen.findByText('Dit scherm is alleen voor beheerders')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Openingstijden en reactietermijnen' })).toBeTruthy();
    // The menu is there (callbacks are for every agent), without the administrators' screen.
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Mijn terugbelverzoeken' })).toBeTruthy();
    expect(within(menu).queryByRole('link', { name: 'Openingstijden en reactietermijnen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Openingstijden opslaan' })).toBeNull();
    expect(calls.some((call) => call.url.pathname.startsWith('/api/v1/sla/'))).toBe(false);
  });

  it('shows an administrator the menu link, the week, the holidays and the fixed example', async () => {
    setup();
    await ready();
    const menu = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(menu).getByRole('link', { name: 'Openingstijden en reactietermijnen' }).getAttribute('aria-current')).toBe('page');
    expect((screen.getByRole('textbox', { name: 'Van (Maandag, tijdvak 1)' }) as HTMLInputElement).value).toBe('08:30');
    expect((screen.getByLabelText('Tot (Vrijdag, tijdvak 1)') as HTMLInputElement).value).toBe('12:00');
    expect(within(screen.getByRole('group', { name: 'Zaterdag' })).getByText('Gesloten')).toBeTruthy();
    expect((within(screen.getByRole('group', { name: 'Goede Vrijdag' })).getByLabelText('Open') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Alleen dicht in lustrumjaren (2025, 2030, …)') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('region', { name: 'Feestdagen waarop we dicht zijn' }).textContent).toContain('vrijdag 25 december 2026: Eerste Kerstdag');
    expect(
      await screen.findByText('Een telefoontje op vrijdag 27 november 11:55 moet uiterlijk maandag 30 november 17:00 beantwoord zijn.'),
    ).toBeTruthy();
  });

  it('edits opening intervals, holidays and closing days, keeping the focus where the keyboard user is, and saves the whole calendar', async () => {
    const { calls } = setup();
    await ready();

    fireEvent.click(screen.getByRole('button', { name: 'Tijdvak toevoegen (Zaterdag)' }));
    const satFrom = await screen.findByLabelText('Van (Zaterdag, tijdvak 1)');
    await waitFor(() => expect(document.activeElement).toBe(satFrom));
    fireEvent.change(satFrom, { target: { value: '9' } });
    fireEvent.blur(satFrom);
    await waitFor(() => expect((satFrom as HTMLInputElement).value).toBe('09:00'));
    const satTo = screen.getByLabelText('Tot (Zaterdag, tijdvak 1)');
    fireEvent.change(satTo, { target: { value: '1230' } });
    fireEvent.blur(satTo);
    await waitFor(() => expect((satTo as HTMLInputElement).value).toBe('12:30'));
    fireEvent.click(screen.getByLabelText('Alleen op afspraak (Zaterdag, tijdvak 1)'));

    fireEvent.click(screen.getByRole('button', { name: 'Tijdvak toevoegen (Zondag)' }));
    fireEvent.change(await screen.findByLabelText('Van (Zondag, tijdvak 1)'), { target: { value: '22:00' } });
    fireEvent.change(screen.getByLabelText('Tot (Zondag, tijdvak 1)'), { target: { value: '02:00' } });
    fireEvent.click(screen.getByLabelText('Loopt door na middernacht (Zondag, tijdvak 1)'));

    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen (Woensdag, tijdvak 1)' }));
    const wednesday = screen.getByRole('group', { name: 'Woensdag' });
    expect(within(wednesday).getByText('Gesloten')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Tijdvak toevoegen (Woensdag)' }));

    fireEvent.click(within(screen.getByRole('group', { name: 'Goede Vrijdag' })).getByLabelText('Dicht'));
    fireEvent.click(screen.getByLabelText('Elk jaar dicht'));

    fireEvent.click(screen.getByRole('button', { name: 'Sluitingsdag toevoegen' }));
    const closing = await screen.findByRole('group', { name: 'Sluitingsdag 1' });
    fireEvent.change(within(closing).getByLabelText('Datum (of eerste dag)'), { target: { value: '2026-12-28' } });
    fireEvent.change(within(closing).getByLabelText(/^Laatste dag/), { target: { value: '2026-12-31' } });
    fireEvent.change(within(closing).getByLabelText(/^Reden/), { target: { value: 'Tussen Kerst en Nieuwjaar' } });

    fireEvent.click(screen.getByRole('button', { name: 'Openingstijden opslaan' }));
    expect(await screen.findByText(/De openingstijden zijn opgeslagen/)).toBeTruthy();
    const [body] = puts(calls, '/api/v1/sla/calendar');
    expect(body).toEqual({
      timeZone: 'Europe/Amsterdam',
      openingHours: {
        mon: [['08:30', '17:00']], tue: [['08:30', '17:00']], wed: [], thu: [['08:30', '17:00']], fri: [['08:30', '12:00']],
        sat: [{ from: '09:00', to: '12:30', appointmentOnly: true }],
        sun: [{ from: '22:00', to: '02:00', overnight: true }],
      },
      publicHolidays: { country: 'NL', goodFriday: 'closed', liberationDay: 'every_year' },
      closingDays: [{ from: '2026-12-28', to: '2026-12-31', reason: 'Tussen Kerst en Nieuwjaar' }],
    });
  });

  it('explains in Dutch, next to the field, an end time before the start time, and sends nothing', async () => {
    const { calls } = setup();
    await ready();
    const to = screen.getByLabelText('Tot (Dinsdag, tijdvak 1)');
    fireEvent.change(to, { target: { value: '07:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Openingstijden opslaan' }));
    await waitFor(() => expect(to.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(to)).toBe(
      'De eindtijd moet na de begintijd liggen. Loopt dit tijdvak door na middernacht? Zet dan een vinkje bij ‘Loopt door na middernacht’.',
    );
    expect(screen.getByText('Niet alles is goed ingevuld. Kijk bij de velden met een rood uitroepteken.')).toBeTruthy();
    expect(puts(calls, '/api/v1/sla/calendar')).toEqual([]);
  });

  it('shows the API’s field errors (400) next to the fields, in Dutch', async () => {
    setup({
      putCalendar: () => ({
        status: 400,
        body: {
          type: 'about:blank', title: 'Bad Request', status: 400, correlationId: 'c1',
          errors: [
            { field: 'openingHours.mon[0]', code: 'overlaps', message: 'overlaps openingHours.sun[0]' },
            { field: 'locations.KAA.closingDays', code: 'not_a_list', message: 'must be a list' },
          ],
        },
      }),
    });
    await ready();
    fireEvent.click(screen.getByRole('button', { name: 'Openingstijden opslaan' }));
    const monday = screen.getByLabelText('Van (Maandag, tijdvak 1)');
    await waitFor(() => expect(errorOf(monday)).toBe('Dit tijdvak valt samen met een ander tijdvak. Pas de tijden aan.'));
    expect(document.activeElement).toBe(monday);
    expect(screen.getByText('Dit klopt niet. Controleer wat je hebt ingevuld.')).toBeTruthy();
    expect(screen.queryByText(/overlaps/)).toBeNull();
  });

  it('saves the targets per channel and per topic, and shows a refused number next to its field in Dutch', async () => {
    let refuse = true;
    const { calls } = setup({
      putPolicies: () =>
        refuse
          ? {
            status: 400,
            body: {
              type: 'about:blank', title: 'Bad Request', status: 400, correlationId: 'c2',
              errors: [{ field: 'items[0].firstResponse.hours', code: 'out_of_range', message: 'must be a number of business hours above 0 and at most 500 (whole minutes)' }],
            },
          }
          : undefined,
    });
    await ready();
    const phoneType = screen.getByLabelText('Eerste reactie: soort termijn (Telefoon)') as HTMLSelectElement;
    expect(phoneType.value).toBe('working_days');
    expect((screen.getByLabelText('Eerste reactie: aantal (Telefoon)') as HTMLInputElement).value).toBe('1');
    expect((screen.getByLabelText('Onderwerp (onderwerpregel 1)') as HTMLSelectElement).value).toBe('t-ovl');
    expect((screen.getByLabelText('Eerste reactie: soort termijn (onderwerpregel 1)') as HTMLSelectElement).value).toBe('business_hours');

    fireEvent.change(phoneType, { target: { value: 'business_hours' } });
    const phoneAmount = screen.getByLabelText('Eerste reactie: aantal (Telefoon)');
    fireEvent.change(phoneAmount, { target: { value: '6' } });
    fireEvent.change(screen.getByLabelText('Antwoord: soort termijn (Brief)'), { target: { value: 'none' } });
    fireEvent.change(screen.getByLabelText('Eerste reactie: soort termijn (Brief)'), { target: { value: 'none' } });

    fireEvent.click(screen.getByRole('button', { name: 'Reactietermijnen opslaan' }));
    await waitFor(() => expect(errorOf(phoneAmount)).toBe('Vul een aantal werkuren in, groter dan 0 en hoogstens 500.'));
    expect(puts(calls, '/api/v1/sla/policies')[0]).toEqual({
      items: [
        { channel: 'phone', topic: null, firstResponse: { type: 'business_hours', hours: 6 }, resolution: null },
        { channel: 'email', topic: null, firstResponse: { type: 'working_days', days: 1 }, resolution: { type: 'working_days', days: 5 } },
        { channel: 'phone', topic: 't-ovl', firstResponse: { type: 'business_hours', hours: 4 }, resolution: null },
      ],
    });

    refuse = false;
    fireEvent.click(screen.getByRole('button', { name: 'Termijn voor een onderwerp toevoegen' }));
    const channel = await screen.findByLabelText('Kanaal (onderwerpregel 2)');
    await waitFor(() => expect(document.activeElement).toBe(channel));
    fireEvent.change(channel, { target: { value: 'email' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reactietermijnen opslaan' }));
    const topic = screen.getByLabelText('Onderwerp (onderwerpregel 2)');
    await waitFor(() => expect(errorOf(topic)).toBe('Kies een onderwerp.'));
    fireEvent.change(topic, { target: { value: 't-rep' } });
    fireEvent.click(screen.getByRole('button', { name: 'Reactietermijnen opslaan' }));
    expect(await screen.findByText(/De reactietermijnen zijn opgeslagen/)).toBeTruthy();
    expect(puts(calls, '/api/v1/sla/policies')[1].items[3]).toEqual({
      channel: 'email', topic: 't-rep', firstResponse: { type: 'working_days', days: 1 }, resolution: null,
    });
  });

  it('answers "Wat betekent dit?" in one sentence, and asks for the example again after a save', async () => {
    const { calls } = setup();
    await ready();
    const exampleCalls = () => calls.filter((call) => call.url.pathname === '/api/v1/sla/preview' && call.url.searchParams.get('at') === EXAMPLE_AT).length;
    await waitFor(() => expect(exampleCalls()).toBe(1));

    const region = screen.getByRole('region', { name: 'Wat betekent dit?' });
    fireEvent.change(within(region).getByLabelText('Kanaal'), { target: { value: 'phone' } });
    fireEvent.change(within(region).getByLabelText(/^Onderwerp/), { target: { value: 't-ovl' } });
    fireEvent.change(within(region).getByLabelText('Moment van binnenkomst'), { target: { value: '2026-12-04T11:55' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Bereken' }));
    expect(
      await within(region).findByText('Een telefoontje op vrijdag 4 december 11:55 moet uiterlijk maandag 7 december 17:00 beantwoord zijn.'),
    ).toBeTruthy();
    expect(within(region).getByText('Hiervoor geldt de termijn van het onderwerp ‘Overlast’.')).toBeTruthy();
    const asked = calls.find((call) => call.url.searchParams.get('at') === '2026-12-04T11:55:00+01:00');
    expect(Object.fromEntries(asked?.url.searchParams ?? [])).toEqual({ channel: 'phone', topic: 't-ovl', at: '2026-12-04T11:55:00+01:00' });

    fireEvent.click(screen.getByRole('button', { name: 'Openingstijden opslaan' }));
    await screen.findByText(/De openingstijden zijn opgeslagen/);
    await waitFor(() => expect(exampleCalls()).toBe(2));
  });
});
