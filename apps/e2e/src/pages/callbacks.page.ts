import { expect, type Locator, type Page } from '@playwright/test';
import { AGENT_URL } from '../env';

/** The callback part of "Contact vastleggen" (outcome "Terugbellen afgesproken"). */
export class ContactCallbackFields {
  readonly group: Locator;
  readonly phone: Locator;
  readonly reason: Locator;
  readonly date: Locator;
  readonly dayPart: Locator;
  readonly at: Locator;
  readonly suggestion: Locator;

  constructor(readonly page: Page) {
    this.group = page.getByRole('group', { name: 'Terugbelafspraak' });
    this.phone = this.group.getByLabel('Op welk nummer bellen we?');
    this.reason = this.group.getByLabel('Waarover bellen we? (de klant kan dit lezen)');
    this.date = this.group.getByLabel('Datum', { exact: true });
    this.dayPart = this.group.getByLabel('Dagdeel', { exact: true });
    this.at = this.group.getByLabel('Datum en tijd');
    this.suggestion = this.group.getByRole('button', { name: /^Gebruik / });
  }

  kind(label: 'Standaard (uiterlijk einde volgende werkdag)' | 'Dagdeel op een datum' | 'Vast tijdstip'): Locator {
    return this.group.getByRole('radio', { name: label });
  }
}

/** "Mijn terugbelverzoeken" (/terugbellen): mine, my team's queue, and for team leads the escalations. */
export class CallbacksListPage {
  readonly heading: Locator;
  readonly navLink: Locator;
  readonly panel: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Mijn terugbelverzoeken' });
    this.navLink = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn terugbelverzoeken' });
    this.panel = page.getByRole('tabpanel');
    this.status = page.getByRole('status').filter({ hasText: 'opgepakt' });
  }

  async goto() {
    await this.page.goto(`${AGENT_URL}/terugbellen`);
    await expect(this.heading).toBeVisible();
  }

  tab(name: 'Voor mij' | 'Wachtrij van mijn team' | 'Escalaties'): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  /** A row, found by its (unique) reason. */
  row(reason: string): Locator {
    return this.panel.locator('.callback-item').filter({ hasText: reason });
  }

  /** The value of a fact in a row: "Wanneer", "Termijn", "Telefoon", "Belpogingen", "Wie belt". */
  fact(row: Locator, term: string): Locator {
    return row.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  open(row: Locator): Locator {
    return row.getByRole('link', { name: /^Afhandelen/ });
  }

  claim(row: Locator): Locator {
    return row.getByRole('button', { name: /^Oppakken/ });
  }
}

/** One callback (/terugbellen/:id). */
export class CallbackDetailPage {
  readonly heading: Locator;
  readonly agreement: Locator;
  readonly history: Locator;
  readonly attemptForm: Locator;
  readonly attemptNote: Locator;
  readonly saveAttempt: Locator;
  readonly completeForm: Locator;
  readonly result: Locator;
  readonly resolved: Locator;
  readonly complete: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.agreement = page.getByRole('region', { name: 'De afspraak' });
    this.history = page.getByRole('region', { name: 'Geschiedenis' });
    this.attemptForm = page.getByRole('form', { name: 'Belpoging vastleggen' });
    this.attemptNote = this.attemptForm.getByLabel(/^Notitie/);
    this.saveAttempt = this.attemptForm.getByRole('button', { name: 'Belpoging opslaan' });
    this.completeForm = page.getByRole('form', { name: 'Afronden' });
    this.result = page.getByLabel('Wat is er besproken? (de klant kan dit lezen)');
    this.resolved = page.getByLabel('De vraag is hiermee beantwoord');
    this.complete = page.getByRole('button', { name: 'Terugbelverzoek afronden' });
    this.status = page.locator('.callback-page > .status-message');
  }

  outcome(label: 'Bereikt' | 'Niet bereikt' | 'Voicemail ingesproken' | 'Verkeerd nummer'): Locator {
    return this.attemptForm.getByRole('radio', { name: label, exact: true });
  }
}

/** "Terugbelverzoeken" on Mijn vragen in the portal. */
export class PortalCallbacksSection {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Terugbelverzoeken' });
  }

  card(reason: string): Locator {
    return this.region.getByRole('article').filter({ hasText: reason });
  }
}

/** "Bel mij terug" in the portal. */
export class RequestCallbackPage {
  readonly heading: Locator;
  readonly nav: Locator;
  readonly reason: Locator;
  readonly date: Locator;
  readonly phone: Locator;
  readonly submit: Locator;
  readonly suggestion: Locator;
  readonly received: Locator;
  /** "Wanneer op die dag?": only the open day parts of the chosen day. */
  readonly dayPartGroup: Locator;
  readonly dayParts: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Bel mij terug' });
    this.nav = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bel mij terug' });
    this.reason = page.getByLabel('Waarover wilt u gebeld worden?');
    this.date = page.getByLabel('Op welke dag?');
    this.phone = page.getByLabel('Op welk nummer kunnen wij u bellen?');
    this.submit = page.getByRole('button', { name: 'Verzoek versturen' });
    this.suggestion = page.getByRole('button', { name: /^Gebruik / });
    this.received = page.getByRole('status').filter({ hasText: 'Wij bellen u terug' });
    this.dayPartGroup = page.getByRole('group', { name: 'Wanneer op die dag?' });
    this.dayParts = this.dayPartGroup.getByRole('radio');
  }

  dayPart(label: RegExp): Locator {
    return this.page.getByRole('group', { name: 'Wanneer op die dag?' }).getByRole('radio', { name: label });
  }
}
