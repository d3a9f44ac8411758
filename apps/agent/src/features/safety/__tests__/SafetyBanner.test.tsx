import { saveSession, type CustomerRef } from '@loket/web/api-client';
import { fakeApi, renderRoutes, renderWithRouter, sessionUser, testSession } from '@loket/web/testing';
import { NowProvider } from '@loket/web/ui';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter, Outlet } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/routes';
import { anouk, callbackDetailFixture, callbackFixture, customer, hit, lindeCalendar, marker, openCase } from '../../../test/fixtures';
import { CallbackList } from '../../callbacks/components/CallbackList';
import { KnowledgePanel } from '../../knowledge';
import { SearchHit } from '../../search/components/SearchHit';
import { CaseCustomer, CurrentCustomer, CurrentCustomerLine, customerRef, SafetyBanner } from '..';

const kees: CustomerRef = { id: 'c-kees', fullName: 'Kees van den Berg', customerNumber: '100002', safetyMarkers: ['AGR'] };
const sanne: CustomerRef = { id: 'c-sanne', fullName: 'Sanne de Vries', customerNumber: '100001', safetyMarkers: [] };
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('SafetyBanner (a page about one customer: case, callback)', () => {
  it('is an alert that names the marker and the customer, with the way to the note', () => {
    renderWithRouter(<SafetyBanner customer={kees} />);
    const alert = screen.getByRole('alert');
    expect(text(alert)).toContain('Let op: Agressie');
    expect(text(alert)).toContain('Kees van den Berg heeft een veiligheidsmarkering. Lees de toelichting voordat je belt, schrijft of langsgaat.');
    expect(within(alert).getByRole('link', { name: 'Naar de klantpagina van Kees van den Berg' }).getAttribute('href')).toBe('/klanten/c-kees');
  });

  it('puts AGR before WAN', () => {
    renderWithRouter(<SafetyBanner customer={{ ...kees, safetyMarkers: ['WAN', 'AGR'] }} />);
    const lines = within(screen.getByRole('alert')).getAllByRole('listitem').map(text);
    expect(lines).toEqual(['Let op: Agressie', 'Let op: Wangedrag naar medewerkers']);
  });

  it('is announced once: a refresh with the same customer keeps the same alert element and text', () => {
    const view = render(<MemoryRouter><SafetyBanner customer={kees} /></MemoryRouter>);
    const first = screen.getByRole('alert');
    const before = first.innerHTML;
    // The page's data refreshes (a new object, same content): React keeps the element, nothing is re-inserted.
    view.rerender(<MemoryRouter><SafetyBanner customer={{ ...kees, safetyMarkers: ['AGR'] }} /></MemoryRouter>);
    expect(screen.getByRole('alert')).toBe(first);
    expect(first.innerHTML).toBe(before);
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it.each([
    ['no safety marker', sanne],
    ['no customer (yet)', null],
  ])('raises no alarm for %s', (_label, who) => {
    const { container } = renderWithRouter(<SafetyBanner customer={who} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(container.textContent).toBe('');
  });
});

describe('CaseCustomer (top of the case page)', () => {
  it('names the customer with a link and number, below the banner', () => {
    const { container } = renderWithRouter(<CaseCustomer customer={kees} />);
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kees van den Berg' }).getAttribute('href')).toBe('/klanten/c-kees');
    expect(text(container.querySelector('.case-customer'))).toBe('Vraag van Kees van den Berg klantnummer 100002');
  });

  it('names a customer without marker without any alarm', () => {
    renderWithRouter(<CaseCustomer customer={sanne} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('link', { name: 'Sanne de Vries' })).toBeTruthy();
  });
});

describe('the knowledge panel names whom it is opened for', () => {
  it('shows the customer with the flag, read as a warning', () => {
    saveSession(testSession());
    fakeApi(() => undefined);
    renderWithRouter(
      <CurrentCustomer customer={kees}>
        <KnowledgePanel topic={null} used={[]} onUsedChange={() => undefined} />
      </CurrentCustomer>,
    );
    const panel = screen.getByRole('region', { name: 'Kennisbank' });
    const line = panel.querySelector('.current-customer');
    expect(text(line)).toBe('Voor Kees van den Berg ⚠ Let op, veiligheidsmarkering: Agressie');
    // A row's flag: read with the line, not announced on its own.
    expect(within(panel).queryByRole('alert')).toBeNull();
  });

  it('says nothing of a customer outside one', () => {
    const { container } = renderWithRouter(<CurrentCustomerLine />);
    expect(container.textContent).toBe('');
  });

  it('takes the safety markers in force from a customer record, AGR before WAN', () => {
    const record = customer({ markers: [marker({ code: 'WAN' }), marker({ code: 'SCH' }), marker({ code: 'AGR', active: false }), marker({ code: 'AGR' })] });
    expect(customerRef(record)).toEqual({ id: 'c-kees', fullName: 'Kees van den Berg', customerNumber: '100002', safetyMarkers: ['AGR', 'WAN'] });
    expect(customerRef(customer({ markers: [marker({ code: 'AGR', active: false })] })).safetyMarkers).toEqual([]);
  });
});

describe('rows that name the customer', () => {
  it('the callback list flags Kees in words, and not Sanne', () => {
    renderWithRouter(
      <CallbackList
        callbacks={[
          callbackFixture({ id: 'cb-kees', customerId: 'c-kees', customerName: 'Kees van den Berg', customer: kees }),
          callbackFixture({ id: 'cb-sanne' }),
        ]}
      />,
    );
    const [first, second] = screen.getAllByRole('listitem').filter((li) => li.classList.contains('callback-item'));
    const keesRow = [first, second].find((row) => text(row).includes('Kees'));
    const sanneRow = [first, second].find((row) => text(row).includes('Sanne'));
    expect(text(keesRow?.querySelector('.callback-item__title'))).toContain('Kees van den Berg ⚠ Let op, veiligheidsmarkering: Agressie');
    expect(text(sanneRow)).not.toContain('veiligheidsmarkering');
  });
});

describe('a search hit', () => {
  it('reads the safety marker as a warning, other markers plainly', () => {
    const { container } = render(<SearchHit hit={hit({ activeMarkers: ['SCH', 'AGR'] })} />);
    const line = text(container.querySelector('.search-hit__line'));
    expect(line).toContain('Kees van den Berg ⚠ Let op, veiligheidsmarkering: Agressie');
    expect(line).toContain('Huurschuld');
    expect(line).not.toContain('veiligheidsmarkering: Huurschuld');
  });
});

describe('the pages about one of his matters warn on arrival', () => {
  const NOW = new Date('2026-12-03T10:00:00+01:00');
  const at = (path: string) => renderRoutes([{ element: (<NowProvider now={NOW}><Outlet /></NowProvider>), children: routes }], path);

  function api() {
    saveSession(testSession());
    fakeApi((url) => {
      if (url.pathname === '/api/v1/auth/me') return { body: sessionUser('staff', { id: anouk.id, displayName: anouk.displayName }) };
      if (url.pathname === '/api/v1/sla/calendar') return { body: lindeCalendar() };
      if (url.pathname === '/api/v1/cases/case-1') return { body: openCase({ customer: kees }) };
      if (url.pathname === '/api/v1/callbacks/cb-kees') {
        return { body: callbackDetailFixture({ id: 'cb-kees', customerId: 'c-kees', customerName: 'Kees van den Berg', customer: kees }) };
      }
      return undefined;
    });
  }

  it('his case page: the alert above the title, and his name', async () => {
    api();
    at('/klanten/c-kees/vragen/case-1');
    await screen.findByRole('heading', { level: 1, name: 'Lekkage badkamer' });
    const alert = screen.getByRole('alert');
    expect(text(alert)).toContain('Let op: Agressie');
    expect(screen.getByRole('link', { name: 'Kees van den Berg' })).toBeTruthy();
    // Before the title in reading order: heard before anything else on the page.
    expect(alert.compareDocumentPosition(screen.getByRole('heading', { level: 1 })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('his callback page: the alert above the title', async () => {
    api();
    at('/terugbellen/cb-kees');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Kees van den Berg terugbellen' });
    const alert = screen.getByRole('alert');
    expect(text(alert)).toContain('Let op: Agressie');
    expect(alert.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
