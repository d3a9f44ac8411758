import { saveSession } from '@loket/web/api-client';
import { fakeApi, renderRoutes, sessionUser, testSession } from '@loket/web/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { customer, openCase } from '../../../test/fixtures';
import { AnswerForm } from '../components/AnswerForm';

const settings = { name: 'Woonstichting De Linde', phone: '0416123400', phoneDisplay: '0416 123 400', replyAddress: 'klantcontact@linde.demo' };
const lekkage = {
  id: 'a-lek', version: 1, latestVersion: 1, status: 'published', title: 'Lekkage in huis', questions: [], body: 'Draai de hoofdkraan dicht.', bodyHtml: '',
  answerTemplate: 'Beste {naam}, op {datum} komt de monteur. Bel {telefoon} als het erger wordt. Groet, {medewerker}. Uw adres: {adres}',
  audience: 'public', category: null, topics: [], owner: null, reviewBy: null, readability: { score: 70, level: 'B1 or easier', averageSentenceWords: 8, longestSentences: [] },
  publishedAt: null, updatedAt: '2026-12-01T09:00:00Z',
};

function api(who = customer(), onResolve?: (body: unknown) => void) {
  return fakeApi((url, init) => {
    if (url.pathname === '/api/v1/auth/me') return { body: sessionUser('staff', { displayName: 'Anouk de Vries' }) };
    if (url.pathname === `/api/v1/customers/${who.id}`) return { body: who };
    if (url.pathname === '/api/v1/organization/settings') return { body: settings };
    if (url.pathname === '/api/v1/articles' && url.searchParams.get('q')) return { body: { items: [{ id: 'a-lek', title: 'Lekkage in huis', audience: 'public', category: null, snippet: '', rank: 1 }], nextCursor: null } };
    if (url.pathname === '/api/v1/articles') return { body: { items: [{ id: 'a-lek', title: 'Lekkage in huis', status: 'published', publishedVersion: 1, audience: 'public', category: null }], nextCursor: null } };
    if (url.pathname === '/api/v1/articles/a-lek') return { body: lekkage };
    if (url.pathname === '/api/v1/cases/case-1/resolve' && init.method === 'POST') {
      onResolve?.(JSON.parse(String(init.body)));
      return { body: openCase({ status: 'resolved' }) };
    }
    return undefined;
  });
}

function renderForm(onDone = vi.fn()) {
  saveSession(testSession());
  renderRoutes([{ path: '/', element: <AnswerForm item={openCase()} onDone={onDone} /> }], '/');
  return onDone;
}

afterEach(() => vi.useRealTimers());

describe('Vraag beantwoorden', () => {
  it('says the answer goes by e-mail, masking the address', async () => {
    api(customer({ email: 'kees@example.nl', preferredChannel: 'phone' }));
    renderForm();
    expect(await screen.findByText('Per e-mail naar k…@example.nl')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Beantwoorden en e-mail sturen' })).toBeTruthy();
  });

  it.each([
    ['prefers letters', customer({ preferredChannel: 'letter' })],
    ['has no e-mail address', customer({ email: null })],
  ])('says the answer goes as a letter when the customer %s', async (_why, who) => {
    api(who);
    renderForm();
    expect(await screen.findByText('Als brief, komt op de printlijst')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Beantwoorden en brief maken' })).toBeTruthy();
  });

  it('inserts a standard answer with the placeholders filled in, keeps the unknown one open and sends only when it is filled', async () => {
    let sent: unknown;
    api(customer(), (body) => (sent = body));
    const onDone = renderForm();
    await screen.findByText(/Per e-mail naar/);
    fireEvent.click(screen.getByRole('button', { name: 'Standaardantwoord invoegen' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Standaardantwoord van “Lekkage in huis” invoegen' }));
    const answer = (await screen.findByLabelText(/Het antwoord aan de klant/)) as HTMLTextAreaElement;
    await waitFor(() => expect(answer.value).toMatch(/^Beste Kees van den Berg, op \d{1,2} \w+ \d{4} komt de monteur\. Bel 0416 123 400 als het erger wordt\. Groet, Anouk de Vries\. Uw adres: \{adres\}$/));
    expect(screen.getByText('Vul nog in: {adres}')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Beantwoorden en e-mail sturen' }));
    expect(await screen.findByText('Vul eerst alle plaatshouders in, zoals {naam}.')).toBeTruthy();
    expect(sent).toBeUndefined();

    fireEvent.change(answer, { target: { value: answer.value.replace('{adres}', 'Lindelaan 14') } });
    fireEvent.click(screen.getByRole('button', { name: 'Beantwoorden en e-mail sturen' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent).toMatchObject({ answer: expect.stringContaining('Uw adres: Lindelaan 14'), articleIds: ['a-lek'] });
  });

  it('says so when an article has no standard answer', async () => {
    fakeApi((url) => {
      if (url.pathname === '/api/v1/auth/me') return { body: sessionUser('staff') };
      if (url.pathname === '/api/v1/customers/c-kees') return { body: customer() };
      if (url.pathname === '/api/v1/organization/settings') return { body: settings };
      if (url.pathname === '/api/v1/articles') return { body: { items: [{ id: 'a-lek', title: 'Lekkage in huis', status: 'published', publishedVersion: 1, audience: 'public', category: null }], nextCursor: null } };
      if (url.pathname === '/api/v1/articles/a-lek') return { body: { ...lekkage, answerTemplate: null } };
      return undefined;
    });
    renderForm();
    fireEvent.click(await screen.findByRole('button', { name: 'Standaardantwoord invoegen' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Standaardantwoord van “Lekkage in huis” invoegen' }));
    expect(await screen.findByText(/heeft \(nog\) geen standaardantwoord/)).toBeTruthy();
  });
});
