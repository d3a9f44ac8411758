import { configureApiClient, getAccessToken, saveSession, sessionBackend, type LoggedContact } from '@loket/web/api-client';
import { SessionRenewal } from '@loket/web/session';
import { fakeApi, loginResponse, renderWithRouter, sessionUser, testSession } from '@loket/web/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { anouk, topicsFixture } from '../../../test/fixtures';
import { ContactPanel } from '../components/ContactPanel';

function saved(body: Record<string, unknown>): LoggedContact {
  return {
    id: 'k-new', caseId: 'case-new', customerId: 'c1', channel: 'phone', direction: 'inbound', occurredAt: '2026-12-03T09:00:00Z',
    topic: topicsFixture[0] as LoggedContact['topic'], summary: String(body['summary']), internalNote: null, internalNoteSensitive: false,
    outcome: body['outcome'] as LoggedContact['outcome'], followUp: null, articleIds: [], location: null, employee: anouk,
    vera: { channelCode: 'TEL', directionCode: 'INK' }, confirmation: null, createdAt: '2026-12-03T09:00:00Z', callback: null,
  };
}

const UNAUTHORIZED = { status: 401, body: { type: 'about:blank', title: 'Unauthorized', status: 401, correlationId: 'c' } };

describe('ContactPanel when the session has expired', () => {
  afterEach(() => configureApiClient({ renewSession: undefined }));

  it('asks to log in again in place, then completes the save with what the agent typed', async () => {
    saveSession(testSession('old-token'));
    const me = sessionUser('staff', { id: anouk.id, displayName: anouk.displayName });
    const { calls } = fakeApi((url, init) => {
      const auth = new Headers(init.headers).get('Authorization');
      if (url.pathname === '/api/v1/topics') return { body: { items: topicsFixture } };
      if (url.pathname === '/api/v1/auth/me') return { body: me };
      if (url.pathname === '/api/v1/auth/login') return { body: loginResponse(me, 'new-token') };
      if (url.pathname === '/api/v1/contacts' && init.method === 'POST') {
        return auth === 'Bearer new-token' ? { status: 201, body: saved(JSON.parse(String(init.body))) } : UNAUTHORIZED;
      }
      return undefined;
    });
    renderWithRouter(
      <>
        <ContactPanel customerId="c1" openCases={[]} />
        <SessionRenewal kind="staff" backend={sessionBackend} />
      </>,
    );
    const box = screen.getByRole('combobox', { name: 'Onderwerp' });
    await waitFor(() => expect(screen.getAllByRole('option', { hidden: true, name: /Overlast/ }).length).toBe(1));
    fireEvent.change(box, { target: { value: 'Repar' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    fireEvent.change(screen.getByLabelText('Vraag in het kort'), { target: { value: 'Monteur cv-ketel' } });
    const text = 'De cv-ketel slaat steeds af. Monteur komt dinsdag tussen 8 en 12.';
    fireEvent.change(screen.getByLabelText('Samenvatting (de klant kan dit lezen)'), { target: { value: text } });
    fireEvent.change(screen.getByLabelText('Resultaat'), { target: { value: 'answered' } });
    fireEvent.click(screen.getByRole('button', { name: 'Contact opslaan' }));

    // The API says the session is gone: a dialog, in place; the form and its text stay.
    const dialog = within(await screen.findByRole('dialog', { name: 'Log opnieuw in' }));
    expect((screen.getByLabelText('Samenvatting (de klant kan dit lezen)') as HTMLTextAreaElement).value).toBe(text);
    expect(screen.queryByText(/Het contact is opgeslagen/)).toBeNull();
    fireEvent.change(dialog.getByLabelText('E-mailadres'), { target: { value: 'agent@linde.demo' } });
    fireEvent.change(dialog.getByLabelText('Wachtwoord'), { target: { value: 'Loket-demo-1' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Inloggen en doorgaan' }));

    // The save completes with the same request, under the new session.
    expect(await screen.findByText(/Het contact is opgeslagen bij de vraag ‘Monteur cv-ketel’/)).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    const posts = calls.filter((call) => call.url.pathname === '/api/v1/contacts' && call.init.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(JSON.parse(String(posts[1]?.init.body))).toEqual(JSON.parse(String(posts[0]?.init.body)));
    expect(JSON.parse(String(posts[1]?.init.body))).toMatchObject({ summary: text, outcome: 'answered' });
    expect(getAccessToken()).toBe('new-token');
  });
});
