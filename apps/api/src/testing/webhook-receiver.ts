import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** One post a receiver got, its signature checked. */
export interface Received {
  path: string;
  id: string;
  timestamp: number;
  type: string;
  occurredAt: string;
  data: Record<string, unknown>;
  /** The answer it gave. */
  status: number;
  at: number;
}

/** What the receiver answers: a status, or `hang` (no answer at all: a receiver that died mid-request). */
export type Answer = number | 'hang';

export interface WebhookReceiver {
  url: (path: string) => string;
  /** The secret the posts to `path` must be signed with. */
  expect: (path: string, secret: string) => void;
  /** How the receiver answers a post (default 200); `count` is how many times this path got this event id. */
  answer: (f: (r: Omit<Received, 'status' | 'at'>, count: number) => Answer) => void;
  /** The posts answered with a 2xx, per path, in the order they came. */
  delivered: (path: string) => Received[];
  /** Every post to `path`, whatever the answer. */
  all: (path: string) => Received[];
  /** Posts whose signature, timestamp or headers were not right (must stay empty). */
  rejected: string[];
  close: () => Promise<void>;
}

const header = (h: IncomingHttpHeaders, name: string) => String(h[name] ?? '');

/** A local receiver (node:http) that verifies every signature with `standardwebhooks`, as an integrator would. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const secrets = new Map<string, Webhook>();
  const got: Received[] = [];
  const rejected: string[] = [];
  const counts = new Map<string, number>();
  let answer: (r: Omit<Received, 'status' | 'at'>, count: number) => Answer = () => 200;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const body = Buffer.concat(chunks).toString('utf8');
      const signer = secrets.get(path);
      try {
        if (!signer) throw new Error(`no secret for ${path}`);
        signer.verify(body, { 'webhook-id': header(req.headers, 'webhook-id'), 'webhook-timestamp': header(req.headers, 'webhook-timestamp'), 'webhook-signature': header(req.headers, 'webhook-signature') });
        if (req.headers['content-type'] !== 'application/json') throw new Error('not JSON');
      } catch (e) {
        rejected.push(`${path}: ${(e as Error).message}`);
        res.writeHead(400).end();
        return;
      }
      const parsed = JSON.parse(body) as { type: string; timestamp: string; data: Record<string, unknown> };
      const r = { path, id: header(req.headers, 'webhook-id'), timestamp: Number(header(req.headers, 'webhook-timestamp')), type: parsed.type, occurredAt: parsed.timestamp, data: parsed.data };
      // Per receiver path: another subscription of the same organization may get the same event.
      const key = `${path} ${r.id}`;
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      const a = answer(r, count);
      if (a === 'hang') {
        got.push({ ...r, status: 0, at: Date.now() });
        return;
      }
      got.push({ ...r, status: a, at: Date.now() });
      res.writeHead(a, { 'content-type': 'text/plain' }).end(a < 300 ? 'ok' : 'nee');
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    expect: (path, secret) => void secrets.set(path, new Webhook(secret)),
    answer: (f) => void (answer = f),
    delivered: (path) => got.filter((r) => r.path === path && r.status >= 200 && r.status < 300),
    all: (path) => got.filter((r) => r.path === path),
    rejected,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
