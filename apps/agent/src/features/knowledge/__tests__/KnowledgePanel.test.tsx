import { saveSession, type Article, type ArticleSearchHit, type Contact, type Topic } from '@loket/web/api-client';
import { fakeApi, renderWithRouter, testSession } from '@loket/web/testing';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContactPanel } from '../../contact-log';
import { KnowledgePanel, type UsedArticle } from '../components/KnowledgePanel';

const topics: Topic[] = [{ id: 't-huur', code: 'huur', name: 'Huur en betalen', sensitive: false, active: true }];

const hits: ArticleSearchHit[] = [
  { id: 'a-opzeggen', title: 'Huur opzeggen', audience: 'public', category: 'Verhuizen', snippet: 'U kunt de <mark>huur</mark> opzeggen &lt;per brief&gt;.', rank: 0.9 },
  { id: 'a-achterstand', title: 'Wat te vragen bij huurachterstand', audience: 'internal', category: null, snippet: 'Vraag naar de <mark>huur</mark>.', rank: 0.5 },
];

const leak: ArticleSearchHit = { id: 'a-lekkage', title: 'Lekkage in huis', audience: 'public', category: 'Reparaties', snippet: '<mark>Lekkage</mark>: draai de hoofdkraan dicht.', rank: 0.8 };

function article(overrides: Partial<Article> = {}): Article {
  return {
    id: 'a-opzeggen', version: 2, latestVersion: 2, status: 'published', title: 'Huur opzeggen', questions: ['huur opzeggen'],
    answerTemplate: null, body: 'Zeg de huur op met een brief.', bodyHtml: '<p>Zeg de huur op met <strong>een brief</strong>.</p>', audience: 'public',
    category: 'Verhuizen', topics: [{ id: 't-huur', code: 'huur', name: 'Huur en betalen' }], owner: null, reviewBy: null,
    readability: { score: 70, level: 'B1 or easier', averageSentenceWords: 8, tooLongSentences: 0, longestSentences: [] }, publishedAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-01T09:00:00Z', ...overrides,
  };
}

function api() {
  saveSession(testSession());
  return fakeApi((url, init) => {
    if (url.pathname === '/api/v1/topics') return { body: { items: topics } };
    // Suggestions: the last word may be unfinished ("lek" finds Lekkage); for "huur…" only the best one, the search on Enter finds both.
    if (url.pathname === '/api/v1/articles/suggestions') {
      const q = url.searchParams.get('q') ?? '';
      return { body: { items: (q.startsWith('lek') ? [leak] : hits.slice(0, 1)).slice(0, Number(url.searchParams.get('limit') ?? 5)) } };
    }
    if (url.pathname === '/api/v1/articles' && url.searchParams.get('q')) return { body: { items: hits } };
    if (url.pathname === '/api/v1/articles' && url.searchParams.get('topic') === 't-huur') {
      return {
        body: {
          items: [{ id: 'a-opzeggen', title: 'Huur opzeggen', status: 'published', audience: 'public', category: 'Verhuizen', reviewBy: null, latestVersion: 2, publishedVersion: 2 }],
        },
      };
    }
    if (url.pathname === '/api/v1/articles/a-opzeggen') return { body: article() };
    if (url.pathname === '/api/v1/contacts' && init.method === 'POST') {
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      return { status: 201, body: { id: 'k1', caseId: 'case-new', confirmation: null, articleIds: body['articleIds'] } as unknown as Contact };
    }
    return undefined;
  });
}

function Standalone() {
  const [used, setUsed] = useState<UsedArticle[]>([]);
  return <KnowledgePanel topic={null} used={used} onUsedChange={setUsed} />;
}

/** The logged search (GET /articles?q=). */
const searches = (calls: { url: URL }[]) => calls.filter((call) => call.url.pathname === '/api/v1/articles' && call.url.searchParams.has('q'));
/** Suggestions while typing: not logged. */
const suggestions = (calls: { url: URL }[]) => calls.filter((call) => call.url.pathname === '/api/v1/articles/suggestions');

afterEach(() => {
  vi.useRealTimers();
});

describe('KnowledgePanel', () => {
  it('suggests while the agent types: from 2 characters, once, 200 ms after the last key; "lek" finds Lekkage, and nothing is logged as a search', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { calls } = api();
    renderWithRouter(<Standalone />);
    const box = screen.getByLabelText('Zoek in de kennisbank');

    fireEvent.change(box, { target: { value: 'l' } });
    act(() => vi.advanceTimersByTime(500));
    expect(suggestions(calls)).toHaveLength(0);

    for (const value of ['le', 'lek']) {
      fireEvent.change(box, { target: { value } });
      act(() => vi.advanceTimersByTime(150));
    }
    act(() => vi.advanceTimersByTime(49));
    expect(suggestions(calls)).toHaveLength(0);
    act(() => vi.advanceTimersByTime(1));
    act(() => vi.runOnlyPendingTimers());
    vi.useRealTimers();

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 artikel gevonden'));
    // The unfinished word goes to the suggestions endpoint, as typed.
    expect(suggestions(calls).map((call) => [call.url.searchParams.get('q'), call.url.searchParams.get('limit')])).toEqual([['lek', '5']]);
    expect(screen.getByRole('button', { name: 'Lekkage in huis' })).toBeTruthy();
    expect(screen.getAllByRole('listitem')[0]?.querySelector('mark')?.textContent).toBe('Lekkage');
    // Half-typed words are nobody's to-do: the logged search is not asked.
    expect(searches(calls)).toHaveLength(0);
  });

  it('searches on Enter: the logged search gets the whole text once and shows all it finds; typing on suggests again', async () => {
    const { calls } = api();
    renderWithRouter(<Standalone />);
    const box = screen.getByLabelText('Zoek in de kennisbank');
    fireEvent.change(box, { target: { value: 'huur ' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 artikel gevonden'));
    // A space at the end: the last word is finished, and the API is told so.
    expect(suggestions(calls).map((call) => call.url.searchParams.get('q'))).toEqual(['huur ']);
    expect(searches(calls)).toHaveLength(0);

    fireEvent.submit(screen.getByRole('search', { name: 'Kennisbank' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('2 artikelen gevonden'));
    expect(searches(calls).map((call) => call.url.searchParams.get('q'))).toEqual(['huur']);
    const first = screen.getAllByRole('listitem')[0] as HTMLElement;
    expect(first.querySelector('mark')?.textContent).toBe('huur');
    // Everything but <mark> arrives escaped and stays text.
    expect(first.textContent).toContain('<per brief>');
    expect(screen.getByText('Intern')).toBeTruthy();
    expect(suggestions(calls)).toHaveLength(1);

    fireEvent.change(box, { target: { value: 'huur op' } });
    await waitFor(() => expect(suggestions(calls).map((call) => call.url.searchParams.get('q'))).toEqual(['huur ', 'huur op']));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('1 artikel gevonden'));
    expect(searches(calls)).toHaveLength(1);
  });

  it('opens an article in the panel, marks it "Gebruikt" as a chip, and goes back to the results with the focus on it', async () => {
    api();
    renderWithRouter(<Standalone />);
    fireEvent.change(screen.getByLabelText('Zoek in de kennisbank'), { target: { value: 'huur' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Huur opzeggen' }));

    const heading = await screen.findByRole('heading', { name: 'Huur opzeggen' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText('een brief').tagName).toBe('STRONG');

    const toggle = screen.getByRole('button', { name: 'Gebruikt: Huur opzeggen' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const chips = screen.getByRole('list', { name: 'Gebruikte artikelen' });
    expect(within(chips).getByText('Huur opzeggen')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /Terug naar de resultaten/ }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Huur opzeggen' })));

    fireEvent.click(screen.getByRole('button', { name: 'Huur opzeggen weghalen bij gebruikte artikelen' }));
    expect(screen.queryByRole('list', { name: 'Gebruikte artikelen' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Gebruikt: Huur opzeggen' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('suggests the articles of the topic chosen in the contact form, and sends the used ones as articleIds', async () => {
    const { calls } = api();
    renderWithRouter(<ContactPanel customerId="c1" openCases={[]} />);
    const box = screen.getByRole('combobox', { name: 'Onderwerp' });
    await waitFor(() => expect(screen.getAllByRole('option', { hidden: true, name: /Huur en betalen/ }).length).toBe(1));
    fireEvent.change(box, { target: { value: 'Huur' } });
    fireEvent.keyDown(box, { key: 'Enter' });

    await waitFor(() => expect(screen.getByText('1 artikel bij het onderwerp ‘Huur en betalen’')).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Gebruikt: Huur opzeggen' }));

    fireEvent.change(screen.getByLabelText('Vraag in het kort'), { target: { value: 'Huur opzeggen' } });
    fireEvent.change(screen.getByLabelText('Samenvatting (de klant kan dit lezen)'), { target: { value: 'Uitgelegd hoe opzeggen gaat.' } });
    fireEvent.change(screen.getByLabelText('Resultaat'), { target: { value: 'answered' } });
    fireEvent.click(screen.getByRole('button', { name: 'Contact opslaan' }));

    await waitFor(() => expect(calls.some((call) => call.url.pathname === '/api/v1/contacts')).toBe(true));
    const post = calls.find((call) => call.url.pathname === '/api/v1/contacts');
    expect(JSON.parse(String(post?.init.body))).toMatchObject({ topic: 't-huur', articleIds: ['a-opzeggen'] });
    // After saving, the next contact starts without used articles.
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Gebruikte artikelen' })).toBeNull());
  });
});
