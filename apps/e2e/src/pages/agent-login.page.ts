import { expect, type Locator, type Page } from '@playwright/test';
import { AGENT_URL } from '../env';

export class AgentLoginPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Inloggen voor medewerkers' });
    this.email = page.getByLabel('E-mailadres');
    this.password = page.getByLabel('Wachtwoord');
    this.submit = page.getByRole('button', { name: 'Inloggen' });
  }

  async goto() {
    await this.page.goto(`${AGENT_URL}/inloggen`);
    await expect(this.heading).toBeVisible();
  }

  async login(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
