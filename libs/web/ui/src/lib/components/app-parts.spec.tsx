import { fireEvent, render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithRouter, startI18n } from '../../testing';
import { AddressLines } from './AddressLines';
import { LanguageChoice } from './LanguageChoice';
import { LoadError } from './LoadError';
import { NotFoundPage } from './NotFoundPage';
import { PhoneNumbers } from './PhoneNumbers';

/** What an app brings for these components. */
const appTexts = {
  app: { titleSuffix: 'Test', networkError: 'Er is nu geen verbinding.', genericError: 'Er ging iets mis.', notFoundText: 'Controleer het adres.', notFoundLink: 'Naar het begin' },
  labels: { phoneLabel: { mobile: 'Mobiel', home: 'Thuis', work: 'Werk', other: 'Anders' } },
};

describe('parts of the apps’ pages', () => {
  beforeAll(() => startI18n(appTexts));

  it('lists phone numbers with their kind, as links to dial where asked', () => {
    const phones = [{ number: '+31612345678', display: '06 12345678', label: 'mobile' as const }];
    const { unmount } = render(<PhoneNumbers phones={phones} />);
    expect(screen.getByRole('listitem').textContent).toBe('06 12345678 (mobiel)');
    expect(screen.queryByRole('link')).toBeNull();
    unmount();
    render(<PhoneNumbers phones={phones} dial />);
    expect(screen.getByRole('link', { name: '06 12345678' }).getAttribute('href')).toBe('tel:+31612345678');
  });

  it('writes an address on two lines', () => {
    const { container } = render(
      <AddressLines address={{ street: 'Lindelaan', houseNumber: 12, houseLetter: 'A', houseNumberAddition: null, postcode: '5161AB', city: 'Sprang-Capelle' }} />,
    );
    expect([...container.querySelectorAll('.address__line')].map((line) => line.textContent)).toEqual(['Lindelaan 12 A', '5161 AB Sprang-Capelle']);
  });

  it('says why loading failed and tries again on request', () => {
    const onRetry = vi.fn();
    render(<LoadError offline onRetry={onRetry} />);
    expect(screen.getByRole('alert').textContent).toContain('Er is nu geen verbinding.');
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('says a page does not exist and shows the way back', () => {
    renderWithRouter(<NotFoundPage />, '/bestaat-niet');
    expect(screen.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar het begin' }).getAttribute('href')).toBe('/');
    expect(document.title).toBe('Deze pagina bestaat niet – Test');
  });

  it('switches the language of the page', () => {
    render(<LanguageChoice />);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
  });
});
