import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { stamp } from './api';
import { AGENT_URL, API_URL, DEMO_PASSWORD, LINDE } from './env';
import { expect, test } from './fixtures';
import type { AgentSearchPage } from './pages/agent-search.page';
import { ContactPanel } from './pages/contact-log.page';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectNoViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const summary = result.violations.map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  baseExpect(summary).toEqual([]);
}

/** What Kees's things are called in this run (the browser tests share one database). */
interface Kees {
  id: string;
  caseId: string;
  caseSubject: string;
  callbackId: string;
  callbackReason: string;
}

/**
 * Test data through the API (not what the test is about): Kees has no question or callback in the
 * demo data, so the agent opens one of each for him, the callback assigned to the agent.
 */
async function keesWithACaseAndACallback(request: APIRequestContext): Promise<Kees> {
  const login = await request.post(`${API_URL}/api/v1/auth/login`, { data: { email: LINDE.agent, password: DEMO_PASSWORD } });
  const headers = { Authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
  const found = await request.get(`${API_URL}/api/v1/customers`, { headers, params: { q: LINDE.kees.number } });
  const id = ((await found.json()) as { items: { id: string; customerNumber: string }[] }).items.find((c) => c.customerNumber === LINDE.kees.number)?.id;
  if (!id) throw new Error('Kees not found');
  const caseSubject = stamp('Kapotte deurbel');
  const callbackReason = stamp('Over de deurbel');
  const contact = await request.post(`${API_URL}/api/v1/contacts`, {
    headers,
    data: { customerId: id, channel: 'phone', direction: 'inbound', topic: 'reparatie', summary: 'De deurbel doet het niet.', newCase: { subject: caseSubject }, outcome: 'callback_agreed', confirm: false },
  });
  if (!contact.ok()) throw new Error(`POST /contacts: ${contact.status()} ${await contact.text()}`);
  const { id: contactId, caseId } = (await contact.json()) as { id: string; caseId: string };
  // No agreed moment: the phone policy gives the due moment, on whatever day the suite runs.
  const callback = await request.post(`${API_URL}/api/v1/callbacks`, { headers, data: { customerId: id, caseId, contactId, reason: callbackReason, confirm: false } });
  if (!callback.ok()) throw new Error(`POST /callbacks: ${callback.status()} ${await callback.text()}`);
  return { id, caseId, caseSubject, callbackId: ((await callback.json()) as { id: string }).id, callbackReason };
}

/**
 * Where the warning must show. `page`: a page about Kees or one of his matters, with the banner that
 * is announced (role alert) on arrival. `row`: a row or line that names him, with the flag whose
 * words ("Let op, veiligheidsmarkering: Agressie") are part of what a screen reader reads there.
 * To add a page (the worklists), add an entry: how to get there and where he is named.
 */
interface Stop {
  name: string;
  kind: 'page' | 'row';
  open: (page: Page, ctx: { search: AgentSearchPage; kees: Kees }) => Promise<Locator>;
}

const ROW_WARNING = 'Let op, veiligheidsmarkering: Agressie';

const STOPS: Stop[] = [
  {
    name: 'search result',
    kind: 'row',
    open: async (page, { search }) => {
      await page.goto(AGENT_URL);
      await search.search(LINDE.kees.number);
      return search.option(LINDE.kees.name);
    },
  },
  {
    name: 'customer page',
    kind: 'page',
    open: async (page, { search }) => {
      await page.goto(AGENT_URL);
      await search.search(LINDE.kees.number);
      await search.option(LINDE.kees.name).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(LINDE.kees.name);
      return page.getByRole('alert').filter({ hasText: 'Let op: Agressie' });
    },
  },
  {
    name: 'knowledge panel opened from his page',
    kind: 'row',
    open: async (page, { kees }) => {
      await page.goto(`${AGENT_URL}/klanten/${kees.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(LINDE.kees.name);
      await new ContactPanel(page).openPanel();
      return page.getByRole('region', { name: 'Kennisbank' }).locator('.current-customer');
    },
  },
  {
    name: 'his case page (from the open questions on his page)',
    kind: 'page',
    open: async (page, { kees }) => {
      await page.goto(`${AGENT_URL}/klanten/${kees.id}`);
      await page.getByRole('region', { name: 'Open vragen' }).getByRole('link', { name: kees.caseSubject }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(kees.caseSubject);
      await expect(page.locator('.case-customer')).toContainText(LINDE.kees.name);
      return page.getByRole('alert').filter({ hasText: 'Let op: Agressie' });
    },
  },
  {
    name: 'his callback page',
    kind: 'page',
    open: async (page, { kees }) => {
      await page.goto(`${AGENT_URL}/terugbellen/${kees.callbackId}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${LINDE.kees.name} terugbellen`);
      return page.getByRole('alert').filter({ hasText: 'Let op: Agressie' });
    },
  },
  {
    name: 'the callbacks list (Voor mij)',
    kind: 'row',
    open: async (page, { kees }) => {
      await page.goto(`${AGENT_URL}/terugbellen`);
      await expect(page.getByRole('heading', { level: 1, name: 'Mijn terugbelverzoeken' })).toBeVisible();
      return page.getByRole('tabpanel').locator('.callback-item').filter({ hasText: kees.callbackReason }).locator('.callback-item__title');
    },
  },
  {
    name: 'Mijn werk (his callback among my work)',
    kind: 'row',
    open: async (page, { kees }) => {
      await page.goto(`${AGENT_URL}/werk?soort=callback`);
      await expect(page.getByRole('heading', { level: 1, name: 'Mijn werk' })).toBeVisible();
      return page.locator('.work-item').filter({ has: page.locator(`a[href$="${kees.callbackId}"]`) }).locator('.work-item__customer');
    },
  },
];

test.describe('Kees’s warning shows on every page that names him (R3)', () => {
  let kees: Kees;

  test.beforeAll(async ({ request }) => {
    kees = await keesWithACaseAndACallback(request);
  });

  for (const stop of STOPS) {
    test(`${stop.name}: the aggression warning is visible, read out, and the page is axe clean`, async ({ agentSearch, page }) => {
      // A login, a page and a whole-page axe run each: axe on the full customer page alone can take
      // most of the default 30 s on a busy machine.
      test.slow();
      const where = await stop.open(page, { search: agentSearch, kees });
      await expect(where).toBeVisible();
      if (stop.kind === 'page') {
        // One banner, announced on arrival: an alert that names the marker and him.
        await expect(page.getByRole('alert').filter({ hasText: 'Let op: Agressie' })).toHaveCount(1);
        await expect(where).toContainText('Let op: Agressie');
        await expect(where.locator('svg')).toHaveAttribute('aria-hidden', 'true');
        // Before the page title in reading order: heard first.
        const before = await where.evaluate((alert) => {
          const heading = document.querySelector('h1');
          return !!heading && !!(alert.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING);
        });
        baseExpect(before).toBe(true);
      } else {
        // The red badge with its icon is seen; the words are what a screen reader reads in the row.
        const badge = where.locator('.lk-safety-flag .lk-badge--danger');
        await expect(badge).toBeVisible();
        await expect(badge).toContainText('Agressie');
        await expect(where).toContainText(LINDE.kees.name);
        const spoken = await where.evaluate((element) => {
          // The text a screen reader reads: everything but what is hidden from it (aria-hidden).
          const clone = element.cloneNode(true) as HTMLElement;
          clone.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
          return (clone.textContent ?? '').replace(/\s+/g, ' ');
        });
        baseExpect(spoken).toContain(ROW_WARNING);
        if (stop.name === 'search result') {
          // The option's accessible name carries the warning (a listbox option is read by its name).
          await expect(page.getByRole('option', { name: new RegExp(`${LINDE.kees.name}.*${ROW_WARNING}`) })).toBeVisible();
        }
      }
      await expectNoViolations(page);
    });
  }
});
