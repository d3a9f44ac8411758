import { saveSession } from '@loket/web/api-client';
import { fakeApi, renderRoutes, testSession } from '@loket/web/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { portalMe, sanne, tenantUser } from '../../../test/fixtures';
import { MyDetailsPage } from '../components/MyDetailsPage';

function renderPage() {
  saveSession(testSession());
  return renderRoutes([{ path: '/', element: <MyDetailsPage /> }], '/');
}

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ');

describe('MyDetailsPage', () => {
  it('shows the tenant their own details and rental contract', async () => {
    fakeApi((url) => {
      if (url.pathname === '/api/v1/portal/me') return { body: portalMe() };
      if (url.pathname === '/api/v1/auth/me') return { body: tenantUser };
      return undefined;
    });
    renderPage();

    const details = await screen.findByRole('region', { name: 'Uw gegevens' });
    const text = normalise(details.textContent);
    for (const part of ['Sanne de Vries', '100001', 'Lindelaan 12 A', '5161 AB Sprang-Capelle', 'huurder@linde.demo', '06 12345678 (mobiel)', 'Via Mijn Loket']) {
      expect(text).toContain(part);
    }
    const contract = screen.getByRole('region', { name: 'Mijn huurcontract' });
    expect(within(contract).getByRole('heading', { level: 3 }).textContent).toContain('Lindelaan 12 A');
    expect(normalise(contract.textContent)).toContain('€ 612,45');
    expect(normalise(contract.textContent)).toContain('1 januari 2015');
    expect(await screen.findByText(/Woonstichting De Linde/)).toBeTruthy();
  });

  it('never shows internal markers, even if they were sent', async () => {
    const leaked = { ...portalMe(), customer: { ...sanne(), markers: [{ id: 'm1', code: 'AGR', name: 'Agressie', note: 'Interne notitie over dreiging', active: true }] } };
    fakeApi((url) => (url.pathname === '/api/v1/portal/me' ? { body: leaked } : undefined));
    const { container } = renderPage();
    await screen.findByRole('region', { name: 'Uw gegevens' });
    expect(container.textContent).not.toMatch(/Agressie|Interne notitie|AGR/);
  });

  it('saves a new preferred channel, sending only what changed', async () => {
    let current = sanne();
    const { calls } = fakeApi((url, init) => {
      if (url.pathname === '/api/v1/portal/preferences' && init.method === 'PATCH') {
        current = { ...current, ...JSON.parse(String(init.body)) };
        return { body: portalMe(current) };
      }
      if (url.pathname === '/api/v1/portal/me') return { body: portalMe(current) };
      return undefined;
    });
    renderPage();

    const email = await screen.findByRole('radio', { name: 'E-mail' });
    fireEvent.click(email);
    fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    expect(await screen.findByText('Uw wijzigingen zijn opgeslagen.')).toBeTruthy();
    const patch = calls.find((call) => call.init.method === 'PATCH');
    expect(JSON.parse(String(patch?.init.body))).toEqual({ preferredChannel: 'email' });
    const details = screen.getByRole('region', { name: 'Uw gegevens' });
    const description = () => within(details).getByText('Hoe wij u bereiken').nextElementSibling?.textContent;
    await waitFor(() => expect(description()).toBe('E-mail'));
  });

  it('explains in Dutch, next to the field, what is missing', async () => {
    const { calls } = fakeApi((url) => (url.pathname === '/api/v1/portal/me' ? { body: portalMe(sanne({ email: null })) } : undefined));
    renderPage();

    fireEvent.click(await screen.findByRole('radio', { name: 'E-mail' }));
    fireEvent.change(screen.getByLabelText('Telefoonnummer 1'), { target: { value: '06 123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));

    const emailField = screen.getByRole('textbox', { name: /E-mailadres/ });
    await waitFor(() => expect(emailField.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = (emailField.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => document.getElementById(id)?.textContent)).toContain('U kiest voor e-mail. Vul dan ook uw e-mailadres in.');
    const phoneField = screen.getByLabelText('Telefoonnummer 1');
    expect(phoneField.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678.')).toBeTruthy();
    expect(calls.some((call) => call.init.method === 'PATCH')).toBe(false);
  });

  it('shows an error from the API next to the field it belongs to', async () => {
    fakeApi((url, init) => {
      if (init.method === 'PATCH') {
        return {
          status: 400,
          body: { type: 'validation-failed', title: 'Invalid request', status: 400, correlationId: 'c', errors: [{ field: 'phoneNumbers[0].number', code: 'not_a_phone_number', message: 'is geen geldig telefoonnummer' }] },
        };
      }
      return url.pathname === '/api/v1/portal/me' ? { body: portalMe() } : undefined;
    });
    renderPage();
    fireEvent.change(await screen.findByLabelText('Telefoonnummer 1'), { target: { value: '06 99999999' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    const phoneField = screen.getByLabelText('Telefoonnummer 1');
    await waitFor(() => expect(phoneField.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Dit telefoonnummer klopt niet. Controleer het.').id).toBe(phoneField.getAttribute('aria-describedby')?.split(' ').pop());
  });
});
