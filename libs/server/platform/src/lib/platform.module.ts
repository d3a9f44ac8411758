import { Global, Module } from '@nestjs/common';
import { ConfigModule } from './config/config.module';
import { RedisModule } from './redis/redis';
import { AuditService } from './audit/audit.service';
import { AccessLog } from './audit/access-log';

/** Config, Redis and the audit log: what every module may rely on. */
@Global()
@Module({
  imports: [ConfigModule, RedisModule],
  providers: [AuditService, AccessLog],
  exports: [ConfigModule, RedisModule, AuditService, AccessLog],
})
export class PlatformModule {}
