import { expect, type Locator, type Page } from '@playwright/test';

/** "Contact vastleggen" on the customer page. */
export class ContactPanel {
  readonly section: Locator;
  readonly open: Locator;
  readonly channel: Locator;
  readonly topic: Locator;
  readonly caseChoice: Locator;
  readonly subject: Locator;
  readonly summary: Locator;
  readonly noteToggle: Locator;
  readonly internalNote: Locator;
  readonly outcome: Locator;
  readonly followUpChannel: Locator;
  readonly followUpAt: Locator;
  readonly confirm: Locator;
  readonly submit: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Contact vastleggen' });
    this.open = this.section.getByRole('button', { name: 'Contact vastleggen' });
    this.channel = this.section.getByLabel('Kanaal');
    this.topic = this.section.getByRole('combobox', { name: 'Onderwerp' });
    this.caseChoice = this.section.getByLabel('Bij welke vraag hoort dit contact?');
    this.subject = this.section.getByLabel('Vraag in het kort');
    this.summary = this.section.getByLabel('Samenvatting (de klant kan dit lezen)');
    this.noteToggle = this.section.getByRole('button', { name: 'Interne notitie toevoegen' });
    this.internalNote = this.section.getByLabel(/^Interne notitie \(alleen voor collega’s\)/);
    this.outcome = this.section.getByLabel('Resultaat');
    this.followUpChannel = this.section.getByLabel('Hoe hoort de klant van ons?');
    this.followUpAt = this.section.getByLabel('Wanneer?');
    this.confirm = this.section.getByLabel('Stuur de klant een bevestiging');
    this.submit = this.section.getByRole('button', { name: 'Contact opslaan' });
    // The form's own message (the knowledge panel beside it has a live region of its own).
    this.status = this.section.getByRole('form', { name: 'Contact vastleggen' }).getByRole('status');
  }

  async openPanel() {
    await this.open.click();
    await expect(this.channel).toBeFocused();
  }

  /** Types part of the topic and chooses the first match with Enter, as an agent would. */
  /** Enter picks the first match, so wait until the topics have loaded and the match is offered. */
  async chooseTopic(search: string, name: string) {
    await this.topic.fill(search);
    await expect(this.section.getByRole('option', { name: new RegExp(name) })).toBeVisible();
    await this.topic.press('Enter');
    await expect(this.topic).toHaveValue(name);
  }
}

/** The open questions on the customer page. */
export class OpenCasesPanel {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Open vragen' });
  }

  item(subject: string): Locator {
    return this.region.locator('.case-item').filter({ has: this.page.getByRole('link', { name: subject, exact: true }) });
  }
}

/** One question (/klanten/:id/vragen/:caseId). */
export class CaseViewPage {
  readonly heading: Locator;
  readonly details: Locator;
  readonly contacts: Locator;
  readonly answer: Locator;
  readonly resolve: Locator;
  readonly waiting: Locator;
  readonly close: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.details = page.getByRole('region', { name: 'Over deze vraag' });
    this.contacts = page.getByRole('region', { name: 'Contactmomenten' });
    this.answer = page.getByLabel(/Het antwoord aan de klant/);
    this.resolve = page.getByRole('button', { name: /^Beantwoorden en (e-mail sturen|brief maken)$/ });
    this.waiting = page.getByRole('button', { name: 'Wacht op klant' });
    this.close = page.getByRole('button', { name: 'Vraag afsluiten' });
  }
}
