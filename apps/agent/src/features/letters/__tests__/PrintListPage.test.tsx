import { saveSession } from '@loket/web/api-client';
import { fakeApi, renderRoutes, sessionUser, testSession } from '@loket/web/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PrintListPage } from '../components/PrintListPage';

const letter = (id: string, name: string, markers: string[] = [], overrides: Record<string, unknown> = {}) => ({
  id, status: 'to_print', kind: 'answer', subject: `Antwoord op uw vraag: ${name}`, createdAt: '2026-12-07T10:00:00+01:00', printedAt: null, printedBy: null,
  customer: { id: `c-${id}`, fullName: name, customerNumber: '100002', safetyMarkers: markers },
  ...overrides,
});

describe('Printlijst', () => {
  it('lists the letters to print with the safety warning, and marks a selection printed', async () => {
    let toPrint = [letter('l1', 'Kees van den Berg', ['AGR']), letter('l2', 'Fatma Yılmaz', [], { kind: 'confirmation', subject: 'Bevestiging: Trappenhuis' })];
    const { calls } = fakeApi((url, init) => {
      if (url.pathname === '/api/v1/auth/me') return { body: sessionUser('staff') };
      if (url.pathname === '/api/v1/letters/printed' && init.method === 'POST') {
        const ids = JSON.parse(String(init.body)).ids as string[];
        toPrint = toPrint.filter((l) => !ids.includes(l.id));
        return { body: { printed: ids } };
      }
      if (url.pathname === '/api/v1/letters') return { body: { items: url.searchParams.get('status') === 'printed' ? [] : toPrint, nextCursor: null, toPrint: toPrint.length } };
      return undefined;
    });
    saveSession(testSession());
    renderRoutes([{ path: '/', element: <PrintListPage /> }], '/');
    expect(await screen.findByText('2 brieven wachten op printen')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kees van den Berg' })).toBeTruthy();
    expect(screen.getByText(/veiligheidsmarkering/)).toBeTruthy();
    expect(screen.getByText(/Bevestiging: Trappenhuis/)).toBeTruthy();

    const mark = screen.getByRole('button', { name: /Markeer als afgedrukt/ });
    expect((mark as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /Antwoord op uw vraag: Kees van den Berg voor Kees van den Berg/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Markeer als afgedrukt (1)' }));
    expect(await screen.findByText('1 brief is gemarkeerd als afgedrukt.')).toBeTruthy();
    expect(JSON.parse(String(calls.find((c) => c.url.pathname === '/api/v1/letters/printed')?.init.body))).toEqual({ ids: ['l1'] });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Kees van den Berg' })).toBeNull());
    expect(screen.getByText('1 brief wacht op printen')).toBeTruthy();
  });

  it('shows the printed letters with who printed them, and an empty list plainly', async () => {
    fakeApi((url) => {
      if (url.pathname === '/api/v1/auth/me') return { body: sessionUser('staff') };
      if (url.pathname === '/api/v1/letters' && url.searchParams.get('status') === 'printed') {
        return { body: { items: [letter('l9', 'Sanne de Vries', [], { status: 'printed', printedAt: '2026-12-07T15:00:00+01:00', printedBy: { id: 'u1', displayName: 'Anouk' } })], nextCursor: null, toPrint: 0 } };
      }
      if (url.pathname === '/api/v1/letters') return { body: { items: [], nextCursor: null, toPrint: 0 } };
      return undefined;
    });
    saveSession(testSession());
    renderRoutes([{ path: '/', element: <PrintListPage /> }], '/');
    expect(await screen.findByText('Er zijn geen brieven om te printen.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Afgedrukt' }));
    expect(await screen.findByRole('link', { name: 'Sanne de Vries' })).toBeTruthy();
    expect(screen.getByText(/Anouk/)).toBeTruthy();
  });
});
