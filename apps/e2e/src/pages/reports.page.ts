import { expect, type Locator, type Page } from '@playwright/test';

/** "Rapportage" (/rapportage): first-contact resolution with its definition, and contacts per question, for a period of days. */
export class KpiReportPage {
  readonly heading: Locator;
  readonly navLink: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly show: Locator;
  readonly firstContact: Locator;
  readonly contactsPerQuestion: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Rapportage' });
    this.navLink = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rapportage' });
    this.from = page.getByLabel('Van', { exact: true });
    this.to = page.getByLabel('Tot en met', { exact: true });
    this.show = page.getByRole('button', { name: 'Tonen' });
    this.firstContact = page.getByRole('region', { name: 'Opgelost in het eerste contact' });
    this.contactsPerQuestion = page.getByRole('region', { name: 'Contacten per vraag' });
  }

  /** Chooses the period in the form, as a team lead would; the period lands in the address. */
  async choosePeriod(from: string, to: string) {
    await this.from.fill(from);
    await this.to.fill(to);
    await this.show.click();
    await expect(this.page).toHaveURL(new RegExp(`van=${from}&tot=${to}`));
  }

  /** The number beside a bar ("Ja", "Nee", "Nog niet bekend"; "1 contact", "2 contacten", "3 of meer"). */
  bar(region: Locator, label: string): Locator {
    return region.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: label, exact: true }) }).locator('.kpi-bars__value');
  }

  /** The figure as a number (for comparing with the figure before). */
  async count(value: Locator): Promise<number> {
    return Number((await value.textContent())?.trim());
  }
}
