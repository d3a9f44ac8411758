import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type IRateLimiterStoreOptions } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig, REDIS } from '@loket/server/platform';

const DAY_SECONDS = 24 * 3600;

/** What the throttle says about one login attempt. */
export type LoginPermit =
  | { allowed: true; account: string; address: string }
  | { allowed: false; retryAfterSeconds: number; reason: 'account' | 'address' };

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * Login throttling, in Redis so every API process sees the same counts (rate-limiter-flexible;
 * when Redis cannot be reached each process falls back to counting in memory).
 *
 * - Per account (the normalized e-mail, hashed in the key): after LOGIN_MAX_FAILURES_PER_ACCOUNT
 *   consecutive wrong passwords the account is locked for LOGIN_LOCKOUT_SECONDS; every further
 *   wrong password after a lock locks it again for twice as long, up to LOGIN_LOCKOUT_MAX_SECONDS.
 *   A successful login clears it all.
 * - Per client address: at most LOGIN_MAX_FAILURES_PER_ADDRESS failed logins in
 *   LOGIN_ADDRESS_WINDOW_SECONDS, whichever accounts they were for.
 *
 * `admit` runs before the password hash is computed and reserves the attempt (so a burst of
 * parallel requests cannot slip past the count); `succeeded` hands the reservation back.
 */
@Injectable()
export class LoginThrottle {
  private readonly enabled: boolean;
  /** Wrong passwords in a row per account (forgotten after a day without attempts' reset). */
  private readonly accountFailures: RateLimiterRedis;
  /** How often the account was locked (for the growing lock). */
  private readonly accountLocks: RateLimiterRedis;
  /** The lock itself: blocked while it lasts. */
  private readonly accountLock: RateLimiterRedis;
  private readonly addressFailures: RateLimiterRedis;

  constructor(
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.enabled = config.LOGIN_THROTTLE === 'on';
    const limiter = (name: string, points: number, duration: number) => {
      const opts: IRateLimiterStoreOptions = { storeClient: redis, keyPrefix: `${config.REDIS_PREFIX}:login:${name}`, points, duration };
      return new RateLimiterRedis({ ...opts, insuranceLimiter: new RateLimiterMemory({ keyPrefix: opts.keyPrefix, points, duration }) });
    };
    this.accountFailures = limiter('account-failures', Number.MAX_SAFE_INTEGER, DAY_SECONDS);
    this.accountLocks = limiter('account-locks', Number.MAX_SAFE_INTEGER, DAY_SECONDS);
    this.accountLock = limiter('account-lock', 1, DAY_SECONDS);
    this.addressFailures = limiter('address-failures', config.LOGIN_MAX_FAILURES_PER_ADDRESS, config.LOGIN_ADDRESS_WINDOW_SECONDS);
  }

  /** The account's key: never the e-mail itself. */
  static accountKey(email: string): string {
    return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
  }

  async admit(email: string, address: string): Promise<LoginPermit> {
    const account = LoginThrottle.accountKey(email);
    if (!this.enabled) return { allowed: true, account, address };
    const [lock, locks] = await Promise.all([this.accountLock.get(account), this.accountLocks.get(account)]);
    if (lock && lock.consumedPoints > 1) return { allowed: false, reason: 'account', retryAfterSeconds: seconds(lock.msBeforeNext) };

    // Reserve the attempt at the address; refused once the window's failures are used up.
    try {
      await this.addressFailures.consume(address);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      // A refused attempt is not a failure: hand its point back (the window does not grow).
      await this.addressFailures.reward(address, 1);
      return { allowed: false, reason: 'address', retryAfterSeconds: seconds(e.msBeforeNext) };
    }
    // One attempt per lock that has passed: a burst right after a lock ends gets one try, not many.
    const allowedInARow = this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT + (locks?.consumedPoints ?? 0);
    const attempts = await this.accountFailures.penalty(account, 1);
    if (attempts.consumedPoints > allowedInARow) {
      await this.addressFailures.reward(address, 1);
      return { allowed: false, reason: 'account', retryAfterSeconds: this.lockSeconds((locks?.consumedPoints ?? 0) + 1) };
    }
    return { allowed: true, account, address };
  }

  /** A wrong password (or unknown account): the attempt stays counted; the account is locked when it is one too many. */
  async failed(permit: Extract<LoginPermit, { allowed: true }>): Promise<{ lockedForSeconds: number | null }> {
    if (!this.enabled) return { lockedForSeconds: null };
    const attempts = await this.accountFailures.get(permit.account);
    if (!attempts || attempts.consumedPoints < this.config.LOGIN_MAX_FAILURES_PER_ACCOUNT) return { lockedForSeconds: null };
    const locks = await this.accountLocks.penalty(permit.account, 1);
    const lockedForSeconds = this.lockSeconds(locks.consumedPoints);
    await this.accountLock.block(permit.account, lockedForSeconds);
    return { lockedForSeconds };
  }

  /** The right password: the account starts afresh and the address gets its attempt back. */
  async succeeded(permit: Extract<LoginPermit, { allowed: true }>): Promise<void> {
    if (!this.enabled) return;
    await Promise.all([
      this.accountFailures.delete(permit.account),
      this.accountLocks.delete(permit.account),
      this.accountLock.delete(permit.account),
      this.addressFailures.reward(permit.address, 1),
    ]);
  }

  /** The n-th lock of an account: the first lasts LOGIN_LOCKOUT_SECONDS, each next one twice as long, capped. */
  private lockSeconds(n: number): number {
    const { LOGIN_LOCKOUT_SECONDS: first, LOGIN_LOCKOUT_MAX_SECONDS: cap } = this.config;
    return Math.ceil(Math.min(cap, first * 2 ** Math.min(Math.max(n - 1, 0), 30)));
  }
}
