import { saveSession, type Contact } from '@loket/web/api-client';
import { contract, fakeApi, renderRoutes, testSession } from '@loket/web/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NowProvider } from '@loket/web/ui';
import { callbackFixture, customer, lindeCalendar, marker } from '../../../test/fixtures';
import { CustomerPage } from '../components/CustomerPage';

const fatma = customer({
  id: 'c-fatma',
  fullName: 'Fatma Yılmaz',
  customerNumber: '100003',
  language: 'tr',
  interpreterNeeded: true,
  digitalSkill: 'not_digital',
  vulnerabilities: ['digital'],
  markers: [marker({ code: 'ONB', note: 'Zoon helpt met post.' })],
});

function renderPage() {
  saveSession(testSession());
  return renderRoutes(
    [
      { path: '/klanten/:id', element: <CustomerPage /> },
      { path: '/', element: <p>zoekscherm</p> },
    ],
    '/klanten/c-fatma',
  );
}

/** A contact as the API reports it, in the overview's recent contacts and on the time line alike. */
function phoneContact(id: string, summary: string, occurredAt: string): Contact {
  return {
    id, caseId: 'case-1', customerId: 'c-fatma', channel: 'phone', direction: 'inbound', occurredAt,
    topic: { id: 't-rep', code: 'reparatie', name: 'Reparatie en onderhoud' } as Contact['topic'], summary, internalNote: null,
    internalNoteSensitive: false, outcome: 'answered', followUp: null, articleIds: [], location: null,
    employee: { id: 'u1', displayName: 'Anouk Klantcontact' }, vera: { channelCode: 'TEL', directionCode: 'INK' }, confirmation: null, createdAt: occurredAt,
  };
}

describe('CustomerPage', () => {
  it('shows needs, personal data, contracts and calm empty states', async () => {
    fakeApi((url) =>
      url.pathname === '/api/v1/customers/c-fatma/overview'
        ? { body: { customer: fatma, contracts: [contract()], openCases: [], openCallbacks: [], recentContacts: [] } }
        : undefined,
    );
    renderPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Fatma Yılmaz' })).toBeTruthy();
    expect(screen.getByText('Tolk nodig — taal: Turks')).toBeTruthy();
    expect(screen.getByText('Niet digitaal')).toBeTruthy();
    expect(screen.getByText('digitaal')).toBeTruthy();
    expect(screen.getByText('Nog geen open vragen. Alles wat de klant vraagt, komt hier te staan.')).toBeTruthy();
    expect(screen.getByText(/12 maart 1958 \(\d+ jaar, senior\)/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows what came from the ERP: the relatie number, the role on the contract and the ERP numbers of contract and home', async () => {
    const fromErp = contract({ externalId: 'O-000123', role: 'MDH', unit: { ...contract().unit, externalId: 'E-000456', unitType: 'Portiekwoning' } });
    fakeApi((url) =>
      url.pathname === '/api/v1/customers/c-fatma/overview'
        ? { body: { customer: { ...fatma, externalId: 'R-000789' }, contracts: [fromErp], openCases: [], openCallbacks: [], recentContacts: [] } }
        : undefined,
    );
    renderPage();

    expect(await screen.findByText('R-000789')).toBeTruthy();
    expect(screen.getByText('Uit ERP: relatie')).toBeTruthy();
    expect(screen.getByText('Medehuurder')).toBeTruthy();
    expect(screen.getByText('O-000123')).toBeTruthy();
    expect(screen.getByText('E-000456')).toBeTruthy();
    expect(screen.getByText('Portiekwoning')).toBeTruthy();
  });

  it('Esc returns to the search, but not while typing in a field', async () => {
    fakeApi(() => ({ body: { customer: fatma, contracts: [], openCases: [], openCallbacks: [], recentContacts: [] } }));
    const { router } = renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Fatma Yılmaz' });

    fireEvent.keyDown(screen.getByLabelText('Toelichting'), { key: 'Escape' });
    expect(router.state.location.pathname).toBe('/klanten/c-fatma');

    fireEvent.keyDown(document.body, { key: 'Escape' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('adds a marker with the chosen code and note and tells the agent', async () => {
    let markers = fatma.markers;
    const { calls } = fakeApi((url, init) => {
      if (init.method === 'POST' && url.pathname === '/api/v1/customers/c-fatma/markers') {
        const body = JSON.parse(String(init.body));
        const created = marker({ code: body.code, note: body.note });
        markers = [...markers, created];
        return { status: 201, body: created };
      }
      return { body: { customer: { ...fatma, markers }, contracts: [], openCases: [], openCallbacks: [], recentContacts: [] } };
    });
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Fatma Yılmaz' });

    fireEvent.click(screen.getByRole('button', { name: 'Signalering toevoegen' }));
    const noteField = await screen.findByLabelText('Toelichting');
    await waitFor(() => expect(noteField.getAttribute('aria-invalid')).toBe('true'));
    const noteError = document.getElementById(noteField.getAttribute('aria-describedby')?.split(' ').find((id) => id.endsWith('-fout')) ?? '');
    expect(noteError?.textContent).toBe('Vul een toelichting in.');
    expect(screen.getByText('Kies een soort signalering.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Soort signalering'), { target: { value: 'OVE' } });
    fireEvent.change(noteField, { target: { value: 'Buren klagen over harde muziek.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Signalering toevoegen' }));

    expect(await screen.findByText('De signalering Overlast is toegevoegd.')).toBeTruthy();
    const post = calls.find((call) => call.init.method === 'POST');
    expect(JSON.parse(String(post?.init.body))).toEqual({ code: 'OVE', note: 'Buren klagen over harde muziek.', validUntil: null });
    const active = screen.getByRole('heading', { name: 'Actieve signaleringen' }).nextElementSibling as HTMLElement;
    await waitFor(() => expect(within(active).getByText('Buren klagen over harde muziek.')).toBeTruthy());
  });

  it('shows the open callbacks: who calls and when, the due moment, the number, and a way to handle it', async () => {
    saveSession(testSession());
    const queued = callbackFixture({
      id: 'cb-2', assignee: null, reason: 'Over de servicekosten.', windowStart: '2026-12-03T11:00:00.000Z', dueAt: '2026-12-03T16:00:00.000Z', dayPart: 'MID',
    });
    fakeApi((url) => {
      if (url.pathname === '/api/v1/sla/calendar') return { body: lindeCalendar() };
      if (url.pathname === '/api/v1/customers/c-fatma/overview') {
        return { body: { customer: fatma, contracts: [], openCases: [], openCallbacks: [callbackFixture(), queued], recentContacts: [] } };
      }
      return undefined;
    });
    renderRoutes(
      [{ path: '/klanten/:id', element: (<NowProvider now={new Date('2026-12-03T10:00:00+01:00')}><CustomerPage /></NowProvider>) }],
      '/klanten/c-fatma',
    );
    const panel = within(await screen.findByRole('region', { name: 'Terugbelverzoeken' }));
    const items = panel.getAllByRole('listitem');
    expect(items[0]?.textContent).toContain('team Klantcontact (nog niet opgepakt) belt vanmiddag (12:00–17:00)');
    expect(items[0]?.textContent).toContain('Over de servicekosten.');
    expect(items[1]?.textContent).toContain('Anouk Klantcontact belt morgenochtend (08:30–12:00)');
    expect(within(items[1] as HTMLElement).getByRole('link', { name: '06 12345678' }).getAttribute('href')).toBe('tel:+31612345678');
    expect(within(items[1] as HTMLElement).getByRole('link', { name: /^Afhandelen/ }).getAttribute('href')).toBe('/terugbellen/cb-1');
    await waitFor(() => expect(items[0]?.querySelector('[data-risk]')?.getAttribute('data-risk')).toBe('ok'));
  });

  it('is compact: each contact shows once, in the customer file (not again as recent contacts)', async () => {
    const leak = phoneContact('k-1', 'Kraan lekt in de keuken, monteur ingepland.', '2026-12-01T09:00:00Z');
    const rent = phoneContact('k-2', 'Vraag over de huurverhoging beantwoord.', '2026-12-02T10:00:00Z');
    fakeApi((url) => {
      if (url.pathname === '/api/v1/customers/c-fatma/overview') {
        return { body: { customer: fatma, contracts: [], openCases: [], openCallbacks: [], recentContacts: [rent, leak] } };
      }
      if (url.pathname === '/api/v1/customers/c-fatma/timeline') {
        return {
          body: {
            items: [
              { id: 'k-2', kind: 'contact', at: rent.occurredAt, contact: rent },
              { id: 'k-1', kind: 'contact', at: leak.occurredAt, contact: leak },
            ],
            nextCursor: null,
          },
        };
      }
      return undefined;
    });
    renderPage();

    const file = await screen.findByRole('region', { name: 'Klantdossier' });
    expect(await within(file).findByText('Kraan lekt in de keuken, monteur ingepland.')).toBeTruthy();
    expect(screen.getAllByText('Kraan lekt in de keuken, monteur ingepland.')).toHaveLength(1);
    expect(screen.getAllByText('Vraag over de huurverhoging beantwoord.')).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Recente contacten' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Recente contacten' })).toBeNull();
  });
});
