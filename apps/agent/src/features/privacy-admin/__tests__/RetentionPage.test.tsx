import { saveSession } from '@loket/web/api-client';
import { fakeApi, renderRoutes, sessionUser, testSession } from '@loket/web/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RetentionPage } from '../components/RetentionPage';

const admin = sessionUser('staff', { roles: ['admin'] });
const defaults = { outboxBodyDays: 90, searchTextDays: 90, feedbackCommentDays: 365, sessionDays: 30, accessLogDays: 730, updatedAt: null };

function renderPage() {
  saveSession(testSession());
  return renderRoutes([{ path: '/', element: <RetentionPage /> }], '/');
}

describe('Bewaartermijnen', () => {
  it('shows the rules with their bounds and saves a change', async () => {
    const { calls } = fakeApi((url, init) => {
      if (url.pathname === '/api/v1/auth/me') return { body: admin };
      if (url.pathname === '/api/v1/privacy/retention' && init.method === 'PUT') return { body: { ...JSON.parse(String(init.body)), updatedAt: '2026-12-09T12:00:00.000Z' } };
      if (url.pathname === '/api/v1/privacy/retention') return { body: defaults };
      return undefined;
    });
    renderPage();
    const outbox = await screen.findByLabelText('Tekst van verstuurde e-mails en brieven (dagen)');
    expect((outbox as HTMLInputElement).value).toBe('90');
    expect(screen.getByText(/Tussen 180 en 3650 dagen; standaard 730\./)).toBeTruthy();
    fireEvent.change(outbox, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaartermijnen opslaan' }));
    expect(await screen.findByText('De bewaartermijnen zijn opgeslagen.')).toBeTruthy();
    const put = calls.find((c) => c.init.method === 'PUT');
    expect(JSON.parse(String(put?.init.body))).toEqual({ outboxBodyDays: 30, searchTextDays: 90, feedbackCommentDays: 365, sessionDays: 30, accessLogDays: 730 });
  });

  it('explains a period outside its bounds next to the field and sends nothing', async () => {
    const { calls } = fakeApi((url) => {
      if (url.pathname === '/api/v1/auth/me') return { body: admin };
      if (url.pathname === '/api/v1/privacy/retention') return { body: defaults };
      return undefined;
    });
    renderPage();
    const access = await screen.findByLabelText('Wie welke klant bekeek (dagen)');
    fireEvent.change(access, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaartermijnen opslaan' }));
    await waitFor(() => expect(access.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Vul een heel aantal dagen in, van 180 tot 3650.')).toBeTruthy();
    expect(calls.some((c) => c.init.method === 'PUT')).toBe(false);
  });

  it('tells someone who is not an admin that the page is not for them', async () => {
    fakeApi((url) => (url.pathname === '/api/v1/auth/me' ? { body: sessionUser('staff', { roles: ['agent'] }) } : undefined));
    renderPage();
    expect(await screen.findByText('Deze pagina is alleen voor beheerders.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Bewaartermijnen opslaan' })).toBeNull();
  });
});
