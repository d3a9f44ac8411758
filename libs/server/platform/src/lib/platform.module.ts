import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ConfigModule } from './config/config.module';
import { RedisModule } from './redis/redis';
import { AuditService } from './audit/audit.service';
import { AccessLog } from './audit/access-log';
import { CustomerReadInterceptor } from './audit/customer-reads';

/** Config, Redis and the audit log (changes, and reads of customer data via @ReadsCustomers): what every module may rely on. */
@Global()
@Module({
  imports: [ConfigModule, RedisModule],
  providers: [AuditService, AccessLog, { provide: APP_INTERCEPTOR, useClass: CustomerReadInterceptor }],
  exports: [ConfigModule, RedisModule, AuditService, AccessLog],
})
export class PlatformModule {}
