import { type APIRequestContext, type Page } from '@playwright/test';
import { stamp } from './api';
import { AGENT_URL, API_URL, DEMO_PASSWORD, LINDE, PORTAL_URL } from './env';
import { expect, loginAsAgent, test } from './fixtures';
import type { AgentSearchPage } from './pages/agent-search.page';
import {
  CallbackDetailPage, CallbacksListPage, ContactCallbackFields, PortalCallbacksSection, RequestCallbackPage,
} from './pages/callbacks.page';
import { ContactPanel } from './pages/contact-log.page';
import { MyCasesPage, PortalLoginPage } from './pages/portal.page';
import { expectNoViolations } from './axe';

const AGENT_NAME = 'Anouk Klantcontact';

/** Tomorrow, or the first working day (Monday to Friday) after it, as "YYYY-MM-DD" in Dutch time. */
function nextWorkingDay(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const day = new Date(`${today}T12:00:00Z`);
  do day.setUTCDate(day.getUTCDate() + 1);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  return day.toISOString().slice(0, 10);
}

/**
 * Test data through the API (not what the test is about): a new question for Sanne with a callback
 * agreed for a morning, assigned to the agent who creates it.
 */
async function callbackForSanne(request: APIRequestContext, reason: string): Promise<{ id: string }> {
  const login = await request.post(`${API_URL}/api/v1/auth/login`, { data: { email: LINDE.agent, password: DEMO_PASSWORD } });
  const headers = { Authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
  const found = await request.get(`${API_URL}/api/v1/customers`, { headers, params: { q: LINDE.sanne.number } });
  const customerId = ((await found.json()) as { items: { id: string; customerNumber: string }[] }).items.find((c) => c.customerNumber === LINDE.sanne.number)?.id;
  const contact = await request.post(`${API_URL}/api/v1/contacts`, {
    headers,
    data: { customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', summary: reason, newCase: { subject: stamp('Terugbellen') }, outcome: 'callback_agreed', confirm: false },
  });
  if (!contact.ok()) throw new Error(`POST /contacts: ${contact.status()} ${await contact.text()}`);
  const { id: contactId, caseId } = (await contact.json()) as { id: string; caseId: string };
  let body: Record<string, unknown> = { customerId, caseId, contactId, reason, date: nextWorkingDay(), dayPart: 'OCH', confirm: false };
  let created = await request.post(`${API_URL}/api/v1/callbacks`, { headers, data: body });
  if (created.status() === 400) {
    // A holiday: take the next open day part the API suggests ("2026-12-28 OCH").
    const problem = (await created.json()) as { errors?: { field: string; suggestion?: string }[] };
    const [date, dayPart] = (problem.errors?.find((e) => e.suggestion)?.suggestion ?? '').split(' ');
    body = { ...body, date, dayPart };
    created = await request.post(`${API_URL}/api/v1/callbacks`, { headers, data: body });
  }
  if (!created.ok()) throw new Error(`POST /callbacks: ${created.status()} ${await created.text()}`);
  return (await created.json()) as { id: string };
}

async function openSanne(page: Page, search: AgentSearchPage) {
  await search.search(LINDE.sanne.number);
  await search.option(LINDE.sanne.name).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LINDE.sanne.name);
}

async function portalLogin(page: Page) {
  const login = new PortalLoginPage(page);
  await login.goto();
  await login.login(LINDE.tenant, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeVisible();
}

/** Presses Tab until `target` has the focus (keyboard only), at most `max` times. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 150) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

test.describe('callbacks that are kept', () => {
  test('(a) a phone contact with a callback agreed for a morning shows in Mijn terugbelverzoeken; not reached, then completed', async ({ agentSearch, page }) => {
    const subject = stamp('Monteur cv-ketel');
    const reason = stamp('Wanneer de monteur komt');

    await test.step('the agent logs the contact and the callback in one step', async () => {
      await openSanne(page, agentSearch);
      const panel = new ContactPanel(page);
      await panel.openPanel();
      await panel.chooseTopic('repar', 'Reparatie en onderhoud');
      await panel.subject.fill(subject);
      await panel.summary.fill('De cv-ketel slaat af. Wij bellen mevrouw terug over de monteur.');
      await panel.outcome.selectOption({ label: 'Terugbellen afgesproken' });
      const callback = new ContactCallbackFields(page);
      await expect(callback.phone).toHaveValue('+31612345678');
      await expect(callback.reason).toHaveValue('De cv-ketel slaat af. Wij bellen mevrouw terug over de monteur.');
      await callback.reason.fill(reason);
      await callback.kind('Dagdeel op een datum').check();
      await callback.date.fill(nextWorkingDay());
      await callback.dayPart.selectOption('OCH');
      await panel.submit.click();
      // On a holiday the API refuses the morning and suggests the next open one: take it.
      const saved = panel.status.filter({ hasText: 'Het terugbelverzoek staat klaar: jij belt' });
      await expect(saved.or(callback.suggestion)).toBeVisible();
      if (await callback.suggestion.isVisible()) {
        await callback.suggestion.click();
        await page.getByRole('button', { name: 'Terugbelverzoek opslaan' }).click();
      }
      await expect(saved).toContainText(`Het contact is opgeslagen bij de vraag ‘${subject}’.`);
      await expect(saved).toContainText(/jij belt \S+ochtend \(08:30–12:00\)|jij belt .+ in de ochtend \(08:30–12:00\)/);
      await expect(page.getByRole('region', { name: 'Terugbelverzoeken' })).toContainText(reason);
    });

    const list = new CallbacksListPage(page);
    const row = list.row(reason);
    await test.step('it shows under "Voor mij", with the window, the due moment and the number', async () => {
      await list.navLink.click();
      await expect(list.heading).toBeVisible();
      await expect(list.tab('Voor mij')).toHaveAttribute('aria-selected', 'true');
      await expect(row).toBeVisible();
      await expect(row.getByRole('link', { name: LINDE.sanne.name, exact: true })).toBeVisible();
      await expect(list.fact(row, 'Wanneer')).toHaveText(/ochtend \(08:30–12:00\)$/);
      await expect(list.fact(row, 'Termijn')).toContainText(/uiterlijk .+12:00/);
      await expect(list.fact(row, 'Telefoon').getByRole('link')).toHaveAttribute('href', 'tel:+31612345678');
      await expect(list.fact(row, 'Belpogingen')).toHaveText('Nog niet gebeld');
    });

    const detail = new CallbackDetailPage(page);
    await test.step('not reached: the callback stays open', async () => {
      await list.open(row).click();
      await expect(detail.heading).toHaveText(`${LINDE.sanne.name} terugbellen`);
      await detail.outcome('Niet bereikt').check();
      await detail.attemptNote.fill('Geen gehoor, om 9 uur.');
      await detail.saveAttempt.click();
      await expect(detail.status).toContainText('Niet bereikt. Het terugbelverzoek blijft open.');
      await expect(detail.history).toContainText(`Belpoging door ${AGENT_NAME}: niet bereikt`);
      await expect(detail.agreement).toContainText('1 belpoging');
    });

    await test.step('reached later: completed with a result the customer can read', async () => {
      await detail.result.fill('De monteur komt dinsdag tussen 8 en 12 uur.');
      await detail.resolved.check();
      await detail.complete.click();
      await expect(detail.status).toContainText('Het terugbelverzoek is afgerond. De vraag is ook beantwoord.');
      await expect(detail.completeForm).toHaveCount(0);
      await expect(page.locator('.customer-header__meta')).toContainText('Afgerond');
      await expect(detail.history).toContainText('De monteur komt dinsdag tussen 8 en 12 uur.');
      await list.goto();
      await expect(list.tab('Voor mij')).toHaveAttribute('aria-selected', 'true');
      await expect(list.panel.locator('.lk-loading')).toHaveCount(0);
      await expect(row).toHaveCount(0);
    });
  });

  test('(b) the tenant sees the agreed callback and asks for one; the agent takes it from the team queue', async ({ page, request }) => {
    const agreed = stamp('Over de lekkage');
    const asked = stamp('Vraag over mijn huur');
    await callbackForSanne(request, agreed);

    await test.step('the tenant sees who calls and when', async () => {
      await portalLogin(page);
      const myCases = new MyCasesPage(page);
      await myCases.nav.click();
      await expect(myCases.heading).toBeVisible();
      const card = new PortalCallbacksSection(page).card(agreed);
      await expect(card.getByRole('heading', { level: 3 })).toHaveText(/^We bellen u .*ochtend \(08:30–12:00\)$/);
      await expect(card).toContainText(AGENT_NAME);
      await expect(card).toContainText('06 12345678');
    });

    await test.step('the tenant asks to be called back', async () => {
      const form = new RequestCallbackPage(page);
      await form.nav.click();
      await expect(form.heading).toBeVisible();
      await expect(form.phone).toHaveValue('06 12345678');
      await form.reason.fill(asked);
      await form.date.selectOption({ index: 1 });
      // The picker offers only open day parts: the first one of the first open day.
      await form.dayParts.first().check();
      await form.submit.click();
      // Should the moment close meanwhile, the API suggests the first open day part after it.
      await expect(form.received.or(form.suggestion)).toBeVisible();
      if (await form.suggestion.isVisible()) {
        await form.suggestion.click();
        await form.submit.click();
      }
      await expect(form.received).toContainText(/We bellen u .+ op 06 12345678\./);
    });

    await test.step('the agent takes it from the team queue', async () => {
      await loginAsAgent(page);
      const list = new CallbacksListPage(page);
      await list.navLink.click();
      await list.tab('Wachtrij van mijn team').click();
      const row = list.row(asked);
      await expect(row).toBeVisible();
      await expect(row).toContainText('Via Mijn Loket');
      await expect(list.fact(row, 'Wie belt')).toHaveText('team Klantcontact (nog niet opgepakt)');
      await list.claim(row).click();
      await expect(list.status).toContainText(`Je hebt het terugbelverzoek van ${LINDE.sanne.name} opgepakt.`);
      await expect(row).toHaveCount(0);
      await list.tab('Voor mij').click();
      await expect(list.row(asked)).toBeVisible();
    });
  });

  test('(c) axe: the callbacks page, the detail and the portal form', async ({ page, request }) => {
    // Two apps, two logins and whole-page axe runs: more than a test's default time on a busy CI machine.
    test.slow();
    const reason = stamp('Toegankelijk terugbellen');
    const { id } = await callbackForSanne(request, reason);
    await loginAsAgent(page);

    const list = new CallbacksListPage(page);
    await list.goto();
    await expect(list.row(reason)).toBeVisible();
    await expectNoViolations(page);

    await page.goto(`${AGENT_URL}/terugbellen/${id}`);
    const detail = new CallbackDetailPage(page);
    await expect(detail.heading).toHaveText(`${LINDE.sanne.name} terugbellen`);
    await detail.saveAttempt.click();
    await expect(detail.attemptForm.getByText('Kies hoe het ging.')).toBeVisible();
    await page.getByRole('button', { name: 'Verzetten' }).click();
    await expect(page.getByRole('form', { name: 'Verzetten naar een ander moment' })).toBeVisible();
    await expectNoViolations(page);

    await portalLogin(page);
    const form = new RequestCallbackPage(page);
    await form.nav.click();
    await expect(form.heading).toBeVisible();
    await expectNoViolations(page);
    await form.submit.click();
    await expect(form.reason).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page);
  });

  test('(e) the portal picker on a phone: only open days and day parts, by keyboard, axe clean', async ({ page }) => {
    // Two axe runs and a keyboard walk: more than the default half minute on a busy machine.
    test.slow();
    await page.setViewportSize({ width: 375, height: 740 });
    await portalLogin(page);
    const form = new RequestCallbackPage(page);
    await page.goto(`${PORTAL_URL}/terugbellen`);
    await expect(form.heading).toBeVisible();
    await expect(form.date.locator('option')).not.toHaveCount(1);
    const dates = (await form.date.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).filter(Boolean);
    // De Linde is closed at the weekend and on Christmas and New Year's Day: never offered.
    const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();
    expect(dates.filter((date) => weekday(date) === 0 || weekday(date) === 6 || /-(12-25|12-26|01-01)$/.test(date))).toEqual([]);
    expect(dates.length).toBeGreaterThanOrEqual(5);
    await expect(form.dayPartGroup).toContainText('Kies eerst een dag.');

    // A Friday (not today): De Linde closes at 12:00, so only the morning.
    const friday = dates.slice(1).find((date) => weekday(date) === 5) as string;
    await form.date.selectOption(friday);
    await expect(form.dayParts).toHaveCount(1);
    await expect(form.dayPartGroup).toContainText('’s Ochtends, van 08:30 tot 12:00 uur');
    // A Monday to Thursday (not today): morning and afternoon until 17:00, never the evening.
    const midweek = dates.slice(1).find((date) => weekday(date) >= 1 && weekday(date) <= 4) as string;
    await form.date.selectOption(midweek);
    await expect(form.dayParts).toHaveCount(2);
    await expect(form.dayPartGroup).toContainText('’s Middags, van 12:00 tot 17:00 uur');
    await expect(form.dayPartGroup).not.toContainText('Avonds');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectNoViolations(page);

    // The rest with the keyboard alone, from the first field on.
    await form.reason.focus();
    await page.keyboard.type(stamp('Op de telefoon gekozen'));
    await tabTo(page, form.dayParts.first());
    await page.keyboard.press('Space');
    await expect(form.dayParts.first()).toBeChecked();
    await page.keyboard.press('ArrowDown');
    await expect(form.dayParts.last()).toBeChecked();
    await tabTo(page, form.submit);
    await page.keyboard.press('Enter');
    await expect(form.received).toContainText(/We bellen u .*middag \(12:00–17:00\) op 06 12345678\./);
    await expectNoViolations(page);
  });

  test('(d) a callback completed with the keyboard alone', async ({ page, request }) => {
    const reason = stamp('Met het toetsenbord');
    await callbackForSanne(request, reason);
    await loginAsAgent(page);
    const list = new CallbacksListPage(page);
    await list.goto();
    const row = list.row(reason);
    await expect(row).toBeVisible();
    await expect(list.heading).toBeFocused();

    await tabTo(page, list.open(row));
    await page.keyboard.press('Enter');
    const detail = new CallbackDetailPage(page);
    await expect(detail.heading).toHaveText(`${LINDE.sanne.name} terugbellen`);
    await expect(detail.heading).toBeFocused();

    await tabTo(page, detail.result);
    await page.keyboard.type('Mevrouw is gebeld: de monteur komt maandag.');
    await page.keyboard.press('Tab');
    await expect(detail.resolved).toBeFocused();
    await page.keyboard.press('Space');
    await expect(detail.resolved).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(detail.complete).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(detail.status).toContainText('Het terugbelverzoek is afgerond. De vraag is ook beantwoord.');
    // The form is gone: the focus is on what happened, not lost on the page.
    await expect(detail.status.locator('[tabindex="-1"]')).toBeFocused();
  });
});
