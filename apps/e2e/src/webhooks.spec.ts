import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { AGENT_URL } from './env';
import { expect, loginAsAgent, test } from './fixtures';
import { expectNoViolations } from './axe';

const DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'postgres://loket:loket@127.0.0.1:5432/loket_e2e';

/** Local time in the browser's zone (Europe/Amsterdam) as a datetime-local field takes it. */
const local = (d: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(d).replace(' ', 'T');

interface Post {
  id: string;
  type: string;
  verified: boolean;
}

/** The ERP's end: a local receiver that checks every signature with the secret the admin copied. */
async function startReceiver(): Promise<{ url: string; posts: Post[]; secret: (s: string) => void; close: () => Promise<void> }> {
  const posts: Post[] = [];
  let signer: Webhook | null = null;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = { 'webhook-id': String(req.headers['webhook-id']), 'webhook-timestamp': String(req.headers['webhook-timestamp']), 'webhook-signature': String(req.headers['webhook-signature']) };
      let verified = false;
      try {
        signer?.verify(body, headers);
        verified = !!signer;
      } catch {
        verified = false;
      }
      posts.push({ id: headers['webhook-id'], type: (JSON.parse(body) as { type: string }).type, verified });
      res.writeHead(verified ? 204 : 400).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/loket/${Date.now()}`,
    posts,
    secret: (s) => void (signer = new Webhook(s)),
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/**
 * Writes an event into Linde's event log as a module does when a contact is logged (the modules'
 * publishing comes with their own change; here it stands in for it, in one transaction of its own).
 */
async function publishContactLogged(): Promise<string> {
  const db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO integration_events (id, tx, organization_id, type, customer_id, subject_id, occurred_at, data)
       SELECT gen_random_uuid(), (pg_current_xact_id())::text::bigint, u.organization_id, 'contact.logged', NULL, gen_random_uuid(), now(), '{"channel":"phone"}'
         FROM users u WHERE u.email = 'admin@linde.demo' RETURNING id`,
    );
    return rows[0].id;
  } finally {
    await db.end();
  }
}

test.describe('webhooks (admin)', () => {
  test('an admin subscribes the ERP, copies the secret once, sees the signed delivery in the log, replays it and a period, pauses and deletes (keyboard, axe)', async ({ page, context }) => {
    test.slow();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: AGENT_URL });
    const receiver = await startReceiver();
    try {
      await loginAsAgent(page, 'admin@linde.demo');
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Webhooks' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeFocused();
      await expectNoViolations(page);

      const add = page.getByRole('region', { name: 'Abonnement toevoegen' });
      // A URL that is no web address is refused before anything is sent, naming the field.
      await add.getByLabel('Adres van het systeem dat de berichten krijgt').fill('erp.woonstichting.nl/loket');
      await add.getByRole('button', { name: 'Abonnement toevoegen' }).click();
      await expect(add.getByText('Vul een volledig webadres in dat begint met https:// of http://.')).toBeVisible();
      await expect(add.getByText('Kies minstens één gebeurtenis.')).toBeVisible();

      await add.getByLabel('Adres van het systeem dat de berichten krijgt').fill(receiver.url);
      // Keyboard: the event checkboxes take Space; each has its explanation.
      const contact = add.getByRole('checkbox', { name: 'Contact vastgelegd' });
      await contact.focus();
      await page.keyboard.press('Space');
      await expect(contact).toBeChecked();
      await expect(contact).toHaveAccessibleDescription('Een medewerker heeft een gesprek, mail of bezoek van een klant vastgelegd.');
      await add.getByLabel('Omschrijving').fill('ERP test');
      await add.getByLabel('Omschrijving').press('Enter');

      const secret = add.getByRole('textbox', { name: 'Geheim' });
      await expect(secret).toHaveValue(/^whsec_/);
      const value = await secret.inputValue();
      receiver.secret(value);
      await add.getByRole('button', { name: 'Geheim kopiëren' }).click();
      await expect(add.getByText('Het geheim is gekopieerd.')).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);
      await expectNoViolations(page);
      await add.getByRole('button', { name: 'Ik heb het geheim bewaard' }).click();
      await expect(secret).toHaveCount(0);

      const list = page.getByRole('region', { name: 'Abonnementen' });
      const row = list.getByRole('row').filter({ hasText: receiver.url });
      await expect(row).toContainText('Contact vastgelegd');
      await expect(row).toContainText('Actief');

      // A contact is logged: the worker posts it, signed; the log shows it delivered with the answer's code.
      const eventId = await publishContactLogged();
      await expect.poll(() => receiver.posts.filter((p) => p.id === eventId && p.verified).length, { timeout: 20_000 }).toBe(1);
      await page.reload();
      const log = page.getByRole('region', { name: 'Verzendlogboek' });
      await log.getByLabel('Abonnement').selectOption({ label: `ERP test — ${receiver.url}` });
      const delivered = log.getByRole('row').filter({ hasText: 'Contact vastgelegd' }).first();
      await expect(delivered).toContainText('Afgeleverd');
      await expect(delivered).toContainText('Code 204');
      await expectNoViolations(page);

      // Replay one.
      await delivered.getByRole('button', { name: 'Opnieuw versturen: Contact vastgelegd' }).click();
      await expect(log.getByText('Het bericht staat klaar om opnieuw te versturen.')).toBeVisible();
      await expect.poll(() => receiver.posts.filter((p) => p.id === eventId && p.verified).length, { timeout: 20_000 }).toBe(2);

      // Replay a period.
      const period = page.getByRole('region', { name: 'Een periode opnieuw versturen' });
      await period.getByLabel('Abonnement').selectOption({ label: `ERP test — ${receiver.url}` });
      await period.getByLabel('Vanaf').fill(local(new Date(Date.now() - 3600_000)));
      await period.getByLabel('Tot').fill(local(new Date(Date.now() + 3600_000)));
      await period.getByRole('button', { name: 'Opnieuw versturen' }).click();
      // The period also holds the contacts other walks logged for De Linde meanwhile: how many is theirs to say.
      await expect(period.getByText(/^\d+ (bericht staat|berichten staan) klaar om opnieuw te versturen\.$/)).toBeVisible();
      await expect.poll(() => receiver.posts.filter((p) => p.id === eventId && p.verified).length, { timeout: 20_000 }).toBe(3);

      // Pause, then delete after confirming (keyboard).
      await row.getByRole('button', { name: `Pauzeren: ${receiver.url}` }).click();
      await expect(row).toContainText('Gepauzeerd');
      await row.getByRole('button', { name: `Verwijderen: ${receiver.url}` }).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: 'Abonnement verwijderen?' });
      await expect(dialog).toBeVisible();
      await expectNoViolations(page);
      await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
      await expect(list.getByRole('row').filter({ hasText: receiver.url })).toHaveCount(0);
    } finally {
      await receiver.close();
    }
  });
});
