import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig, REDIS, TooManyRequestsError } from '@loket/server/platform';

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/**
 * The window requests of one client are counted in: CLIENT_RATE_BURST requests per window of
 * BURST / PER_SECOND seconds (whole seconds, at least one), so a client may spend its burst at
 * once and keeps, on average, to at most CLIENT_RATE_PER_SECOND.
 */
export function clientRateWindow(config: Pick<AppConfig, 'CLIENT_RATE_PER_SECOND' | 'CLIENT_RATE_BURST'>): { points: number; seconds: number } {
  return { points: config.CLIENT_RATE_BURST, seconds: Math.max(1, Math.round(config.CLIENT_RATE_BURST / config.CLIENT_RATE_PER_SECOND)) };
}

/**
 * Throttling of integration clients, in Redis so every API process counts together
 * (rate-limiter-flexible; when Redis cannot be reached each process counts in memory).
 *
 * - Requests per client (its id): one Redis round trip per request (an INCR with its expiry in one
 *   script), only for clients: staff and tenants never pass here.
 * - Token requests per client_id (POST /auth/token): CLIENT_TOKEN_REQUESTS_PER_MINUTE, counted
 *   before the secret is checked, so guessing secrets or minting tokens in a loop is refused early.
 * A refused request is a 429 with Retry-After.
 */
@Injectable()
export class ClientThrottle {
  private readonly requests: RateLimiterRedis;
  private readonly tokens: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    const limiter = (name: string, points: number, duration: number) => {
      const keyPrefix = `${config.REDIS_PREFIX}:client:${name}`;
      return new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }) });
    };
    const window = clientRateWindow(config);
    this.requests = limiter('requests', window.points, window.seconds);
    this.tokens = limiter('token-requests', config.CLIENT_TOKEN_REQUESTS_PER_MINUTE, 60);
  }

  /** One request of an authenticated client (its id in Loket); throws a 429 when it is over its rate. */
  async admitRequest(clientId: string): Promise<void> {
    await this.consume(this.requests, clientId, 'too-many-requests.client-rate');
  }

  /** One token request for this client_id, whether its secret is right or not. */
  async admitTokenRequest(clientId: string): Promise<void> {
    await this.consume(this.tokens, clientId, 'too-many-requests.token-requests');
  }

  private async consume(limiter: RateLimiterRedis, key: string, detail: 'too-many-requests.client-rate' | 'too-many-requests.token-requests'): Promise<void> {
    try {
      await limiter.consume(key);
    } catch (e) {
      if (e instanceof RateLimiterRes) throw new TooManyRequestsError(seconds(e.msBeforeNext), detail);
      throw e;
    }
  }
}
