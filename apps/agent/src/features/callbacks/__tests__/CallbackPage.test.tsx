import { saveSession, type CallbackDetail } from '@loket/web/api-client';
import { fakeApi, renderRoutes, sessionUser, testSession } from '@loket/web/testing';
import { NowProvider } from '@loket/web/ui';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/routes';
import { anouk, callbackDetailFixture, lindeCalendar, teamlead } from '../../../test/fixtures';

/** Thursday 3 December 2026, 10:00 in Amsterdam. */
const NOW = new Date('2026-12-03T10:00:00+01:00');

type Answer = { status?: number; body?: unknown } | undefined;
interface Options {
  detail?: CallbackDetail;
  complete?: (body: Record<string, unknown>) => Answer;
  reschedule?: (body: Record<string, unknown>) => Answer;
}

/** A fake API that keeps one callback and changes it as the API would. */
function setup({ detail = callbackDetailFixture(), complete, reschedule }: Options = {}) {
  saveSession(testSession());
  let current = detail;
  const api = fakeApi((url, init) => {
    const method = init.method ?? 'GET';
    const body = init.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    if (url.pathname === '/api/v1/auth/me') return { body: sessionUser('staff', { id: anouk.id, displayName: anouk.displayName }) };
    if (url.pathname === '/api/v1/sla/calendar') return { body: lindeCalendar() };
    if (url.pathname === '/api/v1/callbacks/cb-1' && method === 'GET') return { body: current };
    if (url.pathname === '/api/v1/callbacks/cb-1/attempts') {
      current = {
        ...current, status: 'in_progress', attemptCount: current.attemptCount + 1,
        attempts: [...current.attempts, { id: `a${current.attempts.length + 1}`, outcome: body['outcome'] as 'no_answer', note: (body['note'] as string) ?? null, by: anouk, at: '2026-12-03T09:05:00.000Z' }],
      };
      return { body: current };
    }
    if (url.pathname === '/api/v1/callbacks/cb-1/complete') {
      const answer = complete?.(body);
      if (answer) return answer;
      current = { ...current, status: 'completed', result: body['result'] as string, completedAt: '2026-12-03T09:10:00.000Z', updatedAt: '2026-12-03T09:10:00.000Z' };
      return { body: current };
    }
    if (url.pathname === '/api/v1/callbacks/cb-1/reschedule') {
      const answer = reschedule?.(body);
      if (answer) return answer;
      current = {
        ...current, windowStart: '2026-12-07T07:30:00.000Z', dueAt: '2026-12-07T11:00:00.000Z', dayPart: 'OCH',
        reschedules: [...current.reschedules, {
          from: { start: current.windowStart, end: current.dueAt }, to: { start: '2026-12-07T07:30:00.000Z', end: '2026-12-07T11:00:00.000Z' },
          reason: body['reason'] as string, requestedBy: body['requestedBy'] as 'organization', by: anouk, at: '2026-12-03T09:15:00.000Z',
        }],
      };
      return { body: current };
    }
    if (url.pathname === '/api/v1/callbacks/cb-1/cancel') {
      current = { ...current, status: 'cancelled', updatedAt: '2026-12-03T09:20:00.000Z' };
      return { body: current };
    }
    return undefined;
  });
  const view = renderRoutes([{ element: (<NowProvider now={NOW}><Outlet /></NowProvider>), children: routes }], '/terugbellen/cb-1');
  return { ...api, ...view };
}

const posts = (calls: { url: URL; init: RequestInit }[], path: string) =>
  calls.filter((call) => call.init.method === 'POST' && call.url.pathname === path).map((call) => JSON.parse(String(call.init.body)));

function errorOf(field: HTMLElement) {
  const id = field.getAttribute('aria-describedby')?.split(' ').find((part) => part.endsWith('-fout'));
  return id ? document.getElementById(id)?.textContent : undefined;
}

const history = () => within(screen.getByRole('region', { name: 'Geschiedenis' }));

describe('one callback', () => {
  it('shows the agreement and, in plain Dutch, what happened so far', async () => {
    setup({
      detail: callbackDetailFixture({
        escalationLevel: 1, attemptCount: 1,
        attempts: [{ id: 'a1', outcome: 'voicemail', note: 'Ingesproken om 09:00.', by: anouk, at: '2026-12-03T08:00:00.000Z' }],
        escalations: [{ level: 1, kind: 'level_1', at: '2026-12-03T08:30:00.000Z', notified: [teamlead] }],
        reschedules: [{
          from: { start: '2026-12-02T11:00:00.000Z', end: '2026-12-02T16:00:00.000Z' }, to: { start: '2026-12-04T07:30:00.000Z', end: '2026-12-04T11:00:00.000Z' },
          reason: 'De monteur is ziek.', requestedBy: 'organization', by: anouk, at: '2026-12-02T09:00:00.000Z',
        }],
        createdAt: '2026-12-01T09:00:00.000Z',
      }),
    });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Sanne de Vries terugbellen' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const agreement = within(screen.getByRole('region', { name: 'De afspraak' }));
    expect(agreement.getByRole('link', { name: '06 12345678' }).getAttribute('href')).toBe('tel:+31612345678');
    expect(agreement.getByRole('link', { name: 'Lekkage badkamer' }).getAttribute('href')).toBe('/klanten/c-sanne/vragen/case-1');
    expect(agreement.getByText('morgenochtend (08:30–12:00)')).toBeTruthy();
    expect(screen.getByText('Escalatie niveau 1: teamleider')).toBeTruthy();

    const items = [...screen.getByRole('region', { name: 'Geschiedenis' }).querySelectorAll('.callback-history__text')].map((item) => item.textContent);
    expect(items).toEqual([
      'Afgesproken door Anouk Klantcontact',
      'Verzet door Anouk Klantcontact, door ons: van gisteren 12:00–17:00 naar morgen 08:30–12:00. De klant heeft het nieuwe moment schriftelijk gekregen.',
      'Belpoging door Anouk Klantcontact: voicemail ingesproken',
      'Te laat: de teamleider is ingeschakeld (Tom Teamleider)',
    ]);
    expect(history().getByText('Reden: De monteur is ziek.')).toBeTruthy();
    expect(history().getByText('Ingesproken om 09:00.')).toBeTruthy();
  });

  it('records "niet bereikt": the callback stays open and the attempt shows in the history', async () => {
    const { calls } = setup();
    await screen.findByRole('heading', { level: 1 });
    const attempt = within(screen.getByRole('form', { name: 'Belpoging vastleggen' }));
    fireEvent.click(attempt.getByRole('button', { name: 'Belpoging opslaan' }));
    expect(await attempt.findByText('Kies hoe het ging.')).toBeTruthy();
    expect(posts(calls, '/api/v1/callbacks/cb-1/attempts')).toEqual([]);

    fireEvent.click(attempt.getByLabelText('Niet bereikt'));
    fireEvent.change(attempt.getByLabelText(/^Notitie/), { target: { value: 'Geen gehoor.' } });
    fireEvent.click(attempt.getByRole('button', { name: 'Belpoging opslaan' }));
    expect(await screen.findByText('Niet bereikt. Het terugbelverzoek blijft open. Probeer het later nog eens.')).toBeTruthy();
    expect(posts(calls, '/api/v1/callbacks/cb-1/attempts')).toEqual([{ outcome: 'no_answer', note: 'Geen gehoor.' }]);
    await waitFor(() => expect(history().getByText('Belpoging door Anouk Klantcontact: niet bereikt')).toBeTruthy());
    expect(screen.getByRole('region', { name: 'De afspraak' }).textContent).toContain('1 belpoging');
    expect(screen.getByRole('button', { name: 'Terugbelverzoek afronden' })).toBeTruthy();
  });

  it('completes with a result the customer can read and "vraag is hiermee beantwoord"', async () => {
    const { calls } = setup();
    await screen.findByRole('heading', { level: 1 });
    const form = within(screen.getByRole('form', { name: 'Afronden' }));
    fireEvent.click(form.getByRole('button', { name: 'Terugbelverzoek afronden' }));
    const result = form.getByLabelText('Wat is er besproken? (de klant kan dit lezen)');
    await waitFor(() => expect(errorOf(result)).toBe('Vul in wat er is besproken.'));

    fireEvent.change(result, { target: { value: 'De monteur komt dinsdag tussen 8 en 12 uur.' } });
    fireEvent.click(form.getByLabelText('De vraag is hiermee beantwoord'));
    fireEvent.keyDown(result, { key: 'Enter', ctrlKey: true });
    expect(await screen.findByText('Het terugbelverzoek is afgerond. De vraag is ook beantwoord.')).toBeTruthy();
    expect(posts(calls, '/api/v1/callbacks/cb-1/complete')).toEqual([{ result: 'De monteur komt dinsdag tussen 8 en 12 uur.', resolved: true }]);
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Afronden' })).toBeNull());
    expect(screen.getByText('Afgerond', { selector: '.lk-badge' })).toBeTruthy();
    expect(history().getByText('De monteur komt dinsdag tussen 8 en 12 uur.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.textContent).toContain('Het terugbelverzoek is afgerond.'));
  });

  it('says so when the callback was closed in the meantime (409)', async () => {
    setup({ complete: () => ({ status: 409, body: { type: 'about:blank', title: 'Conflict', status: 409, correlationId: 'c' } }) });
    await screen.findByRole('heading', { level: 1 });
    const form = within(screen.getByRole('form', { name: 'Afronden' }));
    fireEvent.change(form.getByLabelText(/^Wat is er besproken/), { target: { value: 'Geholpen.' } });
    fireEvent.click(form.getByRole('button', { name: 'Terugbelverzoek afronden' }));
    expect(await form.findByText('Dit terugbelverzoek is al afgerond of geannuleerd. Ververs de pagina.')).toBeTruthy();
  });

  it('reschedules on our initiative, explains the customer is told in writing, and offers the next open day part after a refusal', async () => {
    let refuse = true;
    const { calls } = setup({
      reschedule: () => {
        if (!refuse) return undefined;
        refuse = false;
        return {
          status: 400,
          body: {
            type: 'about:blank', title: 'Bad Request', status: 400, correlationId: 'c',
            errors: [{ field: 'dayPart', code: 'office_closed', message: 'valt buiten de openingstijden', suggestion: '2026-12-07 OCH' }],
          },
        };
      },
    });
    await screen.findByRole('heading', { level: 1 });
    const toggle = screen.getByRole('button', { name: 'Verzetten' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const form = within(await screen.findByRole('form', { name: 'Verzetten naar een ander moment' }));
    fireEvent.change(form.getByLabelText('Datum'), { target: { value: '2026-12-05' } });
    fireEvent.change(form.getByLabelText('Dagdeel'), { target: { value: 'AVO' } });
    fireEvent.change(form.getByLabelText('Waarom verzetten?'), { target: { value: 'De monteur kan pas volgende week.' } });
    fireEvent.click(form.getByLabelText('Wij'));
    expect(form.getByText('De klant krijgt een bericht met het nieuwe moment en de reden.')).toBeTruthy();
    fireEvent.click(form.getByRole('button', { name: 'Terugbelverzoek verzetten' }));

    const dayPart = form.getByLabelText('Dagdeel');
    await waitFor(() => expect(errorOf(dayPart)).toBe('Dan zijn we dicht.'));
    expect(form.getByText('Het eerstvolgende moment dat wel kan: maandagochtend.')).toBeTruthy();
    fireEvent.click(form.getByRole('button', { name: 'Gebruik maandagochtend' }));
    expect((form.getByLabelText('Datum') as HTMLInputElement).value).toBe('2026-12-07');
    expect((form.getByLabelText('Dagdeel') as HTMLSelectElement).value).toBe('OCH');
    await waitFor(() => expect(document.activeElement).toBe(form.getByLabelText('Dagdeel')));
    expect(form.queryByRole('button', { name: /^Gebruik/ })).toBeNull();

    fireEvent.click(form.getByRole('button', { name: 'Terugbelverzoek verzetten' }));
    expect(await screen.findByText('Het terugbelverzoek is verzet naar maandagochtend (08:30–12:00). De klant krijgt dit schriftelijk.')).toBeTruthy();
    expect(posts(calls, '/api/v1/callbacks/cb-1/reschedule')).toEqual([
      { date: '2026-12-05', dayPart: 'AVO', reason: 'De monteur kan pas volgende week.', requestedBy: 'organization' },
      { date: '2026-12-07', dayPart: 'OCH', reason: 'De monteur kan pas volgende week.', requestedBy: 'organization' },
    ]);
  });

  it('cancels only with a reason', async () => {
    const { calls } = setup();
    await screen.findByRole('heading', { level: 1 });
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    const form = within(await screen.findByRole('form', { name: 'Terugbelverzoek annuleren' }));
    fireEvent.click(form.getByRole('button', { name: 'Terugbelverzoek annuleren' }));
    expect(await form.findByText('Vul in waarom het terugbelverzoek vervalt.')).toBeTruthy();
    fireEvent.change(form.getByLabelText('Waarom annuleren?'), { target: { value: 'Klant belde zelf en is geholpen.' } });
    fireEvent.click(form.getByRole('button', { name: 'Terugbelverzoek annuleren' }));
    expect(await screen.findByText('Het terugbelverzoek is geannuleerd.')).toBeTruthy();
    expect(posts(calls, '/api/v1/callbacks/cb-1/cancel')).toEqual([{ reason: 'Klant belde zelf en is geholpen.' }]);
    expect(await screen.findByText('Dit terugbelverzoek is geannuleerd.')).toBeTruthy();
  });
});
