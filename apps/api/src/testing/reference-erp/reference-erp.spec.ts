import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Webhook } from 'standardwebhooks';
import { batchLines, generateCorporation, ndjson } from './corporation';
import { ReferenceErp } from './reference-erp';
import { verifyWebhook } from './verify-by-hand';

/** The reference ERP itself: its data is the same on every run, and its webhook endpoint lets only signed deliveries in. */
describe('reference ERP: the corporation it loads', () => {
  const corp = generateCorporation(10_000);

  it('is the same on every run, and different for another seed', () => {
    const again = generateCorporation(10_000);
    expect(JSON.stringify(again)).toBe(JSON.stringify(corp));
    expect(generateCorporation(5, 14).customers[0]).not.toEqual(corp.customers[0]);
  });

  it('has 10,000 of each, with unique ids, customer numbers, e-mail addresses and mobile numbers', () => {
    const unique = (xs: unknown[]) => new Set(xs).size;
    expect([corp.customers.length, corp.units.length, corp.contracts.length]).toEqual([10_000, 10_000, 10_000]);
    expect(unique(corp.customers.map((c) => c.idExtern))).toBe(10_000);
    expect(unique(corp.customers.map((c) => c.body.code))).toBe(10_000);
    expect(unique(corp.customers.flatMap((c) => c.body.telefoonnummers))).toBe(10_000);
    const emails = corp.customers.flatMap((c) => (c.body.emailadres ? [c.body.emailadres] : []));
    expect(unique(emails)).toBe(emails.length);
    expect(emails.length).toBeGreaterThan(7_000);
  });

  it('has Dutch addresses: real-looking postcodes (never SA, SD, SS) and each contract names a customer and a unit that exist', () => {
    const badPostcodes = corp.units.map((u) => u.body.adres.postcode).filter((p) => !/^[1-9]\d{3}[A-Z]{2}$/.test(p) || /(SA|SD|SS)$/.test(p));
    expect(badPostcodes).toEqual([]);
    const customers = new Set(corp.customers.map((c) => c.idExtern));
    const units = new Set(corp.units.map((u) => u.idExtern));
    const dangling = corp.contracts.filter((c) => !units.has(c.body.eenheid.idExtern) || c.body.relaties.some((r) => !customers.has(r.idExtern)));
    expect(dangling).toEqual([]);
  });

  it('streams as NDJSON: one upsert per line, what a line names before the line that names it', async () => {
    let text = '';
    for await (const chunk of ndjson(batchLines(corp))) text += new TextDecoder().decode(chunk);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(30_000);
    const parsed = lines.map((l) => JSON.parse(l) as { type: string });
    const last = (type: string) => parsed.map((l) => l.type).lastIndexOf(type);
    expect(last('unit')).toBeLessThan(parsed.findIndex((l) => l.type === 'contract'));
    expect(last('customer')).toBeLessThan(parsed.findIndex((l) => l.type === 'contract'));
  });
});

describe('reference ERP: receiving webhooks', () => {
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  const signer = new Webhook(secret);
  let erp: ReferenceErp;

  beforeAll(async () => {
    erp = await ReferenceErp.start({ loket: 'http://127.0.0.1:9', credentials: { clientId: 'x', clientSecret: 'y' }, size: 1 });
    erp.trust(secret);
  });
  afterAll(() => erp.close());

  let n = 0;
  /** A delivery as Loket sends it: the Standard Webhooks headers over the exact body. */
  const deliver = (payload: object, opts: { id?: string; sign?: Webhook } = {}) => {
    const id = opts.id ?? `msg_${++n}`;
    const body = JSON.stringify(payload);
    const at = new Date();
    return fetch(erp.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': (opts.sign ?? signer).sign(id, at, body) },
      body,
    });
  };
  const event = (type: string, idExtern: string) => ({ type, timestamp: new Date().toISOString(), data: { relatie: { id: randomUUID(), idExtern } } });

  it('accepts a signed delivery, refuses one signed with another secret (401), and counts a repeated id once', async () => {
    expect((await deliver(event('contact.logged', 'k1'), { id: 'msg_a' })).status).toBe(204);
    expect((await deliver(event('contact.logged', 'k1'), { id: 'msg_a' })).status).toBe(204);
    const other = new Webhook(`whsec_${randomBytes(24).toString('base64')}`);
    expect((await deliver(event('contact.logged', 'k1'), { sign: other })).status).toBe(401);
    expect(erp.about('k1').map((r) => r.webhookId)).toEqual(['msg_a']);
    expect(erp.forged).toHaveLength(1);
    erp.forged.length = 0;
  });

  it('answers 500 when told to, each delivery once, and takes the retry', async () => {
    erp.fail(2, (p) => p.type === 'case.opened');
    expect((await deliver(event('case.opened', 'k2'), { id: 'msg_b' })).status).toBe(500);
    expect((await deliver(event('case.opened', 'k2'), { id: 'msg_b' })).status).toBe(204);
    expect((await deliver(event('case.opened', 'k4'), { id: 'msg_c' })).status).toBe(500);
    expect((await deliver(event('case.opened', 'k4'), { id: 'msg_c' })).status).toBe(204);
    expect(erp.attempts.filter((a) => a.webhookId === 'msg_b').map((a) => a.answered)).toEqual([500, 204]);
    expect(erp.about('k2')).toHaveLength(1);
  });

  it('when down, refuses connections; up again, on the same address', async () => {
    const url = erp.webhookUrl;
    await erp.goDown();
    await expect(deliver(event('callback.created', 'k3'))).rejects.toThrow();
    await erp.comeUp();
    expect(erp.webhookUrl).toBe(url);
    expect((await deliver(event('callback.created', 'k3'))).status).toBe(204);
    expect(erp.about('k3').map((r) => r.payload.type)).toEqual(['callback.created']);
  });
});

describe('verifying a signature by hand (the code of docs/integrations.md)', () => {
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  const body = JSON.stringify({ type: 'contact.logged', timestamp: '2026-12-05T10:00:00.000Z', data: { customer: { idExtern: 'R-000001' } } });
  // Now (whole seconds): the package checks the timestamp against the real clock.
  const at = new Date(Math.floor(Date.now() / 1000) * 1000);
  const signed = (id: string, sign = new Webhook(secret)) => ({ 'webhook-id': id, 'webhook-timestamp': String(at.getTime() / 1000), 'webhook-signature': sign.sign(id, at, body) });

  it('agrees with the standardwebhooks package', () => {
    const headers = signed('msg_2Lq');
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
    expect(verifyWebhook(secret, headers, body, at.getTime() + 10_000)).toBe(true);
    const tampered = { ...headers, 'webhook-signature': headers['webhook-signature'].replace(/^v1,(.)/, (_, c: string) => `v1,${c === 'A' ? 'B' : 'A'}`) };
    expect(() => new Webhook(secret).verify(body, tampered)).toThrow();
    expect(verifyWebhook(secret, tampered, body, at.getTime())).toBe(false);
  });

  it('refuses a changed body, another message id, another secret, an old timestamp and a missing header', () => {
    const headers = signed('msg_2Lq');
    const now = at.getTime();
    expect(verifyWebhook(secret, headers, body.replace('R-000001', 'R-000002'), now)).toBe(false);
    expect(verifyWebhook(secret, { ...headers, 'webhook-id': 'msg_other' }, body, now)).toBe(false);
    expect(verifyWebhook(`whsec_${randomBytes(32).toString('base64')}`, headers, body, now)).toBe(false);
    expect(verifyWebhook(secret, headers, body, now + 6 * 60_000)).toBe(false);
    expect(verifyWebhook(secret, { ...headers, 'webhook-signature': undefined }, body, now)).toBe(false);
  });

  it('is the very code docs/integrations.md shows', () => {
    const fn = (text: string) => /^export function verifyWebhook[\s\S]*?^}$/m.exec(text)?.[0];
    const guide = readFileSync(join(__dirname, '../../../../../docs/integrations.md'), 'utf8');
    const source = readFileSync(join(__dirname, 'verify-by-hand.ts'), 'utf8');
    expect(fn(source)).toBeDefined();
    expect(fn(guide)).toBe(fn(source));
  });

  it('accepts any one good signature among several', () => {
    const headers = signed('msg_3', new Webhook(`whsec_${randomBytes(32).toString('base64')}`));
    const good = signed('msg_3')['webhook-signature'];
    expect(verifyWebhook(secret, { ...headers, 'webhook-signature': `${headers['webhook-signature']} ${good}` }, body, at.getTime())).toBe(true);
  });
});
