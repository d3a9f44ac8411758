import { expect as baseExpect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { stamp } from './api';
import { AGENT_URL, API_URL, DEMO_PASSWORD, LINDE } from './env';
import { expect, loginAsAgent, test } from './fixtures';
import { ContactPanel, OpenCasesPanel } from './pages/contact-log.page';
import type { AgentSearchPage } from './pages/agent-search.page';
import { expectNoViolations } from './axe';

/** The administrator of Woonstichting De Linde (demo data contract). */
const LINDE_ADMIN = 'admin@linde.demo';

/** "Openingstijden en reactietermijnen" (/beheer/reactietermijnen). */
class SlaAdminPage {
  readonly heading: Locator;
  readonly menuLink: Locator;
  readonly example: Locator;
  readonly saveHours: Locator;
  readonly hoursStatus: Locator;
  readonly preview: Locator;
  readonly previewChannel: Locator;
  readonly previewAt: Locator;
  readonly previewSubmit: Locator;
  readonly previewAnswer: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Openingstijden en reactietermijnen' });
    this.menuLink = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Openingstijden en reactietermijnen' });
    this.example = page.locator('.sla-example');
    this.saveHours = page.getByRole('button', { name: 'Openingstijden opslaan' });
    this.hoursStatus = page.getByRole('form', { name: 'Openingstijden' }).getByRole('status');
    this.preview = page.getByRole('region', { name: 'Wat betekent dit?' });
    this.previewChannel = this.preview.getByLabel('Kanaal');
    this.previewAt = this.preview.getByLabel('Moment van binnenkomst');
    this.previewSubmit = this.preview.getByRole('button', { name: 'Bereken' });
    this.previewAnswer = this.preview.locator('.sla-preview__answer');
  }

  /** Through the menu, as an administrator finds it. */
  async open() {
    await this.menuLink.click();
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Openingstijden' })).toBeVisible();
  }

  day(name: string): Locator {
    return this.page.getByRole('group', { name, exact: true });
  }

  addInterval(day: string): Locator {
    return this.page.getByRole('button', { name: `Tijdvak toevoegen (${day})` });
  }

  field(label: 'Van' | 'Tot', day: string, n: number): Locator {
    return this.page.getByRole('textbox', { name: `${label} (${day}, tijdvak ${n})` });
  }

  option(label: 'Alleen op afspraak' | 'Loopt door na middernacht', day: string, n: number): Locator {
    return this.page.getByRole('checkbox', { name: `${label} (${day}, tijdvak ${n})` });
  }

  removeInterval(day: string, n: number): Locator {
    return this.page.getByRole('button', { name: `Verwijderen (${day}, tijdvak ${n})` });
  }

  async ask(channel: string, local: string) {
    await this.previewChannel.selectOption({ label: channel });
    await this.previewAt.fill(local);
    await this.previewSubmit.click();
  }
}

async function openAdminScreen(page: Page) {
  await loginAsAgent(page, LINDE_ADMIN);
  const screen = new SlaAdminPage(page);
  await screen.open();
  return screen;
}

async function agentToken(request: APIRequestContext): Promise<string> {
  const login = await request.post(`${API_URL}/api/v1/auth/login`, { data: { email: LINDE.agent, password: DEMO_PASSWORD } });
  return ((await login.json()) as { accessToken: string }).accessToken;
}

async function openSanne(page: Page, search: AgentSearchPage) {
  await search.search(LINDE.sanne.number);
  await search.option(LINDE.sanne.name).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LINDE.sanne.name);
}

// Friday 4 December 2026 is no holiday, nor is Monday 7 December: De Linde closes at 12:00 on Fridays.
const FRIDAY_ANSWER = /^Een telefoontje op vrijdag 4 december (2026 )?11:55 moet uiterlijk maandag 7 december 17:00 beantwoord zijn\.$/;

test.describe('response targets in business time', () => {
  test('(a) the administrator sees that a phone call on Friday 11:55 is due on Monday 17:00, and saving keeps it so', async ({ page }) => {
    const admin = await openAdminScreen(page);
    await expect(admin.example).toContainText(/^Voorbeeld: Een telefoontje op vrijdag .+ 11:55 moet uiterlijk .+ 17:00 beantwoord zijn\./);

    await admin.ask('Telefoon', '2026-12-04T11:55');
    await expect(admin.previewAnswer.locator('p').first()).toHaveText(FRIDAY_ANSWER);

    // The demo calendar goes through the form and back unchanged: same answer after saving.
    const put = page.waitForResponse((r) => r.url().endsWith('/api/v1/sla/calendar') && r.request().method() === 'PUT');
    await admin.saveHours.click();
    baseExpect((await put).status()).toBe(200);
    await expect(admin.hoursStatus).toContainText('De openingstijden zijn opgeslagen.');
    await admin.ask('Telefoon', '2026-12-04T11:55');
    await expect(admin.previewAnswer.locator('p').first()).toHaveText(FRIDAY_ANSWER);
  });

  test('(b) an agent logs a phone call with a callback agreed; the case says when the callback is due', async ({ agentSearch, page, request }) => {
    const subject = stamp('Terugbellen over de cv-ketel');
    await openSanne(page, agentSearch);
    const panel = new ContactPanel(page);
    await panel.openPanel();
    await panel.chooseTopic('repar', 'Reparatie en onderhoud');
    await panel.subject.fill(subject);
    await panel.summary.fill('De cv-ketel slaat af. Een collega van onderhoud belt mevrouw terug.');
    await panel.outcome.selectOption({ label: 'Terugbellen afgesproken' });
    await panel.summary.press('Control+Enter');
    await expect(panel.status).toContainText(`Het contact is opgeslagen bij de vraag ‘${subject}’.`);

    const item = new OpenCasesPanel(page).item(subject);
    const firstInList = item.locator('dt', { hasText: /^Eerste reactie$/ }).locator('xpath=following-sibling::dd[1]');
    await expect(firstInList).toContainText(/uiterlijk /);

    await item.getByRole('link', { name: subject }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(subject);
    const details = page.getByRole('region', { name: 'Over deze vraag' });
    const first = details.locator('dt', { hasText: /^Eerste reactie$/ }).locator('xpath=following-sibling::dd[1]');
    await expect(first.locator('time')).toHaveText(/^uiterlijk (morgen|maandag|dinsdag|woensdag|donderdag|vrijdag|\d{1,2} [a-z]+( \d{4})?) \d{2}:\d{2}$/);
    await expect(first).toContainText(/Termijn: [a-z]+ \d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}/);

    // The <time> carries the due moment the API computed for this case.
    const caseId = new URL(page.url()).pathname.split('/').pop() as string;
    const response = await request.get(`${API_URL}/api/v1/cases/${caseId}`, { headers: { Authorization: `Bearer ${await agentToken(request)}` } });
    const body = (await response.json()) as { firstResponseDueAt: string | null; sla: { state: string } | null };
    baseExpect(body.firstResponseDueAt).not.toBeNull();
    baseExpect(body.sla?.state).toBe('running');
    await expect(first.locator('time')).toHaveAttribute('datetime', new Date(body.firstResponseDueAt as string).toISOString());
  });

  test('(c) axe: the admin screen, also with an error next to a field and a preview answer', async ({ page }) => {
    // Three axe runs over a form with a row per channel (nine since WhatsApp and SMS): on a busy machine this runs past 30 s.
    test.slow();
    const admin = await openAdminScreen(page);
    await expect(admin.example).not.toBeEmpty();
    await expectNoViolations(page);

    const tuesdayTo = admin.field('Tot', 'Dinsdag', 1);
    await tuesdayTo.fill('07:00');
    await admin.saveHours.click();
    await expect(tuesdayTo).toHaveAttribute('aria-invalid', 'true');
    await expect(tuesdayTo).toHaveAccessibleDescription(/De eindtijd moet na de begintijd liggen/);
    await admin.ask('E-mail', '2026-12-04T11:55');
    await expect(admin.previewAnswer).toBeVisible();
    await expectNoViolations(page);
  });

  test('(d) the interval editor works with the keyboard alone', async ({ page }) => {
    const admin = await openAdminScreen(page);
    await expect(admin.day('Zaterdag')).toContainText('Gesloten');

    // From Friday's button, Tab goes to Saturday's: Saturday has no intervals yet.
    await admin.addInterval('Vrijdag').focus();
    await page.keyboard.press('Tab');
    await expect(admin.addInterval('Zaterdag')).toBeFocused();
    await page.keyboard.press('Enter');

    const from = admin.field('Van', 'Zaterdag', 1);
    await expect(from).toBeFocused();
    await expect(from).toHaveValue('08:30');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('9');
    await page.keyboard.press('Tab');
    await expect(from).toHaveValue('09:00');
    const to = admin.field('Tot', 'Zaterdag', 1);
    await expect(to).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1230');
    await page.keyboard.press('Tab');
    await expect(to).toHaveValue('12:30');

    const appointment = admin.option('Alleen op afspraak', 'Zaterdag', 1);
    await expect(appointment).toBeFocused();
    await page.keyboard.press('Space');
    await expect(appointment).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(admin.option('Loopt door na middernacht', 'Zaterdag', 1)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(admin.removeInterval('Zaterdag', 1)).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(from).toHaveCount(0);
    await expect(admin.day('Zaterdag')).toContainText('Gesloten');
    await expect(admin.addInterval('Zaterdag')).toBeFocused();
  });

  test('(e) an agent has no menu link, and gets a friendly message on the address itself', async ({ agentSearch, page }) => {
    await expect(agentSearch.input).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Openingstijden en reactietermijnen' })).toHaveCount(0);
    await page.goto(`${AGENT_URL}/beheer/reactietermijnen`);
    await expect(page.getByRole('heading', { level: 1, name: 'Openingstijden en reactietermijnen' })).toBeVisible();
    await expect(page.getByText('Dit scherm is alleen voor beheerders')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Openingstijden opslaan' })).toHaveCount(0);
  });
});
