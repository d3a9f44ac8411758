import { agentApi, stamp } from './api';
import { AGENT_URL, API_URL, DEMO_PASSWORD, LINDE } from './env';
import { expect, test } from './fixtures';
import { CaseViewPage } from './pages/contact-log.page';
import { expectNoViolations } from './axe';

test.describe('answers reach the customer', () => {
  // Three axe runs and a PDF on a shared two-core machine.
  test.describe.configure({ timeout: 120_000 });

  test('an agent answers Fatma (no e-mail) with the standard leak answer; the letter appears in the print list as a PDF and is marked printed', async ({ agentSearch, page, request }) => {
    const subject = stamp('Water uit het plafond');
    const api = await agentApi(request);
    const fatma = await api.customerId(LINDE.fatma.number);
    const { caseId } = await api.openCase(fatma, subject);

    await test.step('the agent inserts the standard answer from the knowledge base and edits it', async () => {
      await expect(agentSearch.input).toBeVisible();
      await page.goto(`${AGENT_URL}/klanten/${fatma}/vragen/${caseId}`);
      const view = new CaseViewPage(page);
      await expect(view.heading).toHaveText(subject);
      await expect(page.getByText('Als brief, komt op de printlijst')).toBeVisible();
      await page.getByRole('button', { name: 'Standaardantwoord invoegen' }).click();
      const dialog = page.getByRole('dialog', { name: 'Standaardantwoord kiezen' });
      await expect(dialog).toBeVisible();
      await expectNoViolations(page);
      await dialog.getByRole('button', { name: 'Standaardantwoord van “Lekkage in huis” invoegen' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(view.answer).toHaveValue(/Wat vervelend dat er water lekt in uw woning\./);
      await expect(view.answer).toHaveValue(/Bel ons dan meteen op 0416 123 400\./);
      await expect(view.answer).not.toHaveValue(/\{/);
      await view.answer.fill(`${await view.answer.inputValue()}\n\nDe monteur heet Ahmed.`);
      await expectNoViolations(page);
      await view.resolve.click();
      await expect(page.getByRole('status').filter({ hasText: 'De vraag is beantwoord.' })).toBeVisible();
      await expect(view.contacts).toContainText('De monteur heet Ahmed.');
    });

    let letterId = '';
    await test.step('the letter waits in the print list, names Fatma, and its PDF is hers', async () => {
      await page.getByRole('link', { name: 'Printlijst' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Printlijst' })).toBeVisible();
      const row = page.getByRole('row').filter({ hasText: `Antwoord op uw vraag: ${subject}` });
      await expect(row).toContainText(LINDE.fatma.name);
      await expectNoViolations(page);

      const login = await request.post(`${API_URL}/api/v1/auth/login`, { data: { email: LINDE.agent, password: DEMO_PASSWORD } });
      const headers = { Authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
      const list = (await (await request.get(`${API_URL}/api/v1/letters`, { headers, params: { limit: 100 } })).json()) as { items: { id: string; subject: string }[] };
      letterId = list.items.find((l) => l.subject === `Antwoord op uw vraag: ${subject}`)?.id ?? '';
      const pdf = await request.get(`${API_URL}/api/v1/letters/${letterId}.pdf`, { headers });
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

      await row.getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Markeer als afgedrukt (1)' }).click();
      await expect(page.getByRole('status').filter({ hasText: '1 brief is gemarkeerd als afgedrukt.' })).toBeVisible();
      await expect(row).toHaveCount(0);
      await page.getByRole('button', { name: 'Afgedrukt', exact: true }).click();
      await expect(page.getByRole('row').filter({ hasText: `Antwoord op uw vraag: ${subject}` })).toContainText('Anouk');
    });
  });
});
