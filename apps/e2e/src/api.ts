import type { APIRequestContext } from '@playwright/test';
import { API_URL, DEMO_PASSWORD, LINDE } from './env';

/** The SMTP catcher of scripts/e2e-api.mjs: every e-mail the worker sent. */
export const MAIL_URL = process.env.E2E_MAIL_URL ?? `http://127.0.0.1:${process.env.E2E_MAIL_WEB_PORT ?? 2580}`;

export interface CaughtMail {
  to: string | string[];
  from: string;
  subject: string;
  text: string;
}

export async function caughtMails(request: APIRequestContext): Promise<CaughtMail[]> {
  const response = await request.get(`${MAIL_URL}/messages`);
  return (await response.json()) as CaughtMail[];
}

export function mailTo(mail: CaughtMail, address: string): boolean {
  const to = Array.isArray(mail.to) ? mail.to.join(',') : String(mail.to);
  return to.toLowerCase().includes(address.toLowerCase());
}

/** A unique text per run and test: the browser tests share one database. */
export function stamp(label: string): string {
  return `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
}

/** Test data set up through the API (not what the test is about): logs in as the agent. */
export async function agentApi(request: APIRequestContext) {
  const login = await request.post(`${API_URL}/api/v1/auth/login`, { data: { email: LINDE.agent, password: DEMO_PASSWORD } });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { Authorization: `Bearer ${accessToken}` };
  return {
    async customerId(number: string): Promise<string> {
      const response = await request.get(`${API_URL}/api/v1/customers`, { headers, params: { q: number } });
      const page = (await response.json()) as { items: { id: string; customerNumber: string }[] };
      const hit = page.items.find((item) => item.customerNumber === number);
      if (!hit) throw new Error(`customer ${number} not found`);
      return hit.id;
    },
    /** The ids of the customers a search finds. */
    async search(q: string): Promise<string[]> {
      const response = await request.get(`${API_URL}/api/v1/customers`, { headers, params: { q } });
      if (!response.ok()) throw new Error(`GET /customers: ${response.status()}`);
      return ((await response.json()) as { items: { id: string }[] }).items.map((item) => item.id);
    },
    /** A new customer of this organization, for a test that looks at, changes or erases one (the demo customers stay as they are; nobody has looked at this one yet). */
    async createCustomer(lastName: string, firstName = 'Ilse'): Promise<{ id: string; customerNumber: string; fullName: string }> {
      const response = await request.post(`${API_URL}/api/v1/customers`, {
        headers,
        data: {
          kind: 'tenant', firstName, lastName, email: `${lastName.toLowerCase()}@example.nl`, phoneNumbers: [{ number: '06-24681357', label: 'mobile' }],
          address: { street: 'Wisstraat', houseNumber: 3, postcode: '5161 AB', city: 'Sprang-Capelle' },
        },
      });
      if (!response.ok()) throw new Error(`POST /customers: ${response.status()} ${await response.text()}`);
      return (await response.json()) as { id: string; customerNumber: string; fullName: string };
    },
    /** Opens a new question for the customer with one phone contact that leaves it open. */
    async openCase(customerId: string, subject: string): Promise<{ caseId: string }> {
      const response = await request.post(`${API_URL}/api/v1/contacts`, {
        headers,
        data: {
          customerId, channel: 'phone', direction: 'inbound', topic: 'reparatie', summary: `Samenvatting ${subject}`,
          newCase: { subject }, outcome: 'callback_agreed', confirm: false,
        },
      });
      if (!response.ok()) throw new Error(`POST /contacts: ${response.status()} ${await response.text()}`);
      const contact = (await response.json()) as { caseId: string };
      return { caseId: contact.caseId };
    },
  };
}
