import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SkipLink } from './layout';

afterEach(cleanup);

describe('SkipLink', () => {
  it('puts the keyboard focus on the main content', () => {
    render(
      <>
        <SkipLink targetId="inhoud">Direct naar de inhoud</SkipLink>
        <button type="button">Menu</button>
        <main id="inhoud">Inhoud</main>
      </>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Direct naar de inhoud' }));
    expect(document.activeElement).toBe(screen.getByRole('main'));
  });
});
