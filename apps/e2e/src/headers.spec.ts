import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENT_URL, DEMO_PASSWORD, LINDE, PORTAL_URL } from './env';
import { MyDetailsPage, PortalLoginPage } from './pages/portal.page';
import { expect, loginAsAgent, test } from './fixtures';

/** What production nginx sends (docker/nginx.conf.template), but HSTS, which is for HTTPS only. */
function productionHeaders(): Record<string, string> {
  const template = readFileSync(join(__dirname, '../../../docker/nginx.conf.template'), 'utf8');
  const headers: Record<string, string> = {};
  for (const m of template.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)) headers[m[1].toLowerCase()] = m[2];
  delete headers['strict-transport-security'];
  return headers;
}

/** Content Security Policy violations the page reports (none is allowed: the apps must work under the CSP). */
async function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return violations;
}

test.describe('security headers of the apps (as npm run demo serves them)', () => {
  for (const [app, url] of [['agent', AGENT_URL], ['portal', PORTAL_URL]] as const) {
    test(`${app}: the page, a client-side route and a bundle carry the production headers`, async ({ request }) => {
      const page = await request.get(`${url}/`);
      const route = await request.get(`${url}/inloggen`);
      const bundle = (/src="(\/assets\/[^"]+\.js)"/.exec(await page.text()) ?? [])[1];
      expect(bundle).toBeTruthy();
      const asset = await request.get(`${url}${bundle}`);
      const expected = productionHeaders();
      expect(Object.keys(expected)).toEqual(expect.arrayContaining(['content-security-policy', 'x-content-type-options', 'referrer-policy']));
      for (const res of [page, route, asset]) {
        expect(res.status()).toBe(200);
        expect(res.headers()).toMatchObject(expected);
      }
    });
  }

  test('the agent app works under its CSP: login, search, a customer', async ({ page }) => {
    const violations = await watchCsp(page);
    const search = await loginAsAgent(page);
    await search.search(LINDE.sanne.number);
    await search.option(LINDE.sanne.name).click();
    await expect(page.getByRole('heading', { name: LINDE.sanne.name })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('the portal works under its CSP: login and my details', async ({ page }) => {
    const violations = await watchCsp(page);
    const login = new PortalLoginPage(page);
    await login.goto();
    await login.login(LINDE.tenant, DEMO_PASSWORD);
    await expect(new MyDetailsPage(page).heading).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('no other site can frame the apps', async ({ page }) => {
    await page.setContent(`<iframe src="${AGENT_URL}/inloggen" title="agent"></iframe>`);
    // Chromium refuses the framed page (frame-ancestors 'none') and shows its error page instead.
    await expect.poll(() => page.frames().find((f) => f !== page.mainFrame())?.url()).toMatch(/^chrome-error:/);
  });
});
