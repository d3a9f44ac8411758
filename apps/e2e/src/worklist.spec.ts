import { type APIRequestContext } from '@playwright/test';
import { agentApi, stamp } from './api';
import { API_URL, DEMO_PASSWORD, LINDE } from './env';
import { expect, loginAsAgent, test } from './fixtures';
import { CaseViewPage } from './pages/contact-log.page';
import { CaseOwnershipPart, TeamsPage, WorklistPage } from './pages/worklist.page';
import { expectNoViolations } from './axe';

const AGENT_NAME = 'Anouk Klantcontact';
/** A colleague in team Technisch beheer (demo data of issue 12). */
const TECHNISCH = 'technisch@linde.demo';
const TEAMLEAD = 'teamlead@linde.demo';
const TEAM = 'Technisch beheer';

/** Test data through the API (not what the test is about): an open question of Sanne's, forwarded to a team by the agent. */
async function forwardedQuestion(request: APIRequestContext, subject: string): Promise<{ caseId: string; customerId: string }> {
  const agent = await agentApi(request);
  const customerId = await agent.customerId(LINDE.sanne.number);
  const { caseId } = await agent.openCase(customerId, subject);
  const login = await request.post(`${API_URL}/api/v1/auth/login`, { data: { email: LINDE.agent, password: DEMO_PASSWORD } });
  const headers = { Authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
  const teams = (await (await request.get(`${API_URL}/api/v1/teams`, { headers })).json()) as { items: { id: string; name: string }[] };
  const teamId = teams.items.find((team) => team.name === TEAM)?.id;
  const forwarded = await request.post(`${API_URL}/api/v1/cases/${caseId}/forward`, { headers, data: { teamId, note: 'Graag een monteur langs sturen.' } });
  if (!forwarded.ok()) throw new Error(`POST /cases/{id}/forward: ${forwarded.status()} ${await forwarded.text()}`);
  return { caseId, customerId };
}

test.describe('worklists and hand-offs', () => {
  test('an agent forwards a question to Technisch beheer; a colleague there claims it from the team queue', async ({ page, context, request }) => {
    // Two people, five screens, five axe scans: more than the default half minute on a busy machine.
    test.slow();
    const subject = stamp('Lekkage plafond');
    const note = `Water uit het plafond van de badkamer (${subject}). Graag een monteur.`;
    const agent = await agentApi(request);
    await agent.openCase(await agent.customerId(LINDE.sanne.number), subject);

    const work = new WorklistPage(page);
    await test.step('the agent finds the question in Mijn werk, with the customer and the due moment', async () => {
      await loginAsAgent(page);
      await work.navLink.click();
      await expect(work.heading).toBeVisible();
      await expect(work.tab('Mijn werk')).toHaveAttribute('aria-selected', 'true');
      await expect(work.tab('Mijn werk')).toHaveText(/^Mijn werk \(\d+\)$/);
      const row = work.row(subject);
      await expect(row).toBeVisible();
      await expect(row.getByRole('link', { name: LINDE.sanne.name, exact: true })).toBeVisible();
      await expect(work.fact(row, 'Behandelaar')).toHaveText(AGENT_NAME);
      await expectNoViolations(page);
      await work.open(row, subject).click();
    });

    const caseView = new CaseViewPage(page);
    const ownership = new CaseOwnershipPart(page);
    await test.step('forwards it to Technisch beheer with a note, and tells the customer', async () => {
      await expect(caseView.heading).toHaveText(subject);
      await expect(ownership.fact('Behandelaar')).toHaveText(`${AGENT_NAME} (jij)`);
      await ownership.forward.click();
      await expect(ownership.dialog).toBeVisible();
      // Keyboard: the focus is in the dialog; a note is required.
      await ownership.submit.click();
      await expect(ownership.dialog).toContainText('Kies een team.');
      await expect(ownership.dialog).toContainText('Schrijf een notitie voor de behandelaar.');
      await expectNoViolations(page);
      await ownership.team.selectOption({ label: TEAM });
      await ownership.note.fill(note);
      await ownership.tellCustomer.check();
      await ownership.submit.click();
      await expect(ownership.dialog).toHaveCount(0);
      await expect(page.getByRole('status').filter({ hasText: `Doorgezet naar ${TEAM}.` })).toBeVisible();
      await expect(ownership.fact('Team')).toHaveText(TEAM);
      await expect(ownership.fact('Behandelaar')).toHaveText(`Nog niemand: de vraag staat in de wachtrij van ${TEAM}`);
      // The note is on the question's time line.
      await expect(caseView.contacts).toContainText(/Doorgezet/);
      await expect(caseView.contacts).toContainText(note);
      await expectNoViolations(page);
    });

    await test.step('it leaves my work and shows under "Doorgezet door mij"', async () => {
      await work.navLink.click();
      await work.loaded();
      await expect(work.row(subject)).toHaveCount(0);
      await work.tab('Doorgezet door mij').click();
      await expect(page).toHaveURL(/lijst=doorgezet/);
      await expect(work.row(subject)).toBeVisible();
      await expect(work.fact(work.row(subject), 'Behandelaar')).toHaveText(`wachtrij ${TEAM}`);
    });

    const colleaguePage = await context.newPage();
    const colleague = new WorklistPage(colleaguePage);
    await test.step('a colleague of Technisch beheer sees it in the team queue and claims it', async () => {
      await loginAsAgent(colleaguePage, TECHNISCH);
      await colleague.navLink.click();
      await colleague.tab('Teamwachtrij').click();
      await expect(colleaguePage).toHaveURL(/lijst=team/);
      const row = colleague.row(subject);
      await expect(row).toBeVisible();
      await expect(colleague.fact(row, 'Doorgezet')).toContainText(AGENT_NAME);
      await expectNoViolations(colleaguePage);
      await colleague.claim(row).click();
      await expect(colleague.claimed).toContainText(`Je hebt ‘${subject}’ van ${LINDE.sanne.name} opgepakt.`);
      await expect(row).toHaveCount(0);
      await colleague.tab('Mijn werk').click();
      await expect(colleague.row(subject)).toBeVisible();
    });

    await test.step('the sender sees who has it now', async () => {
      await page.reload();
      await expect(work.tab('Doorgezet door mij')).toHaveAttribute('aria-selected', 'true');
      const row = work.row(subject);
      await expect(row).toBeVisible();
      await expect(work.fact(row, 'Behandelaar')).toHaveText('Tom Technisch');
    });
  });

  test('a team lead filters everything open by team and due moment, and the filters stay in the address', async ({ page, request }) => {
    test.slow();
    const subject = stamp('Kapotte kraan');
    await forwardedQuestion(request, subject);

    await loginAsAgent(page, TEAMLEAD);
    const work = new WorklistPage(page);
    await work.navLink.click();
    await work.tab('Alles open').click();
    await expect(page).toHaveURL(/lijst=alles/);
    await expect(work.tab('Alles open')).toHaveText(/^Alles open \(\d+\)$/);
    await work.filter('Team').selectOption({ label: TEAM });
    await expect(page).toHaveURL(/team=[0-9a-f-]{36}/);
    await work.filter('Kanaal').selectOption({ label: 'Telefoon' });
    await expect(page).toHaveURL(/kanaal=phone/);
    const row = work.row(subject);
    await expect(row).toBeVisible();
    await expect(work.fact(row, 'Behandelaar')).toHaveText(`wachtrij ${TEAM}`);
    await expectNoViolations(page);

    // A filtered list is an address: open it again and it is the same list.
    const url = page.url();
    await page.goto(url);
    await expect(work.filter('Team')).toHaveValue(/[0-9a-f-]{36}/);
    await expect(work.row(subject)).toBeVisible();

    // Only what is overdue: this question was asked just now and is not late, so it leaves the list.
    await work.filter('Termijn').selectOption({ label: 'Te laat' });
    await expect(page).toHaveURL(/termijn=overdue/);
    await work.loaded();
    await expect(work.row(subject)).toHaveCount(0);
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(page).not.toHaveURL(/termijn=/);
  });

  test('team leads see the teams with their members; keyboard and axe', async ({ page }) => {
    await loginAsAgent(page, TEAMLEAD);
    const teams = new TeamsPage(page);
    await teams.navLink.click();
    await expect(teams.heading).toBeVisible();
    await expect(teams.team(TEAM)).toBeVisible();
    await expect(teams.team(TEAM)).toContainText('Leden van');
    await expect(teams.newTeam).toHaveCount(0);
    await expectNoViolations(page);
  });
});
