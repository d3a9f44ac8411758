import { saveSession, type Article } from '@loket/web/api-client';
import { fakeApi, renderRoutes, sessionUser, testSession } from '@loket/web/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleEditorPage } from '../components/ArticleEditorPage';
import { KnowledgeBasePage } from '../components/KnowledgeBasePage';

function article(overrides: Partial<Article> = {}): Article {
  return {
    id: 'a1', version: 3, latestVersion: 3, status: 'draft', title: 'Huur opzeggen', questions: ['huur opzeggen', 'verhuizen'],
    answerTemplate: null, body: 'Zeg de huur op met een brief.', bodyHtml: '<p>Zeg de huur op met een brief.</p>', audience: 'public', category: 'Verhuizen',
    topics: [{ id: 't-huur', code: 'huur', name: 'Huur en betalen' }], owner: null, reviewBy: '2027-06-01',
    readability: {
      score: 48.4, level: 'above B1', averageSentenceWords: 17.25, tooLongSentences: 1,
      longestSentences: [
        { text: 'Wanneer u de huur wilt opzeggen omdat u gaat verhuizen of om een andere reden uw woning niet langer wilt huren moet u dat schriftelijk doen bij ons.', words: 28, tooLong: true },
        { text: 'Wanneer u de huur wilt opzeggen omdat u gaat verhuizen moet u dat schriftelijk doen.', words: 15, tooLong: false },
      ],
    },
    publishedAt: null, updatedAt: '2026-11-20T09:00:00Z', ...overrides,
  };
}

interface Options {
  roles?: ('agent' | 'kb_editor' | 'admin')[];
  patch?: () => { status?: number; body?: unknown };
  publish?: () => { status?: number; body?: unknown };
}

function setup({ roles = ['kb_editor'], patch, publish }: Options = {}) {
  saveSession(testSession());
  let current = article();
  const api = fakeApi((url, init) => {
    if (url.pathname === '/api/v1/auth/me') return { body: sessionUser('staff', { roles }) };
    if (url.pathname === '/api/v1/topics') return { body: { items: [{ id: 't-huur', code: 'huur', name: 'Huur en betalen', sensitive: false, active: true }] } };
    if (url.pathname === '/api/v1/articles/a1' && init.method === 'PATCH') return patch ? patch() : { body: current };
    if (url.pathname === '/api/v1/articles/a1' && (init.method ?? 'GET') === 'GET') return { body: current };
    if (url.pathname === '/api/v1/articles/a1/publish') return publish ? publish() : { body: current };
    if (url.pathname === '/api/v1/articles/a1/versions') {
      return {
        body: {
          items: [
            { version: 3, status: 'draft', title: 'Huur opzeggen', editedBy: { id: 'u1', displayName: 'Eva Editor' }, editedAt: '2026-11-20T09:00:00Z', changeNote: null },
            { version: 2, status: 'published', title: 'Huur opzeggen', editedBy: null, editedAt: '2026-11-10T09:00:00Z', changeNote: 'Kortere zinnen' },
          ],
        },
      };
    }
    if (url.pathname === '/api/v1/articles/a1/restore') {
      current = article({ latestVersion: 4, version: 4 });
      return { body: current };
    }
    if (url.pathname === '/api/v1/articles' && !url.searchParams.get('q')) {
      return {
        body: {
          items: [
            { id: 'a1', title: 'Huur opzeggen', status: 'draft', audience: 'public', category: 'Verhuizen', reviewBy: '2027-06-01', latestVersion: 3, publishedVersion: null },
          ],
        },
      };
    }
    if (url.pathname === '/api/v1/articles/dashboard') {
      return { body: { overdue: [], mostUsed: [], noResults: [{ query: 'sleutel kwijt', times: 7, lastAt: '2026-11-21T10:00:00Z' }] } };
    }
    if (url.pathname === '/api/v1/articles/synonyms') return { body: { groups: [] } };
    if (url.pathname === '/api/v1/articles/a1/diff') {
      return {
        body: {
          from: Number(url.searchParams.get('from')), to: Number(url.searchParams.get('to')),
          title: { from: 'Huur opzeggen', to: 'Uw huur opzeggen' },
          questions: { added: ['huis uit'], removed: ['verhuizen'] },
          body: [
            { kind: 'same', text: 'Zeg de huur op.\n' },
            { kind: 'removed', text: 'Stuur een brief.\n' },
            { kind: 'added', text: 'Gebruik het formulier in Mijn Loket.\nU krijgt een bevestiging.\n' },
          ],
          audience: null,
        },
      };
    }
    return undefined;
  });
  renderRoutes(
    [
      { path: '/kennisbank', element: <KnowledgeBasePage /> },
      { path: '/kennisbank/:id', element: <ArticleEditorPage /> },
    ],
    '/kennisbank/a1',
  );
  return api;
}

describe('ArticleEditorPage', () => {
  it('saves with the version the editor started from, and on a 409 asks in Dutch to load the newest version', async () => {
    let answer: { status?: number; body?: unknown } = { status: 409, body: { type: 'about:blank', title: 'Conflict', status: 409 } };
    const { calls } = setup({ patch: () => answer });
    const title = await screen.findByLabelText('Titel');
    expect((screen.getByLabelText(/Vragen die dit artikel beantwoordt/) as HTMLTextAreaElement).value).toBe('huur opzeggen\nverhuizen');
    fireEvent.change(title, { target: { value: 'Uw huur opzeggen' } });
    fireEvent.change(screen.getByLabelText(/Vragen die dit artikel beantwoordt/), { target: { value: 'huur opzeggen\n\n  huis uit  \n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Iemand anders heeft dit artikel intussen opgeslagen')).toBeTruthy();
    const patch = calls.find((call) => call.init.method === 'PATCH');
    expect(JSON.parse(String(patch?.init.body))).toMatchObject({
      baseVersion: 3, title: 'Uw huur opzeggen', questions: ['huur opzeggen', 'huis uit'], topics: ['t-huur'], reviewBy: '2027-06-01',
    });

    answer = { body: article({ latestVersion: 4, version: 4, title: 'Uw huur opzeggen' }) };
    fireEvent.click(screen.getByRole('button', { name: 'Nieuwste versie laden' }));
    await waitFor(() => expect(screen.queryByText('Iemand anders heeft dit artikel intussen opgeslagen')).toBeNull());
  });

  it('shows the reasons a publish is refused, in Dutch, at the fields', async () => {
    setup({
      publish: () => ({
        status: 400,
        body: {
          type: 'about:blank', title: 'Bad Request', status: 400,
          errors: [{ field: 'questions', code: 'required', message: 'is verplicht' }, { field: 'body', code: 'required', message: 'is verplicht' }],
        },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Publiceren' }));
    const alert = await screen.findByText('Het artikel is niet gepubliceerd. Pas eerst dit aan:');
    const box = alert.closest('.lk-alert') as HTMLElement;
    expect(within(box).getByText('Vul minstens één vraag in die dit artikel beantwoordt.')).toBeTruthy();
    expect(within(box).getByText('De tekst is leeg of niet goed. Vul de tekst aan.')).toBeTruthy();
    const questions = screen.getByLabelText(/Vragen die dit artikel beantwoordt/);
    expect(questions.getAttribute('aria-invalid')).toBe('true');
    expect(document.body.textContent).not.toContain('must not be empty');
  });

  it('shows readability with the longest sentences, and restores an older version', async () => {
    const { calls } = setup();
    expect(await screen.findByText('Score: 48 (Flesch-Douma, hoger is makkelijker)')).toBeTruthy();
    expect(screen.getByText('Moeilijker dan B1')).toBeTruthy();
    expect(screen.getByText(/moet u dat schriftelijk doen\.$/)).toBeTruthy();
    // A sentence of more than 25 words is flagged, and the text is not called B1.
    expect(screen.getByText('1 zin is langer dan 25 woorden. Een tekst op B1-niveau heeft geen zinnen van meer dan 25 woorden.')).toBeTruthy();
    expect(screen.getAllByText('te lang voor B1')).toHaveLength(1);
    expect(screen.getByText(/bij ons\./).closest('li')?.textContent).toContain('te lang voor B1');
    fireEvent.click(await screen.findByRole('button', { name: 'Versie 2 terugzetten' }));
    expect(await screen.findByText('Versie 2 is teruggezet als versie 4.')).toBeTruthy();
    expect(JSON.parse(String(calls.find((call) => call.url.pathname.endsWith('/restore'))?.init.body))).toEqual({ version: 2 });
  });

  it('compares an older version with the latest: what was removed and added, in words for screen readers too', async () => {
    const { calls } = setup();
    const compare = await screen.findByRole('button', { name: 'Vergelijk versie 2 met versie 3' });
    compare.focus();
    fireEvent.click(compare);

    const heading = await screen.findByRole('heading', { level: 3, name: 'Versie 2 vergeleken met versie 3' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const comparison = heading.closest('section') as HTMLElement;
    const removed = await within(comparison).findByText('Stuur een brief.');
    expect(removed.closest('del')?.textContent).toContain('Verwijderd:');
    const added = within(comparison).getByText('Gebruik het formulier in Mijn Loket.').closest('ins') as HTMLElement;
    expect(added.textContent).toContain('Toegevoegd:');
    expect(within(added).getByText('U krijgt een bevestiging.')).toBeTruthy();
    expect(within(comparison).getByText('Zeg de huur op.').closest('ins, del')).toBeNull();
    expect(within(comparison).getByText('Huur opzeggen').closest('del')).toBeTruthy();
    expect(within(comparison).getByText('Uw huur opzeggen').closest('ins')).toBeTruthy();
    expect(within(comparison).getByText('huis uit').closest('ins')).toBeTruthy();
    expect(within(comparison).getByText('verhuizen').closest('del')).toBeTruthy();
    const diffCall = calls.find((call) => call.url.pathname === '/api/v1/articles/a1/diff');
    expect(Object.fromEntries(diffCall?.url.searchParams ?? [])).toEqual({ from: '2', to: '3' });

    fireEvent.click(within(comparison).getByRole('button', { name: 'Vergelijking sluiten' }));
    expect(screen.queryByRole('heading', { name: 'Versie 2 vergeleken met versie 3' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Vergelijk versie 2 met versie 3' }));
  });

  it('lists the articles with their status and the searches without results; agents are told it is not for them', async () => {
    setup();
    fireEvent.click(await screen.findByRole('link', { name: /Terug naar de kennisbank/ }));
    const row = (await screen.findByRole('link', { name: 'Huur opzeggen' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Concept')).toBeTruthy();
    expect(await screen.findByText('sleutel kwijt')).toBeTruthy();
    expect(screen.getByText(/7 keer/)).toBeTruthy();
  });

  it('tells an agent this page is for editors', async () => {
    setup({ roles: ['agent'] });
    expect(await screen.findByText('Deze pagina is voor redacteuren')).toBeTruthy();
  });
});
