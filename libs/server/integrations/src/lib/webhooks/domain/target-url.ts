/**
 * Whether a webhook URL may be used: an absolute http(s) URL that does not point at Loket's own API
 * (a subscription posting to the API would feed it its own events, and it would let a client make the
 * API call itself). Pure: the caller says where the API is.
 *
 * The API counts as "itself" at:
 * - the origin of its configured public URL (`API_PUBLIC_URL`), any path;
 * - the host (and port) the request came in on (`Host`, and `X-Forwarded-Host` behind a proxy);
 * - its own port (`PORT`) on a loopback or unspecified address (localhost, 127.0.0.0/8, ::1, 0.0.0.0, ::),
 *   on the address it binds (`HOST`) and on the machine's name.
 * Other ports on localhost stay allowed (a receiver on the same machine, as in tests).
 */
export type TargetUrlProblem = 'not_a_web_address' | 'points_at_loket';

export interface ApiWhereabouts {
  /** host[:port] values the API is reached at, e.g. `loket.example.nl`, `api.local:3000` (any case). */
  hosts: string[];
  /** The port the API listens on and the host names of this machine it answers at. */
  port: number;
  localNames: string[];
}

const DEFAULT_PORT: Record<string, number> = { 'http:': 80, 'https:': 443 };

function bare(hostname: string): string {
  return hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
}

function isLoopbackOrUnspecified(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) || host === '0.0.0.0') return true;
  if (host === '::1' || host === '::' || host === '0:0:0:0:0:0:0:1' || host === '0:0:0:0:0:0:0:0') return true;
  return /^::ffff:127\./.test(host) || host === '::ffff:7f00:1';
}

/** `host:port` with the scheme's default port filled in; null for a value that is no host. */
export function hostAndPort(value: string, protocol = 'http:'): string | null {
  try {
    const u = new URL(`${protocol}//${value.trim()}`);
    return `${bare(u.hostname)}:${u.port || DEFAULT_PORT[protocol]}`;
  } catch {
    return null;
  }
}

export function targetUrlProblem(raw: string, api: ApiWhereabouts): TargetUrlProblem | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'not_a_web_address';
  }
  if (!(u.protocol in DEFAULT_PORT) || !u.hostname) return 'not_a_web_address';
  const host = bare(u.hostname);
  const port = Number(u.port || DEFAULT_PORT[u.protocol]);
  const target = `${host}:${port}`;
  // The API's own host names, with either scheme's default port when they named none.
  const own = new Set(api.hosts.flatMap((h) => {
    const explicit = /:\d+$/.test(h.replace(/^\[[^\]]*\]/, ''));
    return explicit ? [hostAndPort(h)] : [hostAndPort(h, 'http:'), hostAndPort(h, 'https:')];
  }).filter((h): h is string => h !== null));
  if (own.has(target)) return 'points_at_loket';
  const local = isLoopbackOrUnspecified(host) || api.localNames.map(bare).includes(host);
  if (local && port === api.port) return 'points_at_loket';
  return null;
}
