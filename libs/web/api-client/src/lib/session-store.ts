import type { Schemas } from './client';

/**
 * The access token lives in sessionStorage: it survives a reload but not closing the tab,
 * and is never shared between tabs of different users on a shared counter PC.
 */
const STORAGE_KEY = 'loket.session';

interface StoredSession {
  accessToken: string;
  expiresAt: string;
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

export function saveSession(response: Pick<Schemas['LoginResponseDto'], 'accessToken' | 'expiresAt'>): void {
  const value: StoredSession = { accessToken: response.accessToken, expiresAt: response.expiresAt };
  storage()?.setItem(STORAGE_KEY, JSON.stringify(value));
}

export function clearSession(): void {
  storage()?.removeItem(STORAGE_KEY);
}

/** The stored token, or null when there is none or it has expired (then it is removed). */
export function getAccessToken(now: Date = new Date()): string | null {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as StoredSession;
    const expires = Date.parse(session.expiresAt);
    if (!session.accessToken || (Number.isFinite(expires) && expires <= now.getTime())) {
      clearSession();
      return null;
    }
    return session.accessToken;
  } catch {
    clearSession();
    return null;
  }
}

/** A session is stored but its time is up (it is left in place; `getAccessToken` removes it). */
export function hasExpiredSession(now: Date = new Date()): boolean {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return false;
  try {
    const expires = Date.parse((JSON.parse(raw) as StoredSession).expiresAt);
    return Number.isFinite(expires) && expires <= now.getTime();
  } catch {
    return false;
  }
}

export function hasSession(): boolean {
  return getAccessToken() !== null;
}
