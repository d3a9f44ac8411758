import { saveSession } from '@loket/web/api-client';
import { fakeApi, renderRoutes, testSession } from '@loket/web/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { portalMe, tenantUser } from '../../../test/fixtures';
import { MyDetailsPage } from '../components/MyDetailsPage';

describe('Mijn gegevens downloaden', () => {
  let clicked: { href: string; download: string }[];
  beforeEach(() => {
    clicked = [];
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:mijn-gegevens', revokeObjectURL: () => undefined }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
  });
  afterEach(() => vi.restoreAllMocks());

  function renderPage() {
    saveSession(testSession());
    return renderRoutes([{ path: '/', element: <MyDetailsPage /> }], '/');
  }

  it('downloads the tenant’s own data as a PDF and says so', async () => {
    const { calls } = fakeApi((url) => {
      if (url.pathname === '/api/v1/portal/me') return { body: portalMe() };
      if (url.pathname === '/api/v1/auth/me') return { body: tenantUser };
      if (url.pathname === '/api/v1/portal/export') return { body: { kind: 'tenant' } };
      return undefined;
    });
    renderPage();
    const panel = await screen.findByRole('region', { name: 'Mijn gegevens downloaden' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Download als PDF' }));

    expect(await within(panel).findByText('Uw gegevens zijn gedownload.')).toBeTruthy();
    const exportCall = calls.find((c) => c.url.pathname === '/api/v1/portal/export');
    expect(exportCall?.url.searchParams.get('format')).toBe('pdf');
    expect((exportCall?.init.headers as Record<string, string>)['Authorization']).toBe(`Bearer ${testSession().accessToken}`);
    expect(clicked).toEqual([{ href: 'blob:mijn-gegevens', download: 'mijn-gegevens.pdf' }]);
  });

  it('offers JSON for computer programs too', async () => {
    const { calls } = fakeApi((url) => {
      if (url.pathname === '/api/v1/portal/me') return { body: portalMe() };
      if (url.pathname === '/api/v1/portal/export') return { body: { kind: 'tenant' } };
      return undefined;
    });
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Download als JSON' }));
    await screen.findByText('Uw gegevens zijn gedownload.');
    expect(calls.find((c) => c.url.pathname === '/api/v1/portal/export')?.url.searchParams.get('format')).toBe('json');
    expect(clicked.map((c) => c.download)).toEqual(['mijn-gegevens.json']);
  });

  it('tells the tenant when the download failed, as an alert', async () => {
    fakeApi((url) => {
      if (url.pathname === '/api/v1/portal/me') return { body: portalMe() };
      if (url.pathname === '/api/v1/portal/export') return { status: 500, body: { type: 'x', title: 'Error', status: 500 } };
      return undefined;
    });
    renderPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Download als PDF' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Het downloaden is niet gelukt');
    expect(clicked).toEqual([]);
  });
});
