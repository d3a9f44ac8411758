/**
 * Sent with every /api/v1 response: answers hold personal data, so no browser or proxy may keep
 * them, and no browser may guess another content type than the one we send.
 */
export const API_RESPONSE_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
} as const;
