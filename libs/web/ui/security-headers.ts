// The security headers of the single-page apps: one list for `vite preview` (npm run demo, the
// browser tests) and for production nginx (docker/nginx.conf.template, kept in step by
// tools/security/headers.spec.ts).

/**
 * CSP: everything from this origin only; data: images because Vite inlines small assets;
 * no plug-ins, no <base>, forms post only here, and no page may frame the apps (clickjacking).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Sent with every response of the apps, wherever they are served. */
export const SPA_SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  // For browsers that do not know frame-ancestors.
  'X-Frame-Options': 'DENY',
} as const;

/**
 * Only where the apps are served over HTTPS (production nginx, behind TLS): browsers then use
 * HTTPS for a year. Not for `vite preview` on http://localhost.
 */
export const HTTPS_ONLY_HEADERS = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
} as const;
