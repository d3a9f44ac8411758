import { expect, type Locator, type Page } from '@playwright/test';
import { PORTAL_URL } from '../env';

export class PortalLoginPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Inloggen bij Mijn Loket' });
    this.email = page.getByLabel('E-mailadres');
    this.password = page.getByLabel('Wachtwoord');
    this.submit = page.getByRole('button', { name: 'Inloggen' });
  }

  async goto() {
    await this.page.goto(`${PORTAL_URL}/inloggen`);
    await expect(this.heading).toBeVisible();
  }

  async login(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}

/** "Mijn gegevens": own details, contact preference form and contract(s). */
export class MyDetailsPage {
  readonly heading: Locator;
  readonly details: Locator;
  readonly preferences: Locator;
  readonly contracts: Locator;
  readonly save: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Mijn gegevens' });
    this.details = page.getByRole('region', { name: 'Uw gegevens' });
    this.preferences = page.getByRole('region', { name: 'Contactgegevens en voorkeur' });
    this.contracts = page.getByRole('region', { name: /^Mijn huurcontract/ });
    this.save = page.getByRole('button', { name: 'Wijzigingen opslaan' });
    this.status = this.preferences.getByRole('status');
  }

  channel(label: string): Locator {
    return this.preferences.getByRole('group', { name: 'Hoe wilt u het liefst contact met ons?' }).getByRole('radio', { name: label, exact: true });
  }

  /** The text after a term in "Uw gegevens", e.g. detail('Hoe wij u bereiken') → "E-mail". */
  detail(term: string): Locator {
    const exact = new RegExp(`^${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    return this.details.locator('dt', { hasText: exact }).locator('xpath=following-sibling::dd[1]');
  }
}

/** "Mijn vragen": the tenant's own questions with their contacts. */
export class MyCasesPage {
  readonly heading: Locator;
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Mijn vragen' });
    this.nav = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn vragen' });
  }

  question(subject: string): Locator {
    return this.page.getByRole('article', { name: subject });
  }
}

/** "Stel een vraag". */
export class AskQuestionPage {
  readonly heading: Locator;
  readonly nav: Locator;
  readonly topic: Locator;
  readonly subject: Locator;
  readonly question: Locator;
  readonly submit: Locator;
  readonly received: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Stel een vraag' });
    this.nav = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Stel een vraag' });
    this.topic = page.getByLabel('Waar gaat uw vraag over?');
    this.subject = page.getByLabel('Uw vraag in het kort');
    this.question = page.getByLabel('Uw vraag', { exact: true });
    this.submit = page.getByRole('button', { name: 'Vraag versturen' });
    this.received = page.getByRole('status').filter({ hasText: 'Wij hebben uw vraag ontvangen' });
  }
}
