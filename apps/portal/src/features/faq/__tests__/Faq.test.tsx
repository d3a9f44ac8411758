import { saveSession, type ArticleListItem, type Article, type ArticleSearchHit } from '@loket/web/api-client';
import { fakeApi, renderRoutes, testSession } from '@loket/web/testing';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AskQuestionPage } from '../../my-cases';
import { ArticlePage } from '../components/ArticlePage';
import { FaqPage } from '../components/FaqPage';

const listItem = (id: string, title: string, category: string | null): ArticleListItem => ({
  id, title, category, status: 'published', audience: 'public', reviewBy: null, latestVersion: 1, publishedVersion: 1,
});

const hits: ArticleSearchHit[] = [
  { id: 'a-opzeggen', title: 'Huur opzeggen', audience: 'public', category: 'Verhuizen', snippet: 'Zo zegt u de <mark>huur</mark> op.', rank: 0.9 },
  { id: 'a-verhogen', title: 'Huurverhoging', audience: 'public', category: 'Huur', snippet: 'De <mark>huur</mark> gaat 1 juli omhoog.', rank: 0.7 },
  { id: 'a-toeslag', title: 'Huurtoeslag', audience: 'public', category: 'Huur', snippet: '<mark>Huur</mark>toeslag aanvragen.', rank: 0.6 },
  { id: 'a-betalen', title: 'Huur betalen', audience: 'public', category: 'Huur', snippet: '<mark>Huur</mark> betalen.', rank: 0.5 },
];

const article: Article = {
  id: 'a-opzeggen', version: 1, latestVersion: 1, status: 'published', title: 'Huur opzeggen', questions: ['huur opzeggen'],
  answerTemplate: null, body: 'Zeg de huur op met een brief.', bodyHtml: '<p>Zeg de huur op met <strong>een brief</strong>.</p>', audience: 'public',
  category: 'Verhuizen', topics: [], owner: null, reviewBy: null,
  readability: { score: 70, level: 'B1 or easier', averageSentenceWords: 8, tooLongSentences: 0, longestSentences: [] }, publishedAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:00:00Z',
};

function api() {
  saveSession(testSession());
  return fakeApi((url, init) => {
    if (url.pathname === '/api/v1/topics') return { body: { items: [{ id: 't-huur', code: 'huur', name: 'Huur', sensitive: false, active: true }] } };
    if (url.pathname === '/api/v1/portal/articles/suggestions') return { body: { items: hits.slice(0, Number(url.searchParams.get('limit') ?? 5)) } };
    if (url.pathname === '/api/v1/portal/articles' && url.searchParams.get('q')) {
      return { body: { items: url.searchParams.get('q')?.includes('xyz') ? [] : hits } };
    }
    if (url.pathname === '/api/v1/portal/articles') {
      return {
        body: {
          items: [listItem('a-opzeggen', 'Huur opzeggen', 'Verhuizen'), listItem('a-verhogen', 'Huurverhoging', 'Huur'), listItem('a-vuil', 'Grofvuil', null)],
        },
      };
    }
    if (url.pathname === '/api/v1/portal/articles/a-opzeggen') return { body: article };
    if (url.pathname === '/api/v1/articles/a-opzeggen/feedback' && init.method === 'POST') return { status: 204 };
    return undefined;
  });
}

const suggestionCalls = (calls: { url: URL }[]) => calls.filter((call) => call.url.pathname === '/api/v1/portal/articles/suggestions');
const searchCalls = (calls: { url: URL }[]) => calls.filter((call) => call.url.pathname === '/api/v1/portal/articles' && call.url.searchParams.has('q'));

afterEach(() => {
  vi.useRealTimers();
});

describe('Veelgestelde vragen', () => {
  it('lists the public articles by category, "Overig" last', async () => {
    api();
    renderRoutes([{ path: '/vragen-en-antwoorden', element: <FaqPage /> }], '/vragen-en-antwoorden');
    expect(await screen.findByRole('heading', { level: 1, name: 'Veelgestelde vragen' })).toBeTruthy();
    await screen.findByRole('heading', { level: 2, name: 'Huur' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Huur', 'Verhuizen', 'Overig']);
    const moving = screen.getByRole('region', { name: 'Verhuizen' });
    expect(within(moving).getByRole('link', { name: 'Huur opzeggen' }).getAttribute('href')).toBe('/vragen-en-antwoorden/a-opzeggen');
  });

  it('searches once the tenant stops typing, announces the count, and keeps the search in the URL', async () => {
    const { calls } = api();
    const { router } = renderRoutes([{ path: '/vragen-en-antwoorden', element: <FaqPage /> }], '/vragen-en-antwoorden');
    const box = screen.getByLabelText('Zoek een antwoord');
    fireEvent.change(box, { target: { value: 'h' } });
    fireEvent.change(box, { target: { value: 'huur' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('4 antwoorden gevonden'));
    expect(searchCalls(calls).map((call) => call.url.searchParams.get('q'))).toEqual(['huur']);
    expect(router.state.location.search).toBe('?q=huur');
    expect(screen.getByRole('link', { name: 'Huur opzeggen' }).closest('li')?.querySelector('mark')?.textContent).toBe('huur');

    fireEvent.change(box, { target: { value: 'xyz' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Geen antwoord gevonden.'));
    expect(screen.getByRole('link', { name: 'Stel een vraag' })).toBeTruthy();
  });

  it('shows the article and sends "Heeft dit u geholpen?" with a comment, then thanks the tenant', async () => {
    const { calls } = api();
    renderRoutes([{ path: '/vragen-en-antwoorden/:id', element: <ArticlePage /> }], '/vragen-en-antwoorden/a-opzeggen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Huur opzeggen' })).toBeTruthy();
    expect(screen.getByText('een brief').tagName).toBe('STRONG');

    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));
    expect(await screen.findByText('Kies ja of nee.')).toBeTruthy();
    expect(calls.some((call) => call.url.pathname.endsWith('/feedback'))).toBe(false);

    const group = screen.getByRole('group', { name: /Heeft dit u geholpen\?/ });
    fireEvent.click(within(group).getByLabelText('Nee'));
    fireEvent.change(screen.getByLabelText(/Wat miste u\?/), { target: { value: 'Hoe lang is de opzegtermijn?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Versturen' }));

    expect(await screen.findByText('Bedankt voor uw reactie! Daarmee maken wij onze antwoorden beter.')).toBeTruthy();
    const post = calls.find((call) => call.url.pathname === '/api/v1/articles/a-opzeggen/feedback');
    expect(post?.init.method).toBe('POST');
    expect(JSON.parse(String(post?.init.body))).toEqual({ helpful: false, comment: 'Hoe lang is de opzegtermijn?' });
    expect(screen.queryByRole('button', { name: 'Versturen' })).toBeNull();
  });
});

describe('Stel een vraag: Misschien staat het antwoord hier al', () => {
  it('shows up to 3 matching articles as the tenant types the question, only after a pause', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { calls } = api();
    renderRoutes([{ path: '/vragen/nieuw', element: <AskQuestionPage /> }], '/vragen/nieuw');
    const question = screen.getByLabelText('Uw vraag');
    fireEvent.change(question, { target: { value: 'Ik wil mijn hu' } });
    act(() => vi.advanceTimersByTime(100));
    fireEvent.change(question, { target: { value: 'Ik wil mijn huur opzeggen' } });
    act(() => vi.advanceTimersByTime(299));
    expect(suggestionCalls(calls)).toHaveLength(0);
    act(() => vi.advanceTimersByTime(1));
    act(() => vi.runOnlyPendingTimers());
    vi.useRealTimers();

    const section = await screen.findByRole('region', { name: 'Misschien staat het antwoord hier al' });
    // Suggestions, not searches: what the tenant types is not logged as a search.
    expect(suggestionCalls(calls).map((call) => [call.url.searchParams.get('q'), call.url.searchParams.get('limit')])).toEqual([['Ik wil mijn huur opzeggen', '3']]);
    expect(searchCalls(calls)).toHaveLength(0);
    const links = within(section).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Huur opzeggen (opent in een nieuw tabblad)', 'Huurverhoging (opent in een nieuw tabblad)', 'Huurtoeslag (opent in een nieuw tabblad)',
    ]);
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(screen.getByText('Er zijn 3 antwoorden die misschien helpen.')).toBeTruthy();
  });
});
