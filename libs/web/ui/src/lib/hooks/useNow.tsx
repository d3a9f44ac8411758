import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

const FixedNow = createContext<Date | null>(null);

/**
 * Fixes "now" for everything below it: for tests and screenshots, so due moments read the same
 * every time ("uiterlijk morgen 17:00").
 */
export function NowProvider({ now, children }: { now: Date; children: ReactNode }) {
  return <FixedNow.Provider value={now}>{children}</FixedNow.Provider>;
}

/**
 * The current moment, refreshed every `intervalMs` (a minute) so "over 45 werkminuten" stays true
 * while a screen is open. Under a `NowProvider` it is that fixed moment and no timer runs.
 */
export function useNow(intervalMs = 60_000): Date {
  const fixed = useContext(FixedNow);
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (fixed) return undefined;
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [fixed, intervalMs]);
  return fixed ?? now;
}
