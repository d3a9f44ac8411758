import { expect as baseExpect, type APIRequestContext } from '@playwright/test';
import { agentApi, caughtMails, mailTo, stamp, type CaughtMail } from './api';
import { API_URL, DEMO_PASSWORD } from './env';
import { expect, loginAsAgent, test } from './fixtures';
import { CaseViewPage, ContactPanel, OpenCasesPanel } from './pages/contact-log.page';
import { KpiReportPage } from './pages/reports.page';
import { CaseOwnershipPart, WorklistPage } from './pages/worklist.page';
import { expectNoViolations } from './axe';

const AGENT_NAME = 'Anouk Klantcontact';
const TEAM = 'Technisch beheer';
/** Tom Technisch, a colleague in team Technisch beheer (demo data of issue 12). */
const TECHNISCH = 'technisch@linde.demo';
const TECHNISCH_NAME = 'Tom Technisch';
const TEAMLEAD = 'teamlead@linde.demo';

/** A day in Amsterdam as `YYYY-MM-DD`, `days` from the moment the test runs (the report's days are Amsterdam days). */
function amsterdamDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));
}

/** A last name of letters only that no other test uses (the customer's e-mail address is made of it). */
function uniqueLastName(): string {
  const letters = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? 'x');
  return `Stroom${letters}`;
}

interface Figures {
  no: number;
  questions: number;
}

/** The report's figures for the period, read through the API as the team lead (the "before" of the comparison). */
async function kpiFigures(request: APIRequestContext, from: string, to: string): Promise<Figures> {
  const login = await request.post(`${API_URL}/api/v1/auth/login`, { data: { email: TEAMLEAD, password: DEMO_PASSWORD } });
  const headers = { Authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
  const response = await request.get(`${API_URL}/api/v1/reports/kpis`, { headers, params: { from, to } });
  if (!response.ok()) throw new Error(`GET /reports/kpis: ${response.status()} ${await response.text()}`);
  const report = (await response.json()) as { firstContactResolution: { no: number }; contactsPerQuestion: { questions: number } };
  return { no: report.firstContactResolution.no, questions: report.contactsPerQuestion.questions };
}

/**
 * Issue 12, "Done when", played through in one go: the front office takes a call and hands it
 * off, the back office claims and answers it with a standard answer, the customer gets the
 * answer by e-mail, the case tells the whole story and the KPI report counts it honestly.
 */
test.describe('the front office’s daily work, start to finish', () => {
  // Three people, nine screens, nine axe runs and a mail on a shared two-core machine.
  test.describe.configure({ timeout: 180_000 });

  test('a phone question is forwarded to Technisch beheer, claimed there, answered with a standard answer by e-mail, and counted in the KPI report', async ({
    page, context, request,
  }) => {
    // A new customer of our own: nobody else's question or figure is touched, and the mail is hers alone.
    const lastName = uniqueLastName();
    const customer = await (await agentApi(request)).createCustomer(lastName, 'Ilse');
    const email = `${lastName.toLowerCase()}@example.nl`;
    const subject = stamp('Water uit het plafond');
    const summary = `Er druppelt water uit het plafond van de badkamer (${subject}). Mevrouw is thuis.`;
    const note = `Lekkage vanaf de bovenburen? Graag een loodgieter sturen (${subject}).`;
    const extra = 'De loodgieter komt morgen tussen 8:00 en 12:00 uur.';
    // The period around this moment (Amsterdam days), so the question counts whatever day the suite runs, even at midnight.
    const from = amsterdamDay(-1);
    const to = amsterdamDay(1);
    const before = await kpiFigures(request, from, to);

    const caseView = new CaseViewPage(page);
    const ownership = new CaseOwnershipPart(page);
    await test.step('the agent takes the call: logs it on the customer page as forwarded', async () => {
      const search = await loginAsAgent(page);
      await search.search(customer.customerNumber);
      await search.option(customer.fullName).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(customer.fullName);
      const panel = new ContactPanel(page);
      await panel.openPanel();
      await expect(panel.channel).toHaveValue('phone');
      await panel.chooseTopic('repar', 'Reparatie en onderhoud');
      await expect(panel.caseChoice).toHaveValue('new');
      await panel.subject.fill(subject);
      await panel.summary.fill(summary);
      await panel.outcome.selectOption({ label: 'Doorgezet' });
      await expectNoViolations(page);
      await panel.submit.click();
      await expect(panel.status).toContainText(`Het contact is opgeslagen bij de vraag ‘${subject}’.`);
    });

    await test.step('and forwards the question to Technisch beheer with a note', async () => {
      await new OpenCasesPanel(page).item(subject).getByRole('link', { name: subject, exact: true }).click();
      await expect(caseView.heading).toHaveText(subject);
      await expect(ownership.fact('Behandelaar')).toHaveText(`${AGENT_NAME} (jij)`);
      await ownership.forward.click();
      await expect(ownership.dialog).toBeVisible();
      await ownership.team.selectOption({ label: TEAM });
      await ownership.note.fill(note);
      await expectNoViolations(page);
      await ownership.submit.click();
      await expect(ownership.dialog).toHaveCount(0);
      await expect(page.getByRole('status').filter({ hasText: `Doorgezet naar ${TEAM}.` })).toBeVisible();
      await expect(ownership.fact('Behandelaar')).toHaveText(`Nog niemand: de vraag staat in de wachtrij van ${TEAM}`);
      await expectNoViolations(page);
    });

    // A colleague at another desk: a tab of its own has a session of its own.
    const colleaguePage = await context.newPage();
    const colleague = new WorklistPage(colleaguePage);
    await test.step('a colleague of Technisch beheer finds it in the team queue and claims it', async () => {
      await loginAsAgent(colleaguePage, TECHNISCH);
      await colleague.navLink.click();
      await colleague.tab('Teamwachtrij').click();
      await expect(colleaguePage).toHaveURL(/lijst=team/);
      const row = colleague.row(subject);
      await expect(row).toBeVisible();
      await expect(row.getByRole('link', { name: customer.fullName, exact: true })).toBeVisible();
      await expect(colleague.fact(row, 'Behandelaar')).toHaveText(`wachtrij ${TEAM}`);
      await expect(colleague.fact(row, 'Doorgezet')).toContainText(AGENT_NAME);
      await expectNoViolations(colleaguePage);
      await colleague.claim(row).click();
      await expect(colleague.claimed).toContainText(`Je hebt ‘${subject}’ van ${customer.fullName} opgepakt.`);
      await expect(row).toHaveCount(0);
      await colleague.tab('Mijn werk').click();
      await expect(colleague.fact(colleague.row(subject), 'Behandelaar')).toHaveText(TECHNISCH_NAME);
      await expectNoViolations(colleaguePage);
      await colleague.open(colleague.row(subject), subject).click();
    });

    const colleagueCase = new CaseViewPage(colleaguePage);
    await test.step('and answers it with the standard answer from the knowledge base, by e-mail', async () => {
      await expect(colleagueCase.heading).toHaveText(subject);
      await expect(new CaseOwnershipPart(colleaguePage).fact('Behandelaar')).toHaveText(`${TECHNISCH_NAME} (jij)`);
      // Her preferred channel is e-mail: the answer goes there.
      await expect(colleagueCase.resolve).toHaveText('Beantwoorden en e-mail sturen');
      await colleaguePage.getByRole('button', { name: 'Standaardantwoord invoegen' }).click();
      const dialog = colleaguePage.getByRole('dialog', { name: 'Standaardantwoord kiezen' });
      await expect(dialog).toBeVisible();
      // The tenant's own words find the leak article.
      await dialog.getByLabel('Zoek in de kennisbank').fill('water uit het plafond');
      await expect(dialog.getByRole('heading', { name: 'Gevonden artikelen' })).toBeVisible();
      const insert = dialog.getByRole('button', { name: 'Standaardantwoord van “Lekkage in huis” invoegen' });
      await expect(insert).toBeVisible();
      await expectNoViolations(colleaguePage);
      await insert.click();
      await expect(dialog).toHaveCount(0);
      await expect(colleagueCase.answer).toHaveValue(/Wat vervelend dat er water lekt in uw woning\./);
      await expect(colleagueCase.answer).not.toHaveValue(/\{/);
      await colleagueCase.answer.fill(`${await colleagueCase.answer.inputValue()}\n\n${extra}`);
      await expectNoViolations(colleaguePage);
      await colleagueCase.resolve.click();
      await expect(colleaguePage.getByRole('status').filter({ hasText: 'De vraag is beantwoord.' })).toBeVisible();
      await expect(colleagueCase.details).toContainText('Beantwoord');
    });

    await test.step('the customer receives the answer by e-mail: the edited standard answer, without the colleagues’ note', async () => {
      let mail: CaughtMail | undefined;
      await expect
        .poll(
          async () => {
            mail = (await caughtMails(request)).find((m) => mailTo(m, email) && m.subject === `Antwoord op uw vraag: ${subject}`);
            return !!mail;
          },
          { timeout: 30_000, intervals: [500, 1000] },
        )
        .toBe(true);
      expect(mail?.text).toContain(`Beste ${customer.fullName},`);
      expect(mail?.text).toContain('Wat vervelend dat er water lekt in uw woning.');
      expect(mail?.text).toContain(extra);
      expect(mail?.text).toContain(TECHNISCH_NAME);
      expect(mail?.text).not.toContain(note);
    });

    await test.step('the case shows the whole story, in order: the call, the hand-off with its note, the claim, the answer', async () => {
      await page.reload();
      await expect(caseView.heading).toHaveText(subject);
      await expect(caseView.details).toContainText('Beantwoord');
      await expect(ownership.fact('Team')).toHaveText(TEAM);
      await expect(ownership.fact('Behandelaar')).toHaveText(TECHNISCH_NAME);
      const items = caseView.contacts.locator('.timeline-item');
      const call = items.filter({ hasText: summary });
      const forward = items.filter({ hasText: `Doorgezet naar ${TEAM} door ${AGENT_NAME}.` });
      const claim = items.filter({ hasText: `Opgepakt door ${TECHNISCH_NAME}.` });
      const answer = items.filter({ hasText: extra });
      await expect(call).toContainText(`Telefoon (inkomend) · door ${AGENT_NAME}`);
      await expect(call).toContainText('Doorgezet');
      await expect(forward).toContainText(`Notitie bij het doorzetten: ${note}`);
      await expect(claim).toHaveCount(1);
      await expect(answer).toContainText(`E-mail (uitgaand) · door ${TECHNISCH_NAME}`);
      await expect(answer).toContainText('Wat vervelend dat er water lekt in uw woning.');
      await expect(answer).toContainText('Beantwoord');
      // Oldest first: the position of each in the time line.
      const texts = await items.allTextContents();
      const at = (part: string) => texts.findIndex((text) => text.includes(part));
      const order = [at(summary), at(`Doorgezet naar ${TEAM}`), at(`Opgepakt door ${TECHNISCH_NAME}`), at(extra)];
      baseExpect(order.every((index) => index >= 0)).toBe(true);
      baseExpect([...order].sort((a, b) => a - b)).toEqual(order);
      await expectNoViolations(page);
    });

    await test.step('the team lead’s KPI report states the rule and counts the question: not resolved in the first contact, and resolved', async () => {
      // Another login in the agent's tab: the session lives in sessionStorage.
      await page.evaluate(() => sessionStorage.clear());
      await loginAsAgent(page, TEAMLEAD);
      const report = new KpiReportPage(page);
      await report.navLink.click();
      await expect(report.heading).toBeVisible();
      await report.choosePeriod(from, to);
      await expect(report.firstContact).toContainText('Hoe tellen we dit?');
      await expect(report.firstContact).toContainText('We gaven in het eerste contact het antwoord.');
      await expect(report.firstContact).toContainText('binnen 5 werkdagen niet terug over dezelfde vraag');
      await expect(report.firstContact).toContainText('Terugbellen afgesproken, doorgezet of een afspraak gemaakt telt niet als opgelost.');
      await expect(report.contactsPerQuestion).toContainText(/Gemiddeld aantal contacten per opgeloste vraag \(\d+ vragen\)\./);
      // Other tests add questions to the same days at the same time: ours makes each figure at least one more than before.
      // A forwarded first contact is "Nee", never "Ja"; answered now, the question is among the resolved ones.
      await expect.poll(() => report.count(report.bar(report.firstContact, 'Nee'))).toBeGreaterThanOrEqual(before.no + 1);
      const questions = async () => Number(/\((\d+) vragen\)/.exec((await report.contactsPerQuestion.textContent()) ?? '')?.[1]);
      await expect.poll(questions).toBeGreaterThanOrEqual(before.questions + 1);
      await expectNoViolations(page);
    });
  });
});
