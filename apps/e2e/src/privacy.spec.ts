import { readFile } from 'node:fs/promises';

import { agentApi, stamp } from './api';
import { AGENT_URL, LINDE } from './env';
import { expect, loginAsAgent, test } from './fixtures';
import { expectNoViolations } from './axe';

test.describe('AVG rights', () => {
  test('a tenant downloads their own data as PDF and JSON from Mijn gegevens, on a phone too (axe)', async ({ myDetails, page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    const panel = page.getByRole('region', { name: 'Mijn gegevens downloaden' });
    await panel.scrollIntoViewIfNeeded();
    await expect(panel).toBeVisible();
    await expectNoViolations(page);
    await expect(myDetails.heading).toBeVisible();

    const [pdf] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download als PDF' }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/^mijn-gegevens-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect((await readFile(await pdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect(panel.getByText('Uw gegevens zijn gedownload.')).toBeVisible();

    // Keyboard only: Tab to the JSON button, Enter.
    await panel.getByRole('button', { name: 'Download als PDF' }).focus();
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('button', { name: 'Download als JSON' })).toBeFocused();
    const [json] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(json.suggestedFilename()).toMatch(/^mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile(await json.path(), 'utf8')) as { kind: string; customer: { fullName: string; markers?: unknown } };
    expect(data.kind).toBe('tenant');
    expect(data.customer.fullName).toBe(LINDE.sanne.name);
    expect(data.customer.markers).toBeUndefined();
  });

  test('an admin exports a customer’s file and erases the customer after typing the number (keyboard, axe on the dialog)', async ({ page, request }) => {
    const api = await agentApi(request);
    const lastName = stamp('Wisser').replace(/[^A-Za-z]/g, '');
    const customer = await api.createCustomer(lastName, 'Tineke');
    expect(await api.search(lastName)).toEqual([customer.id]);
    await loginAsAgent(page, 'admin@linde.demo');
    await page.goto(`${AGENT_URL}/klanten/${customer.id}`);
    await expect(page.getByRole('heading', { level: 1, name: `Tineke ${lastName}` })).toBeVisible();
    const panel = page.getByRole('region', { name: 'Gegevens en privacy (AVG)' });

    const [pdf] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Gegevens exporteren (PDF)' }).click()]);
    expect(pdf.suggestedFilename()).toBe(`klant-${customer.customerNumber}-${new Date().toISOString().slice(0, 10)}.pdf`);
    expect((await readFile(await pdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const erase = panel.getByRole('button', { name: 'Klant wissen' });
    await erase.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Tineke ${lastName} wissen?` });
    await expect(dialog).toBeVisible();
    const input = dialog.getByLabel(`Typ het klantnummer ${customer.customerNumber} om te bevestigen`);
    await expect(input).toBeFocused();
    await expectNoViolations(page);

    // Esc closes without erasing and gives the focus back.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(erase).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(input).toBeFocused();
    await page.keyboard.type('0000');
    await page.keyboard.press('Enter');
    await expect(dialog.getByText(`Het klantnummer klopt niet. Typ ${customer.customerNumber}.`)).toBeVisible();
    await input.fill(customer.customerNumber);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(panel.getByText('De klant is gewist.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Gewiste klant' })).toBeVisible();
    await expect(panel.getByText('Deze klant is gewist')).toBeVisible();
    await expectNoViolations(page);

    // Search no longer finds the person.
    expect(await api.search(lastName)).toEqual([]);
  });

  test('an admin sees and saves the retention periods; one out of bounds is explained at the field (axe)', async ({ page }) => {
    await loginAsAgent(page, 'admin@linde.demo');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bewaartermijnen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bewaartermijnen' })).toBeFocused();
    const access = page.getByLabel('Wie welke klant bekeek (dagen)');
    await expect(access).toHaveValue(/^\d+$/);
    const kept = await access.inputValue();
    await access.fill('30');
    await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
    await expect(page.getByText('Vul een heel aantal dagen in, van 180 tot 3650.')).toBeVisible();
    await expect(access).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page);
    await access.fill(kept);
    await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
    await expect(page.getByText('De bewaartermijnen zijn opgeslagen.')).toBeVisible();
  });
});
