import { DEMO_PASSWORD, LINDE } from './env';
import { expect, test } from './fixtures';

test.describe('portal: Mijn Loket', () => {
  test('a tenant sees their own details and contract, and changes the preferred channel', async ({ myDetails, page }) => {
    await expect(myDetails.detail('Naam')).toHaveText(LINDE.sanne.name);
    await expect(myDetails.detail('Klantnummer')).toHaveText(LINDE.sanne.number);
    await expect(myDetails.detail('Adres')).toContainText('Lindelaan 12 A');
    await expect(myDetails.contracts.getByRole('heading', { level: 3 })).toContainText('Lindelaan 12 A');
    await expect(myDetails.contracts).toContainText('€ 612,45');
    await expect(myDetails.contracts).toContainText('Lopend');
    await expect(page.getByText(/Agressie|Signalering/)).toHaveCount(0);

    const current = (await myDetails.detail('Hoe wij u bereiken').textContent())?.trim();
    const target = current === 'E-mail' ? 'Brief per post' : 'E-mail';
    await myDetails.channel(target).check();
    await myDetails.save.click();
    await expect(myDetails.status).toHaveText('Uw wijzigingen zijn opgeslagen.');
    await expect(myDetails.detail('Hoe wij u bereiken')).toHaveText(target);

    await page.reload();
    await expect(myDetails.channel(target)).toBeChecked();
    await expect(myDetails.detail('Hoe wij u bereiken')).toHaveText(target);
  });

  test('a wrong e-mail address is explained next to the field, in Dutch', async ({ myDetails }) => {
    const email = myDetails.preferences.getByRole('textbox', { name: /E-mailadres/ });
    await email.fill('sanne@');
    await myDetails.save.click();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription(/Vul een geldig e-mailadres in/);
  });

  test('a staff account cannot log in to the portal', async ({ portalLogin, page }) => {
    await portalLogin.goto();
    await portalLogin.login(LINDE.agent, DEMO_PASSWORD);
    await expect(page.getByText('Dit is de inlog voor huurders')).toBeVisible();
    await expect(page).toHaveURL(/\/inloggen/);
  });
});
