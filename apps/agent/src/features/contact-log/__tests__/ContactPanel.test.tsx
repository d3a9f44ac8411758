import { saveSession, type Case, type Contact, type Topic } from '@loket/web/api-client';
import { fakeApi, renderWithRouter, testSession } from '@loket/web/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { amsterdamLocalToIso } from '../hooks/amsterdam-time';
import { ContactPanel } from '../components/ContactPanel';

const topics: Topic[] = [
  { id: 't-rep', code: 'reparatie', name: 'Reparatie en onderhoud', sensitive: false, active: true },
  { id: 't-ovl', code: 'overlast', name: 'Overlast', sensitive: true, active: true },
];

const openCase = {
  id: 'case-1', customerId: 'c1', subject: 'Lekkage badkamer', topic: topics[0], status: 'open', ownerId: 'u1',
  owner: { id: 'u1', displayName: 'Anouk Klantcontact' }, contactCount: 1, resolvedInFirstContact: null, answerSummary: null,
  firstResponseDueAt: null, dueAt: null, sla: null, openedAt: '2025-01-01T09:00:00Z', resolvedAt: null, closedAt: null, updatedAt: '2025-01-01T09:00:00Z',
  team: null, forwardedBy: null, forwardedAt: null,
} as Case;

function savedContact(body: Record<string, unknown>): Contact {
  return {
    id: 'k1', caseId: String(body['caseId'] ?? 'case-new'), customerId: 'c1', channel: body['channel'] as Contact['channel'], direction: 'inbound',
    occurredAt: '2025-01-01T09:00:00Z', topic: topics[0] as Topic, summary: String(body['summary']), internalNote: null,
    internalNoteSensitive: false, outcome: body['outcome'] as Contact['outcome'], followUp: null, articleIds: [], location: null,
    employee: { id: 'u1', displayName: 'Anouk Klantcontact' }, vera: { channelCode: 'TEL', directionCode: 'INK' },
    confirmation: body['confirm'] ? { status: 'queued', channel: 'email' } : null, createdAt: '2025-01-01T09:00:00Z',
  };
}

function setup() {
  saveSession(testSession());
  const api = fakeApi((url, init) => {
    if (url.pathname === '/api/v1/topics') return { body: { items: topics } };
    if (url.pathname === '/api/v1/locations') return { body: { items: [{ id: 'l1', code: 'KAA', name: 'Woonpunt Kaatsheuvel' }] } };
    if (url.pathname === '/api/v1/contacts' && init.method === 'POST') {
      return { status: 201, body: savedContact(JSON.parse(String(init.body))) };
    }
    if (url.pathname === '/api/v1/callbacks' && init.method === 'POST') return { status: 201, body: { id: 'cb-1', assignee: null, team: null } };
    return undefined;
  });
  renderWithRouter(<ContactPanel customerId="c1" openCases={[openCase]} phoneNumbers={[{ number: '+31612345678', display: '06 12345678', label: 'mobile' }]} />);
  return api;
}

async function chooseTopic(name: string) {
  const box = screen.getByRole('combobox', { name: 'Onderwerp' });
  await waitFor(() => expect(screen.getAllByRole('option', { hidden: true, name: /Overlast/ }).length).toBe(1));
  fireEvent.change(box, { target: { value: name.slice(0, 5) } });
  fireEvent.keyDown(box, { key: 'Enter' });
  await waitFor(() => expect((box as HTMLInputElement).value).toBe(name));
}

function errorOf(label: string) {
  const field = screen.getByLabelText(label);
  const id = field.getAttribute('aria-describedby')?.split(' ').find((part) => part.endsWith('-fout'));
  return id ? document.getElementById(id)?.textContent : undefined;
}

describe('ContactPanel', () => {
  it('starts on phone, with the channel field focused and no follow-up for an answered question', async () => {
    setup();
    const channel = screen.getByLabelText('Kanaal') as HTMLSelectElement;
    expect(channel.value).toBe('phone');
    expect(document.activeElement).toBe(channel);
    expect(screen.queryByRole('group', { name: /Vervolgafspraak/ })).toBeNull();
    expect((screen.getByLabelText('Stuur de klant een bevestiging') as HTMLInputElement).checked).toBe(false);
  });

  it('makes the follow-up required for a counter visit that is not answered, and does not save', async () => {
    const { calls } = setup();
    await chooseTopic('Reparatie en onderhoud');
    fireEvent.change(screen.getByLabelText('Kanaal'), { target: { value: 'counter' } });
    fireEvent.change(screen.getByLabelText('Resultaat'), { target: { value: 'forwarded' } });
    fireEvent.change(screen.getByLabelText('Vraag in het kort'), { target: { value: 'Sleutel kwijt' } });
    fireEvent.change(screen.getByLabelText('Samenvatting (de klant kan dit lezen)'), { target: { value: 'Sleutel kwijt, doorgezet.' } });

    expect(screen.getByRole('group', { name: 'Vervolgafspraak' })).toBeTruthy();
    expect((screen.getByLabelText('Stuur de klant een bevestiging') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Contact opslaan' }));

    await waitFor(() => expect(errorOf('Wanneer?')).toBe('Een bezoeker gaat nooit weg zonder vervolgafspraak. Vul in wanneer de klant van ons hoort.'));
    expect(errorOf('Hoe hoort de klant van ons?')).toBe('Kies hoe de klant van ons hoort.');
    expect(calls.some((call) => call.init.method === 'POST')).toBe(false);
  });

  it('keeps the follow-up optional by phone when the question is not answered', async () => {
    const { calls } = setup();
    await chooseTopic('Reparatie en onderhoud');
    fireEvent.change(screen.getByLabelText('Resultaat'), { target: { value: 'callback_agreed' } });
    expect(screen.getByRole('group', { name: /Vervolgafspraak.*niet verplicht/ })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Vraag in het kort'), { target: { value: 'Lekkage' } });
    fireEvent.change(screen.getByLabelText('Samenvatting (de klant kan dit lezen)'), { target: { value: 'Wij bellen terug.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Contact opslaan' }));
    await waitFor(() => expect(calls.some((call) => call.init.method === 'POST' && call.url.pathname === '/api/v1/contacts')).toBe(true));
  });

  it('saves with Ctrl+Enter and names the case and the confirmation', async () => {
    const { calls } = setup();
    await chooseTopic('Reparatie en onderhoud');
    fireEvent.change(screen.getByLabelText('Bij welke vraag hoort dit contact?'), { target: { value: 'case-1' } });
    expect(screen.queryByLabelText('Vraag in het kort')).toBeNull();
    const summary = screen.getByLabelText('Samenvatting (de klant kan dit lezen)');
    fireEvent.change(summary, { target: { value: 'Monteur komt dinsdag.' } });
    fireEvent.click(screen.getByLabelText('Stuur de klant een bevestiging'));
    fireEvent.keyDown(summary, { key: 'Enter', ctrlKey: true });

    expect(await screen.findByText(/Het contact is opgeslagen bij de vraag ‘Lekkage badkamer’\. De bevestiging per e-mail wordt verstuurd\./)).toBeTruthy();
    const post = calls.find((call) => call.init.method === 'POST');
    expect(JSON.parse(String(post?.init.body))).toMatchObject({
      customerId: 'c1', channel: 'phone', direction: 'inbound', topic: 't-rep', caseId: 'case-1', summary: 'Monteur komt dinsdag.',
      outcome: 'answered', followUp: null, internalNote: null, confirm: true,
    });
  });

  it('warns about a sensitive topic in the internal note, which is collapsed at first', async () => {
    setup();
    expect(screen.queryByLabelText(/Interne notitie/)).toBeNull();
    await chooseTopic('Overlast');
    const toggle = screen.getByRole('button', { name: 'Interne notitie toevoegen' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByLabelText(/Interne notitie \(alleen voor collega’s\)/)).toBeTruthy();
    expect(screen.getByText(/‘Overlast’ is een gevoelig onderwerp/)).toBeTruthy();
  });

  it('sends the follow-up time as Dutch time with its offset', () => {
    expect(amsterdamLocalToIso('2025-01-15T10:00')).toBe('2025-01-15T10:00:00+01:00');
    expect(amsterdamLocalToIso('2025-07-15T10:00')).toBe('2025-07-15T10:00:00+02:00');
    expect(amsterdamLocalToIso('nope')).toBeNull();
  });
});
