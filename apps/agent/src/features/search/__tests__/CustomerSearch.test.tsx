import { saveSession } from '@loket/web/api-client';
import { fakeApi, renderRoutes, testSession } from '@loket/web/testing';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { hit } from '../../../test/fixtures';
import { CustomerSearch } from '../components/CustomerSearch';
import { useSearchShortcut } from '../hooks/useSearchShortcut';

const kees = hit({ activeMarkers: ['AGR'] });
const sanne = hit({
  id: 'c-sanne', fullName: 'Sanne de Vries', customerNumber: '100001', phone: '06 12345678', activeMarkers: [],
  address: { street: 'Lindelaan', houseNumber: 12, houseLetter: 'A', houseNumberAddition: null, postcode: '5161AB', city: 'Sprang-Capelle' },
});

function ShortcutProbe() {
  useSearchShortcut(() => document.getElementById('klant-zoeken')?.focus());
  return <button type="button">elders</button>;
}

function renderSearch(path = '/') {
  saveSession(testSession());
  return renderRoutes(
    [
      { path: '/', element: <><ShortcutProbe /><CustomerSearch /></> },
      { path: '/klanten/:id', element: <p>klantpagina</p> },
    ],
    path,
  );
}

const input = () => screen.getByRole('combobox', { name: 'Zoek een klant' });

describe('CustomerSearch', () => {
  it('waits for the agent to stop typing and asks the API once, with the whole text', async () => {
    const { calls } = fakeApi(() => ({ body: { items: [kees, sanne], nextCursor: null } }));
    renderSearch();

    // Typing at a brisk pace: about 60 ms between keys.
    for (const text of ['51', '516', '5161', '5161 ab', '5161 ab 1', '5161 ab 14']) {
      fireEvent.change(input(), { target: { value: text } });
      await act(() => new Promise((resolve) => setTimeout(resolve, 60)));
    }
    await waitFor(() => expect(screen.getByText('2 klanten gevonden')).toBeTruthy());
    expect(calls).toHaveLength(1);
    expect(calls[0].url.searchParams.get('q')).toBe('5161 ab 14');
    expect(calls[0].url.searchParams.get('limit')).toBe('20');
    expect(calls[0].init.headers).toMatchObject({ Authorization: 'Bearer test-token' });
  });

  it('asks for at least 2 characters before searching', async () => {
    const { calls } = fakeApi(() => ({ body: { items: [], nextCursor: null } }));
    renderSearch();
    fireEvent.change(input(), { target: { value: 'k' } });
    expect(screen.getByText('Typ minstens 2 tekens.')).toBeTruthy();
    await act(() => new Promise((resolve) => setTimeout(resolve, 350)));
    expect(calls).toHaveLength(0);
  });

  it('shows each hit with number, address, phone, kind, safety badge and what matched', async () => {
    fakeApi(() => ({ body: { items: [kees], nextCursor: null } }));
    renderSearch();
    fireEvent.change(input(), { target: { value: '5161 ab 14' } });
    const option = await screen.findByRole('option');
    const text = option.textContent ?? '';
    for (const part of ['Kees van den Berg', 'Agressie', 'Klantnummer 100002', 'Huurder', 'Lindelaan 14, 5161 AB Sprang-Capelle', '06 23456789', 'Gevonden op: postcode en huisnummer']) {
      expect(text).toContain(part);
    }
  });

  it.each([
    ['Lindelaan 14', 'street', 'Gevonden op: straat en huisnummer', '.search-hit__meta .is-match', 'Lindelaan 14, 5161 AB Sprang-Capelle'],
    ['van den Berg 5161 AB', 'name_postcode', 'Gevonden op: naam en postcode', '.search-hit__name.is-match', 'Kees van den Berg'],
    ['kees.v', 'email', 'Gevonden op: e-mailadres', '.search-hit__meta .is-match', 'kees.vandenberg@example.nl'],
  ] as const)('shows what "%s" matched on (%s)', async (q, matchedOn, label, selector, highlighted) => {
    fakeApi(() => ({ body: { items: [{ ...kees, email: 'kees.vandenberg@example.nl', matchedOn }], nextCursor: null } }));
    renderSearch();
    fireEvent.change(input(), { target: { value: q } });
    const option = await screen.findByRole('option');
    expect(option.textContent).toContain(label);
    expect(option.querySelector(selector)?.textContent).toBe(highlighted);
  });

  it('moves through the results with the arrow keys and opens the chosen customer with Enter', async () => {
    fakeApi(() => ({ body: { items: [kees, sanne], nextCursor: null } }));
    const { router } = renderSearch();
    fireEvent.change(input(), { target: { value: 'lindelaan' } });
    const options = await screen.findAllByRole('option');

    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    expect(input().getAttribute('aria-activedescendant')).toBe(options[0].id);
    expect(options[0].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    expect(input().getAttribute('aria-activedescendant')).toBe(options[1].id);
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    expect(input().getAttribute('aria-activedescendant')).toBe(options[0].id);
    fireEvent.keyDown(input(), { key: 'ArrowUp' });
    expect(input().getAttribute('aria-activedescendant')).toBe(options[1].id);

    fireEvent.keyDown(input(), { key: 'Enter' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/klanten/c-sanne'));
  });

  it('Esc first drops the choice, then clears the text', async () => {
    fakeApi(() => ({ body: { items: [kees, sanne], nextCursor: null } }));
    renderSearch();
    fireEvent.change(input(), { target: { value: 'lindelaan' } });
    await screen.findAllByRole('option');
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(input().getAttribute('aria-activedescendant')).toBeNull();
    expect((input() as HTMLInputElement).value).toBe('lindelaan');
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect((input() as HTMLInputElement).value).toBe('');
  });

  it('says so when nothing is found, and keeps the query in the URL', async () => {
    fakeApi(() => ({ body: { items: [], nextCursor: null } }));
    const { router } = renderSearch();
    fireEvent.change(input(), { target: { value: 'Havenweg 12' } });
    expect(await screen.findByText(/Geen klanten gevonden voor ‘Havenweg 12’/)).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(router.state.location.search).toBe('?q=Havenweg+12');
  });

  it('/ and Ctrl+K bring the focus back to the search box', async () => {
    fakeApi(() => ({ body: { items: [], nextCursor: null } }));
    renderSearch();
    const elsewhere = screen.getByRole('button', { name: 'elders' });
    elsewhere.focus();
    fireEvent.keyDown(elsewhere, { key: '/' });
    expect(document.activeElement).toBe(input());
    elsewhere.focus();
    fireEvent.keyDown(elsewhere, { key: 'k', ctrlKey: true });
    expect(document.activeElement).toBe(input());
  });
});
