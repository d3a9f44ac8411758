import { expect, type Locator, type Page } from '@playwright/test';
import { AGENT_URL, PORTAL_URL } from '../env';

/**
 * "Kennisbank" for editors (/kennisbank): the dashboard (overdue reviews, most used, searched
 * without results), every article with its status, and the synonym groups.
 */
export class KnowledgeBaseListPage {
  readonly heading: Locator;
  readonly navLink: Locator;
  readonly newArticle: Locator;
  readonly table: Locator;
  readonly overdue: Locator;
  readonly mostUsed: Locator;
  readonly noResults: Locator;
  readonly synonyms: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Kennisbank' });
    this.navLink = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kennisbank' });
    this.newArticle = page.getByRole('link', { name: 'Nieuw artikel', exact: true });
    this.table = page.getByRole('table', { name: 'Alle artikelen met hun status' });
    this.overdue = page.getByRole('region', { name: 'Te herzien' });
    this.mostUsed = page.getByRole('region', { name: 'Meest gebruikt' });
    this.noResults = page.getByRole('region', { name: 'Gezocht zonder resultaat' });
    this.synonyms = page.getByRole('region', { name: 'Woorden die hetzelfde betekenen' });
  }

  /** A search that found nothing, in "Gezocht zonder resultaat". */
  noResult(query: string): Locator {
    return this.noResults.getByRole('listitem').filter({ has: this.page.getByText(query, { exact: true }) });
  }

  async goto() {
    await this.page.goto(`${AGENT_URL}/kennisbank`);
    await expect(this.heading).toBeVisible();
  }

  row(title: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }
}

/** One article in the editor (/kennisbank/:id, or /kennisbank/nieuw). */
export class ArticleEditorPage {
  readonly heading: Locator;
  readonly backToList: Locator;
  readonly title: Locator;
  readonly questions: Locator;
  readonly body: Locator;
  readonly audience: Locator;
  readonly category: Locator;
  readonly changeNote: Locator;
  readonly save: Locator;
  readonly publish: Locator;
  readonly status: Locator;
  readonly versions: Locator;
  readonly readability: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.backToList = page.getByRole('link', { name: /Terug naar de kennisbank/ });
    this.title = page.getByLabel('Titel');
    this.questions = page.getByLabel('Vragen die dit artikel beantwoordt');
    this.body = page.getByLabel('Tekst (Markdown)');
    this.audience = page.getByLabel('Voor wie');
    this.category = page.getByLabel(/^Categorie/);
    this.changeNote = page.getByLabel(/^Wat heb je veranderd\?/);
    this.save = page.getByRole('button', { name: 'Opslaan', exact: true });
    this.publish = page.getByRole('button', { name: 'Publiceren', exact: true });
    this.status = page.locator('.kb-editor__form > [role="status"]');
    this.versions = page.getByRole('region', { name: 'Versies' });
    this.readability = page.getByRole('region', { name: 'Leesbaarheid' });
  }

  async goto(id: string) {
    await this.page.goto(`${AGENT_URL}/kennisbank/${id}`);
  }

  version(number: number): Locator {
    return this.versions.getByRole('listitem').filter({ hasText: new RegExp(`^Versie ${number} ·`) });
  }

  /** The button in the version history that compares version `from` with the latest, `to`. */
  compareButton(from: number, to: number): Locator {
    return this.version(from).getByRole('button', { name: `Vergelijk versie ${from} met versie ${to}`, exact: true });
  }

  /** The comparison of two versions, opened from the version history. */
  comparison(from: number, to: number): { region: Locator; heading: Locator; added: Locator; removed: Locator; close: Locator } {
    const name = `Versie ${from} vergeleken met versie ${to}`;
    const region = this.versions.getByRole('region', { name });
    return {
      region,
      heading: region.getByRole('heading', { level: 3, name }),
      added: region.getByRole('insertion'),
      removed: region.getByRole('deletion'),
      close: region.getByRole('button', { name: 'Vergelijking sluiten' }),
    };
  }
}

/** The knowledge base beside "Contact vastleggen" on the customer page. */
export class KnowledgePanel {
  readonly region: Locator;
  readonly search: Locator;
  readonly status: Locator;
  readonly back: Locator;
  readonly usedList: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Kennisbank' });
    this.search = this.region.getByRole('searchbox', { name: 'Zoek in de kennisbank' });
    this.status = this.region.locator('.knowledge-panel__status');
    this.back = this.region.getByRole('button', { name: /Terug naar de resultaten/ });
    this.usedList = this.region.getByRole('list', { name: 'Gebruikte artikelen' });
  }

  /** A result (button with the title) in the list. */
  result(title: string): Locator {
    return this.region.getByRole('button', { name: title, exact: true });
  }

  /** The open article's heading. */
  articleHeading(title: string): Locator {
    return this.region.getByRole('heading', { level: 3, name: title });
  }

  usedToggle(title: string): Locator {
    return this.region.getByRole('button', { name: `Gebruikt: ${title}`, exact: true });
  }

  chip(title: string): Locator {
    return this.usedList.getByRole('listitem').filter({ hasText: title });
  }
}

/** "Veelgestelde vragen" in the portal (/vragen-en-antwoorden) and one answer. */
export class PortalFaqPage {
  readonly heading: Locator;
  readonly nav: Locator;
  readonly search: Locator;
  readonly status: Locator;
  readonly results: Locator;
  readonly feedback: Locator;
  readonly feedbackSubmit: Locator;
  readonly thanks: Locator;
  readonly backToList: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Veelgestelde vragen' });
    this.nav = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Veelgestelde vragen' });
    this.search = page.getByRole('search').getByRole('searchbox', { name: 'Zoek een antwoord' });
    this.status = page.locator('.faq-search + [role="status"]');
    this.results = page.locator('.faq-results');
    this.feedback = page.getByRole('group', { name: 'Heeft dit u geholpen?' });
    this.feedbackSubmit = page.getByRole('form', { name: 'Heeft dit u geholpen?' }).getByRole('button', { name: 'Versturen' });
    this.thanks = page.getByRole('status').filter({ hasText: 'Bedankt voor uw reactie!' });
    this.backToList = page.getByRole('link', { name: /Terug naar veelgestelde vragen/ });
  }

  async goto() {
    await this.page.goto(`${PORTAL_URL}/vragen-en-antwoorden`);
    await expect(this.heading).toBeVisible();
  }

  result(title: string): Locator {
    return this.results.getByRole('link', { name: title, exact: true });
  }

  answer(label: 'Ja' | 'Nee'): Locator {
    return this.feedback.getByRole('radio', { name: label, exact: true });
  }
}
