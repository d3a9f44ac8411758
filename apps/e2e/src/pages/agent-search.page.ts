import { expect, type Locator, type Page } from '@playwright/test';
import { AGENT_URL } from '../env';

/** The agent's main screen: one search box, a results list (listbox) and a live status line. */
export class AgentSearchPage {
  readonly input: Locator;
  readonly results: Locator;
  readonly options: Locator;
  readonly status: Locator;
  readonly logout: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByRole('combobox', { name: 'Zoek een klant' });
    this.results = page.getByRole('listbox', { name: 'Zoekresultaten' });
    this.options = this.results.getByRole('option');
    this.status = page.locator('.customer-search__status');
    this.logout = page.getByRole('button', { name: 'Uitloggen' });
  }

  async goto() {
    await this.page.goto(`${AGENT_URL}/`);
    await expect(this.input).toBeVisible();
  }

  async search(text: string) {
    await this.input.fill(text);
  }

  option(name: string | RegExp): Locator {
    return this.options.filter({ hasText: name });
  }

  /** Waits until the search for the current text has been answered (the status says how many). */
  async waitForAnswer() {
    await expect(this.status).toHaveText(/gevonden/);
  }
}
