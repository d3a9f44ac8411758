import type { APIRequestContext } from '@playwright/test';
import { stamp } from './api';
import { API_URL } from './env';
import { expect, loginAsAgent, test } from './fixtures';
import { expectNoViolations } from './axe';

const token = (request: APIRequestContext, clientId: string, clientSecret: string) =>
  request.post(`${API_URL}/api/v1/auth/token`, { form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret } });

test.describe('Koppelingen (integration clients)', () => {
  test('the demo ERP of the README gets a token and sees its organization', async ({ request }) => {
    const granted = await token(request, 'lkc_demo_linde', 'lks_demo-erp-Loket-demo-1');
    expect(granted.status()).toBe(200);
    const { access_token } = (await granted.json()) as { access_token: string };
    const connection = await request.get(`${API_URL}/api/v1/integrations/connection`, { headers: { Authorization: `Bearer ${access_token}` } });
    expect(await connection.json()).toMatchObject({ name: 'Demo-ERP', organization: { slug: 'linde' } });
  });

  test('an admin creates a client, sees its secret once, changes its scopes, rotates and revokes it (keyboard, axe)', async ({ page, request, context }) => {
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const name = stamp('ERP');
    await loginAsAgent(page, 'admin@linde.demo');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Koppelingen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Koppelingen' })).toBeVisible();
    await expect(page.getByRole('row', { name: /Demo-ERP/ })).toContainText('lkc_demo_linde');
    await expectNoViolations(page);

    // Create, by keyboard: the dialog opens on the name field; each scope has its plain explanation.
    await page.getByRole('button', { name: 'Nieuwe koppeling' }).focus();
    await page.keyboard.press('Enter');
    const create = page.getByRole('dialog', { name: 'Nieuwe koppeling' });
    await expect(create.getByLabel('Naam', { exact: true })).toBeFocused();
    await create.getByRole('button', { name: 'Koppeling maken' }).click();
    await expect(create.getByText('Vul een naam in.')).toBeVisible();
    await expect(create.getByLabel('Naam', { exact: true })).toBeFocused();
    await page.keyboard.type(name);
    await create.getByRole('checkbox', { name: /Klanten bekijken/ }).focus();
    await page.keyboard.press('Space');
    await create.getByRole('checkbox', { name: /Wijzigingen volgen/ }).check();
    await expect(create.getByText('Het systeem mag gegevens van klanten uit Loket ophalen.')).toBeVisible();
    await expectNoViolations(page);
    await create.getByRole('button', { name: 'Koppeling maken' }).click();

    // The secret, once, with a warning and a copy button.
    const shown = page.getByRole('dialog', { name: `Koppeling ${name} is gemaakt` });
    await expect(shown.getByText('U ziet dit geheim maar één keer')).toBeVisible();
    const clientId = await shown.getByLabel('Client-id').inputValue();
    const secret = await shown.getByLabel('Geheim (client secret)').inputValue();
    expect(clientId).toMatch(/^lkc_/);
    expect(secret).toMatch(/^lks_/);
    await expectNoViolations(page);
    await shown.getByRole('button', { name: 'Geheim kopiëren' }).click();
    await expect(shown.getByText('Het geheim is gekopieerd.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await shown.getByRole('button', { name: 'Ik heb het geheim bewaard' }).click();
    await expect(shown).toBeHidden();
    expect((await token(request, clientId, secret)).status()).toBe(200);

    const row = page.getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText('Klanten bekijken');
    await expect(row).toContainText('Wijzigingen volgen');
    await expect(row).toContainText('Actief');
    await expect(page.getByText(secret)).toHaveCount(0);

    // Change the scopes.
    await row.getByRole('button', { name: `${name} wijzigen` }).click();
    const edit = page.getByRole('dialog', { name: `${name} wijzigen` });
    await edit.getByRole('checkbox', { name: /Wijzigingen volgen/ }).uncheck();
    await edit.getByRole('checkbox', { name: /Berichten instellen/ }).check();
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('status').getByText(`De koppeling ${name} is opgeslagen.`)).toBeVisible();
    await expect(row).toContainText('Berichten instellen');
    await expect(row).not.toContainText('Wijzigingen volgen');

    // Rotate: a confirmation first (Esc cancels), then the new secret once; the old one no longer works.
    await row.getByRole('button', { name: `Nieuw geheim voor ${name}` }).click();
    let rotate = page.getByRole('dialog', { name: `Nieuw geheim voor ${name}?` });
    await expect(rotate.getByRole('button', { name: 'Annuleren' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(rotate).toBeHidden();
    await row.getByRole('button', { name: `Nieuw geheim voor ${name}` }).click();
    rotate = page.getByRole('dialog', { name: `Nieuw geheim voor ${name}?` });
    await expect(rotate.getByText('Het oude geheim werkt meteen niet meer.', { exact: false })).toBeVisible();
    await expectNoViolations(page);
    await rotate.getByRole('button', { name: 'Nieuw geheim maken' }).click();
    const rotated = page.getByRole('dialog', { name: `Nieuw geheim voor ${name}` });
    const newSecret = await rotated.getByLabel('Geheim (client secret)').inputValue();
    expect(newSecret).not.toBe(secret);
    await rotated.getByRole('button', { name: 'Ik heb het geheim bewaard' }).click();
    expect((await token(request, clientId, secret)).status()).toBe(401);
    expect((await token(request, clientId, newSecret)).status()).toBe(200);

    // Revoke: typing the name confirms it.
    await row.getByRole('button', { name: `${name} intrekken` }).click();
    const revoke = page.getByRole('dialog', { name: `${name} intrekken?` });
    const confirm = revoke.getByLabel(`Typ de naam ${name} om te bevestigen`);
    await expect(confirm).toBeFocused();
    await page.keyboard.type('iets anders');
    await page.keyboard.press('Enter');
    await expect(revoke.getByText(`Typ precies de naam ${name}.`)).toBeVisible();
    await expectNoViolations(page);
    await confirm.fill(name);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').getByText(`De koppeling ${name} is ingetrokken.`, { exact: false })).toBeVisible();
    await expect(row).toContainText('Ingetrokken op');
    await expect(row.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Nieuwe koppeling' })).toBeFocused();
    expect((await token(request, clientId, newSecret)).status()).toBe(401);
    await expectNoViolations(page);
  });

  test('in English too', async ({ page }) => {
    await loginAsAgent(page, 'admin@linde.demo');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Koppelingen' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Integrations' })).toBeVisible();
    await page.getByRole('button', { name: 'New integration' }).click();
    await expect(page.getByRole('dialog', { name: 'New integration' }).getByText('The system may fetch customer details from Loket.')).toBeVisible();
  });
});
