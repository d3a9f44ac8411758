import type { APIRequestContext, Page } from '@playwright/test';
import { stamp } from './api';
import { API_URL, DEMO_PASSWORD, LINDE } from './env';
import { expect, loginAsAgent, test } from './fixtures';
import { AgentLoginPage } from './pages/agent-login.page';
import type { AgentSearchPage } from './pages/agent-search.page';
import { ContactPanel } from './pages/contact-log.page';
import { ArticleEditorPage, KnowledgeBaseListPage, KnowledgePanel, PortalFaqPage } from './pages/knowledge-base.page';
import { PortalLoginPage } from './pages/portal.page';
import { expectNoViolations } from './axe';

const EDITOR = 'editor@linde.demo';
const EDITOR_NAME = 'Eva Kennisbank';

async function token(request: APIRequestContext, email: string): Promise<Record<string, string>> {
  const login = await request.post(`${API_URL}/api/v1/auth/login`, { data: { email, password: DEMO_PASSWORD } });
  if (!login.ok()) throw new Error(`POST /auth/login (${email}): ${login.status()}`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { Authorization: `Bearer ${accessToken}` };
}

interface ArticleInput {
  title: string;
  questions: string[];
  body: string;
  audience: 'public' | 'internal';
}

/** Test data through the API (not what the test is about): a published article, written by the editor. */
async function publishedArticle(request: APIRequestContext, article: ArticleInput): Promise<{ id: string }> {
  const headers = await token(request, EDITOR);
  const created = await request.post(`${API_URL}/api/v1/articles`, { headers, data: { ...article, category: 'Onderhoud' } });
  if (!created.ok()) throw new Error(`POST /articles: ${created.status()} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  const published = await request.post(`${API_URL}/api/v1/articles/${id}/publish`, { headers });
  if (!published.ok()) throw new Error(`POST /articles/${id}/publish: ${published.status()} ${await published.text()}`);
  return { id };
}

function publicArticle(title: string): ArticleInput {
  return {
    title,
    questions: ['Wat doe ik bij een lekkage?', 'water onder de gootsteen'],
    body: '## Wat doet u?\n\nBij een lekkage draait u eerst de hoofdkraan dicht.\n\n- Zet een emmer onder het lek.\n- Bel ons daarna.',
    audience: 'public',
  };
}

function internalArticle(title: string): ArticleInput {
  return {
    title,
    questions: ['Wanneer bel ik de noodmonteur?'],
    body: 'Vraag eerst of de hoofdkraan dicht is. Bel daarna de noodmonteur via de storingslijn.',
    audience: 'internal',
  };
}

async function editorLogin(page: Page): Promise<KnowledgeBaseListPage> {
  const login = new AgentLoginPage(page);
  await login.goto();
  await login.login(EDITOR, DEMO_PASSWORD);
  const list = new KnowledgeBaseListPage(page);
  await list.navLink.click();
  await expect(list.heading).toBeVisible();
  return list;
}

async function portalLogin(page: Page) {
  const login = new PortalLoginPage(page);
  await login.goto();
  await login.login(LINDE.tenant, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeVisible();
}

async function openSanne(page: Page, search: AgentSearchPage) {
  await search.search(LINDE.sanne.number);
  await search.option(LINDE.sanne.name).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LINDE.sanne.name);
}

/** Writes a new article in the editor and saves it: the editor then shows the saved article. */
async function writeArticle(page: Page, list: KnowledgeBaseListPage, article: ArticleInput & { audienceLabel: string }) {
  await list.newArticle.click();
  const editor = new ArticleEditorPage(page);
  await expect(editor.heading).toHaveText('Nieuw artikel');
  await editor.title.fill(article.title);
  await editor.questions.fill(article.questions.join('\n'));
  await editor.body.fill(article.body);
  await editor.audience.selectOption({ label: article.audienceLabel });
  await editor.category.fill('Onderhoud');
  await editor.save.click();
  await expect(editor.heading).toHaveText(article.title);
  await expect(editor.versions).toContainText('Versie 1');
  return editor;
}

test.describe('knowledge base', () => {
  test('(a) the editor writes and publishes a public article and a work instruction, then edits the public one: two versions', async ({ page }) => {
    const publicTitle = stamp('Lekkage in de keuken');
    const internalTitle = stamp('Werkinstructie noodmonteur');
    const changeNote = stamp('Zin over foto’s toegevoegd');
    const list = await editorLogin(page);

    await test.step('a public article, published', async () => {
      const editor = await writeArticle(page, list, { ...publicArticle(publicTitle), audienceLabel: 'Iedereen (Mijn Loket en website)' });
      await expect(page.locator('.kb-editor__form').getByText('Concept', { exact: true })).toBeVisible();
      await editor.publish.click();
      await expect(editor.status).toHaveText('Het artikel is gepubliceerd.');
      await expect(editor.version(1)).toContainText('Gepubliceerd');
      // The Markdown body is checked for plain language.
      await expect(editor.readability).toContainText(/Score: \d+/);
      await editor.backToList.click();
      await expect(list.heading).toBeVisible();
      await expect(list.row(publicTitle)).toContainText('Gepubliceerd');
      await expect(list.row(publicTitle)).toContainText('Iedereen (Mijn Loket en website)');
    });

    await test.step('an internal work instruction, published', async () => {
      const editor = await writeArticle(page, list, { ...internalArticle(internalTitle), audienceLabel: 'Alleen collega’s' });
      await editor.publish.click();
      await expect(editor.status).toHaveText('Het artikel is gepubliceerd.');
      await editor.backToList.click();
      await expect(list.row(internalTitle)).toContainText('Gepubliceerd');
      await expect(list.row(internalTitle)).toContainText('Alleen collega’s');
    });

    await test.step('the public article edited with a change note: two versions, by the editor', async () => {
      await list.row(publicTitle).getByRole('link', { name: publicTitle, exact: true }).click();
      const editor = new ArticleEditorPage(page);
      await expect(editor.heading).toHaveText(publicTitle);
      await expect(editor.body).toHaveValue(/lekkage/);
      await editor.body.fill(`${publicArticle(publicTitle).body}\n- Maak foto’s van de schade.`);
      await editor.changeNote.fill(changeNote);
      await editor.save.click();
      await expect(editor.status).toHaveText('Opgeslagen als versie 2.');
      await expect(editor.versions.getByRole('listitem')).toHaveCount(2);
      await expect(editor.version(2)).toContainText(EDITOR_NAME);
      await expect(editor.version(2)).toContainText(changeNote);
      await expect(editor.version(1)).toContainText(EDITOR_NAME);
      await expect(editor.version(1)).toContainText('Gepubliceerd');
      await expect(editor.version(1).getByRole('button', { name: 'Versie 1 terugzetten' })).toBeVisible();
    });
  });

  test('(b) the tenant finds the public article with a typo and says it helped; the internal one stays hidden', async ({ page, request }) => {
    const publicTitle = stamp('Lekkage onder het aanrecht');
    const internalTitle = stamp('Werkinstructie noodmonteur');
    await publishedArticle(request, publicArticle(publicTitle));
    await publishedArticle(request, internalArticle(internalTitle));

    await portalLogin(page);
    const faq = new PortalFaqPage(page);
    await faq.nav.click();
    await expect(faq.heading).toBeVisible();

    await test.step('"lekage" (a typo) finds the article about lekkage', async () => {
      await faq.search.fill('lekage');
      await expect(faq.status).toHaveText(/\d+ antwoord(en)? gevonden/);
      await faq.result(publicTitle).click();
      await expect(page.getByRole('heading', { level: 1, name: publicTitle })).toBeVisible();
      await expect(page.locator('.faq-article__body')).toContainText('Bij een lekkage draait u eerst de hoofdkraan dicht.');
      await expect(page.locator('.faq-article__body').getByRole('listitem')).toHaveCount(2);
    });

    await test.step('"Heeft dit u geholpen?" Ja: thanks', async () => {
      await faq.answer('Ja').check();
      await faq.feedbackSubmit.click();
      await expect(faq.thanks).toContainText('Bedankt voor uw reactie! Daarmee maken wij onze antwoorden beter.');
    });

    await test.step('the title of the work instruction finds nothing for the tenant', async () => {
      await faq.backToList.click();
      await expect(faq.heading).toBeVisible();
      await faq.search.fill(internalTitle);
      await expect(faq.status).toHaveText('Geen antwoord gevonden.');
      await expect(page.getByRole('link', { name: internalTitle })).toHaveCount(0);
      await expect(faq.results.getByRole('listitem')).toHaveCount(0);
    });
  });

  test('(c) the agent finds the work instruction beside the contact form, marks it "Gebruikt" and the contact keeps it', async ({ agentSearch, page, request }) => {
    const internalTitle = stamp('Werkinstructie noodmonteur');
    const subject = stamp('Lekkage gemeld');
    const summary = `Mevrouw meldt water onder de gootsteen (${subject}). Hoofdkraan is dicht, noodmonteur gebeld.`;
    const { id: articleId } = await publishedArticle(request, internalArticle(internalTitle));

    await openSanne(page, agentSearch);
    const contact = new ContactPanel(page);
    await contact.openPanel();
    const knowledge = new KnowledgePanel(page);

    await test.step('search, open and mark the work instruction "Gebruikt"', async () => {
      await knowledge.search.fill(internalTitle);
      // Its title's words find it (other tests' work instructions, with the same words, may come along).
      await expect(knowledge.status).toHaveText(/\d+ artikel(en)? gevonden/);
      await expect(knowledge.region.getByRole('listitem').filter({ has: page.getByRole('button', { name: internalTitle, exact: true }) })).toContainText('Intern');
      await knowledge.result(internalTitle).click();
      await expect(knowledge.articleHeading(internalTitle)).toBeFocused();
      await expect(knowledge.region.locator('.knowledge-article__body')).toContainText('Bel daarna de noodmonteur via de storingslijn.');
      await knowledge.usedToggle(internalTitle).click();
      await expect(knowledge.usedToggle(internalTitle)).toHaveAttribute('aria-pressed', 'true');
      await expect(knowledge.chip(internalTitle)).toBeVisible();
      await knowledge.back.click();
      await expect(knowledge.result(internalTitle)).toBeFocused();
      await expect(knowledge.chip(internalTitle)).toBeVisible();
    });

    await test.step('log the contact as answered: the chip is gone after saving', async () => {
      await contact.chooseTopic('repar', 'Reparatie en onderhoud');
      await contact.subject.fill(subject);
      await contact.summary.fill(summary);
      await contact.outcome.selectOption({ label: 'Beantwoord' });
      await contact.submit.click();
      // The knowledge panel has a status line of its own: take the form's.
      await expect(contact.status.filter({ hasText: 'Het contact is opgeslagen' })).toContainText(`Het contact is opgeslagen bij de vraag ‘${subject}’.`);
      await expect(knowledge.usedList).toHaveCount(0);
    });

    await test.step('the saved contact lists the article (API: the customer’s timeline)', async () => {
      const headers = await token(request, LINDE.agent);
      const found = await request.get(`${API_URL}/api/v1/customers`, { headers, params: { q: LINDE.sanne.number } });
      const customerId = ((await found.json()) as { items: { id: string; customerNumber: string }[] }).items.find((c) => c.customerNumber === LINDE.sanne.number)?.id;
      expect(customerId).toBeTruthy();
      const timeline = await request.get(`${API_URL}/api/v1/customers/${customerId}/timeline`, { headers, params: { limit: 50 } });
      expect(timeline.ok()).toBe(true);
      const items = ((await timeline.json()) as { items: { kind: string; contact?: { summary: string; outcome: string; articleIds: string[] } }[] }).items;
      const saved = items.find((item) => item.kind === 'contact' && item.contact?.summary === summary)?.contact;
      expect(saved).toMatchObject({ outcome: 'answered', articleIds: [articleId] });
    });
  });

  test('(d) axe: the article editor and the knowledge panel with an article open', async ({ page, request }) => {
    // Two logins and four whole-page axe runs.
    test.slow();
    const publicTitle = stamp('Lekkage toegankelijk');
    const internalTitle = stamp('Werkinstructie noodmonteur');
    const { id } = await publishedArticle(request, publicArticle(publicTitle));
    await publishedArticle(request, internalArticle(internalTitle));

    await test.step('the editor: the list and an article with its versions', async () => {
      const list = await editorLogin(page);
      await expect(list.row(publicTitle)).toBeVisible();
      await expectNoViolations(page);
      const editor = new ArticleEditorPage(page);
      await editor.goto(id);
      await expect(editor.heading).toHaveText(publicTitle);
      await expect(editor.version(1)).toContainText(EDITOR_NAME);
      await expect(editor.readability).toContainText(/Score: \d+/);
      await expectNoViolations(page);
    });

    await test.step('the knowledge panel beside the contact form, with the work instruction open', async () => {
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await expect(new AgentLoginPage(page).heading).toBeVisible();
      const search = await loginAsAgent(page);
      await openSanne(page, search);
      await new ContactPanel(page).openPanel();
      const knowledge = new KnowledgePanel(page);
      await knowledge.search.fill(internalTitle);
      await knowledge.result(internalTitle).click();
      await expect(knowledge.articleHeading(internalTitle)).toBeFocused();
      await knowledge.usedToggle(internalTitle).click();
      await expect(knowledge.chip(internalTitle)).toBeVisible();
      await expect(page.getByRole('region', { name: 'Klantdossier' }).locator('.lk-loading')).toHaveCount(0);
      await expectNoViolations(page);
    });
  });

  test('(d2) axe: the portal FAQ, the search results and an answer', async ({ page, request }) => {
    // A test of its own: with the editor and the agent app before it, one walk with six axe runs took
    // longer than a test may on a busy CI machine.
    test.slow();
    const publicTitle = stamp('Lekkage toegankelijk');
    await publishedArticle(request, publicArticle(publicTitle));
    await test.step('the portal FAQ: the list, the search results and an answer', async () => {
      await portalLogin(page);
      const faq = new PortalFaqPage(page);
      await faq.nav.click();
      await expect(faq.heading).toBeVisible();
      await expect(page.getByRole('link', { name: publicTitle })).toBeVisible();
      await expectNoViolations(page);
      // A typo, and a word only this article has: it ranks first among the many leak articles.
      await faq.search.fill('lekage toegankelijk');
      await expect(faq.result(publicTitle)).toBeVisible();
      await expectNoViolations(page);
      // By keyboard, as a tenant without a mouse opens it.
      await faq.result(publicTitle).focus();
      await page.keyboard.press('Enter');
      await expect(faq.feedback).toBeVisible();
      await expectNoViolations(page);
    });
  });

  test('(e) the dashboard shows a search that found nothing; the editor edits a published article and compares the versions (axe on both)', async ({ page, request }) => {
    const publicTitle = stamp('Lekkage vergelijken');
    // Lower case: the API keeps searches in lower case.
    const nonsense = stamp('zwrkpl').toLowerCase();
    await publishedArticle(request, publicArticle(publicTitle));

    await test.step('an agent searches for something no article has (API)', async () => {
      const headers = await token(request, LINDE.agent);
      const search = await request.get(`${API_URL}/api/v1/articles`, { headers, params: { q: nonsense } });
      expect(search.ok()).toBe(true);
      expect(((await search.json()) as { items: unknown[] }).items).toEqual([]);
    });

    const list = await editorLogin(page);

    await test.step('the dashboard: the search is under "Gezocht zonder resultaat", with a link to write an article', async () => {
      await expect(list.overdue.getByRole('heading', { level: 2, name: 'Te herzien' })).toBeVisible();
      await expect(list.mostUsed.getByRole('heading', { level: 2, name: 'Meest gebruikt' })).toBeVisible();
      await expect(list.noResult(nonsense)).toContainText('1 keer');
      await expect(list.noResult(nonsense).getByRole('link', { name: `Artikel schrijven over ‘${nonsense}’` })).toBeVisible();
      await expect(list.synonyms.getByLabel('Groepen van woorden')).toBeVisible();
      await expect(list.row(publicTitle)).toContainText('Gepubliceerd');
      await expectNoViolations(page);
    });

    const editor = new ArticleEditorPage(page);

    await test.step('the editor changes one line and adds one, and saves: version 2', async () => {
      await list.row(publicTitle).getByRole('link', { name: publicTitle, exact: true }).click();
      await expect(editor.heading).toHaveText(publicTitle);
      const body = publicArticle(publicTitle).body.replace('- Bel ons daarna.', '- Bel ons binnen een uur.');
      await editor.body.fill(`${body}\n- Maak foto’s van de schade.`);
      await editor.save.click();
      await expect(editor.status).toHaveText('Opgeslagen als versie 2.');
      await expect(editor.versions.getByRole('listitem')).toHaveCount(2);
    });

    await test.step('"Vergelijk versie 1 met versie 2": the removed line struck out, the new lines added; focus on the comparison', async () => {
      await editor.compareButton(1, 2).focus();
      await page.keyboard.press('Enter');
      const comparison = editor.comparison(1, 2);
      await expect(comparison.heading).toBeFocused();
      await expect(comparison.removed).toHaveCount(1);
      await expect(comparison.removed).toContainText('Verwijderd:');
      await expect(comparison.removed).toContainText('- Bel ons daarna.');
      await expect(comparison.added).toHaveCount(1);
      await expect(comparison.added).toContainText('Toegevoegd:');
      await expect(comparison.added).toContainText('- Bel ons binnen een uur.');
      await expect(comparison.added).toContainText('- Maak foto’s van de schade.');
      // Unchanged text is shown, but neither added nor removed.
      await expect(comparison.region).toContainText('Bij een lekkage draait u eerst de hoofdkraan dicht.');
      await expect(comparison.added.or(comparison.removed).filter({ hasText: 'hoofdkraan' })).toHaveCount(0);
      await expectNoViolations(page);

      await comparison.close.click();
      await expect(comparison.region).toHaveCount(0);
      await expect(editor.compareButton(1, 2)).toBeFocused();
    });
  });

  test('(f) a tenant\'s own words find the demo article: "water uit het plafond" finds the leak, and "Stel een vraag" suggests it while typing (axe)', async ({ page }) => {
    await portalLogin(page);
    const faq = new PortalFaqPage(page);
    await faq.nav.click();
    await expect(faq.heading).toBeVisible();
    await faq.search.fill('water uit het plafond');
    await expect(faq.results.getByRole('listitem').first()).toContainText('Lekkage in huis');
    await faq.search.fill('kapotte kraan');
    await expect(faq.results.getByRole('listitem').first()).toContainText('Kraan druppelt of is kapot');
    await faq.search.fill('klacht');
    await expect(faq.results.getByRole('listitem').first()).toContainText('Klacht indienen');
    await expectNoViolations(page);

    await page.goto(new URL('/vragen/nieuw', page.url()).toString());
    await page.getByLabel('Uw vraag', { exact: true }).fill('Er komt water uit het plafond');
    const suggestions = page.getByRole('region', { name: 'Misschien staat het antwoord hier al' });
    await expect(suggestions.getByRole('link', { name: /Lekkage in huis/ })).toBeVisible();
    await expectNoViolations(page);
  });
});
