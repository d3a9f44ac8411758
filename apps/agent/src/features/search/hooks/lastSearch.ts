/**
 * The last search of this tab, so Esc on a customer page brings the agent back to the same
 * results. sessionStorage: gone when the tab closes.
 */
const KEY = 'loket.agent.lastSearch';

export function rememberSearch(q: string): void {
  try {
    if (q) sessionStorage.setItem(KEY, q);
    else sessionStorage.removeItem(KEY);
  } catch {
    // storage unavailable: Esc then simply opens an empty search
  }
}

export function lastSearchPath(): string {
  try {
    const q = sessionStorage.getItem(KEY);
    return q ? `/?q=${encodeURIComponent(q)}` : '/';
  } catch {
    return '/';
  }
}
