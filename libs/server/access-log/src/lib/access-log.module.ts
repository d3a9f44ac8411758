import { Module } from '@nestjs/common';
import { CustomersModule } from '@loket/server/customers';
import { IdentityModule } from '@loket/server/identity';
import { ReferenceDataCoreModule } from '@loket/server/reference-data';
import { AccessLogController } from './access-log.controller';
import { AccessLogService } from './access-log.service';

/** The access log's screens (AVG): who looked at a customer, what an employee looked at. Writing it is the platform's (@ReadsCustomers). */
@Module({
  imports: [CustomersModule, IdentityModule, ReferenceDataCoreModule],
  controllers: [AccessLogController],
  providers: [AccessLogService],
})
export class AccessLogModule {}
