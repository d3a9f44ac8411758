import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { IntegrationEventType } from '@loket/shared/contracts';
import { batchLines, generateCorporation, ndjson, type Corporation, type CustomerBody, type ContractBody } from './corporation';
import { clientCredentials, createLoketClient, LoketError, ok, type LoketClient } from './loket-client';
import type { BatchJob, BatchLineResult, UpsertResult, WebhookSubscription } from './schemas';

/** What a webhook carries (Standard Webhooks): the event's type, when it happened, and its data. */
export interface WebhookPayload {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

/** A delivery the reference ERP accepted (2xx): verified, and the first time it saw this `webhook-id`. */
export interface Received {
  webhookId: string;
  payload: WebhookPayload;
  /** The ERP's key for the customer the event is about (its idExtern when the payload names it, else Loket's id). */
  customer: string | null;
  /** Position in the order of arrival, over all deliveries. */
  seq: number;
}

/** Every request that reached the webhook endpoint, whatever it was answered. */
export interface Attempt {
  webhookId: string | null;
  verified: boolean;
  answered: number;
  at: number;
}

/** Which customer a payload is about, as the ERP knows them: every event's data names its `relatie` (idExtern, else Loket's id). */
export function customerOf(payload: WebhookPayload): string | null {
  const relatie = payload.data?.['relatie'] as { id?: string; idExtern?: string | null } | undefined;
  return relatie?.idExtern ?? relatie?.id ?? null;
}

export interface ReferenceErpOptions {
  /** The Loket API's origin, e.g. http://127.0.0.1:3000. */
  loket: string;
  credentials: { clientId: string; clientSecret: string };
  /** How many customers, units and contracts the corporation has (each). */
  size: number;
  seed?: number;
}

/**
 * A corporation's ERP in miniature, for the tests: a real HTTP server that receives Loket's webhooks
 * and checks every signature (Standard Webhooks, the `standardwebhooks` package), and a client of the
 * Loket API that loads the corporation's data through the batch endpoint and pushes changes back.
 * It can be told to fail deliveries (an answer of 500) or to be down (nothing listens on its port).
 */
export class ReferenceErp {
  readonly corporation: Corporation;
  readonly client: LoketClient;
  /** Accepted deliveries, in order of arrival, each webhook-id once. */
  readonly received: Received[] = [];
  readonly attempts: Attempt[] = [];
  /** Deliveries whose signature did not verify (answered 401): must stay empty. */
  readonly forged: { headers: Record<string, string | undefined>; reason: string }[] = [];
  /** The version of each record as Loket last answered it, for If-Match. */
  readonly versions = new Map<string, number>();

  private server: Server;
  private readonly sockets = new Set<Socket>();
  private port = 0;
  private verifier: Webhook | undefined;
  private seen = new Set<string>();
  private failures: { when: (p: WebhookPayload) => boolean; left: number; status: number; failed: Set<string> }[] = [];

  private constructor(private readonly options: ReferenceErpOptions) {
    this.corporation = generateCorporation(options.size, options.seed);
    this.client = createLoketClient(options.loket, clientCredentials(options.loket, options.credentials));
    this.server = this.createServer();
  }

  static async start(options: ReferenceErpOptions): Promise<ReferenceErp> {
    const erp = new ReferenceErp(options);
    await erp.listen();
    return erp;
  }

  /** Where Loket delivers: POST http://127.0.0.1:<port>/webhooks/loket. */
  get webhookUrl(): string {
    return `http://127.0.0.1:${this.port}/webhooks/loket`;
  }

  // ---------- loading and pushing ----------

  /** The first load: every unit, customer and contract as one NDJSON stream; resolves when the job is done. */
  async load(): Promise<BatchJob> {
    const { id } = await this.client.uploadBatch(ndjson(batchLines(this.corporation)));
    return this.job(id);
  }

  /** Polls the batch job until it finished (`timeoutMs` at most). */
  async job(id: string, timeoutMs = 150_000): Promise<BatchJob> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const job = await ok(this.client.GET('/api/v1/integrations/batch/{id}', { params: { path: { id } } }), 'GET /integrations/batch/{id}');
      if (job.status === 'done' || job.status === 'failed') return job;
      if (Date.now() > end) throw new Error(`batch job ${id} not finished: ${job.linesProcessed}/${job.linesReceived}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  /** The job's result per line, all pages (`status`: only those, e.g. rejected). */
  async jobLines(id: string, status?: BatchLineResult['status']): Promise<BatchLineResult[]> {
    const lines: BatchLineResult[] = [];
    let after: number | null = 0;
    while (after !== null) {
      const query: { after: number; limit: number; status?: BatchLineResult['status'] } = { after, limit: 1000, status };
      const page: { items: BatchLineResult[]; next: number | null } = await ok(this.client.GET('/api/v1/integrations/batch/{id}/lines', { params: { path: { id }, query }, headers: { 'accept-language': 'nl' } }), 'GET /integrations/batch/{id}/lines');
      lines.push(...page.items);
      after = page.next;
    }
    return lines;
  }

  /** A changed customer (1-based index), sent as the ERP does: the whole record, with If-Match of the version it knows. */
  async updateCustomer(i: number, change: Partial<CustomerBody>): Promise<UpsertResult & { etag: string | null }> {
    const c = this.corporation.customers[i - 1];
    c.body = { ...c.body, ...change };
    return this.put('/api/v1/integrations/customers/{idExtern}', c.idExtern, c.body);
  }

  /** A contract that ends: its einddatum set, nothing deleted. */
  async endContract(i: number, einddatum: string): Promise<UpsertResult & { etag: string | null }> {
    const c = this.corporation.contracts[i - 1];
    c.body = { ...c.body, einddatum } satisfies ContractBody;
    return this.put('/api/v1/integrations/contracts/{idExtern}', c.idExtern, c.body);
  }

  private async put(
    path: '/api/v1/integrations/customers/{idExtern}' | '/api/v1/integrations/contracts/{idExtern}',
    idExtern: string,
    body: unknown,
  ): Promise<UpsertResult & { etag: string | null }> {
    const version = this.versions.get(`${path}:${idExtern}`);
    const headers = version === undefined ? {} : { 'If-Match': `"${version}"` };
    // The body's type follows the path; the two share this code.
    const { data, error, response } = await this.client.PUT(path as '/api/v1/integrations/customers/{idExtern}', { params: { path: { idExtern }, header: headers }, body: body as CustomerBody });
    if (!response.ok || !data) throw new LoketError(response.status, error ?? null, `PUT ${path.replace('{idExtern}', idExtern)}`);
    this.versions.set(`${path}:${idExtern}`, data.versie);
    return { ...data, etag: response.headers.get('etag') };
  }

  // ---------- receiving ----------

  /** Subscribes the ERP's endpoint to `events` and keeps the secret to verify each delivery with. */
  async subscribe(events: readonly IntegrationEventType[]): Promise<WebhookSubscription> {
    const sub = await ok(this.client.POST('/api/v1/webhook-subscriptions', { body: { url: this.webhookUrl, events: [...events], description: 'Referentie-ERP' } }), 'POST /webhook-subscriptions');
    if (!sub.secret?.startsWith('whsec_')) throw new Error(`subscription without a whsec_ secret: ${JSON.stringify(sub)}`);
    this.trust(sub.secret);
    return sub;
  }

  /** The subscription's secret (`whsec_…`): every delivery must carry a signature made with it. */
  trust(secret: string): void {
    this.verifier = new Webhook(secret);
  }

  /** The next `times` deliveries that match `when` are answered `status` (500: a failing ERP), each once: its retry is taken. */
  fail(times: number, when: (p: WebhookPayload) => boolean = () => true, status = 500): void {
    this.failures.push({ when, left: times, status, failed: new Set() });
  }

  /** Down: nothing listens on the port any more (Loket's connections are refused). */
  async goDown(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      for (const s of this.sockets) s.destroy();
    });
  }

  /** Up again, on the same port. */
  async comeUp(): Promise<void> {
    this.server = this.createServer();
    await this.listen();
  }

  /** Accepted deliveries about one customer, in order of arrival. */
  about(customer: string): Received[] {
    return this.received.filter((r) => r.customer === customer);
  }

  async close(): Promise<void> {
    await this.goDown();
  }

  private listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.port, '127.0.0.1', () => {
        this.port = (this.server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  private createServer(): Server {
    const server = createServer((req, res) => void this.handle(req, res));
    server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    return server;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const answer = (status: number) => {
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'no');
    };
    if (req.method !== 'POST' || req.url !== '/webhooks/loket') return answer(404);
    const headers = {
      'webhook-id': header(req, 'webhook-id'),
      'webhook-timestamp': header(req, 'webhook-timestamp'),
      'webhook-signature': header(req, 'webhook-signature'),
    };
    let payload: WebhookPayload;
    try {
      if (!this.verifier) throw new Error('no subscription yet');
      payload = this.verifier.verify(body, headers as Record<string, string>) as WebhookPayload;
    } catch (e) {
      this.forged.push({ headers, reason: (e as Error).message });
      this.attempts.push({ webhookId: headers['webhook-id'] ?? null, verified: false, answered: 401, at: Date.now() });
      return answer(401);
    }
    const id = headers['webhook-id'] as string;
    const failure = this.failures.find((f) => f.left > 0 && !f.failed.has(id) && f.when(payload));
    if (failure) {
      failure.left -= 1;
      failure.failed.add(id);
      this.attempts.push({ webhookId: id, verified: true, answered: failure.status, at: Date.now() });
      return answer(failure.status);
    }
    this.attempts.push({ webhookId: id, verified: true, answered: 204, at: Date.now() });
    // At least once: a delivery seen before is acknowledged again and not counted twice.
    if (!this.seen.has(id)) {
      this.seen.add(id);
      this.received.push({ webhookId: id, payload, customer: customerOf(payload), seq: this.received.length });
    }
    res.writeHead(204).end();
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
