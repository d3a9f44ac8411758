import { saveSession, type LoggedContact, type PhoneNumber } from '@loket/web/api-client';
import { fakeApi, renderWithRouter, sessionUser, testSession } from '@loket/web/testing';
import { NowProvider } from '@loket/web/ui';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anouk, klantcontact, lindeCalendar, topicsFixture } from '../../../test/fixtures';
import { ContactPanel } from '../components/ContactPanel';

/** Thursday 3 December 2026, 10:00 in Amsterdam. */
const NOW = new Date('2026-12-03T10:00:00+01:00');
const PHONES: PhoneNumber[] = [
  { number: '+31612345678', display: '06 12345678', label: 'mobile' },
  { number: '+31135551234', display: '013 5551234', label: 'home' },
];

type Answer = { status?: number; body?: unknown };

type AgreedCallback = NonNullable<LoggedContact['callback']>;

function savedContact(body: Record<string, unknown>, callback: AgreedCallback | null): LoggedContact {
  return {
    id: 'k-new', caseId: 'case-new', customerId: 'c1', channel: 'phone', direction: 'inbound', occurredAt: '2026-12-03T09:00:00Z',
    topic: topicsFixture[0] as LoggedContact['topic'], summary: String(body['summary']), internalNote: null, internalNoteSensitive: false,
    outcome: body['outcome'] as LoggedContact['outcome'], followUp: null, articleIds: [], location: null, employee: anouk,
    vera: { channelCode: 'TEL', directionCode: 'INK' }, confirmation: body['confirm'] ? { status: 'queued', channel: 'email' } : null,
    createdAt: '2026-12-03T09:00:00Z', callback,
  };
}

const agreed = (over: Partial<AgreedCallback> = {}): AgreedCallback => ({
  id: 'cb-9', windowStart: '2026-12-03T09:00:00.000Z', dueAt: '2026-12-04T11:00:00.000Z', dayPart: null, assignee: anouk, team: null, when: 'uiterlijk vrijdag 4 december om 12:00', ...over,
});

/** `contact` answers POST /contacts (the n-th time). */
function setup({ phones = PHONES, contact }: { phones?: PhoneNumber[]; contact: (body: Record<string, unknown>, n: number) => Answer }) {
  saveSession(testSession());
  let contactPosts = 0;
  const api = fakeApi((url, init) => {
    const body = init.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    if (url.pathname === '/api/v1/topics') return { body: { items: topicsFixture } };
    if (url.pathname === '/api/v1/auth/me') return { body: sessionUser('staff', { id: anouk.id, displayName: anouk.displayName }) };
    if (url.pathname === '/api/v1/teams') return { body: { items: [klantcontact] } };
    if (url.pathname === '/api/v1/sla/calendar') return { body: lindeCalendar() };
    if (url.pathname === '/api/v1/contacts' && init.method === 'POST') return contact(body, ++contactPosts);
    return undefined;
  });
  renderWithRouter(
    <NowProvider now={NOW}>
      <ContactPanel customerId="c1" openCases={[]} phoneNumbers={phones} />
    </NowProvider>,
  );
  return api;
}

const posts = (calls: { url: URL; init: RequestInit }[]) =>
  calls.filter((call) => call.init.method === 'POST').map((call) => ({ path: call.url.pathname, body: JSON.parse(String(call.init.body)) }));

async function fillContact(summary: string) {
  const box = screen.getByRole('combobox', { name: 'Onderwerp' });
  await waitFor(() => expect(screen.getAllByRole('option', { hidden: true, name: /Overlast/ }).length).toBe(1));
  fireEvent.change(box, { target: { value: 'Repar' } });
  fireEvent.keyDown(box, { key: 'Enter' });
  fireEvent.change(screen.getByLabelText('Vraag in het kort'), { target: { value: 'Monteur cv-ketel' } });
  fireEvent.change(screen.getByLabelText('Samenvatting (de klant kan dit lezen)'), { target: { value: summary } });
  fireEvent.change(screen.getByLabelText('Resultaat'), { target: { value: 'callback_agreed' } });
}

function errorOf(field: HTMLElement) {
  const id = field.getAttribute('aria-describedby')?.split(' ').find((part) => part.endsWith('-fout'));
  return id ? document.getElementById(id)?.textContent : undefined;
}

describe('ContactPanel with "Terugbellen afgesproken"', () => {
  it('saves the contact and the callback in one request: preferred number, reason from the summary, the standard window, me', async () => {
    const { calls } = setup({ contact: (body) => ({ status: 201, body: savedContact(body, agreed()) }) });
    await fillContact('De cv-ketel slaat af.');
    const callback = within(screen.getByRole('group', { name: 'Terugbelafspraak' }));
    expect((callback.getByLabelText('Op welk nummer bellen we?') as HTMLSelectElement).value).toBe('+31612345678');
    const reason = callback.getByLabelText('Waarover bellen we? (de klant kan dit lezen)') as HTMLTextAreaElement;
    expect(reason.value).toBe('De cv-ketel slaat af.');
    expect((callback.getByLabelText('Standaard (uiterlijk einde volgende werkdag)') as HTMLInputElement).checked).toBe(true);
    expect((callback.getByLabelText('Ik') as HTMLInputElement).checked).toBe(true);
    expect(await callback.findByLabelText('Het team (wachtrij)')).toBeTruthy();

    // The reason follows the summary until the agent writes their own.
    const summary = screen.getByLabelText('Samenvatting (de klant kan dit lezen)');
    fireEvent.change(summary, { target: { value: 'De cv-ketel slaat steeds af. Wij bellen terug.' } });
    await waitFor(() => expect(reason.value).toBe('De cv-ketel slaat steeds af. Wij bellen terug.'));
    fireEvent.change(reason, { target: { value: 'Wanneer de monteur komt voor de cv-ketel.' } });
    fireEvent.change(summary, { target: { value: 'De cv-ketel slaat steeds af. Collega belt terug.' } });
    expect(reason.value).toBe('Wanneer de monteur komt voor de cv-ketel.');

    fireEvent.keyDown(summary, { key: 'Enter', ctrlKey: true });
    expect(
      await screen.findByText(
        'Het contact is opgeslagen bij de vraag ‘Monteur cv-ketel’. Het terugbelverzoek staat klaar: jij belt uiterlijk morgen 12:00. De bevestiging per e-mail wordt verstuurd.',
      ),
    ).toBeTruthy();
    const sent = posts(calls);
    // One request: contact and callback are saved together, or not at all; one confirmation naming the callback.
    expect(sent.map((post) => post.path)).toEqual(['/api/v1/contacts']);
    expect(sent[0]?.body).toMatchObject({
      outcome: 'callback_agreed', newCase: { subject: 'Monteur cv-ketel' }, confirm: true,
      callback: { phoneNumber: '+31612345678', reason: 'Wanneer de monteur komt voor de cv-ketel.' },
    });
    // A fresh form for the next contact.
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Terugbelafspraak' })).toBeNull());
  });

  it('shows the API’s refusal of the callback time next to the field with "Gebruik …"; nothing was saved, so the next save sends both again', async () => {
    const { calls } = setup({
      contact: (body, n) =>
        n === 1
          ? {
              status: 400,
              body: {
                type: 'about:blank', title: 'Bad Request', status: 400, correlationId: 'c',
                errors: [{ field: 'callback.at', code: 'office_closed', message: 'valt buiten de openingstijden', suggestion: '2026-12-04T07:30:00.000Z' }],
              },
            }
          : {
              status: 201,
              body: savedContact(body, agreed({ id: 'cb-10', assignee: null, team: { id: 'team-kc', name: 'Klantcontact' }, windowStart: '2026-12-04T07:30:00.000Z', dueAt: '2026-12-04T07:45:00.000Z' })),
            },
    });
    await fillContact('Meneer wil weten wanneer de monteur komt.');
    const callback = within(screen.getByRole('group', { name: 'Terugbelafspraak' }));
    fireEvent.change(callback.getByLabelText('Op welk nummer bellen we?'), { target: { value: 'anders' } });
    fireEvent.change(callback.getByLabelText('Ander telefoonnummer'), { target: { value: '06 98765432' } });
    fireEvent.click(callback.getByLabelText('Vast tijdstip'));
    fireEvent.change(callback.getByLabelText('Datum en tijd'), { target: { value: '2026-12-03T18:00' } });
    fireEvent.click(await callback.findByLabelText('Het team (wachtrij)'));
    fireEvent.change(callback.getByLabelText('Welk team?'), { target: { value: 'team-kc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Contact opslaan' }));

    const at = callback.getByLabelText('Datum en tijd');
    await waitFor(() => expect(errorOf(at)).toBe('Dan zijn we dicht.'));
    expect(screen.getByText(/^Er is nog niets opgeslagen\. Pas het aan/)).toBeTruthy();
    expect(screen.queryByText(/Het contact is opgeslagen/)).toBeNull();
    expect(callback.getByText('Het eerstvolgende moment dat wel kan: morgen 08:30.')).toBeTruthy();

    fireEvent.click(callback.getByRole('button', { name: 'Gebruik morgen 08:30' }));
    expect((at as HTMLInputElement).value).toBe('2026-12-04T08:30');
    await waitFor(() => expect(document.activeElement).toBe(at));
    fireEvent.click(screen.getByRole('button', { name: 'Contact opslaan' }));

    expect(await screen.findByText(/Het terugbelverzoek staat in de wachtrij van team Klantcontact: we bellen morgen 08:30–08:45\./)).toBeTruthy();
    const sent = posts(calls);
    expect(sent.map((post) => post.path)).toEqual(['/api/v1/contacts', '/api/v1/contacts']);
    expect(sent[0]?.body.callback).toEqual({ phoneNumber: '0698765432', reason: 'Meneer wil weten wanneer de monteur komt.', at: '2026-12-03T18:00:00+01:00', teamId: 'team-kc' });
    expect(sent[1]?.body).toEqual({ ...sent[0]?.body, callback: { ...sent[0]?.body.callback, at: '2026-12-04T08:30:00+01:00' } });
  });

  it('checks the callback in Dutch before anything is sent: a number, and a date with a day part', async () => {
    const { calls } = setup({ phones: [], contact: () => ({ status: 500 }) });
    await fillContact('Wij bellen terug.');
    const callback = within(screen.getByRole('group', { name: 'Terugbelafspraak' }));
    fireEvent.click(callback.getByLabelText('Dagdeel op een datum'));
    fireEvent.change(callback.getByLabelText('Datum'), { target: { value: '2026-12-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Contact opslaan' }));

    await waitFor(() => expect(errorOf(callback.getByLabelText('Op welk nummer bellen we?'))).toBe('Kies of vul een telefoonnummer in.'));
    expect(errorOf(callback.getByLabelText('Datum'))).toBe('Kies vandaag of een latere dag.');
    expect(errorOf(callback.getByLabelText('Dagdeel'))).toBe('Kies een dagdeel.');
    expect(posts(calls)).toEqual([]);
  });
});
