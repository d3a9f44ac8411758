import { saveSession } from '@loket/web/api-client';
import { fakeApi, renderRoutes, testSession } from '@loket/web/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AskQuestionPage } from '../components/AskQuestionPage';
import { MyCasesPage } from '../components/MyCasesPage';

const topic = { id: 't-rep', code: 'reparatie', name: 'Reparatie en onderhoud' };
// What a careless API could leak: the page must never show these staff-only fields.
const leakyContact = {
  id: 'k1', caseId: 'case-1', customerId: 'c1', channel: 'phone', direction: 'inbound', occurredAt: '2025-01-15T09:30:00Z',
  topic, summary: 'U meldde een lekkage. Wij bellen u morgen terug.', outcome: 'callback_agreed',
  followUp: { channel: 'phone', at: '2025-01-16T10:00:00+01:00' }, location: null,
  employee: { id: 'u1', displayName: 'Anouk Klantcontact' }, vera: { channelCode: 'TEL', directionCode: 'INK' },
  confirmation: null, createdAt: '2025-01-15T09:30:00Z', internalNote: 'INTERN-geheim', internalNoteSensitive: true, articleIds: [],
};
const portalCase = (overrides: Record<string, unknown>) => ({
  id: 'case-1', customerId: 'c1', subject: 'Lekkage badkamer', topic, status: 'open', owner: { id: 'u1', displayName: 'Anouk Klantcontact' },
  contactCount: 1, resolvedInFirstContact: null, answerSummary: null, firstResponseDueAt: null, dueAt: null,
  openedAt: '2025-01-15T09:30:00Z', resolvedAt: null, closedAt: null, updatedAt: '2025-01-15T09:30:00Z', contacts: [leakyContact], ...overrides,
});

describe('MyCasesPage', () => {
  it('shows the questions with Dutch status, who and how, the answer, and no internal fields', async () => {
    saveSession(testSession());
    fakeApi((url) =>
      url.pathname === '/api/v1/portal/callbacks' ? { body: { items: [] } }
      : url.pathname === '/api/v1/portal/file'
        ? {
            body: {
              cases: [
                portalCase({}),
                portalCase({
                  id: 'case-2', subject: 'Vraag over huur', status: 'resolved', answerSummary: 'De huur gaat per 1 juli omhoog.',
                  contacts: [{ ...leakyContact, id: 'k2', caseId: 'case-2', channel: 'portal', employee: null, summary: 'Waarom gaat mijn huur omhoog?' }],
                }),
              ],
            },
          }
        : undefined,
    );
    renderRoutes([{ path: '/vragen', element: <MyCasesPage /> }], '/vragen');

    expect(await screen.findByRole('heading', { level: 2, name: 'Lekkage badkamer' })).toBeTruthy();
    expect(screen.getByText('Open')).toBeTruthy();
    expect(screen.getByText('Beantwoord')).toBeTruthy();
    expect(screen.getByText('U meldde een lekkage. Wij bellen u morgen terug.')).toBeTruthy();
    const lines = [...document.querySelectorAll('.portal-contact__meta')].map((line) => line.textContent);
    expect(lines).toContain('15 januari 2025 om 10:30 · Telefoon · met Anouk Klantcontact');
    expect(lines).toContain('15 januari 2025 om 10:30 · Mijn Loket · U via Mijn Loket');
    expect(screen.getByText('De huur gaat per 1 juli omhoog.')).toBeTruthy();
    expect(document.body.textContent).not.toContain('INTERN-geheim');
    expect(document.body.textContent).not.toMatch(/\bTEL\b|\bINK\b|[Ii]ntern/);
  });
});

describe('MyCasesPage due moments', () => {
  it('tells the tenant by when to expect the answer, or our first response when only that is promised', async () => {
    saveSession(testSession());
    fakeApi((url) =>
      url.pathname === '/api/v1/portal/callbacks' ? { body: { items: [] } }
      : url.pathname === '/api/v1/portal/file'
        ? {
            body: {
              cases: [
                portalCase({ firstResponseDueAt: '2026-12-08T16:00:00Z', dueAt: '2026-12-14T16:00:00Z' }),
                portalCase({ id: 'case-2', subject: 'Terugbelverzoek', firstResponseDueAt: '2026-12-08T16:00:00Z', dueAt: null }),
                portalCase({ id: 'case-3', subject: 'Al beantwoord', status: 'resolved', answerSummary: 'Klaar.', dueAt: '2026-12-14T16:00:00Z' }),
              ],
            },
          }
        : undefined,
    );
    renderRoutes([{ path: '/vragen', element: <MyCasesPage /> }], '/vragen');
    expect(await screen.findByText('U krijgt uiterlijk 14 december 2026 om 17:00 antwoord van ons.')).toBeTruthy();
    expect(screen.getByText('U hoort uiterlijk 8 december 2026 om 17:00 van ons.')).toBeTruthy();
    expect(document.querySelectorAll('.portal-case__expect')).toHaveLength(2);
  });
});

describe('AskQuestionPage', () => {
  it('checks the fields in Dutch, then sends the question and says where to find it', async () => {
    saveSession(testSession());
    const { calls } = fakeApi((url, init) => {
      if (url.pathname === '/api/v1/topics') return { body: { items: [{ ...topic, sensitive: false, active: true }] } };
      if (url.pathname === '/api/v1/portal/cases' && init.method === 'POST') {
        const body = JSON.parse(String(init.body));
        return { status: 201, body: portalCase({ id: 'case-9', subject: body.subject, contacts: [] }) };
      }
      return undefined;
    });
    renderRoutes([{ path: '/vragen/nieuw', element: <AskQuestionPage /> }], '/vragen/nieuw');
    await screen.findByRole('option', { name: 'Reparatie en onderhoud' });

    fireEvent.click(screen.getByRole('button', { name: 'Vraag versturen' }));
    expect(await screen.findByText('Kies waar uw vraag over gaat.')).toBeTruthy();
    expect(screen.getByText('Vul uw vraag in.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Waar gaat uw vraag over?'), { target: { value: 't-rep' } });
    fireEvent.change(screen.getByLabelText('Uw vraag in het kort'), { target: { value: 'Kraan lekt' } });
    fireEvent.change(screen.getByLabelText('Uw vraag'), { target: { value: 'De kraan in de keuken lekt.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vraag versturen' }));

    expect(await screen.findByText('Wij hebben uw vraag ontvangen')).toBeTruthy();
    expect(screen.getByText(/Uw vraag ‘Kraan lekt’ staat nu bij Mijn vragen/)).toBeTruthy();
    await waitFor(() => expect(calls.some((call) => call.init.method === 'POST')).toBe(true));
    const post = calls.find((call) => call.init.method === 'POST');
    expect(JSON.parse(String(post?.init.body))).toEqual({ topic: 't-rep', subject: 'Kraan lekt', question: 'De kraan in de keuken lekt.' });
  });
});
