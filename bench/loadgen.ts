import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadResult {
  requests: number;
  errors: number;
  non2xx: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

const agentFor = (connections: number) => new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });

function send(agent: http.Agent, url: URL, headers: Record<string, string>, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent, method: body ? 'POST' : 'GET', hostname: url.hostname, port: url.port, path: url.pathname + url.search, headers: body ? { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : headers },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/**
 * Closed-loop load: `connections` concurrent clients, each sending the next request as soon as
 * the previous one is answered, for `seconds` (after `warmup` seconds not counted).
 * Every request's latency is kept, so the percentiles are exact.
 */
export async function load(opts: {
  base: string;
  connections: number;
  seconds: number;
  warmup: number;
  next: () => string;
  /** For POST: the body to send with the next request. */
  body?: () => string;
  /** The same for every request, or made per request (called just before `body`). */
  headers?: Record<string, string> | (() => Record<string, string>);
}): Promise<LoadResult> {
  const agent = agentFor(opts.connections);
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const start = performance.now();
  const measureFrom = start + opts.warmup * 1000;
  const end = measureFrom + opts.seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const url = new URL(opts.next(), opts.base);
      const t0 = performance.now();
      try {
        const headers = typeof opts.headers === 'function' ? opts.headers() : (opts.headers ?? {});
        const status = await send(agent, url, headers, opts.body?.());
        const t1 = performance.now();
        if (t0 >= measureFrom) {
          latencies.push(t1 - t0);
          if (status < 200 || status >= 300) non2xx += 1;
        }
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, client));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    requests: latencies.length,
    errors,
    non2xx,
    rps: Math.round(latencies.length / opts.seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies[latencies.length - 1] ?? NaN),
  };
}
