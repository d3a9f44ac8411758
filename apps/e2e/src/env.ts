/** Where the servers of the browser tests listen (see playwright.config.ts). */
export const API_URL = process.env.E2E_API_URL ?? 'http://127.0.0.1:3100';
export const PORTAL_PORT = Number(process.env.E2E_PORTAL_PORT ?? 4201);
export const AGENT_PORT = Number(process.env.E2E_AGENT_PORT ?? 4301);
export const PORTAL_URL = `http://localhost:${PORTAL_PORT}`;
export const AGENT_URL = `http://localhost:${AGENT_PORT}`;

/** Demo data every seeded database has (ARCHITECTURE.md, "Demo data contract"). */
export const DEMO_PASSWORD = 'Loket-demo-1';
export const LINDE = {
  agent: 'agent@linde.demo',
  tenant: 'huurder@linde.demo',
  kees: {
    name: 'Kees van den Berg',
    number: '100002',
    agrNote: "Heeft een medewerker bedreigd aan de balie. Huisbezoek alleen met z'n tweeën.",
  },
  sanne: { name: 'Sanne de Vries', number: '100001' },
  fatma: { name: 'Fatma Yılmaz', number: '100003' },
} as const;
