import { agentApi, stamp } from './api';
import { AGENT_URL, LINDE } from './env';
import { ContactPanel } from './pages/contact-log.page';
import { AskQuestionPage, MyCasesPage } from './pages/portal.page';
import { expect, test } from './fixtures';
import { expectNoViolations } from './axe';

test.describe('WCAG 2.1 AA (axe)', () => {
  test('agent login', async ({ agentLogin, page }) => {
    await agentLogin.goto();
    await expectNoViolations(page);
  });

  test('agent search with results', async ({ agentSearch, page }) => {
    await agentSearch.search('Lindelaan');
    await agentSearch.waitForAnswer();
    await page.keyboard.press('ArrowDown');
    await expectNoViolations(page);
  });

  test('customer page with a safety marker', async ({ agentSearch, customerPage, page }) => {
    await agentSearch.search(LINDE.kees.number);
    await agentSearch.option(LINDE.kees.name).click();
    await expect(customerPage.safetyBanner).toBeVisible();
    await expectNoViolations(page);
  });

  test('portal login', async ({ portalLogin, page }) => {
    await portalLogin.goto();
    await expectNoViolations(page);
  });

  test('portal Mijn gegevens', async ({ myDetails, page }) => {
    await expect(myDetails.contracts).toBeVisible();
    await expectNoViolations(page);
  });

  test('contact panel (opened, with a follow-up) and the klantdossier', async ({ agentSearch, page }) => {
    await agentSearch.search(LINDE.sanne.number);
    await agentSearch.option(LINDE.sanne.name).click();
    const panel = new ContactPanel(page);
    await panel.openPanel();
    await panel.outcome.selectOption({ label: 'Terugbellen afgesproken' });
    await panel.noteToggle.click();
    await expect(panel.followUpAt).toBeVisible();
    await expect(page.getByRole('region', { name: 'Klantdossier' }).locator('.lk-loading')).toHaveCount(0);
    await expectNoViolations(page);
  });

  test('case view', async ({ agentSearch, page, request }) => {
    const api = await agentApi(request);
    const customerId = await api.customerId(LINDE.sanne.number);
    const { caseId } = await api.openCase(customerId, stamp('Toegankelijkheid vraag'));
    await expect(agentSearch.input).toBeVisible();
    await page.goto(`${AGENT_URL}/klanten/${customerId}/vragen/${caseId}`);
    await expect(page.getByRole('region', { name: 'Contactmomenten' })).toBeVisible();
    await expectNoViolations(page);
  });

  test('portal Mijn vragen and Stel een vraag', async ({ myDetails, page }) => {
    await expect(myDetails.heading).toBeVisible();
    const myCases = new MyCasesPage(page);
    await myCases.nav.click();
    await expect(myCases.heading).toBeVisible();
    await expect(page.locator('.lk-loading')).toHaveCount(0);
    await expectNoViolations(page);

    const ask = new AskQuestionPage(page);
    await ask.nav.click();
    await expect(ask.heading).toBeVisible();
    await ask.submit.click();
    await expect(ask.subject).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page);
  });
});
