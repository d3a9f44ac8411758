import { DEMO_PASSWORD, LINDE } from './env';
import { expect, test } from './fixtures';
import { AgentSearchPage } from './pages/agent-search.page';
import { CustomerPage } from './pages/customer.page';

test.describe('agent: find a customer and see the picture at a glance', () => {
  test('postcode + house number finds Kees, whose aggression marker is impossible to miss', async ({ agentSearch, customerPage, page }) => {
    await expect(page.getByRole('banner')).toContainText('Woonstichting De Linde');
    await agentSearch.search('5161 ab 14');
    const kees = agentSearch.option(LINDE.kees.name);
    await expect(kees).toContainText(`Klantnummer ${LINDE.kees.number}`);
    await expect(kees).toContainText('Lindelaan 14, 5161 AB Sprang-Capelle');
    await expect(kees).toContainText('Agressie');
    await kees.click();

    await customerPage.expectCustomer(LINDE.kees.name);
    await expect(customerPage.safetyBanner).toBeVisible();
    await expect(customerPage.safetyBanner).toContainText(`Let op: Agressie — ${LINDE.kees.agrNote}`);
    // The banner is the first thing in the content, above the name.
    const bannerBox = await customerPage.safetyBanner.boundingBox();
    const headingBox = await customerPage.heading.boundingBox();
    expect(bannerBox && headingBox && bannerBox.y < headingBox.y).toBe(true);
    // The demo's question of his that went to the back office (Technisch beheer).
    await expect(customerPage.panel('Open vragen')).toContainText('Water uit het plafond');
  });

  test('keyboard only: log in, search, pick with the arrows, open with Enter, Esc back', async ({ agentLogin, page }) => {
    await agentLogin.goto();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Direct naar de inhoud' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(agentLogin.email).toBeFocused();
    await page.keyboard.type(LINDE.agent);
    await page.keyboard.press('Tab');
    await expect(agentLogin.password).toBeFocused();
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');

    const search = new AgentSearchPage(page);
    await expect(search.input).toBeFocused();
    await page.keyboard.type('5161 ab 14');
    const kees = search.option(LINDE.kees.name);
    await expect(kees).toBeVisible();
    const keesId = await kees.getAttribute('id');
    for (let i = 0; i < 20 && (await search.input.getAttribute('aria-activedescendant')) !== keesId; i++) {
      await page.keyboard.press('ArrowDown');
    }
    await expect(kees).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');

    const customer = new CustomerPage(page);
    await customer.expectCustomer(LINDE.kees.name);
    await expect(customer.safetyBanner).toContainText(`Let op: Agressie — ${LINDE.kees.agrNote}`);

    await page.keyboard.press('Escape');
    await expect(search.input).toBeFocused();
    await expect(search.input).toHaveValue('5161 ab 14');
    await expect(kees).toBeVisible();

    // Ctrl+K from the customer page brings the search back as well.
    await page.keyboard.press('Enter');
    await customer.expectCustomer(LINDE.kees.name);
    await page.keyboard.press('Control+k');
    await expect(search.input).toBeFocused();
  });

  test('a typo in the name still finds the customer', async ({ agentSearch }) => {
    await agentSearch.search('Kes van den Berg');
    await expect(agentSearch.option(LINDE.kees.name)).toBeVisible();
  });

  test('the results count is announced in a live region', async ({ agentSearch }) => {
    await agentSearch.search('Lindelaan');
    await expect(agentSearch.status).toHaveAttribute('role', 'status');
    await agentSearch.waitForAnswer();
    const count = await agentSearch.options.count();
    expect(count).toBeGreaterThan(1);
    await expect(agentSearch.status).toContainText(`${count} klanten gevonden`);
  });

  test('an agent of De Linde never finds customers of Het Anker', async ({ agentSearch }) => {
    await agentSearch.search('Havenweg 12');
    await agentSearch.waitForAnswer();
    await expect(agentSearch.option('Den Helder')).toHaveCount(0);

    await agentSearch.search('200002');
    await agentSearch.waitForAnswer();
    await expect(agentSearch.option('200002')).toHaveCount(0);
    await expect(agentSearch.status).toContainText('Geen klanten gevonden');
  });

  test('street + house number, name + postcode and part of an e-mail address find the customer, and say what matched', async ({ agentSearch }) => {
    await agentSearch.search('Lindelaan 14');
    await expect(agentSearch.option(LINDE.kees.name)).toContainText('Gevonden op: straat en huisnummer');
    await agentSearch.search('van den Berg 5161 ab');
    await expect(agentSearch.option(LINDE.kees.name)).toContainText('Gevonden op: naam en postcode');
    await agentSearch.search('kees.vanden');
    await expect(agentSearch.option(LINDE.kees.name)).toContainText('Gevonden op: e-mailadres');
    // Sanne de Vries of Het Anker (sanne.devries@…, 1781 AB) is never found by De Linde.
    for (const q of ['sanne.devries', 'de Vries 1781AB', 'Havenweg 12']) {
      await agentSearch.search(q);
      await agentSearch.waitForAnswer();
      await expect(agentSearch.option('Den Helder')).toHaveCount(0);
    }
  });

  test('an agent adds an OVE marker and sees it straight away', async ({ agentSearch, customerPage }) => {
    const note = `Buren melden geluidsoverlast in de nacht (e2e ${Date.now()}).`;
    await agentSearch.search(LINDE.fatma.number);
    await agentSearch.option(LINDE.fatma.name).click();
    await customerPage.expectCustomer(LINDE.fatma.name);
    await expect(customerPage.panel('Behoeften en voorkeuren')).toContainText('Tolk nodig — taal: Turks');

    await customerPage.addMarkerWith('Overlast (OVE)', note);

    await expect(customerPage.markersPanel.getByRole('status')).toHaveText('De signalering Overlast is toegevoegd.');
    await expect(customerPage.activeMarkers.getByRole('listitem').filter({ hasText: note })).toContainText('Overlast');
    await expect(customerPage.otherMarkers.getByRole('listitem').filter({ hasText: note })).toContainText('Overlast');
    // Overlast is not a safety marker: no red alert for it.
    await expect(customerPage.safetyBanner).toHaveCount(0);
  });

  test('an agent ends a marker; it leaves the active list and shows under ended markers', async ({ agentSearch, customerPage, page }) => {
    const note = `Betalingsregeling afgesproken (e2e ${Date.now()}).`;
    const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(Date.now() - 86_400_000);
    await agentSearch.search(LINDE.fatma.number);
    await agentSearch.option(LINDE.fatma.name).click();
    await customerPage.expectCustomer(LINDE.fatma.name);
    await customerPage.markerCode.selectOption({ label: 'Huurschuld (SCH)' });
    await customerPage.markerNote.fill(note);
    await page.getByLabel('Geldig vanaf').fill(yesterday);
    await customerPage.addMarker.click();
    const item = customerPage.activeMarkers.getByRole('listitem').filter({ hasText: note });
    await expect(item).toBeVisible();

    await item.getByRole('button', { name: 'Signalering Huurschuld beëindigen' }).click();
    await item.getByRole('button', { name: 'Ja, beëindigen' }).click();

    await expect(customerPage.markersPanel.getByRole('status')).toHaveText('De signalering Huurschuld is beëindigd.');
    await expect(customerPage.activeMarkers.getByRole('listitem').filter({ hasText: note })).toHaveCount(0);
    await expect(customerPage.otherMarkers.getByRole('listitem').filter({ hasText: note })).toHaveCount(0);
    await customerPage.markersPanel.getByText(/Beëindigde signaleringen/).click();
    await expect(customerPage.markersPanel.locator('.ended-markers')).toContainText(note);
  });

  test('a tenant account cannot log in to the agent app', async ({ agentLogin, page }) => {
    await agentLogin.goto();
    await agentLogin.login(LINDE.tenant, DEMO_PASSWORD);
    await expect(page.getByText('Dit is de inlog voor medewerkers')).toBeVisible();
    await expect(page).toHaveURL(/\/inloggen/);
    await page.goto(page.url().replace(/\/inloggen.*$/, '/'));
    await expect(agentLogin.heading).toBeVisible();
  });

  test('logging out ends the session: the search is closed until the agent logs in again', async ({ agentSearch, agentLogin, page }) => {
    await agentSearch.logout.click();
    await expect(agentLogin.heading).toBeVisible();
    await expect(page.getByText('Je bent uitgelogd.')).toBeVisible();
    await page.goto(page.url().replace(/\/inloggen.*$/, '/klanten/whatever'));
    await expect(agentLogin.heading).toBeVisible();
  });

  test('the language switch turns the app into English, lang attribute included', async ({ agentLogin, page }) => {
    await agentLogin.goto();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Staff login' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
