import { saveSession, type Customer } from '@loket/web/api-client';
import { fakeApi, renderRoutes, sessionUser, testSession } from '@loket/web/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { customer } from '../../../test/fixtures';
import { CustomerPage } from '../components/CustomerPage';

const kees = customer({ id: 'c-kees', fullName: 'Kees van den Berg', customerNumber: '100002' });
const admin = sessionUser('staff', { roles: ['admin'] });
const agent = sessionUser('staff', { roles: ['agent'] });

function api(user = admin, current: { customer: Customer } = { customer: kees }, erase?: (body: unknown) => { status?: number; body?: unknown }) {
  return fakeApi((url, init) => {
    if (url.pathname === '/api/v1/auth/me') return { body: user };
    if (url.pathname === '/api/v1/customers/c-kees/overview') return { body: { customer: current.customer, contracts: [], openCases: [], openCallbacks: [], recentContacts: [] } };
    if (url.pathname === '/api/v1/customers/c-kees/export') return { body: { kind: 'staff' } };
    if (url.pathname === '/api/v1/customers/c-kees/erase' && init.method === 'POST') return erase?.(JSON.parse(String(init.body)));
    return undefined;
  });
}

function renderPage() {
  saveSession(testSession());
  return renderRoutes(
    [
      { path: '/klanten/:id', element: <CustomerPage /> },
      { path: '/', element: <p>zoekscherm</p> },
    ],
    '/klanten/c-kees',
  );
}

describe('Gegevens en privacy on the customer page', () => {
  let downloads: string[];
  beforeEach(() => {
    downloads = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:dossier', revokeObjectURL: () => undefined }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('is not there for an agent', async () => {
    api(agent);
    renderPage();
    await screen.findByRole('heading', { level: 1, name: 'Kees van den Berg' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Klant wissen' })).toBeNull());
    expect(screen.queryByRole('region', { name: 'Gegevens en privacy (AVG)' })).toBeNull();
  });

  it('lets an admin export the whole file as PDF', async () => {
    const { calls } = api();
    renderPage();
    const panel = await screen.findByRole('region', { name: 'Gegevens en privacy (AVG)' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Gegevens exporteren (PDF)' }));
    expect(await within(panel).findByText('Het dossier is gedownload.')).toBeTruthy();
    expect(calls.find((c) => c.url.pathname.endsWith('/export'))?.url.searchParams.get('format')).toBe('pdf');
    expect(downloads).toEqual(['klant.pdf']);
  });

  it('erases only after the customer number is typed, in a dialog that says what will happen and keeps the focus', async () => {
    const current = { customer: kees };
    const bodies: unknown[] = [];
    api(admin, current, (body) => {
      bodies.push(body);
      current.customer = { ...kees, fullName: 'Gewiste klant', erasedAt: '2026-12-09T12:00:00.000Z' };
      return { body: { customerId: 'c-kees', erasedAt: '2026-12-09T12:00:00.000Z', alreadyErased: false, cases: 1, contacts: 2, callbacks: 0 } };
    });
    renderPage();
    const opener = await screen.findByRole('button', { name: 'Klant wissen' });
    opener.focus();
    fireEvent.click(opener);

    const dialog = screen.getByRole('dialog', { name: 'Kees van den Berg wissen?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('Dit kunt u niet ongedaan maken.');
    expect(dialog.textContent).toContain('Het account voor Mijn Loket wordt uitgezet.');
    const input = within(dialog).getByLabelText('Typ het klantnummer 100002 om te bevestigen');
    expect(document.activeElement).toBe(input);

    // A wrong number: explained next to the field, nothing sent.
    fireEvent.change(input, { target: { value: '100003' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Klant definitief wissen' }));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText('Het klantnummer klopt niet. Typ 100002.')).toBeTruthy();
    expect(bodies).toEqual([]);

    // Tab stays inside the dialog.
    const cancel = within(dialog).getByRole('button', { name: 'Annuleren' });
    cancel.focus();
    fireEvent.keyDown(cancel, { key: 'Tab' });
    expect(document.activeElement).toBe(input);

    fireEvent.change(input, { target: { value: '100002' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Klant definitief wissen' }));
    expect(await screen.findByText('De klant is gewist.')).toBeTruthy();
    expect(bodies).toEqual([{ customerNumber: '100002' }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByRole('heading', { level: 1, name: 'Gewiste klant' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Klant wissen' })).toBeNull());
    expect(screen.getByText('Deze klant is gewist')).toBeTruthy();
  });

  it('Esc closes the dialog without erasing, stays on the page and gives the focus back', async () => {
    const { calls, } = api();
    const { router } = renderPage();
    const opener = await screen.findByRole('button', { name: 'Klant wissen' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = screen.getByRole('dialog');
    fireEvent.keyDown(within(dialog).getByRole('textbox'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(router.state.location.pathname).toBe('/klanten/c-kees');
    expect(calls.some((c) => c.url.pathname.endsWith('/erase'))).toBe(false);
  });
});
