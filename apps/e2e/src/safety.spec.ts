import { expect as baseExpect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { stamp } from './api';
import { AGENT_URL, API_URL, DEMO_PASSWORD, LINDE } from './env';
import { expect, loginAsAgent, test } from './fixtures';
import type { AgentSearchPage } from './pages/agent-search.page';
import { ContactPanel } from './pages/contact-log.page';
import { expectNoViolations } from './axe';

/** What Kees's things are called in this run (the browser tests share one database). */
interface Kees {
  id: string;
  caseId: string;
  caseSubject: string;
  callbackId: string;
  callbackReason: string;
  /** A question of his that the agent forwarded to {@link QUEUE_TEAM}: in that team's queue and in "Alles open". */
  forwardedSubject: string;
  queueTeamId: string;
}

/** A back-office team no other test forwards to, so its queue is short; and its member, who logs in. */
const QUEUE_TEAM = 'Wijkbeheer';
const QUEUE_MEMBER = 'wijkbeheer@linde.demo';
const TEAMLEAD = 'teamlead@linde.demo';
const TEAMLEAD_NAME = 'Tim Teamleider';

async function agentHeaders(request: APIRequestContext): Promise<{ Authorization: string }> {
  const login = await request.post(`${API_URL}/api/v1/auth/login`, { data: { email: LINDE.agent, password: DEMO_PASSWORD } });
  return { Authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
}

/** Opens a question for Kees with one phone contact that leaves it open. */
async function openKeesCase(request: APIRequestContext, headers: { Authorization: string }, id: string, subject: string): Promise<{ id: string; caseId: string }> {
  const contact = await request.post(`${API_URL}/api/v1/contacts`, {
    headers,
    data: { customerId: id, channel: 'phone', direction: 'inbound', topic: 'reparatie', summary: `Samenvatting ${subject}`, newCase: { subject }, outcome: 'callback_agreed', confirm: false },
  });
  if (!contact.ok()) throw new Error(`POST /contacts: ${contact.status()} ${await contact.text()}`);
  return (await contact.json()) as { id: string; caseId: string };
}

/**
 * Test data through the API (not what the test is about): Kees has no question or callback in the
 * demo data, so the agent opens one of each for him, the callback assigned to the agent; and a
 * second question, forwarded to the queue of Wijkbeheer.
 */
async function keesWithACaseAndACallback(request: APIRequestContext): Promise<Kees> {
  const headers = await agentHeaders(request);
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
  const forwardedSubject = stamp('Losse stoeptegel');
  const forwarded = await openKeesCase(request, headers, id, forwardedSubject);
  const teams = (await (await request.get(`${API_URL}/api/v1/teams`, { headers })).json()) as { items: { id: string; name: string }[] };
  const queueTeamId = teams.items.find((team) => team.name === QUEUE_TEAM)?.id;
  if (!queueTeamId) throw new Error(`team ${QUEUE_TEAM} not found`);
  const forward = await request.post(`${API_URL}/api/v1/cases/${forwarded.caseId}/forward`, { headers, data: { teamId: queueTeamId, note: 'Graag samen langsgaan: zie de signalering.' } });
  if (!forward.ok()) throw new Error(`POST /cases/{id}/forward: ${forward.status()} ${await forward.text()}`);
  return { id, caseId, caseSubject, callbackId: ((await callback.json()) as { id: string }).id, callbackReason, forwardedSubject, queueTeamId };
}

/**
 * Test data through the API: a letter to Kees in the print list. Answers go by letter to those who
 * prefer letters; Kees prefers the phone and has an e-mail address, so his preference is "letter"
 * for as long as one question of his is answered, and then what it was. Only the print-list stop
 * calls this, once per run of that test: nothing else changes his preference.
 */
async function letterToKees(request: APIRequestContext, kees: Kees): Promise<string> {
  const headers = await agentHeaders(request);
  const subject = stamp('Brief over de schutting');
  const { caseId } = await openKeesCase(request, headers, kees.id, subject);
  const customer = await request.get(`${API_URL}/api/v1/customers/${kees.id}`, { headers });
  const { preferredChannel } = (await customer.json()) as { preferredChannel: string | null };
  const prefer = async (channel: string | null) => {
    const changed = await request.patch(`${API_URL}/api/v1/customers/${kees.id}`, { headers, data: { preferredChannel: channel } });
    if (!changed.ok()) throw new Error(`PATCH /customers/{id}: ${changed.status()} ${await changed.text()}`);
  };
  await prefer('letter');
  try {
    const resolved = await request.post(`${API_URL}/api/v1/cases/${caseId}/resolve`, { headers, data: { answer: 'De schutting is van de gemeente. Wij hebben het doorgegeven.' } });
    if (!resolved.ok()) throw new Error(`POST /cases/{id}/resolve: ${resolved.status()} ${await resolved.text()}`);
  } finally {
    await prefer(preferredChannel);
  }
  return `Antwoord op uw vraag: ${subject}`;
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
  /** Who walks this stop (the agent unless said otherwise). */
  as?: string;
  open: (page: Page, ctx: { search: AgentSearchPage; kees: Kees; request: APIRequestContext }) => Promise<Locator>;
}

/** The line of a worklist row that names the customer, found by the row's subject. */
const workItemCustomer = (page: Page, subject: string) =>
  page.getByRole('tabpanel').locator('.work-item').filter({ has: page.getByRole('link', { name: subject, exact: true }) }).locator('.work-item__customer');

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
  {
    name: 'the team queue (his question forwarded to Wijkbeheer, seen by its member)',
    kind: 'row',
    as: QUEUE_MEMBER,
    open: async (page, { kees }) => {
      await page.goto(`${AGENT_URL}/werk?lijst=team`);
      await expect(page.getByRole('tab', { name: /^Teamwachtrij/ })).toHaveAttribute('aria-selected', 'true');
      return workItemCustomer(page, kees.forwardedSubject);
    },
  },
  {
    name: 'Alles open (the team lead’s view, filtered by team)',
    kind: 'row',
    as: TEAMLEAD,
    open: async (page, { kees }) => {
      await page.goto(`${AGENT_URL}/werk?lijst=alles&team=${kees.queueTeamId}`);
      await expect(page.getByRole('tab', { name: /^Alles open/ })).toHaveAttribute('aria-selected', 'true');
      return workItemCustomer(page, kees.forwardedSubject);
    },
  },
  {
    name: 'the print list (a letter to him)',
    kind: 'row',
    open: async (page, { kees, request }) => {
      const subject = await letterToKees(request, kees);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Printlijst' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Printlijst' })).toBeVisible();
      return page.getByRole('row').filter({ hasText: subject }).getByRole('cell').filter({ hasText: LINDE.kees.name });
    },
  },
  {
    name: 'the access-log screen (whom the team lead looked at)',
    kind: 'row',
    as: TEAMLEAD,
    open: async (page, { kees }) => {
      // The team lead opens Kees's file, so Kees is among the customers he looked at.
      await page.goto(`${AGENT_URL}/klanten/${kees.id}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(LINDE.kees.name);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Inzage', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Inzage door medewerkers' })).toBeVisible();
      await page.getByRole('combobox', { name: 'Medewerker', exact: true }).selectOption({ label: TEAMLEAD_NAME });
      await page.getByRole('button', { name: 'Toon wat deze medewerker bekeek' }).click();
      const table = page.getByRole('table', { name: `Klanten bekeken door ${TEAMLEAD_NAME}, nieuwste eerst` });
      const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: LINDE.kees.name, exact: true }) }).first();
      // Reads are written in batches (every 200 ms): on a busy machine the list may be asked for before his is written.
      await expect(async () => {
        if (!(await row.isVisible())) await page.reload();
        await expect(row).toBeVisible({ timeout: 2_000 });
      }).toPass({ timeout: 20_000 });
      return row.getByRole('cell').filter({ has: page.getByRole('link', { name: LINDE.kees.name, exact: true }) });
    },
  },
];

test.describe('Kees’s warning shows on every page that names him (R3)', () => {
  let kees: Kees;

  test.beforeAll(async ({ request }) => {
    kees = await keesWithACaseAndACallback(request);
  });

  for (const stop of STOPS) {
    test(`${stop.name}: the aggression warning is visible, read out, and the page is axe clean`, async ({ page, request }) => {
      // A login, a page and a whole-page axe run each: axe on the full customer page alone can take
      // most of the default 30 s on a busy machine.
      test.slow();
      const search = await loginAsAgent(page, stop.as ?? LINDE.agent);
      const where = await stop.open(page, { search, kees, request });
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
