import { expect, type Locator, type Page } from '@playwright/test';
import { AGENT_URL } from '../env';

export type WorklistTab = 'Mijn werk' | 'Teamwachtrij' | 'Doorgezet door mij' | 'Alles open';

/** "Mijn werk" (/werk): my work, my teams' queue, what I forwarded and, for team leads, everything open. */
export class WorklistPage {
  readonly heading: Locator;
  readonly navLink: Locator;
  readonly panel: Locator;
  readonly filters: Locator;
  readonly claimed: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Mijn werk' });
    this.navLink = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn werk' });
    this.panel = page.getByRole('tabpanel');
    this.filters = page.getByRole('search', { name: 'Filters' });
    this.claimed = page.getByRole('status').filter({ hasText: 'opgepakt' });
  }

  async goto(query = '') {
    await this.page.goto(`${AGENT_URL}/werk${query}`);
    await expect(this.heading).toBeVisible();
  }

  tab(name: WorklistTab): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  /** Waits until the list shown has loaded (no spinner). */
  async loaded() {
    await expect(this.panel.locator('.lk-loading')).toHaveCount(0);
  }

  /** A row, found by its (unique) subject. */
  row(subject: string): Locator {
    return this.panel.locator('.work-item').filter({ has: this.page.getByRole('link', { name: subject, exact: true }) });
  }

  open(row: Locator, subject: string): Locator {
    return row.getByRole('link', { name: subject, exact: true });
  }

  claim(row: Locator): Locator {
    return row.getByRole('button', { name: /^Oppakken/ });
  }

  /** The value of a fact in a row: "Termijn", "Onderwerp", "Kanaal", "Status", "Behandelaar", "Doorgezet". */
  fact(row: Locator, term: string): Locator {
    return row.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  filter(label: 'Team' | 'Onderwerp' | 'Kanaal' | 'Vestiging' | 'Status' | 'Termijn' | 'Soort werk'): Locator {
    return this.filters.getByLabel(label, { exact: true });
  }
}

/** "Wie behandelt deze vraag" on the case page, with "Oppakken" and the "Doorzetten" dialog. */
export class CaseOwnershipPart {
  readonly region: Locator;
  readonly forward: Locator;
  readonly claim: Locator;
  readonly dialog: Locator;
  readonly team: Locator;
  readonly colleague: Locator;
  readonly note: Locator;
  readonly tellCustomer: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Wie behandelt deze vraag' });
    this.forward = this.region.getByRole('button', { name: 'Doorzetten' });
    this.claim = this.region.getByRole('button', { name: 'Oppakken' });
    this.dialog = page.getByRole('dialog', { name: 'Vraag doorzetten' });
    this.team = this.dialog.getByLabel('Team', { exact: true });
    this.colleague = this.dialog.getByLabel('Collega', { exact: true });
    this.note = this.dialog.getByLabel('Notitie voor de behandelaar');
    this.tellCustomer = this.dialog.getByLabel('Klant laten weten wie de vraag nu behandelt');
    this.submit = this.dialog.getByRole('button', { name: 'Doorzetten' });
  }

  fact(term: 'Team' | 'Behandelaar'): Locator {
    return this.region.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
  }
}

/** "Teams" (/teams): teams with lead and members, for team leads and administrators. */
export class TeamsPage {
  readonly heading: Locator;
  readonly navLink: Locator;
  readonly newTeam: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Teams' });
    this.navLink = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Teams' });
    this.newTeam = page.getByRole('form', { name: 'Nieuw team' });
  }

  team(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }
}
