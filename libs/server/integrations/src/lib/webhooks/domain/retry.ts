/**
 * When a failed delivery is tried again: exponential backoff with jitter, for 24 hours from its first
 * attempt, then a dead letter. Pure: the caller gives the moment and the random number.
 *
 * Without jitter the waits are 10 s, 20 s, 40 s, … doubling up to 2 hours, then every 2 hours; the
 * last attempt is made at the 24-hour mark. About 20 attempts in all.
 */
export const RETRY_FOR_MS = 24 * 3600_000;
export const FIRST_RETRY_MS = 10_000;
export const LONGEST_WAIT_MS = 2 * 3600_000;

/** The wait after the `failures`-th failed attempt (1 = the first), with `random` in [0, 1) spreading it ±25 %. */
export function retryDelayMs(failures: number, random: number): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, Math.min(failures - 1, 30)), LONGEST_WAIT_MS);
  return Math.round(base * (0.75 + 0.5 * Math.min(Math.max(random, 0), 1)));
}

export type AfterFailure = { status: 'retrying'; nextAttemptAt: Date } | { status: 'dead' };

/** What becomes of a delivery whose attempt at `now` failed. */
export function afterFailure(firstAttemptAt: Date, now: Date, failures: number, random: number): AfterFailure {
  const end = firstAttemptAt.getTime() + RETRY_FOR_MS;
  if (now.getTime() >= end) return { status: 'dead' };
  const next = Math.min(now.getTime() + retryDelayMs(failures, random), end);
  return { status: 'retrying', nextAttemptAt: new Date(next) };
}
