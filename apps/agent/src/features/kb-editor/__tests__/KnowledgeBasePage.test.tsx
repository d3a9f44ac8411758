import { saveSession, type KbDashboard } from '@loket/web/api-client';
import { fakeApi, renderRoutes, sessionUser, testSession } from '@loket/web/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleEditorPage } from '../components/ArticleEditorPage';
import { KnowledgeBasePage } from '../components/KnowledgeBasePage';

const DASHBOARD: KbDashboard = {
  overdue: [
    { id: 'a-oud', title: 'Servicekosten', reviewBy: '2026-10-01', owner: { id: 'u2', displayName: 'Eva Editor' } },
    { id: 'a-wees', title: 'Parkeren', reviewBy: '2026-09-15', owner: null },
  ],
  mostUsed: [{ id: 'a-lek', title: 'Lekkage melden', views: 120, usedInContacts: 34, answeredInContact: 30, helpfulYes: 18, helpfulNo: 2 }],
  noResults: [{ query: 'sleutel kwijt', times: 7, lastAt: '2026-11-21T10:00:00Z' }],
};

interface Options {
  dashboard?: KbDashboard;
  putSynonyms?: (body: { groups: string[][] }) => { status?: number; body?: unknown };
}

function setup({ dashboard = DASHBOARD, putSynonyms }: Options = {}) {
  saveSession(testSession());
  const api = fakeApi((url, init) => {
    if (url.pathname === '/api/v1/auth/me') return { body: sessionUser('staff', { roles: ['kb_editor'] }) };
    if (url.pathname === '/api/v1/topics') return { body: { items: [] } };
    if (url.pathname === '/api/v1/articles/dashboard') return { body: dashboard };
    if (url.pathname === '/api/v1/articles' && (init.method ?? 'GET') === 'GET') {
      return {
        body: {
          items: [
            { id: 'a-lek', title: 'Lekkage melden', status: 'published', audience: 'public', category: null, reviewBy: null, latestVersion: 2, publishedVersion: 2 },
          ],
        },
      };
    }
    if (url.pathname === '/api/v1/articles/synonyms' && init.method === 'PUT') {
      const body = JSON.parse(String(init.body)) as { groups: string[][] };
      return putSynonyms ? putSynonyms(body) : { body };
    }
    if (url.pathname === '/api/v1/articles/synonyms') return { body: { groups: [['opzeggen', 'beëindigen'], ['lekkage', 'lek', 'water']] } };
    return undefined;
  });
  renderRoutes(
    [
      { path: '/kennisbank', element: <KnowledgeBasePage /> },
      { path: '/kennisbank/:id', element: <ArticleEditorPage /> },
    ],
    '/kennisbank',
  );
  return api;
}

const section = (name: string) => screen.getByRole('region', { name });

describe('KnowledgeBasePage', () => {
  it('shows the overdue reviews, the most used articles and the searches without results from one request', async () => {
    const { calls } = setup();
    const overdue = await screen.findByRole('region', { name: 'Te herzien' });
    const servicekosten = within(overdue).getByRole('link', { name: 'Servicekosten' });
    expect(servicekosten.getAttribute('href')).toBe('/kennisbank/a-oud');
    const row = servicekosten.closest('tr') as HTMLElement;
    expect(within(row).getByText('1 oktober 2026')).toBeTruthy();
    expect(within(row).getByText('Eva Editor')).toBeTruthy();
    expect(within(within(overdue).getByRole('link', { name: 'Parkeren' }).closest('tr') as HTMLElement).getByText('Geen eigenaar')).toBeTruthy();

    const mostUsed = section('Meest gebruikt');
    const table = within(mostUsed).getByRole('table', { name: 'Meest gebruikte artikelen van de afgelopen 90 dagen' });
    const cells = within(within(table).getByRole('link', { name: 'Lekkage melden' }).closest('tr') as HTMLElement).getAllByRole('cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['120', '34', '30', '18', '2']);
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Titel', 'Gelezen', 'Gebruikt bij contact', 'Waarvan meteen beantwoord', 'Geholpen: ja', 'Geholpen: nee',
    ]);

    const noResults = section('Gezocht zonder resultaat');
    const search = within(noResults).getByText('sleutel kwijt').closest('li') as HTMLElement;
    expect(search.textContent).toContain('7 keer');
    const write = within(search).getByRole('link', { name: 'Artikel schrijven over ‘sleutel kwijt’' });
    expect(write.getAttribute('href')).toBe('/kennisbank/nieuw?vraag=sleutel+kwijt');

    // The headings follow each other in order: one h1, then an h2 per part.
    expect(screen.getAllByRole('heading').map((heading) => `${heading.tagName} ${heading.textContent}`)).toEqual([
      'H1 Kennisbank', 'H2 Te herzien', 'H2 Meest gebruikt', 'H2 Gezocht zonder resultaat', 'H2 Alle artikelen', 'H2 Woorden die hetzelfde betekenen',
    ]);
    expect(calls.filter((call) => call.url.pathname === '/api/v1/articles/dashboard')).toHaveLength(1);
    expect(calls.some((call) => call.url.pathname === '/api/v1/articles/no-results')).toBe(false);

    fireEvent.click(write);
    expect(((await screen.findByLabelText(/Vragen die dit artikel beantwoordt/)) as HTMLTextAreaElement).value).toBe('sleutel kwijt');
  });

  it('says so when nothing is overdue, used or searched in vain', async () => {
    setup({ dashboard: { overdue: [], mostUsed: [], noResults: [] } });
    expect(await screen.findByText('Er zijn geen artikelen die gecontroleerd moeten worden.')).toBeTruthy();
    expect(within(section('Meest gebruikt')).queryByRole('table')).toBeNull();
    expect(within(section('Gezocht zonder resultaat')).getByText('Geen zoekvragen zonder resultaat.')).toBeTruthy();
  });

  it('saves the synonym groups as written, one per line with commas, and says so', async () => {
    const { calls } = setup({ putSynonyms: () => ({ body: { groups: [['huur', 'huurprijs'], ['kapot', 'stuk', 'defect']] } }) });
    const field = (await screen.findByLabelText('Groepen van woorden')) as HTMLTextAreaElement;
    expect(field.value).toBe('opzeggen, beëindigen\nlekkage, lek, water');
    fireEvent.change(field, { target: { value: ' Huur ,huurprijs\n\nkapot, stuk,, defect \n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Woorden opslaan' }));

    expect(await screen.findByText('De woorden zijn opgeslagen: 2 groepen.')).toBeTruthy();
    expect(screen.getByText('De woorden zijn opgeslagen: 2 groepen.').closest('[role="status"]')).toBeTruthy();
    const put = calls.find((call) => call.init.method === 'PUT');
    expect(JSON.parse(String(put?.init.body))).toEqual({ groups: [['Huur', 'huurprijs'], ['kapot', 'stuk', 'defect']] });
    // The form shows what the server kept.
    expect(field.value).toBe('huur, huurprijs\nkapot, stuk, defect');
  });

  it('does not send a line with one word, and shows why; a refusal by the server is shown too', async () => {
    const { calls } = setup({ putSynonyms: () => ({ status: 400, body: { type: 'about:blank', title: 'Bad Request', status: 400 } }) });
    const field = await screen.findByLabelText('Groepen van woorden');
    fireEvent.change(field, { target: { value: 'opzeggen, beëindigen\nlekkage' } });
    fireEvent.click(screen.getByRole('button', { name: 'Woorden opslaan' }));
    expect(await screen.findByText(/Op regel 2 staat maar één woord/)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(calls.some((call) => call.init.method === 'PUT')).toBe(false);

    fireEvent.change(field, { target: { value: 'opzeggen, beëindigen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Woorden opslaan' }));
    expect(await screen.findByText('De woorden zijn niet opgeslagen. Controleer de groepen en probeer het opnieuw.')).toBeTruthy();
    await waitFor(() => expect(calls.filter((call) => call.init.method === 'PUT')).toHaveLength(1));
  });
});
