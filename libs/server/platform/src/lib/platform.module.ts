import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ConfigModule } from './config/config.module';
import { RedisModule } from './redis/redis';
import { AuditService } from './audit/audit.service';
import { AccessLog } from './audit/access-log';
import { CustomerReadInterceptor } from './audit/customer-reads';
import { AuditRepository } from './audit/audit.repository';
import { HealthRepository } from './health/health.repository';
import { OutboxRepository } from './outbox/outbox.repository';
import { PlatformPrivacy } from './privacy/privacy';

/**
 * Config, Redis, the audit log (changes, and reads of customer data via @ReadsCustomers) and the
 * platform's part of the AVG rights (PlatformPrivacy): what every module may rely on.
 */
@Global()
@Module({
  imports: [ConfigModule, RedisModule],
  providers: [
    AuditRepository, OutboxRepository, HealthRepository, AuditService, AccessLog, PlatformPrivacy,
    { provide: APP_INTERCEPTOR, useClass: CustomerReadInterceptor },
  ],
  exports: [ConfigModule, RedisModule, AuditService, AccessLog, PlatformPrivacy, HealthRepository],
})
export class PlatformModule {}
