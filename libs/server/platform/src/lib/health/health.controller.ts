import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import Redis from 'ioredis';
import { Public } from '../access/access';
import { REDIS } from '../redis/redis';
import { HealthRepository } from './health.repository';

class HealthChecksDto {
  @ApiProperty({ enum: ['up', 'down'], enumName: 'DependencyState' }) db!: 'up' | 'down';
  @ApiProperty({ enum: ['up', 'down'], enumName: 'DependencyState' }) redis!: 'up' | 'down';
}
class HealthDto {
  @ApiProperty({ enum: ['ok', 'error'], enumName: 'HealthStatus' }) status!: 'ok' | 'error';
  @ApiProperty({ type: HealthChecksDto }) checks!: HealthChecksDto;
}

const within = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);

@ApiTags('ops')
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: HealthRepository,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: HealthDto, description: 'Everything is up' })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'A dependency is down: the same body, naming it' })
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthDto> {
    const [db, redis] = await Promise.all([
      within(this.db.ping(), 2000).then(() => 'up' as const, () => 'down' as const),
      within(this.redis.ping(), 2000).then(() => 'up' as const, () => 'down' as const),
    ]);
    const ok = db === 'up' && redis === 'up';
    reply.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: ok ? 'ok' : 'error', checks: { db, redis } };
  }
}
