import { defineConfig, devices } from '@playwright/test';
import { resolve } from 'node:path';
import { API_URL, AGENT_URL, AGENT_PORT, PORTAL_URL, PORTAL_PORT } from './src/env';

/**
 * Browser tests of both SPAs against a real API. Three servers:
 *  1. the API on 127.0.0.1:3100 with a freshly migrated and seeded database `loket_e2e`
 *     (scripts/e2e-api.mjs), 2. the portal and 3. the agent app, each built and served with
 *     `vite preview`, proxying /api to that API.
 * Locally a server that already runs on a port is reused; on CI (CI=1) everything starts fresh.
 */
const root = `${resolve(__dirname, '../..')}/`;
const reuse = !process.env.CI;

function spa(app: 'portal' | 'agent', port: number, url: string) {
  return {
    command: 'npx --yes vite build --logLevel warn && npx --yes vite preview',
    cwd: `${root}apps/${app}`,
    url,
    env: { PORT: String(port), LOKET_API_URL: API_URL, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    reuseExistingServer: reuse,
    timeout: 120_000,
  };
}

export default defineConfig({
  testDir: './src',
  outputDir: `${root}dist/.playwright/e2e/test-output`,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: `${root}dist/.playwright/e2e/report` }]] : 'list',
  use: {
    ...devices['Desktop Chrome'],
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: [
    {
      command: 'node scripts/e2e-api.mjs',
      cwd: root,
      url: `${API_URL}/api/v1/health`,
      reuseExistingServer: reuse,
      timeout: 240_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    spa('portal', PORTAL_PORT, PORTAL_URL),
    spa('agent', AGENT_PORT, AGENT_URL),
  ],
});
