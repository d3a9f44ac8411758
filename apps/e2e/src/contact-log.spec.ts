import type { Page } from '@playwright/test';
import { agentApi, caughtMails, mailTo, stamp } from './api';
import { AGENT_URL, DEMO_PASSWORD, LINDE } from './env';
import { expect, loginAsAgent, test } from './fixtures';
import { CaseViewPage, ContactPanel, OpenCasesPanel } from './pages/contact-log.page';
import { AgentSearchPage } from './pages/agent-search.page';
import { AskQuestionPage, MyCasesPage, PortalLoginPage } from './pages/portal.page';

const AGENT_NAME = 'Anouk Klantcontact';

/** Tomorrow as the value of a datetime-local input, in Dutch time. */
function tomorrowAt(time: string): string {
  const tomorrow = new Date(Date.now() + 24 * 3600_000);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(tomorrow);
  return `${day}T${time}`;
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

test.describe('contact log: agent and portal', () => {
  test('(a, b) a phone question that cannot be answered: case, confirmation e-mail, and the tenant sees it without the internal note', async ({
    agentSearch, page, request,
  }) => {
    const subject = stamp('Lekkage badkamer');
    const summary = `Mevrouw meldt een lekkage onder het bad (${subject}). Wij bellen morgen om 10:00 terug.`;
    const note = stamp('INTERN');

    await test.step('the agent logs the contact', async () => {
      await openSanne(page, agentSearch);
      const panel = new ContactPanel(page);
      await panel.openPanel();
      await expect(panel.channel).toHaveValue('phone');
      await panel.chooseTopic('repar', 'Reparatie en onderhoud');
      await expect(panel.caseChoice).toHaveValue('new');
      await panel.subject.fill(subject);
      await panel.summary.fill(summary);
      await panel.noteToggle.click();
      await panel.internalNote.fill(note);
      await panel.outcome.selectOption({ label: 'Terugbellen afgesproken' });
      await panel.followUpChannel.selectOption({ label: 'Telefoon' });
      await panel.followUpAt.fill(tomorrowAt('10:00'));
      await expect(panel.confirm).toBeChecked();
      await panel.summary.press('Control+Enter');
      await expect(panel.status).toContainText(`Het contact is opgeslagen bij de vraag ‘${subject}’.`);
      await expect(panel.status).toContainText(/bevestiging/i);
    });

    await test.step('the case shows the owner and one contact moment', async () => {
      const item = new OpenCasesPanel(page).item(subject);
      await expect(item).toContainText(AGENT_NAME);
      await expect(item).toContainText('1 contactmoment');
      await expect(page.getByRole('region', { name: 'Klantdossier' })).toContainText(summary);
    });

    await test.step('one confirmation e-mail arrives: the contact with its callback agreement, naming the employee, the question and when', async () => {
      let mail: Awaited<ReturnType<typeof caughtMails>>[number] | undefined;
      await expect
        .poll(
          async () => {
            mail = (await caughtMails(request)).find((m) => mailTo(m, LINDE.tenant) && m.subject === `Bevestiging: ${subject}` && m.text.includes(summary));
            return !!mail;
          },
          { timeout: 30_000, intervals: [500, 1000] },
        )
        .toBe(true);
      expect(mail?.text).toContain(`${AGENT_NAME} belt u`);
      expect(mail?.text).toMatch(/uiterlijk \w+dag \d+ \w+ om \d\d:\d\d|tussen \d\d:\d\d en \d\d:\d\d/);
      expect(mail?.text).not.toContain(note);
      expect((await caughtMails(request)).filter((m) => mailTo(m, LINDE.tenant) && m.text.includes(summary))).toHaveLength(1);
    });

    await test.step('the tenant sees the question with the summary, never the internal note', async () => {
      await portalLogin(page);
      const myCases = new MyCasesPage(page);
      await myCases.nav.click();
      await expect(myCases.heading).toBeVisible();
      const question = myCases.question(subject);
      await expect(question).toContainText(summary);
      await expect(question).toContainText(`met ${AGENT_NAME}`);
      await expect(question).toContainText('Open');
      expect(await page.content()).not.toContain(note);
    });
  });

  test('(c) a tenant asks a question in the portal; it shows in Mijn vragen and among the open questions for the agent', async ({ page }) => {
    const subject = stamp('Vraag via portaal');
    await portalLogin(page);
    const ask = new AskQuestionPage(page);
    await ask.nav.click();
    await expect(ask.heading).toBeVisible();
    await ask.topic.selectOption({ label: 'Reparatie en onderhoud' });
    await ask.subject.fill(subject);
    await ask.question.fill('De kraan in de keuken blijft druppelen. Wie kan hiernaar kijken?');
    await ask.submit.click();
    await expect(ask.received).toContainText(subject);

    await page.getByRole('link', { name: 'Naar Mijn vragen' }).click();
    const myCases = new MyCasesPage(page);
    await expect(myCases.heading).toBeVisible();
    await expect(myCases.question(subject)).toContainText('U via Mijn Loket');

    const search = await loginAsAgent(page);
    await openSanne(page, search);
    await expect(new OpenCasesPanel(page).item(subject)).toBeVisible();
  });

  test('(d) a counter visit that is forwarded without a follow-up is refused in Dutch and not saved', async ({ agentSearch, page }) => {
    const subject = stamp('Balie zonder vervolg');
    const posts: string[] = [];
    page.on('request', (req) => {
      if (req.method() === 'POST' && req.url().includes('/api/v1/contacts')) posts.push(req.url());
    });
    await openSanne(page, agentSearch);
    const panel = new ContactPanel(page);
    await panel.openPanel();
    await panel.channel.selectOption({ label: 'Balie' });
    await panel.chooseTopic('huur', 'Huur en betalen');
    await panel.subject.fill(subject);
    await panel.summary.fill('Meneer wil een betalingsregeling. Doorgezet naar incasso.');
    await panel.outcome.selectOption({ label: 'Doorgezet' });
    await panel.submit.click();

    await expect(panel.followUpAt).toHaveAttribute('aria-invalid', 'true');
    await expect(panel.followUpAt).toHaveAccessibleDescription(/Een bezoeker gaat nooit weg zonder vervolgafspraak/);
    await expect(panel.followUpChannel).toHaveAccessibleDescription(/Kies hoe de klant van ons hoort/);
    expect(posts).toEqual([]);
    await expect(new OpenCasesPanel(page).item(subject)).toHaveCount(0);
  });

  test('(e) resolving a question from the case view shows "Beantwoord", then it can be closed', async ({ agentSearch, page, request }) => {
    const subject = stamp('Vraag om te beantwoorden');
    const api = await agentApi(request);
    await api.openCase(await api.customerId(LINDE.sanne.number), subject);

    await openSanne(page, agentSearch);
    await new OpenCasesPanel(page).item(subject).getByRole('link', { name: subject }).click();
    const view = new CaseViewPage(page);
    await expect(view.heading).toHaveText(subject);
    await expect(view.contacts).toContainText(`Samenvatting ${subject}`);
    await expect(view.close).toHaveCount(0);
    await view.answer.fill('De monteur heeft de lekkage verholpen.');
    await view.resolve.click();
    await expect(page.getByRole('status').filter({ hasText: 'De vraag is beantwoord.' })).toBeVisible();
    await expect(view.details).toContainText('Beantwoord');
    await expect(view.details).toContainText('De monteur heeft de lekkage verholpen.');
    await view.close.click();
    await expect(view.details).toContainText('Afgesloten');
    await expect(page).toHaveURL(new RegExp(`^${AGENT_URL}/klanten/[^/]+/vragen/[^/]+$`));
  });
});
