import type { Page } from '@playwright/test';
import { agentApi, stamp } from './api';
import { AGENT_URL } from './env';
import { expect, loginAsAgent, test } from './fixtures';
import { CustomerPage } from './pages/customer.page';
import { expectNoViolations } from './axe';

/** Another login in the same tab: the session lives in sessionStorage. */
async function switchUser(page: Page, email: string) {
  await page.evaluate(() => sessionStorage.clear());
  return loginAsAgent(page, email);
}

const rowWith = (page: Page, ...texts: string[]) => texts.reduce((rows, text) => rows.filter({ hasText: text }), page.getByRole('row'));

test.describe('access log: who looked at a customer (AVG)', () => {
  test('an agent opens a file; the administrator sees it there and, by keyboard, what that agent looked at; the team lead too', async ({ page, request }) => {
    // Three logins and three axe runs: on a busy CI machine this walk runs past 30 s.
    test.slow();
    const customer = await (await agentApi(request)).createCustomer(stamp('Inzage').replace(/[^A-Za-z]/g, ''));

    // Anouk (agent) finds the customer and opens the file.
    const search = await loginAsAgent(page);
    await search.search(customer.customerNumber);
    await search.option(customer.fullName).click();
    const file = new CustomerPage(page);
    await file.expectCustomer(customer.fullName);
    // An agent has no access-log panel and no menu item for it.
    await expect(file.panel('Inzage in dit dossier')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Inzage', exact: true })).toHaveCount(0);

    // Ahmed (admin) opens the same file and asks who looked.
    await switchUser(page, 'admin@linde.demo');
    await page.goto(`${AGENT_URL}/klanten/${customer.id}`);
    await file.expectCustomer(customer.fullName);
    const panel = file.panel('Inzage in dit dossier');
    const toggle = panel.getByRole('button', { name: 'Wie bekeek dit dossier?' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const table = panel.getByRole('table', { name: 'Wie dit dossier bekeek, nieuwste eerst' });
    await expect(rowWith(page, 'Anouk Klantcontact', 'Klantbeeld')).toHaveCount(1);
    await expect(rowWith(page, 'Anouk Klantcontact', 'Zoekresultaat')).toHaveCount(1);
    await expectNoViolations(page);

    // From the name to everything Anouk looked at.
    await table.getByRole('link', { name: 'Anouk Klantcontact' }).first().focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/inzage\?medewerker=/);
    await expect(page.getByRole('heading', { level: 2, name: 'Bekeken door Anouk Klantcontact' })).toBeVisible();
    const seen = page.getByRole('table', { name: 'Klanten bekeken door Anouk Klantcontact, nieuwste eerst' });
    await expect(seen.getByRole('row').filter({ hasText: customer.fullName }).filter({ hasText: 'Klantbeeld' })).toHaveCount(1);
    await expectNoViolations(page);

    // Tim (team lead of Anouk's team) chooses her from the menu's screen.
    await switchUser(page, 'teamlead@linde.demo');
    await page.getByRole('link', { name: 'Inzage', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inzage door medewerkers' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Medewerker', exact: true }).selectOption({ label: 'Anouk Klantcontact' });
    await page.getByRole('button', { name: 'Toon wat deze medewerker bekeek' }).click();
    await expect(page.getByRole('table', { name: 'Klanten bekeken door Anouk Klantcontact, nieuwste eerst' }).getByRole('link', { name: customer.fullName }).first()).toBeVisible();
    await expectNoViolations(page);
  });
});
