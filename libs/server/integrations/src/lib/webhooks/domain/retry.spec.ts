import { afterFailure, retryDelayMs } from './retry';

describe('webhook retries', () => {
  it.each([
    [1, 0.5, 10_000],
    [2, 0.5, 20_000],
    [3, 0.5, 40_000],
    [10, 0.5, 5_120_000],
    [11, 0.5, 7_200_000],
    [25, 0.5, 7_200_000],
    [1, 0, 7_500],
    [1, 0.999999, 12_500],
    [400, 0.5, 7_200_000],
  ])('after failure %i with random %f waits %i ms', (failures, random, ms) => {
    expect(retryDelayMs(failures, random)).toBe(ms);
  });

  const first = new Date('2026-03-02T10:00:00Z');
  const at = (ms: number) => new Date(first.getTime() + ms);

  it.each([
    ['a first failure retries in about 10 s', 0, 1, { status: 'retrying', nextAttemptAt: at(10_000) }],
    ['an attempt near the end is retried at the 24-hour mark', 23.5 * 3600_000, 20, { status: 'retrying', nextAttemptAt: at(24 * 3600_000) }],
    ['a failure at 24 hours is a dead letter', 24 * 3600_000, 21, { status: 'dead' }],
    ['a failure later still is a dead letter', 30 * 3600_000, 2, { status: 'dead' }],
  ])('%s', (_name, offset, failures, expected) => {
    expect(afterFailure(first, at(offset as number), failures as number, 0.5)).toEqual(expected);
  });

  it('keeps trying for 24 hours in about 20 attempts when every one fails', () => {
    let now = first;
    let attempts = 1;
    for (;;) {
      const r = afterFailure(first, now, attempts, 0.5);
      if (r.status === 'dead') break;
      now = r.nextAttemptAt;
      attempts += 1;
    }
    expect(now).toEqual(at(24 * 3600_000));
    expect(attempts).toBeGreaterThanOrEqual(18);
    expect(attempts).toBeLessThanOrEqual(24);
  });
});
