import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTTPS_ONLY_HEADERS, SPA_SECURITY_HEADERS } from '../../libs/web/ui/security-headers';

const root = join(__dirname, '../..');

/** The `add_header Name "value" always;` lines of the server block. */
function nginxHeaders(): Record<string, string> {
  const template = readFileSync(join(root, 'docker/nginx.conf.template'), 'utf8');
  const headers: Record<string, string> = {};
  for (const m of template.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)) headers[m[1]] = m[2];
  return headers;
}

describe('the SPAs\' security headers', () => {
  it('production nginx sends exactly the headers vite preview sends, plus HSTS', () => {
    expect(nginxHeaders()).toEqual({ ...SPA_SECURITY_HEADERS, ...HTTPS_ONLY_HEADERS });
  });

  it('the CSP lets nothing in from elsewhere and no page frame the apps', () => {
    const csp = SPA_SECURITY_HEADERS['Content-Security-Policy'];
    expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

});
