import { expect, type Locator, type Page } from '@playwright/test';

/** The customer picture (/klanten/:id). */
export class CustomerPage {
  readonly heading: Locator;
  readonly safetyBanner: Locator;
  readonly otherMarkers: Locator;
  readonly markersPanel: Locator;
  readonly activeMarkers: Locator;
  readonly markerCode: Locator;
  readonly markerNote: Locator;
  readonly addMarker: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.safetyBanner = page.getByRole('alert').filter({ hasText: 'Let op:' });
    this.otherMarkers = page.getByRole('list', { name: 'Andere signaleringen' });
    this.markersPanel = page.getByRole('region', { name: 'Signaleringen' });
    this.activeMarkers = this.markersPanel.locator('.marker-list').first();
    this.markerCode = page.getByLabel('Soort signalering');
    this.markerNote = page.getByLabel('Toelichting');
    this.addMarker = page.getByRole('button', { name: 'Signalering toevoegen' });
  }

  async expectCustomer(name: string) {
    await expect(this.heading).toHaveText(name);
  }

  panel(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  async addMarkerWith(codeLabel: string, note: string) {
    await this.markerCode.selectOption({ label: codeLabel });
    await this.markerNote.fill(note);
    await this.addMarker.click();
  }
}
