/** Where the login page of each Loket app is. */
export const LOGIN_PATH = '/inloggen';

/** Only a path inside this app may be the target after login (no open redirect). */
export function safeNextPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith(LOGIN_PATH) ? next : '/';
}

/**
 * The login page, coming back to `returnTo` afterwards. `notice` shows why: `verlopen`
 * (the session expired) or `uitgelogd` (logged out).
 */
export function loginPath({ returnTo, notice }: { returnTo?: string; notice?: 'verlopen' | 'uitgelogd' } = {}): string {
  const params = [notice ? `${notice}=1` : null, returnTo ? `volgende=${encodeURIComponent(returnTo)}` : null].filter(Boolean);
  return params.length > 0 ? `${LOGIN_PATH}?${params.join('&')}` : LOGIN_PATH;
}
