import { test as base, expect, type Page } from '@playwright/test';
import { AgentLoginPage } from './pages/agent-login.page';
import { AgentSearchPage } from './pages/agent-search.page';
import { CustomerPage } from './pages/customer.page';
import { MyDetailsPage, PortalLoginPage } from './pages/portal.page';
import { DEMO_PASSWORD, LINDE } from './env';

interface Fixtures {
  agentLogin: AgentLoginPage;
  /** The search screen, logged in as agent@linde.demo through the login form. */
  agentSearch: AgentSearchPage;
  customerPage: CustomerPage;
  portalLogin: PortalLoginPage;
  /** Mijn gegevens, logged in as huurder@linde.demo through the login form. */
  myDetails: MyDetailsPage;
}

/** Logs in through the UI: the token lives in sessionStorage, which storageState does not keep. */
async function loginAsAgent(page: Page, email: string = LINDE.agent) {
  const login = new AgentLoginPage(page);
  await login.goto();
  await login.login(email, DEMO_PASSWORD);
  const search = new AgentSearchPage(page);
  await expect(search.input).toBeVisible();
  return search;
}

export const test = base.extend<Fixtures>({
  agentLogin: async ({ page }, use) => use(new AgentLoginPage(page)),
  agentSearch: async ({ page }, use) => use(await loginAsAgent(page)),
  customerPage: async ({ page }, use) => use(new CustomerPage(page)),
  portalLogin: async ({ page }, use) => use(new PortalLoginPage(page)),
  myDetails: async ({ page }, use) => {
    const login = new PortalLoginPage(page);
    await login.goto();
    await login.login(LINDE.tenant, DEMO_PASSWORD);
    const details = new MyDetailsPage(page);
    await expect(details.heading).toBeVisible();
    await use(details);
  },
});

export { expect, loginAsAgent };
